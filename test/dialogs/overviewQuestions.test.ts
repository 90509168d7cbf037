import { expect } from 'chai';
import { Conversation } from '../helpers/conversation';
import { startTestBot, TestBot } from '../helpers/fixture';
import { identityOf } from '../helpers/identity';

const HELPDESK = 'hanna.hoek@contoso.com';
const REFUSAL = 'I can only show you your own sign-ins.';

/** Questions across people, as the helpdesk asks them on the sample tenant. */
const CASES: [question: string, wanted: (string | RegExp)[], locale?: string][] = [
  [
    'how many people got 50126 last week?',
    [
      '**50126 between Mon 16 Nov 00:00 and Mon 23 Nov 00:00 (Europe/Amsterdam time):**',
      /\d+ failures of \d+ people/,
      'Most to ',
      'The user name or password was wrong.',
    ],
  ],
  ['top errors this week', ['**Top errors between Mon 23 Nov 00:00', 'in all.', '1. ']],
  ['top errors in teams today', ['**Top errors in Microsoft Teams today (Mon 23 Nov 2026):**']],
  ['how many ppl had sign-in errors today?', ['**Top errors today (Mon 23 Nov 2026):**']],
  ['ligt teams er op dit moment uit?', ['**Microsoft Teams, het afgelopen uur:**'], 'nl-NL'],
  [
    // "many people" and an app, but a code: a count, not an outage question.
    'how many people got 50126 in outlook last week?',
    ['**50126 in Office 365 Exchange Online between Mon 16 Nov 00:00'],
  ],
  [
    'is there an outage on Outlook?',
    [
      /\*\*Office 365 Exchange Online, the last hour:\*\* \d+ of \d+ sign-ins? failed \(\d+ %\); the same hour on the 7 days before: \d+ %\./,
    ],
  ],
  [
    'sign-ins from IP 185.220.101.77 last week',
    [
      '**Sign-ins from 185.220.101.77 between Mon 16 Nov 00:00 and Mon 23 Nov 00:00',
      'bram.hendriks@contoso.com',
      '50126 × 8',
      'and 4 more',
    ],
  ],
  ['sign-ins from 192.0.2.1 yesterday', ['No sign-ins from 192.0.2.1 yesterday (Sun 22 Nov 2026).']],
  [
    'hoeveel mensen kregen 50126 vorige week?',
    ['**50126 tussen ma 16 nov 00:00 en ma 23 nov 00:00', /\d+ keer, bij \d+ personen/],
    'nl-NL',
  ],
];

describe('questions across people (counts, outages, one address)', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startTestBot();
  });
  after(() => bot.close());

  for (const [question, wanted, locale] of CASES)
    it(`answers "${question}" for the helpdesk`, async () => {
      const before = bot.audit.entries.length;
      const chat = new Conversation(bot.app, identityOf(bot.app, HELPDESK), locale ? { locale } : {});
      const reply = await chat.ask(question);
      for (const part of wanted)
        if (typeof part === 'string') expect(reply).to.include(part);
        else expect(reply).to.match(part);
      const lookups = bot.audit.entries.slice(before);
      expect(lookups.length, 'recorded for audit').to.be.greaterThan(0);
      expect(lookups.every((entry) => entry.target === 'everyone' && entry.allowed)).to.equal(true);
    });

  for (const question of [
    'how many people got 50126 today?',
    'sign-ins from 185.220.101.77',
    'is teams down?',
  ])
    it(`refuses "${question}" to an end user, and reads nothing`, async () => {
      const before = bot.audit.entries.length;
      const chat = new Conversation(bot.app, identityOf(bot.app, 'adele.vance@contoso.com'));
      expect(await chat.ask(question)).to.include(REFUSAL);
      expect(bot.audit.entries.slice(before)).to.deep.equal([]);
    });

  for (const [question, locale] of [
    ['write a poem about last week', 'en-US'],
    ['schrijf een gedichtje over maandagochtend', 'nl-NL'],
  ])
    it(`does not read "${question}" as a question across people, and reads nothing`, async () => {
      const before = bot.audit.entries.length;
      const chat = new Conversation(bot.app, identityOf(bot.app, HELPDESK), { locale });
      expect(await chat.ask(question)).to.match(/Sorry, I didn't understand that|Sorry, dat begreep ik niet/);
      expect(bot.audit.entries.slice(before)).to.deep.equal([]);
    });

  it('says an app had no sign-ins in the last hour rather than "0 of 0 failed"', async () => {
    const reply = await new Conversation(bot.app, identityOf(bot.app, HELPDESK)).ask('is my apps down?');
    expect(reply).to.include('**My Apps, the last hour:** no sign-ins at all');
    expect(reply).not.to.include('0 of 0');
  });

  it('compares the last hour of an app with the same hour on each of the 7 days before: 8 reads', async () => {
    const before = bot.audit.entries.length;
    await new Conversation(bot.app, identityOf(bot.app, HELPDESK)).ask('is teams down?');
    const reads = bot.audit.entries.slice(before);
    expect(reads).to.have.length(8);
    expect(reads.map((entry) => entry.from)).to.include('2026-11-16T09:00:00.000Z');
    expect(new Set(reads.map((entry) => entry.appId))).to.deep.equal(
      new Set(['1fec8e78-bce4-4aaf-ab1b-5451cc387264']),
    );
  });
});
