import { expect } from 'chai';
import { Activity } from 'botbuilder';
import { servedTestBot } from '../helpers/fixture';
import { postActivity } from '../helpers/http';

const QUESTION = {
  en: 'why did jane fail to sign in to teams this morning?',
  nl: 'waarom lukte het aanmelden van jane bij teams vanochtend niet?',
};

/** Teams' clientInfo entity, which carries the user's time zone next to (or, on some activities, instead of) localTimezone. */
const clientInfo = (timezone: string) => ({
  type: 'clientInfo',
  locale: 'nl-NL',
  country: 'NL',
  platform: 'Web',
  timezone,
});

// NOW is Monday 23 November 2026, 10:00 UTC: 11:00 in Amsterdam, 05:00 in New York.
const MORNINGS: [
  how: string,
  activity: Partial<Activity>,
  question: string,
  searched: { from: string; to: string },
  shown: string,
][] = [
  [
    'localTimezone Europe/Amsterdam, in Dutch ("vanochtend")',
    { locale: 'nl-NL', localTimezone: 'Europe/Amsterdam' },
    QUESTION.nl,
    { from: '2026-11-22T23:00:00.000Z', to: '2026-11-23T11:00:00.000Z' },
    'tussen ma 23 nov 00:00 en ma 23 nov 12:00',
  ],
  [
    'localTimezone Europe/Amsterdam, in English',
    { locale: 'en-US', localTimezone: 'Europe/Amsterdam' },
    QUESTION.en,
    { from: '2026-11-22T23:00:00.000Z', to: '2026-11-23T11:00:00.000Z' },
    'between Mon 23 Nov 00:00 and Mon 23 Nov 12:00 (Europe/Amsterdam time)',
  ],
  [
    'localTimezone America/New_York',
    { locale: 'en-US', localTimezone: 'America/New_York' },
    QUESTION.en,
    { from: '2026-11-23T05:00:00.000Z', to: '2026-11-23T17:00:00.000Z' },
    'between Mon 23 Nov 00:00 and Mon 23 Nov 12:00 (America/New_York time)',
  ],
  [
    "only Teams' clientInfo entity (Europe/Amsterdam)",
    { locale: 'nl-NL', entities: [clientInfo('Europe/Amsterdam')] },
    QUESTION.nl,
    { from: '2026-11-22T23:00:00.000Z', to: '2026-11-23T11:00:00.000Z' },
    'tussen ma 23 nov 00:00 en ma 23 nov 12:00',
  ],
  [
    'localTimezone before the clientInfo entity',
    {
      locale: 'en-US',
      localTimezone: 'America/New_York',
      entities: [clientInfo('Europe/Amsterdam')],
    },
    QUESTION.en,
    { from: '2026-11-23T05:00:00.000Z', to: '2026-11-23T17:00:00.000Z' },
    '(America/New_York time)',
  ],
  [
    'no time zone: DEFAULT_TIMEZONE (UTC)',
    { locale: 'nl-NL' },
    QUESTION.nl,
    { from: '2026-11-23T00:00:00.000Z', to: '2026-11-23T12:00:00.000Z' },
    'tussen ma 23 nov 00:00 en ma 23 nov 12:00',
  ],
  [
    'a zone that does not exist: DEFAULT_TIMEZONE (UTC)',
    { locale: 'en-US', localTimezone: 'Mars/Olympus_Mons', entities: [clientInfo('Moon/Tranquility')] },
    QUESTION.en,
    { from: '2026-11-23T00:00:00.000Z', to: '2026-11-23T12:00:00.000Z' },
    '(UTC time)',
  ],
];

describe("the caller's time zone, over the bot's HTTP route", () => {
  const served = servedTestBot();

  MORNINGS.forEach(([how, activity, question, searched, shown], i) =>
    it(`reads "this morning" in the zone the activity gives: ${how}`, async () => {
      const id = `morning-${i}`;
      const before = served.bot.audit.entries.length;
      const reply = await postActivity(served.base, {
        id,
        text: question,
        from: { id: 'hanna.hoek@contoso.com', name: 'Hanna' },
        conversation: { id, isGroup: false, conversationType: 'personal', name: id },
        ...activity,
      });
      expect(reply.status).to.equal(200);
      expect(reply.texts.join('\n')).to.include(shown);
      // The lookup asked for; an answer without failures then reads the days around as well.
      const lookup = served.bot.audit.entries[before];
      expect({ from: lookup.from, to: lookup.to }).to.deep.equal(searched);
    }),
  );
});
