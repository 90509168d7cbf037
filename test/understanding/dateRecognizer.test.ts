import { expect } from 'chai';
import { DateTime } from 'luxon';
import { LANGUAGES } from '../../src/text/texts';
import { DateRecognizer, MAX_DATE_TEXT } from '../../src/understanding/dateRecognizer';
import { DateRecognition } from '../../src/understanding/dateWindow';
import { NOW, ZONE } from '../helpers/fixture';

/** Windows in Amsterdam time (UTC+1 in November), written as UTC instants. */
const WINDOWS: [text: string, from: string, to: string][] = [
  ['yesterday', '2026-11-21T23:00:00.000Z', '2026-11-22T23:00:00.000Z'],
  ['today', '2026-11-22T23:00:00.000Z', '2026-11-23T23:00:00.000Z'],
  ['this morning', '2026-11-22T23:00:00.000Z', '2026-11-23T11:00:00.000Z'],
  ['friday', '2026-11-19T23:00:00.000Z', '2026-11-20T23:00:00.000Z'],
  ['last week', '2026-11-15T23:00:00.000Z', '2026-11-22T23:00:00.000Z'],
  ['since yesterday', '2026-11-21T23:00:00.000Z', '2026-11-23T10:00:00.000Z'],
  ['last 3 days', '2026-11-20T23:00:00.000Z', '2026-11-23T10:00:00.000Z'],
  ['2026-11-20', '2026-11-19T23:00:00.000Z', '2026-11-20T23:00:00.000Z'],
  ['20-11-2026', '2026-11-19T23:00:00.000Z', '2026-11-20T23:00:00.000Z'],
  ['20 november', '2026-11-19T23:00:00.000Z', '2026-11-20T23:00:00.000Z'],
  ['between 18 nov and 20 nov', '2026-11-17T23:00:00.000Z', '2026-11-20T23:00:00.000Z'],
  ['yesterday at 3pm', '2026-11-22T13:00:00.000Z', '2026-11-22T15:00:00.000Z'],
  ['gisteren', '2026-11-21T23:00:00.000Z', '2026-11-22T23:00:00.000Z'],
  ['gisteren om 15:00', '2026-11-22T13:00:00.000Z', '2026-11-22T15:00:00.000Z'],
  ['eergisteren', '2026-11-20T23:00:00.000Z', '2026-11-21T23:00:00.000Z'],
  ['vorige week maandag', '2026-11-15T23:00:00.000Z', '2026-11-16T23:00:00.000Z'],
  ['last week friday', '2026-11-19T23:00:00.000Z', '2026-11-20T23:00:00.000Z'],
  ['afgelopen 3 dagen', '2026-11-20T23:00:00.000Z', '2026-11-23T10:00:00.000Z'],
  // "the past week" without an amount: the last 7 days up to now, as "afgelopen 7 dagen" ("last week" is last week).
  ['the past week', '2026-11-16T23:00:00.000Z', '2026-11-23T10:00:00.000Z'],
  ['de afgelopen week', '2026-11-16T23:00:00.000Z', '2026-11-23T10:00:00.000Z'],
  ['sinds vrijdag', '2026-11-19T23:00:00.000Z', '2026-11-23T10:00:00.000Z'],
  // The weekend is Saturday and Sunday; "since the weekend" runs on to now.
  ['over the weekend', '2026-11-20T23:00:00.000Z', '2026-11-22T23:00:00.000Z'],
  ['afgelopen weekend', '2026-11-20T23:00:00.000Z', '2026-11-22T23:00:00.000Z'],
  ['since the weekend', '2026-11-20T23:00:00.000Z', '2026-11-23T10:00:00.000Z'],
  ['sinds het weekend', '2026-11-20T23:00:00.000Z', '2026-11-23T10:00:00.000Z'],
  // After or before a clock time on the day found: to the end of that day, or from its start.
  ['yesterday after 10:17', '2026-11-22T09:17:00.000Z', '2026-11-22T23:00:00.000Z'],
  ['na 15 uur gisteren', '2026-11-22T14:00:00.000Z', '2026-11-22T23:00:00.000Z'],
  ['voor 9 uur vanochtend', '2026-11-22T23:00:00.000Z', '2026-11-23T08:00:00.000Z'],
  ['yesterday, after 3 attempts', '2026-11-21T23:00:00.000Z', '2026-11-22T23:00:00.000Z'],
  // A month: since its first day, the calendar month before, or a month up to now.
  ['this month', '2026-10-31T23:00:00.000Z', '2026-11-23T10:00:00.000Z'],
  ['vorige maand', '2026-09-30T22:00:00.000Z', '2026-10-31T23:00:00.000Z'],
  ['the past month', '2026-10-22T22:00:00.000Z', '2026-11-23T10:00:00.000Z'],
  ['de hele afgelopen maand', '2026-10-22T22:00:00.000Z', '2026-11-23T10:00:00.000Z'],
  // The day after "since" is when the trouble began, whatever other day the story names.
  [
    'she called me this morning: it fails since yesterday',
    '2026-11-21T23:00:00.000Z',
    '2026-11-23T10:00:00.000Z',
  ],
  ['failing since friday, she told me this morning', '2026-11-19T23:00:00.000Z', '2026-11-23T10:00:00.000Z'],
  [
    'ze belde vanochtend, sinds vrijdag lukt het niet',
    '2026-11-19T23:00:00.000Z',
    '2026-11-23T10:00:00.000Z',
  ],
  // A letter changed or two swapped in a day word, as phones and hurried agents type them.
  ['yesturday', '2026-11-21T23:00:00.000Z', '2026-11-22T23:00:00.000Z'],
  ['sinds gisteern', '2026-11-21T23:00:00.000Z', '2026-11-23T10:00:00.000Z'],
  ['last thrusday', '2026-11-18T23:00:00.000Z', '2026-11-19T23:00:00.000Z'],
  // A letter left out of the last word.
  ['yesterdy', '2026-11-21T23:00:00.000Z', '2026-11-22T23:00:00.000Z'],
  ['sinds donderdg', '2026-11-18T23:00:00.000Z', '2026-11-23T10:00:00.000Z'],
  [
    "why can't megan sign in to outlook since yesterday?",
    '2026-11-21T23:00:00.000Z',
    '2026-11-23T10:00:00.000Z',
  ],
];

