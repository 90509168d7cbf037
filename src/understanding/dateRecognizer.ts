import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { normalize } from '../text/normalize';
import { DateRecognition, DateWindow } from './dateWindow';

/** Recognizers cost more with every date they find, so only the start of a message is read. */
export const MAX_DATE_TEXT = 200;

/**
 * Words and digits a date can be built from, in English and Dutch. chrono's cost grows quickly with the text it reads
 * (a 200-character message took 36 ms), so it only reads the stretch around these, and nothing when there are none.
 */
const DATEISH =
  /\d|\b(?:yesterday|today|tomorrow|tonight|morning|afternoon|evening|night|noon|week|month|days?|ago|since|last|past|next|between|until|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ustus|ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:eer|over)?gisteren|vandaag|morgen|overmorgen|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht|ochtend|middag|avond|nacht|maand|dag|dagen|geleden|sinds|vanaf|vorige|volgende|afgelopen|tussen|tot|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|juni|juli|augustus|oktober|mrt|okt|mei)\b/gi;
const DATE_CONTEXT = 16;
const MAX_CHRONO_TEXT = 80;

/** The part of a message chrono needs to read: from the first date word to the last, with a little around it. */
function dateStretch(text: string): string | undefined {
  const hits = [...text.matchAll(DATEISH)];
  if (hits.length === 0) return undefined;
  const from = Math.max(0, hits[0].index! - DATE_CONTEXT);
  const last = hits[hits.length - 1];
  const to = Math.min(text.length, last.index! + last[0].length + DATE_CONTEXT, from + MAX_CHRONO_TEXT);
  return text.slice(from, to);
}

const NUMERIC_DATE = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b/;
const LAST_N_DAYS = /\b(?:last|past|afgelopen|laatste)\s+(\d{1,2})\s+(?:days?|dagen)\b/;
const SINCE = /\b(?:since|sinds|sedert|vanaf)\b/;

type Part = [from: DateTime, to: DateTime];

/** Understands "yesterday", "this morning", "last week", "monday", "20-11-2026", "between 18 and 20 nov", in a time zone. */
export class DateRecognizer {
  recognize(
    text: string,
    now: Date,
    timeZone: string,
    numericDates: 'ask' | 'dayFirst' = 'ask',
  ): DateRecognition {
    const local = DateTime.fromJSDate(now, { zone: timeZone });
    const clock = local.isValid ? local : DateTime.fromJSDate(now, { zone: 'utc' });
    const capped = text.slice(0, MAX_DATE_TEXT);
    const words = normalize(capped);
    const result =
      numeric(capped, clock, numericDates) ?? keyword(words, clock) ?? this.natural(capped, words, clock);
    if (result.kind === 'window' && result.window.from.getTime() > now.getTime()) return { kind: 'future' };
    return result;
  }

  /** The first parse builds chrono's patterns; do it at start-up, not in a user's turn. */
  warmUp(): void {
    this.recognize('yesterday at 3pm', new Date(), 'UTC');
  }

  private natural(whole: string, words: string, clock: DateTime): DateRecognition {
    const text = dateStretch(whole);
    if (!text) return { kind: 'none' };
    const reference = { instant: clock.toJSDate(), timezone: clock.offset };
    const results = [chrono.parse(text, reference), chrono.nl.parse(text, reference)].sort(
      (a, b) => covered(b) - covered(a),
    )[0];
    if (results.length === 0) return { kind: 'none' };
    const first = results[0];
    const start = toDateTime(first.start, clock);
    const end = first.end ?? results[1]?.start;
    if (end) {
      const last = toDateTime(end, clock);
      return window(
        [start.startOf('day'), (last < start ? last.plus({ weeks: 1 }) : last).endOf('day')],
        'days',
      );
    }
    if (SINCE.test(words)) return window([start.startOf('day'), clock], 'days');
    if (first.start.isCertain('hour'))
      return window([start.minus({ hours: 1 }), start.plus({ hours: 1 })], 'hours');
    return window([start.startOf('day'), start.endOf('day')], 'day');
  }
}

function covered(results: chrono.ParsedResult[]): number {
  return results.reduce((sum, result) => sum + result.text.length, 0);
}

