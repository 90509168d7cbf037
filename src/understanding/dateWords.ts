import { Words } from '../text/en';
import { LANGUAGES } from '../text/texts';
import { commonWords } from '../text/commonWords';
import { editDistance } from '../text/editDistance';
import { escapeRegExp } from '../shared/patterns';

type DateWords = Words['dates'];

export type Part = 'morning' | 'afternoon' | 'evening' | 'night';
export type Unit = 'minutes' | 'hours' | 'days' | 'weeks';

/** Before and after a phrase: no letter or digit, so "mon" is not found in "money". */
export const START = '(?<![a-z0-9])';
export const END = '(?![a-z0-9])';

/** Phrases with what each means, and a regex alternation of them (longest first, no groups). */
export class Lexicon<T> {
  private readonly meanings = new Map<string, T>();
  readonly source: string;

  constructor(entries: Iterable<readonly [phrase: string, meaning: T]>) {
    for (const [phrase, meaning] of entries)
      if (!this.meanings.has(key(phrase))) this.meanings.set(key(phrase), meaning);
    this.source = [...this.meanings.keys()]
      .sort((a, b) => b.length - a.length)
      .map((phrase) => escapeRegExp(phrase).replace(/'/g, "['’]").replace(/ /g, '\\s+'))
      .join('|');
  }

  /** What a matched stretch of folded text means. */
  meaning(matched: string): T | undefined {
    return this.meanings.get(key(matched));
  }
}

function key(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').replace(/’/g, "'");
}

/** The date words of every language pack: people mix languages ("sinds yesterday"). */
const packs: DateWords[] = LANGUAGES.map((pack) => pack.words.dates);

function words(pick: (dates: DateWords) => readonly string[]): Lexicon<true> {
  return new Lexicon(packs.flatMap(pick).map((phrase) => [phrase, true] as const));
}

function parts(pick: (dates: DateWords) => Record<Part, string[]>): Lexicon<Part> {
  return new Lexicon(
    packs.flatMap((dates) =>
      Object.entries(pick(dates)).flatMap(([part, phrases]) =>
        phrases.map((p) => [p, part as Part] as const),
      ),
    ),
  );
}

/** Days back from today: "yesterday" is 1. */
export const DAYS = new Lexicon<number>(
  packs.flatMap((dates) =>
    [dates.today, dates.yesterday, dates.dayBeforeYesterday].flatMap((phrases, back) =>
      phrases.map((phrase) => [phrase, back] as const),
    ),
  ),
);
/** luxon's weekday: Monday is 1. */
export const WEEKDAYS = new Lexicon<number>(
  packs.flatMap((dates) =>
    dates.weekdays.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
  ),
);
export const AMOUNTS = new Lexicon<number>(
  packs.flatMap((dates) => [
    ...dates.counts.flatMap((phrases, index) => phrases.map((phrase) => [phrase, index + 1] as const)),
    ...dates.half.map((phrase) => [phrase, 0.5] as const),
  ]),
);
export function units(...wanted: Unit[]): Lexicon<Unit> {
  return new Lexicon(
    packs.flatMap((dates) =>
      wanted.flatMap((unit) => dates.units[unit].map((phrase) => [phrase, unit] as const)),
    ),
  );
}
export const UNITS = units('minutes', 'hours', 'days', 'weeks');
export const PARTS_OF_TODAY = parts((dates) => dates.partsOfToday);
export const PARTS_OF_DAY = parts((dates) => dates.partsOfDay);
export const THIS_WEEK = words((dates) => dates.thisWeek);
export const LAST_WEEK = words((dates) => dates.lastWeek);
export const WEEKEND = words((dates) => dates.weekend);
export const AFTER_TIME = words((dates) => dates.afterTime);
export const BEFORE_TIME = words((dates) => dates.beforeTime);
export type MonthWord = 'this' | 'last' | 'past';
export const MONTHS = new Lexicon<MonthWord>(
  packs.flatMap((dates) =>
    Object.entries(dates.months).flatMap(([which, phrases]) =>
      phrases.map((phrase) => [phrase, which as MonthWord] as const),
    ),
  ),
);
export const ON = words((dates) => dates.on);
export const SINCE = words((dates) => dates.since);
export const SINCE_THE_START = words((dates) => dates.sinceTheStart);
export const LAST_N = words((dates) => dates.lastN);
export const PAST = words((dates) => dates.past);
export const AGO = words((dates) => dates.ago);
export const JUST_NOW = words((dates) => dates.justNow);
export const NOW_ALONE = words((dates) => dates.nowAlone);
export const THE_DAY = words((dates) => dates.dayOfMonth.before);
export const ORDINALS = words((dates) => dates.dayOfMonth.after);
export const JOINERS = words((dates) => dates.joiners);

/**
 * A digit or a word a date is made of, in any language. Most messages have neither, and then nothing else is read.
 * A day and a part of it may be written as one word ("gistermiddag", "maandagochtend").
 */
export const DATE_WORDS = new RegExp(
  // A number counts when it stands on its own or as an ordinal or time ("20", "20th", "3pm", "15:00"), not inside
  // a word or an ID ("w63z"), which would send chrono over text it takes long to read.
  `(?<![a-z])\\d+(?:st|nd|rd|th|e|ste|de|am|pm|u|h)?(?![a-z])|${START}(?:(?:${DAYS.source}|${WEEKDAYS.source})\\s*)?(?:${[
    DAYS,
    WEEKDAYS,
    UNITS,
    PARTS_OF_TODAY,
    PARTS_OF_DAY,
    THIS_WEEK,
    LAST_WEEK,
    WEEKEND,
    MONTHS,
    SINCE,
    SINCE_THE_START,
    LAST_N,
    AGO,
    JUST_NOW,
    words((dates) => dates.other),
  ]
    .map((lexicon) => lexicon.source)
    .join('|')})${END}`,
  'g',
);
export const DATE_WORD = new RegExp(DATE_WORDS.source);

/**
 * The text in lower case without accents, one character for each of the text's, so that an index into it is an
 * index into the text.
 */
export function fold(text: string): string {
  // eslint-disable-next-line no-control-regex -- any character outside ASCII
  if (!/[^\u0000-\u007f]/.test(text)) return text.toLowerCase();
  let folded = '';
  for (const unit of text.split('')) folded += unit.normalize('NFD')[0].toLowerCase()[0];
  return folded;
}

/** Day words long enough that one slip still names them ("yesturday", "donderdga"); shorter ones are too close. */
const SLIPPED_DAYS = [
  ...new Set(
    packs.flatMap((dates) => [
      ...dates.today,
      ...dates.yesterday,
      ...dates.dayBeforeYesterday,
      ...dates.weekdays.flat(),
    ]),
  ),
].filter((word) => /^[a-z]{6,}$/.test(word));
const ORDINARY = LANGUAGES.map((pack) => commonWords(pack.commonWords));

/**
 * Folded text with a word one changed or swapped letter from a day word read as that word: "yesturday" as
 * "yesterday". Only slips that keep the length, so positions in the text still hold, or a letter left out of the
 * last word; never an ordinary word ("vandaan" is not "vandaag").
 */
export function withDaySlipsFixed(folded: string): string {
  return folded.replace(/[a-z]{5,}/g, (word, at: number) => {
    if (SLIPPED_DAYS.includes(word) || ORDINARY.some((list) => list.has(word))) return word;
    // A letter left out ("yesterdy") only in the last word: the text grows by one after everything else in it.
    const last = !/[a-z0-9]/.test(folded.slice(at + word.length));
    const fits = (day: string): boolean =>
      (day.length === word.length || (last && day.length === word.length + 1 && word.length >= 6)) &&
      editDistance(day, word, 1) <= 1;
    return SLIPPED_DAYS.find(fits) ?? word;
  });
}