type Case = [text: string, from: string, to: string];

/** Minutes and hours ago end now: a rough time, and the tries before and after it, are the same problem. */
const RECENT: Case[] = [
  ['just now', 'Mon 23 Nov 10:30', 'Mon 23 Nov 11:00'],
  ['now', 'Mon 23 Nov 10:30', 'Mon 23 Nov 11:00'],
  ['a minute ago', 'Mon 23 Nov 10:29', 'Mon 23 Nov 11:00'],
  ['5 minutes ago', 'Mon 23 Nov 10:25', 'Mon 23 Nov 11:00'],
  ['half an hour ago', 'Mon 23 Nov 10:00', 'Mon 23 Nov 11:00'],
  ['an hour ago', 'Mon 23 Nov 09:30', 'Mon 23 Nov 11:00'],
  ['2 hours ago', 'Mon 23 Nov 08:00', 'Mon 23 Nov 11:00'],
  ['two hours ago', 'Mon 23 Nov 08:00', 'Mon 23 Nov 11:00'],
  ['net', 'Mon 23 Nov 10:30', 'Mon 23 Nov 11:00'],
  ['zojuist', 'Mon 23 Nov 10:30', 'Mon 23 Nov 11:00'],
  ['daarnet', 'Mon 23 Nov 10:30', 'Mon 23 Nov 11:00'],
  ['5 minuten geleden', 'Mon 23 Nov 10:25', 'Mon 23 Nov 11:00'],
  ['een uur geleden', 'Mon 23 Nov 09:30', 'Mon 23 Nov 11:00'],
  ['2 uur geleden', 'Mon 23 Nov 08:00', 'Mon 23 Nov 11:00'],
  ['why did jane fail to sign in to teams just now?', 'Mon 23 Nov 10:30', 'Mon 23 Nov 11:00'],
];

