import { DateTime } from 'luxon';
import { chronoDate } from './chronoDates';
import { atClockTime, beforeOrAfterTime } from './clockTime';
import { day, dayOfMonth, Found, month, partOfDay, Rule, week, weekend } from './dateRules';
import { ago, justNow, lastAmount, NOW_ALONE_TEXT, sinceAmount } from './recentDates';
import { DateRecognition, DateSpan, DateWindow } from './dateWindow';
import {
  DATE_WORD,
  END,
  fold,
  JOINERS,
  ON,
  SINCE,
  SINCE_THE_START,
  START,
  withDaySlipsFixed,
} from './dateWords';
import { numericDate, Readings } from './numericDate';

/** Recognizers cost more with every date they find, so only the start of a message is read. */
export const MAX_DATE_TEXT = 200;
const DAY_MS = 86_400_000;

export interface DateRecognizerOptions {
  /** How many days the sign-in log keeps (default 30): an older date gets `beforeRetention`, not a search. */
  retentionDays?: number;
  /** A file's oldest record, when the records are a file: any date since then can be searched. */
  oldestRecord?: () => Date | undefined;
}

const SINCE_BEFORE = new RegExp(`${START}(?:${SINCE.source})\\s+$`);
/** Small words the date's span takes in, so that cutting it out leaves a sentence: "on 20 november". */
const LEAD_IN = new RegExp(`${START}(?:${ON.source}|${JOINERS.source})\\s+$`);
const SINCE_THE_START_TEXT = new RegExp(`${START}(?:${SINCE_THE_START.source})${END}`);

/** In order: the first rule that finds a date wins; chrono reads what the rules do not know. */
const RULES: Rule[] = [justNow, ago, sinceAmount, lastAmount, partOfDay, week, weekend, month, day];
const SINCE_AT = new RegExp(`${START}(?:${SINCE.source})${END}`);

/**
 * Understands "yesterday", "5 minutes ago", "gistermiddag", "since monday", "the 20th", "20-11-2026", "between 18
 * and 20 nov", in English and Dutch, in a time zone; says where in the text the date stands.
 */
export class DateRecognizer {
  private readonly retentionDays: number;

  constructor(private readonly options: DateRecognizerOptions = {}) {
    this.retentionDays = options.retentionDays ?? 30;
  }

  recognize(
    text: string,
    now: Date,
    timeZone: string,
    numericDates: 'ask' | 'dayFirst' = 'ask',
  ): DateRecognition {
    const typed = text.slice(0, MAX_DATE_TEXT);
    const plain = fold(typed);
    const folded = withDaySlipsFixed(plain);
    // chrono reads the text as given: with a day word's slip fixed, it reads the fixed (folded) text.
    const given = folded === plain ? typed : folded;
    if (!DATE_WORD.test(folded) && !NOW_ALONE_TEXT.test(folded)) return { kind: 'none' };
    const local = DateTime.fromJSDate(now, { zone: timeZone });
    const clock = local.isValid ? local : DateTime.fromJSDate(now, { zone: 'utc' });
    // An instant: the log keeps 30 times 24 hours (and luxon's arithmetic in a zone costs more than all the rest).
    const file = this.options.oldestRecord?.();
    const oldest = file
      ? DateTime.fromJSDate(file, { zone: timeZone }).startOf('day').toJSDate()
      : new Date(now.getTime() - this.retentionDays * DAY_MS);
    const reading = { given, folded, clock, oldest, fromFile: file !== undefined };
    const numeric = numericDate(given, clock, numericDates);
    if (numeric) return judgeReadings(numeric, reading);
    const found = firstFound(reading) ?? sinceTheStart(reading);
    return found ? judge(found, reading) : { kind: 'none' };
  }

  /** The first parse builds chrono's patterns; do it at start-up, not in a user's turn. */
  warmUp(): void {
    this.recognize('yesterday at 3pm', new Date(), 'UTC');
  }
}

/** One message being read: as given, folded (same length), at what time, and the oldest moment the log keeps. */
interface Reading {
  given: string;
  folded: string;
  clock: DateTime;
  oldest: Date;
  /** The oldest moment is a file's first record, not the 30 days Graph keeps. */
  fromFile: boolean;
}

