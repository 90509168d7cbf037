import { expect } from 'chai';
import path from 'node:path';
import { readSignInFile } from '../../src/signins/signInFile';
import { Activity } from 'botbuilder';
import { MAX_MESSAGE_BYTES } from '../../src/cards/cardRenderer';
import {
  buttonsOf,
  cardProblems,
  cardsOf,
  cardText,
  CardJson,
  shownBy,
  visibleLines,
} from '../helpers/cardCheck';
import { NOW, servedTestBot } from '../helpers/fixture';
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
      'failure summary',
      [MEGAN],
      0,
      ['Found 2 failed sign-ins of megan.bowen@contoso.com', '2 × 53003', 'Why:', 'Next step:'],
      ['Record', 'All steps', 'Ticket text', 'Draft a ticket', 'Other failures (1)'],
    ],
    [
      'sign-in record',
      [MEGAN, 'details'],
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
      [MEGAN, 'details'],
      1,
      ['AADSTS53003 BlockedByConditionalAccess', 'What the helpdesk or admin does'],
      [],
    ],
    ['ticket draft', [MEGAN, 'details'], 2, ['Request ID: ', 'Correlation ID: ', 'Error code: 53003'], []],
    ['failure list', [JANE, 'more'], 0, ['#2 · ', '#3 · '], ['Show #2', 'Show #3']],
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

  it('keeps the first card of a failure answer to 12 lines, with the record, steps and ticket one tap away', async () => {
    const [summary] = await cardsFor(JANE);
    expect(visibleLines(summary)).to.be.at.most(12);
    expect(cardText(summary)).to.not.include('Correlation ID');
    const record = cardText(shownBy(summary, 'Record'));
    for (const part of ['Error code: 50053', 'Request ID: ', 'Correlation ID: ', 'Client app: '])
      expect(record).to.include(part);
    const steps = cardText(shownBy(summary, 'All steps'));
    expect(steps).to.include('AADSTS50053 IdsLocked');
    expect(steps).to.include('What the helpdesk or admin does');
    const ticket = cardText(shownBy(summary, 'Ticket text'));
    expect(ticket).to.include('Sign-in failure 50053 for jane.visser@contoso.com on Microsoft Teams');
    for (const shown of ['Record', 'All steps', 'Ticket text'])
      expect(cardProblems(shownBy(summary, shown)), shown).to.deep.equal([]);
  });

  it('drives the conversation with button presses, in the middle of a prompt too', async () => {
    const press = teams('buttons');
    const [summary] = cardsOf((await press(JANE)).activities);
    const others = buttonsOf(summary).find((button) => button.title === 'Other failures (4)')!;
    const [list] = cardsOf((await press(others.data!)).activities);
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
    const [summary] = cardsOf((await press('any app')).activities);
    const others = buttonsOf(summary).find((button) => button.title?.startsWith('Other failures'));
    expect(others?.data).to.deep.equal({ action: 'more' });
    const [list] = cardsOf((await press(others!.data!)).activities);
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
    // One of hers from before today: today's later hours of the sample have not happened yet.
    const megans = signIns.find(
      (signIn) =>
        signIn.userPrincipalName.startsWith('megan.bowen') &&
        Date.parse(signIn.createdDateTime) < NOW.getTime(),
    )!.id;
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

  it('gives channels without cards the same answer as text, and the rest after "details"', async () => {
    const say = teams('text', 'terminal');
    const replies = await say(MEGAN);
    expect(cardsOf(replies.activities)).to.deep.equal([]);
    expect(replies.texts.join('\n')).to.include('Say **details** for the whole record');
    const details = await say('details');
    expect(cardsOf(details.activities)).to.deep.equal([]);
    const text = details.texts.join('\n');
    for (const part of ['**Error code:** 53003', '**Request ID:**', 'AADSTS53003 BlockedByConditionalAccess'])
      expect(text).to.include(part);
  });
});