/** This month's day, or last month's when this month's is still to come. */
const DAYS_OF_MONTH: Case[] = [
  ['the 20th', 'Fri 20 Nov 00:00', 'Sat 21 Nov 00:00'],
  ['on the 20th', 'Fri 20 Nov 00:00', 'Sat 21 Nov 00:00'],
  ['de 20e', 'Fri 20 Nov 00:00', 'Sat 21 Nov 00:00'],
  ['op de 20ste', 'Fri 20 Nov 00:00', 'Sat 21 Nov 00:00'],
  ['20 november', 'Fri 20 Nov 00:00', 'Sat 21 Nov 00:00'],
  ['the 23rd', 'Mon 23 Nov 00:00', 'Tue 24 Nov 00:00'],
  ['the 25th', 'Sun 25 Oct 00:00', 'Mon 26 Oct 00:00'],
  ['the 31st', 'Sat 31 Oct 00:00', 'Sun 1 Nov 00:00'],
  ['why did megan fail on the 20th at work?', 'Fri 20 Nov 00:00', 'Sat 21 Nov 00:00'],
];

/** Morning 0–12, afternoon 12–18, evening 18–24, night 18–6. */
const PARTS_OF_DAY: Case[] = [
  ['yesterday afternoon', 'Sun 22 Nov 12:00', 'Sun 22 Nov 18:00'],
  ['gistermiddag', 'Sun 22 Nov 12:00', 'Sun 22 Nov 18:00'],
  ['gisteravond', 'Sun 22 Nov 18:00', 'Mon 23 Nov 00:00'],
  ["gisteren 's avonds", 'Sun 22 Nov 18:00', 'Mon 23 Nov 00:00'],
  ['yesterday morning', 'Sun 22 Nov 00:00', 'Sun 22 Nov 12:00'],
  ['saturday night', 'Sat 21 Nov 18:00', 'Sun 22 Nov 06:00'],
  ['last night', 'Sun 22 Nov 18:00', 'Mon 23 Nov 06:00'],
  ['vannacht', 'Sun 22 Nov 18:00', 'Mon 23 Nov 06:00'],
  // Said on Monday at 11:00: this evening is still to come, so last Monday's.
  ['monday evening', 'Mon 16 Nov 18:00', 'Tue 17 Nov 00:00'],
  ['maandagochtend', 'Mon 23 Nov 00:00', 'Mon 23 Nov 12:00'],
  ['vrijdagmiddag', 'Fri 20 Nov 12:00', 'Fri 20 Nov 18:00'],
];