/**
 * "she called this morning, it fails since yesterday": a day after "since" says when the trouble began, so it is read
 * before any other day the message names.
 */
function firstFound(reading: Reading): Found | undefined {
  const since = SINCE_AT.exec(reading.folded);
  if (since) {
    const at = since.index;
    // The clause "since" opens, up to the next punctuation: a day further on is another part of the story.
    const stop = /[,.;!?]/.exec(reading.folded.slice(at + since[0].length));
    const end = stop ? at + since[0].length + stop.index : reading.folded.length;
    const after = { ...reading, given: reading.given.slice(at, end), folded: reading.folded.slice(at, end) };
    const found = foundIn(after);
    if (found && /^\s*$/.test(after.folded.slice(since[0].length, found.index)))
      return { ...found, index: found.index + at, end: found.end + at };
  }
  return foundIn(reading);
}

function foundIn({ given, folded, clock }: Reading): Found | undefined {
  for (const rule of RULES) {
    const found = rule(folded, clock);
    if (found) return beforeOrAfterTime(atClockTime(found, folded), folded, clock);
  }
  const found = chronoDate(given, folded, clock) ?? dayOfMonth(folded, clock);
  return found && beforeOrAfterTime(atClockTime(found, folded), folded, clock);
}

/** "when did that start?", "sinds wanneer": the whole log up to now, where the first failure will be. */
function sinceTheStart({ folded, clock, oldest }: Reading): Found | undefined {
  const match = SINCE_THE_START_TEXT.exec(folded);
  if (!match) return undefined;
  const from = DateTime.fromJSDate(oldest, { zone: clock.zone });
  return { from, to: clock, precision: 'days', index: match.index, end: match.index + match[0].length };
}

/** Only readings the log can answer are offered: when one is left, it is the date. */
function judgeReadings(readings: Readings, reading: Reading): DateRecognition {
  const found = readings.days.map((date): Found => {
    const from = date.startOf('day');
    return { from, to: from.plus({ days: 1 }), precision: 'day', index: readings.index, end: readings.end };
  });
  if (found.length === 0)
    return {
      kind: 'impossible',
      span: { index: readings.index, text: reading.given.slice(readings.index, readings.end) },
    };
  const past = found.filter((option) => option.from <= reading.clock);
  const kept = past.filter((option) => option.to.toMillis() > reading.oldest.getTime());
  if (kept.length > 1)
    return { kind: 'ambiguous', options: kept.map(toWindow), span: spanOf(found[0], reading) };
  // The reading in the log; else the latest one before it; else the first, which is still to come.
  return judge(kept[0] ?? past.sort((a, b) => +b.from - +a.from)[0] ?? found[0], reading);
}

function judge(found: Found, reading: Reading): DateRecognition {
  const settled = since(found, reading);
  const span = spanOf(settled, reading);
  if (settled.from > reading.clock) return { kind: 'future', span };
  const window = toWindow(settled);
  if (window.to <= reading.oldest)
    return { kind: 'beforeRetention', window, oldest: reading.oldest, span, fromFile: reading.fromFile };
  return { kind: 'window', window, span };
}

/**
 * "since friday": from that day until now. Said on a Monday, "since monday" means a week ago: the wider window holds
 * today as well.
 */
function since(found: Found, { folded, clock }: Reading): Found {
  const before = found.ranged ? null : SINCE_BEFORE.exec(folded.slice(0, found.index));
  if (!before) return found;
  const from =
    found.weekday && found.from.hasSame(clock, 'day') ? found.from.minus({ weeks: 1 }) : found.from;
  const precision = found.precision === 'hours' ? 'hours' : 'days';
  return { ...found, from, to: clock, precision, index: before.index };
}

/** The date as it stands in the text given, with a small word before it ("on 20 november"). */
function spanOf(found: Found, { given, folded }: Reading): DateSpan {
  const index = LEAD_IN.exec(folded.slice(0, found.index))?.index ?? found.index;
  return { index, text: given.slice(index, found.end) };
}

function toWindow(found: Found): DateWindow {
  return { from: found.from.toJSDate(), to: found.to.toJSDate(), precision: found.precision };
}
