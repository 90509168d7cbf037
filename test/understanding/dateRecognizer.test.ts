import { expect } from 'chai';
import { DateRecognizer, MAX_DATE_TEXT } from '../../src/understanding/dateRecognizer';
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
  ['sinds vrijdag', '2026-11-19T23:00:00.000Z', '2026-11-23T10:00:00.000Z'],
  [
    "why can't megan sign in to outlook since yesterday?",
    '2026-11-21T23:00:00.000Z',
    '2026-11-23T10:00:00.000Z',
  ],
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

  it('asks about a date that reads both ways instead of picking month-first', () => {
    const result = dates.recognize('03-04-2025', NOW, ZONE);
    expect(result.kind).to.equal('ambiguous');
    if (result.kind !== 'ambiguous') return;
    expect(result.options.map((option) => option.from.toISOString())).to.deep.equal([
      '2025-04-02T22:00:00.000Z',
      '2025-03-03T23:00:00.000Z',
    ]);
  });

  it('reads 03-04-2025 as 3 April for Dutch speakers, who always write the day first', () => {
    const result = dates.recognize('03-04-2025', NOW, ZONE, 'dayFirst');
    expect(result.kind).to.equal('window');
    if (result.kind !== 'window') return;
    expect(result.window.from.toISOString()).to.equal('2025-04-02T22:00:00.000Z');
  });

  for (const text of ['tomorrow', 'morgen', 'next friday']) {
    it(`refuses "${text}" as a date in the future`, () => {
      expect(dates.recognize(text, NOW, ZONE).kind).to.equal('future');
    });
  }

  for (const text of ['whenever', 'no idea', '']) {
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
});
