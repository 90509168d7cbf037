import { expect } from 'chai';
import path from 'node:path';
import { readSignInFile } from '../../src/signins/signInFile';
import { Activity } from 'botbuilder';
import { MAX_MESSAGE_BYTES } from '../../src/cards/cardRenderer';
import { buttonsOf, cardProblems, cardsOf, cardText, CardJson } from '../helpers/cardCheck';
import { servedTestBot } from '../helpers/fixture';
import { postActivity } from '../helpers/http';
import { identityOf } from '../helpers/identity';

const MEGAN = "why can't megan sign in to outlook yesterday?";
const JANE = 'why did jane fail to sign in to teams yesterday?';

describe('Adaptive Cards in Teams', () => {
  const served = servedTestBot();

  /** One conversation in Teams: each call posts a message (text or a button's value) and returns the replies. */
  const teams = (name: string, channelId = 'msteams') => {
    const conversation = {
      id: `cards-${name}-${Math.random()}`,
      isGroup: false,
      conversationType: 'personal',
      name,
    };
    return async (message: string | Record<string, unknown>) => {
      const body: Partial<Activity> =
        typeof message === 'string' ? { text: message } : { value: message, text: undefined };
      const reply = await postActivity(served.base, {
        ...body,
        channelId,
        from: identityOf(served.bot.app, 'hanna.hoek@contoso.com'),
        conversation,
      });
      expect(reply.status).to.equal(200);
      return reply;
    };
  };

  const cardsFor = async (...messages: string[]): Promise<CardJson[]> => {
    const say = teams('cardsFor');
    let cards: CardJson[] = [];
    for (const message of messages) cards = cardsOf((await say(message)).activities);
    return cards;
  };

  /** Each kind of card, what it must show, and the buttons it must have. */
  const CARD_TYPES: [name: string, say: string[], index: number, shows: string[], buttons: string[]][] = [
    ['welcome', ['hi'], 0, ['Why did this sign-in fail?', 'Hanna Hoek'], ['what does AADSTS50053 mean?']],
    [
      'sign-in record',
      [MEGAN],
      0,
      [
        'Who, what and when',
        'Where and on which device',
        'Error code: 53003',
        'Conditional Access',
        'Request ID: ',
        'Correlation ID: ',
        'UTC',
      ],
      ['What does 53003 mean?', 'Start over'],
    ],
    [
      'remediation',
      [MEGAN],
      1,
      ['AADSTS53003 BlockedByConditionalAccess', 'What the helpdesk or admin does'],
      [],
    ],
    ['ticket draft', [MEGAN], 2, ['Request ID: ', 'Correlation ID: ', 'Error code: 53003'], []],
    ['failure list', [JANE], 3, ['#2 · ', '#3 · '], ['Show #2', 'Show #3']],
    [
      'catalog answer',
      ['what does 5O126 mean?'],
      0,
      ['I read "5O126" as 50126', 'InvalidUserNameOrPassword'],
      [],
    ],
  ];

  for (const [name, say, index, shows, buttons] of CARD_TYPES) {
    it(`sends the ${name} as a valid Adaptive Card 1.5 with its facts and buttons`, async () => {
      const card = (await cardsFor(...say))[index];
      expect(card, `no card #${index}`).to.not.equal(undefined);
      expect(cardProblems(card)).to.deep.equal([]);
      expect(Buffer.byteLength(JSON.stringify(card))).to.be.below(MAX_MESSAGE_BYTES);
      const seen = cardText(card);
      for (const part of shows) expect(seen).to.include(part);
      const titles = buttonsOf(card).map((button) => button.title);
      for (const title of buttons) expect(titles).to.include(title);
    });
  }

  it('links the error page from a catalog answer and offers related codes as buttons', async () => {
    const [card] = await cardsFor('wat betekent wachtwoord verlopen?');
    const actions = buttonsOf(card);
    expect(actions.find((action) => action.type === 'Action.OpenUrl')?.url).to.match(
      /^https:\/\/login\.microsoftonline\.com\/error\?code=\d+$/,
    );
    expect(actions.filter((action) => action.data?.action === 'explain').length).to.be.greaterThan(0);
  });

  it('drives the conversation with button presses, in the middle of a prompt too', async () => {
    const press = teams('buttons');
    const list = cardsOf((await press(JANE)).activities)[3];
    const show3 = buttonsOf(list).find((button) => button.title === 'Show #3')!;
    const record = (await press(show3.data!)).texts.join('\n');
    expect(record).to.include('Found the sign-in by its Request ID');
    expect(record).to.include(String(show3.data!.requestId));

    expect((await press("why can't someone sign in?")).texts.join()).to.include('Whose sign-in');
    const explained = (await press({ action: 'explain', code: '50053' })).texts.join('\n');
    expect(explained).to.include('IdsLocked');
    expect(explained).to.include('Whose sign-in');
    expect((await press({ action: 'restart' })).texts.join()).to.include('Whose sign-in');
    expect((await press({ action: 'say', text: 'megan' })).texts.join()).to.include('Which app');
  });

  it('pages a long list with a "show the next 5" button', async () => {
    const press = teams('paging');
    await press("why can't megan sign in in the last 30 days?");
    const first = cardsOf((await press('any app')).activities);
    const list = first[first.length - 1];
    const more = buttonsOf(list).find((button) => button.title === 'Show the next 5');
    expect(more?.data).to.deep.equal({ action: 'more' });
    const next = cardsOf((await press(more!.data!)).activities)[0];
    expect(cardProblems(next)).to.deep.equal([]);
    expect(cardText(next)).to.include('#7 · ');
  });

  for (const [name, value] of [
    ['an unknown action', { action: 'deleteEverything' }],
    ['a missing value', { action: 'pick' }],
    ['a request ID that is not a GUID', { action: 'pick', requestId: "'; drop table" }],
    ['an oversized value', { action: 'say', text: 'x'.repeat(100_000) }],
    ['a value of the wrong type', { action: 'explain', code: { nested: true } }],
    ['an empty object', {}],
  ] as const) {
    it(`answers a button press with ${name} with a hint, and the next message works`, async () => {
      const press = teams(`bad-${name}`);
      const reply = await press(value as Record<string, unknown>);
      expect(reply.texts.join()).to.include("I couldn't tell what that button was for");
      expect((await press('what does 50126 mean?')).texts.join()).to.include('InvalidUserNameOrPassword');
    });
  }

  it("cannot be used by an end user to open someone else's sign-in, by button or by pasted ID", async () => {
    const { signIns } = await readSignInFile(path.join(served.bot.dir, 'signins.json'));
    const megans = signIns.find((signIn) => signIn.userPrincipalName.startsWith('megan.bowen'))!.id;
    const nobodys = '00000000-1111-4222-8333-444444444444';
    const asAdele = async (message: string | Record<string, unknown>) => {
      const body = typeof message === 'string' ? { text: message } : { value: message };
      const reply = await postActivity(served.base, {
        ...body,
        from: identityOf(served.bot.app, 'adele.vance@contoso.com'),
        conversation: {
          id: `bypass-${Math.random()}`,
          isGroup: false,
          conversationType: 'personal',
          name: 'b',
        },
      });
      return reply.texts.join('\n').replace(megans, '<id>').replace(nobodys, '<id>');
    };
    const refusals = [
      await asAdele({ action: 'pick', requestId: megans }),
      await asAdele({ action: 'ticket', requestId: megans }),
      await asAdele(`Request Id: ${megans}`),
      await asAdele(megans),
    ];
    const missing = await asAdele({ action: 'pick', requestId: nobodys });
    expect(missing).to.include('I found no sign-in with <id>');
    for (const refusal of refusals) expect(refusal).to.equal(missing);
    const adele = identityOf(served.bot.app, 'adele.vance@contoso.com').aadObjectId;
    const refused = served.bot.audit.entries.filter((entry) => entry.askedBy === adele && !entry.allowed);
    expect(refused.length).to.be.at.least(4);
  });

  it('gives channels without cards the same answer as text', async () => {
    const replies = await teams('text', 'terminal')(MEGAN);
    expect(cardsOf(replies.activities)).to.deep.equal([]);
    const text = replies.texts.join('\n');
    for (const part of ['**Error code:** 53003', '**Request ID:**', 'AADSTS53003 BlockedByConditionalAccess'])
      expect(text).to.include(part);
  });
});