const SINCE_AND_AGO: Case[] = [
  // Said on a Monday: since a week ago, which holds today as well.
  ['since monday', 'Mon 16 Nov 00:00', 'Mon 23 Nov 11:00'],
  ['sinds maandag', 'Mon 16 Nov 00:00', 'Mon 23 Nov 11:00'],
  ['since friday', 'Fri 20 Nov 00:00', 'Mon 23 Nov 11:00'],
  // When it started is from then until now.
  ["pieter can't get into teams, started 3 days ago", 'Fri 20 Nov 00:00', 'Mon 23 Nov 11:00'],
  ['het begon vrijdag', 'Fri 20 Nov 00:00', 'Mon 23 Nov 11:00'],
  ['since 3 days', 'Fri 20 Nov 00:00', 'Mon 23 Nov 11:00'],
  ['sinds 3 dagen', 'Fri 20 Nov 00:00', 'Mon 23 Nov 11:00'],
  ['since 3 days ago', 'Fri 20 Nov 00:00', 'Mon 23 Nov 11:00'],
  ['since yesterday afternoon', 'Sun 22 Nov 12:00', 'Mon 23 Nov 11:00'],
  ['since 2 hours', 'Mon 23 Nov 08:00', 'Mon 23 Nov 11:00'],
  ['the last 3 days', 'Sat 21 Nov 00:00', 'Mon 23 Nov 11:00'],
  ['afgelopen 3 dagen', 'Sat 21 Nov 00:00', 'Mon 23 Nov 11:00'],
  ['the last 2 hours', 'Mon 23 Nov 09:00', 'Mon 23 Nov 11:00'],
  // When it started: as far back as the log keeps (30 times 24 hours), until now.
  ['jane gets AADSTS50126 in teams, when did that start?', 'Sat 24 Oct 12:00', 'Mon 23 Nov 11:00'],
  ['since when?', 'Sat 24 Oct 12:00', 'Mon 23 Nov 11:00'],
  ['sinds wanneer heeft noor dit?', 'Sat 24 Oct 12:00', 'Mon 23 Nov 11:00'],
  ['wanneer is dat begonnen?', 'Sat 24 Oct 12:00', 'Mon 23 Nov 11:00'],
  ['3 days ago', 'Fri 20 Nov 00:00', 'Sat 21 Nov 00:00'],
  ['3 dagen geleden', 'Fri 20 Nov 00:00', 'Sat 21 Nov 00:00'],
  ['vorige week dinsdag', 'Tue 17 Nov 00:00', 'Wed 18 Nov 00:00'],
  ['last week tuesday', 'Tue 17 Nov 00:00', 'Wed 18 Nov 00:00'],
  ['tuesday of last week', 'Tue 17 Nov 00:00', 'Wed 18 Nov 00:00'],
  // The time belongs to the day before it; it is not where a range ends (the Dutch review saw two days).
  ['gisteren rond 9 uur', 'Sun 22 Nov 08:00', 'Sun 22 Nov 10:00'],
  ['yesterday around 9am', 'Sun 22 Nov 08:00', 'Sun 22 Nov 10:00'],
  // A time said after a part of a day narrows it; Dutch "half 10" is 9:30.
  ['vanochtend om half 10', 'Mon 23 Nov 08:30', 'Mon 23 Nov 10:30'],
  ['gisteren om kwart over 8', 'Sun 22 Nov 07:15', 'Sun 22 Nov 09:15'],
  ['gistermiddag om 3', 'Sun 22 Nov 14:00', 'Sun 22 Nov 16:00'],
  ['this morning around 8', 'Mon 23 Nov 07:00', 'Mon 23 Nov 09:00'],
  // "zat" is a verb here, not Saturday's abbreviation.
  ['noor zat vrijdag op slot', 'Fri 20 Nov 00:00', 'Sat 21 Nov 00:00'],
  // A day and month without a year: the last one that has been.
  ['20-11', 'Fri 20 Nov 00:00', 'Sat 21 Nov 00:00'],
  ['megan kon op 20-11 niet inloggen', 'Fri 20 Nov 00:00', 'Sat 21 Nov 00:00'],
];

/**
 * The log keeps 30 times 24 hours: from Sat 24 Oct 12:00 (summer time still). Only readings of a numeric date it can
 * answer are offered.
 */
const RETENTION: [text: string, kind: DateRecognition['kind'], from?: string, to?: string][] = [
  ['1 october', 'beforeRetention', 'Thu 1 Oct 00:00', 'Fri 2 Oct 00:00'],
  ['23-10-2026', 'beforeRetention', 'Fri 23 Oct 00:00', 'Sat 24 Oct 00:00'],
  ['24-10-2026', 'window', 'Sat 24 Oct 00:00', 'Sun 25 Oct 00:00'],
  ['last year', 'beforeRetention', 'Sun 23 Nov 00:00', 'Mon 24 Nov 00:00'],
  // 6 November, or 11 June: only 6 November is in the log.
  ['06-11-2026', 'window', 'Fri 6 Nov 00:00', 'Sat 7 Nov 00:00'],
  // 11 October is older than the log: 10 November.
  ['11-10-2026', 'window', 'Tue 10 Nov 00:00', 'Wed 11 Nov 00:00'],
  // 3 April or 4 March 2025: neither is in the log; the later one is named.
  ['03-04-2025', 'beforeRetention', 'Thu 3 Apr 00:00', 'Fri 4 Apr 00:00'],
  // 12 December is to come, 12 November is in the log.
  ['12-12-2026', 'future'],
  ['12-11-2026', 'window', 'Thu 12 Nov 00:00', 'Fri 13 Nov 00:00'],
];

