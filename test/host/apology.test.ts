import { expect } from 'chai';
import { MemoryStorage, StoreItems } from 'botbuilder';
import { GraphError } from '../../src/graph/graphError';
import { SignInSource } from '../../src/signins/signInSource';
import { Texts } from '../../src/text/en';
import { textsFor } from '../../src/text/texts';
import { listen, startTestBot, TestBot } from '../helpers/fixture';
import { postActivity } from '../helpers/http';

type Locale = 'en-US' | 'nl-NL';

/** The same question in each language; it names who, which app and when, so the bot goes straight to the log. */
const QUESTION: Record<Locale, string> = {
  'en-US': 'why did jane fail to sign in to teams yesterday?',
  'nl-NL': 'waarom lukte het aanmelden van jane bij teams gisteren niet?',
};

/** A sign-in log that fails every search with `failure()`. */
class FailingSource implements SignInSource {
  failure: () => Error = () => new Error('ECONNRESET');

  find(): Promise<never> {
    return Promise.reject(this.failure());
  }

  describe(): { includesNonInteractive: boolean } {
    return { includesNonInteractive: false };
  }
}

/** Conversation state whose next read fails, the way a storage outage would. */
class FlakyStorage extends MemoryStorage {
  failNext = false;
  async read(keys: string[]): Promise<StoreItems> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('storage unavailable');
    }
    return super.read(keys);
  }
}

const FAILURES: [what: string, failure: () => Error, apology: (texts: Texts) => string][] = [
  ['the sign-in log cannot be read', () => new Error('ECONNRESET'), (t) => t.sourceUnavailable],
  [
    'Graph lacks a permission',
    () => new GraphError('permission', '403 Authorization_RequestDenied', { status: 403 }),
    (t) => t.graphProblem.permission,
  ],
  [
    'Graph keeps asking to slow down',
    () => new GraphError('throttled', '429 after the retries', { status: 429 }),
    (t) => t.graphProblem.throttled,
  ],
];

describe("apologies, in the conversation's language", () => {
  const source = new FailingSource();
  const storage = new FlakyStorage();
  let bot: TestBot;
  let base: string;
  before(async () => {
    bot = await startTestBot({}, { source, storage });
    base = await listen(bot);
  });
  after(() => bot.close());
  beforeEach(() => (storage.failNext = false));

  let conversations = 0;
  const ask = async (locale: Locale, text: string): Promise<string> => {
    const id = `apology-${++conversations}`;
    const reply = await postActivity(base, {
      id,
      text,
      locale,
      from: { id: 'hanna.hoek@contoso.com', name: 'Hanna' },
      conversation: { id, isGroup: false, conversationType: 'personal', name: id },
    });
    expect(reply.status).to.equal(200);
    return reply.texts.join('\n\n');
  };

  for (const [what, failure, apology] of FAILURES)
    for (const locale of ['en-US', 'nl-NL'] as const)
      it(`tells a ${locale} speaker in their language when ${what}`, async () => {
        source.failure = failure;
        expect(await ask(locale, QUESTION[locale])).to.include(apology(textsFor(locale)));
      });

  it('apologises in Dutch, with a reference, for a Dutch turn that throws', async () => {
    storage.failNext = true;
    const reply = await ask('nl-NL', 'wat betekent 50126?');
    expect(reply).to.include(textsFor('nl-NL').turnError);
    expect(reply).to.match(/\(ref [0-9a-f]{8}\)/);
  });
});