function numeric(text: string, clock: DateTime, order: 'ask' | 'dayFirst'): DateRecognition | undefined {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return undefined;
  const [first, second] = [Number(match[1]), Number(match[2])];
  const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const dayFirst = DateTime.fromObject({ year, month: second, day: first }, { zone: clock.zone });
  const monthFirst = DateTime.fromObject({ year, month: first, day: second }, { zone: clock.zone });
  const options = [dayFirst, monthFirst].filter((date) => date.isValid);
  if (options.length === 0) return { kind: 'none' };
  const windows = options.map((date) => dayWindow(date));
  if (options.length === 1 || first === second || order === 'dayFirst')
    return { kind: 'window', window: windows[0] };
  return { kind: 'ambiguous', options: windows };
}

function keyword(words: string, clock: DateTime): DateRecognition | undefined {
  const today = clock.startOf('day');
  const has = (...phrases: string[]): boolean =>
    phrases.some((phrase) => ` ${words} `.includes(` ${phrase} `));
  // The most common answers, read here so chrono (slow on some long texts) is not needed for them.
  const plain = !/\d/.test(words) && !SINCE.test(words) && !has('between', 'tussen', 'at', 'om');
  if (plain && has('yesterday', 'gisteren'))
    return { kind: 'window', window: dayWindow(today.minus({ days: 1 })) };
  if (plain && has('today', 'vandaag')) return { kind: 'window', window: dayWindow(today) };
  const lastDays = LAST_N_DAYS.exec(words);
  if (lastDays) return window([today.minus({ days: Number(lastDays[1]) - 1 }), clock], 'days');
  if (has('this morning', 'vanochtend', 'vanmorgen'))
    return window([today, today.set({ hour: 12 })], 'hours');
  if (has('this afternoon', 'vanmiddag'))
    return window([today.set({ hour: 12 }), today.set({ hour: 18 })], 'hours');
  if (has('tonight', 'this evening', 'vanavond'))
    return window([today.set({ hour: 18 }), today.plus({ days: 1 })], 'hours');
  if (has('last night', 'vannacht'))
    return window([today.minus({ days: 1 }).set({ hour: 18 }), today.set({ hour: 6 })], 'hours');
  if (has('this week', 'deze week')) return window([clock.startOf('week'), clock], 'days');
  if (has('day before yesterday', 'eergisteren'))
    return { kind: 'window', window: dayWindow(today.minus({ days: 2 })) };
  if (has('last week', 'vorige week', 'afgelopen week')) {
    const monday = clock.startOf('week');
    const weekday = WEEKDAYS.findIndex((names) => names.some((name) => has(name)));
    if (weekday >= 0)
      return { kind: 'window', window: dayWindow(monday.minus({ weeks: 1 }).plus({ days: weekday })) };
    return window([monday.minus({ weeks: 1 }), monday], 'days');
  }
  return undefined;
}

/** Monday first, as luxon's weeks: "last week monday", "vorige week maandag". */
const WEEKDAYS = [
  ['monday', 'maandag'],
  ['tuesday', 'dinsdag'],
  ['wednesday', 'woensdag'],
  ['thursday', 'donderdag'],
  ['friday', 'vrijdag'],
  ['saturday', 'zaterdag'],
  ['sunday', 'zondag'],
];

/** chrono's components are local to the reference zone; past weekdays and dates without a year are meant. */
function toDateTime(component: chrono.ParsedComponents, clock: DateTime): DateTime {
  let date = DateTime.fromObject(
    {
      year: component.get('year') ?? clock.year,
      month: component.get('month') ?? clock.month,
      day: component.get('day') ?? clock.day,
      hour: component.get('hour') ?? 0,
      minute: component.get('minute') ?? 0,
    },
    { zone: clock.zone },
  );
  const future = date.startOf('day') > clock;
  if (future && !component.isCertain('day') && component.isCertain('weekday'))
    date = date.minus({ weeks: 1 });
  else if (future && !component.isCertain('year')) date = date.minus({ years: 1 });
  return date;
}

function dayWindow(date: DateTime): DateWindow {
  return {
    from: date.startOf('day').toJSDate(),
    to: date.startOf('day').plus({ days: 1 }).toJSDate(),
    precision: 'day',
  };
}

function window([from, to]: Part, precision: DateWindow['precision']): DateRecognition {
  const end = precision === 'hours' ? to : to.plus({ milliseconds: to.millisecond === 999 ? 1 : 0 });
  return { kind: 'window', window: { from: from.toJSDate(), to: end.toJSDate(), precision } };
}