/** Where the date stands in the text as given: case, accents and spacing as the person typed them. */
const SPANS: [text: string, index: number, span: string][] = [
  ["Why can't Megan sign in to Outlook since Yesterday?", 35, 'since Yesterday'],
  ['megan failed on 20 November', 13, 'on 20 November'],
  ['Waarom kon Jan  GISTERMIDDAG niet inloggen?', 16, 'GISTERMIDDAG'],
  ['Héllo, één  uur geleden lukte het niet', 7, 'één  uur geleden'],
  ["megan's sign-in failed on the 20th, error 50126", 23, 'on the 20th'],
  ['jane: 20-11-2026 in teams', 6, '20-11-2026'],
  ['jane couldn’t sign in 5 minutes ago', 22, '5 minutes ago'],
  ['between 18 nov and 20 nov for jane', 0, 'between 18 nov and 20 nov'],
  ['Megan, vorige week dinsdag', 7, 'vorige week dinsdag'],
  ['tomorrow', 0, 'tomorrow'],
  ['03-04-2025 please', 0, '03-04-2025'],
];

describe('DateRecognizer', () => {
  const dates = new DateRecognizer();

  for (const [text, from, to] of WINDOWS) {
    it(`reads "${text}" as ${from} to ${to}`, () => {
      const result = dates.recognize(text, NOW, ZONE);
      expect(result.kind).to.equal('window');
      if (result.kind !== 'window') return;
      expect([result.window.from.toISOString(), result.window.to.toISOString()]).to.deep.equal([from, to]);
    });
  }

  // Both readings of a numeric date fall inside the 30 days the log keeps only a few days a year, such as 12 December.
  const DECEMBER = new Date('2026-12-12T10:00:00Z');

  it('asks about a date that reads both ways instead of picking month-first', () => {
    const result = dates.recognize('11-12-2026', DECEMBER, ZONE);
    expect(result.kind).to.equal('ambiguous');
    if (result.kind !== 'ambiguous') return;
    expect(result.options.map((option) => shown(option.from))).to.deep.equal([
      'Fri 11 Dec 00:00',
      'Thu 12 Nov 00:00',
    ]);
  });

  it('reads 11-12-2026 as 11 December for Dutch speakers, who always write the day first', () => {
    const result = dates.recognize('11-12-2026', DECEMBER, ZONE, 'dayFirst');
    expect(result.kind).to.equal('window');
    if (result.kind !== 'window') return;
    expect(shown(result.window.from)).to.equal('Fri 11 Dec 00:00');
  });

  for (const text of ['tomorrow', 'morgen', 'next friday']) {
    it(`refuses "${text}" as a date in the future`, () => {
      expect(dates.recognize(text, NOW, ZONE).kind).to.equal('future');
    });
  }

  for (const [text, written] of [
    ['op 31-11', '31-11'],
    ['30-02-2026', '30-02-2026'],
  ])
    it(`says "${text}" is a date no calendar has`, () => {
      const result = dates.recognize(text, NOW, ZONE);
      expect(result.kind).to.equal('impossible');
      expect(result.kind === 'impossible' && result.span.text).to.equal(written);
    });

  for (const text of [
    'whenever',
    'no idea',
    '',
    "why can't jane sign in now?",
    'ik kan net niet inloggen',
    'the 3rd attempt failed',
    'de 2e poging mislukte',
    'het ging 2-3 keer mis',
    'noor zat vast in de app',
    'failed 3-4 times',
    'waar komt die melding vandaan?',
  ]) {
    it(`finds no date in "${text}"`, () => {
      expect(dates.recognize(text, NOW, ZONE).kind).to.equal('none');
    });
  }

  it('uses UTC days when the time zone is not valid', () => {
    const result = dates.recognize('yesterday', NOW, 'Not/AZone');
    expect(result.kind === 'window' && result.window.from.toISOString()).to.equal('2026-11-22T00:00:00.000Z');
  });

  it(`reads only the first ${MAX_DATE_TEXT} characters, so a text full of dates cannot stall a turn`, () => {
    const flood = `${'x'.repeat(MAX_DATE_TEXT)} ${Array.from({ length: 200 }, (_, i) => `${(i % 28) + 1} november`).join(', ')}`;
    expect(dates.recognize(flood, NOW, ZONE).kind).to.equal('none');
  });

  for (const cases of [RECENT, DAYS_OF_MONTH, PARTS_OF_DAY, SINCE_AND_AGO])
    for (const [text, from, to] of cases)
      it(`reads "${text}" as ${from} to ${to}`, () => {
        expect(described(dates.recognize(text, NOW, ZONE))).to.deep.equal(['window', from, to]);
      });

  for (const [text, ...expected] of RETENTION)
    it(`reads "${text}" as ${expected.join(' ')}`, () => {
      expect(described(dates.recognize(text, NOW, ZONE))).to.deep.equal(expected);
    });

  it('keeps the clock hours of a part of the day on the day summer time ends', () => {
    const result = dates.recognize('yesterday evening', new Date('2026-10-26T10:00:00Z'), ZONE);
    expect(described(result)).to.deep.equal(['window', 'Sun 25 Oct 18:00', 'Mon 26 Oct 00:00']);
  });

  it('says when the log begins for a date before it', () => {
    const result = dates.recognize('1 october', NOW, ZONE);
    expect(result.kind === 'beforeRetention' && shown(result.oldest)).to.equal('Sat 24 Oct 12:00');
  });

  it('keeps as many days as it is told', () => {
    const result = new DateRecognizer({ retentionDays: 90 }).recognize('1 october', NOW, ZONE);
    expect(described(result)).to.deep.equal(['window', 'Thu 1 Oct 00:00', 'Fri 2 Oct 00:00']);
  });

  for (const [text, index, span] of SPANS)
    it(`finds the date in "${text}" at ${index}: "${span}"`, () => {
      const result = dates.recognize(text, NOW, ZONE);
      expect(result.kind !== 'none' && result.span).to.deep.equal({ index, text: span });
      expect(text.slice(index, index + span.length)).to.equal(span);
    });

  for (const pack of LANGUAGES)
    for (const [weekday, names] of pack.words.dates.weekdays.entries())
      for (const name of names)
        it(`reads the ${pack.language} weekday "${name}" from the language pack`, () => {
          const result = dates.recognize(`${name} ${pack.words.dates.partsOfDay.evening[0]}`, NOW, ZONE);
          expect(result.kind === 'window' && shown(result.window.from)).to.match(
            new RegExp(`^${WEEKDAY_NAMES[weekday]} .* 18:00$`),
          );
        });

  for (const text of ['sinds yesterday', 'since gisteren'])
    it(`reads the languages mixed: "${text}"`, () => {
      expect(described(dates.recognize(text, NOW, ZONE))).to.deep.equal([
        'window',
        'Sun 22 Nov 00:00',
        'Mon 23 Nov 11:00',
      ]);
    });
});

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Times as the bot shows them to the person: in Amsterdam, where it is Monday 23 November, 11:00. */
function shown(date: Date): string {
  return DateTime.fromJSDate(date, { zone: ZONE }).toFormat('ccc d LLL HH:mm');
}

/** What kind of answer, and the window it searches. */
function described(result: DateRecognition): string[] {
  if (result.kind !== 'window' && result.kind !== 'beforeRetention') return [result.kind];
  return [result.kind, shown(result.window.from), shown(result.window.to)];
}
