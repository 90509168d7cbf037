import { expect } from 'chai';
import { Conversation } from '../helpers/conversation';
import { startTestBot, TestBot } from '../helpers/fixture';
import { identityOf } from '../helpers/identity';

/** The same question about someone in the sample tenant and about someone who does not exist. */
const PAIRS: [locale: string, known: string, unknown: string][] = [
  [
    'en-US',
    "why can't Megan Bowen sign in to teams today?",
    "why can't Zorro Nobody sign in to teams today?",
  ],
  [
    'en-US',
    "why can't Isaiah Langer sign in to teams today?",
    "why can't Isaac Lange sign in to teams today?",
  ],
  ['en-US', "why can't megan sign in to outlook yesterday?", "why can't zorro sign in to outlook yesterday?"],
  ['en-US', 'show me the sign-ins of megan', 'show me the sign-ins of zorro'],
  ['en-US', "megan's sign-ins from yesterday", "zorro's sign-ins from yesterday"],
  ['en-US', 'failed sign-ins for Megan Bowen this week', 'failed sign-ins for Zorro Nobody this week'],
  ['en-US', 'why does megan.bowen@contoso.com fail?', 'why does zorro.nobody@contoso.com fail?'],
  ['en-US', "who looked up megan's sign-ins?", "who looked up zorro's sign-ins?"],
  ['en-US', 'who looked up the sign-ins of Megan Bowen?', 'who looked up the sign-ins of Zorro Nobody?'],
  [
    'nl-NL',
    'waarom kan Megan Bowen vandaag niet inloggen op teams?',
    'waarom kan Zorro Nobody vandaag niet inloggen op teams?',
  ],
  ['nl-NL', 'waarom kan megan niet inloggen?', 'waarom kan zorro niet inloggen?'],
  ['nl-NL', 'laat de aanmeldingen van megan zien', 'laat de aanmeldingen van zorro zien'],
  ['nl-NL', 'wie heeft de aanmeldingen van megan bekeken?', 'wie heeft de aanmeldingen van zorro bekeken?'],
];

const REFUSALS: Record<string, RegExp> = {
  'en-US': /^(I can only show you your own sign-ins\.|Only people in a reader role)/,
  'nl-NL': /^(Ik kan je alleen je eigen aanmeldingen laten zien|Alleen mensen met een leesrol)/,
};

describe('refusals that reveal nothing', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startTestBot();
  });
  after(() => bot.close());

  for (const [locale, known, unknown] of PAIRS) {
    it(`gives an end user one refusal for "${known}" and "${unknown}"`, async () => {
      const ask = (text: string) =>
        new Conversation(bot.app, identityOf(bot.app, 'adele.vance@contoso.com'), { locale }).ask(text);
      const [aboutKnown, aboutUnknown] = [await ask(known), await ask(unknown)];
      expect(aboutKnown).to.match(REFUSALS[locale]);
      expect(aboutUnknown).to.equal(aboutKnown);
    });
  }

  it("still answers an end user's own questions that name no one else", async () => {
    const adele = new Conversation(bot.app, identityOf(bot.app, 'adele.vance@contoso.com'));
    for (const text of [
      "why can't I sign in to teams today?",
      'why does outlook keep failing?',
      'my sign-ins of yesterday',
      "why can't Adele Vance sign in to teams today?",
    ])
      expect(await adele.ask(text), text).not.to.match(REFUSALS['en-US']);
  });
});
