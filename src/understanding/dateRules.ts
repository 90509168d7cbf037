import { DateTime } from 'luxon';
import { DateWindow } from './dateWindow';
import {
  DAYS,
  END,
  JOINERS,
  LAST_WEEK,
  ON,
  ORDINALS,
  Part,
  PARTS_OF_DAY,
  PARTS_OF_TODAY,
  START,
  THE_DAY,
  THIS_WEEK,
  WEEKDAYS,
  WEEKEND,
  MONTHS,
} from './dateWords';

/** A date found in the (folded) text: the time it means and where it stands. */
export interface Found {
  from: DateTime;
  to: DateTime;
  precision: DateWindow['precision'];
  index: number;
  end: number;
  /** A range such as "between 18 and 20 nov": "since" does not stretch it to now. */
  ranged?: boolean;
  /** Named by its weekday alone ("monday"). */
  weekday?: boolean;
}

export type Rule = (folded: string, clock: DateTime) => Found | undefined;

const PART_OF_TODAY = new RegExp(`${START}(${PARTS_OF_TODAY.source})${END}`);
const PART_OF_DAY = new RegExp(
  `${START}(?:(${DAYS.source})|(${WEEKDAYS.source}))\\s*(${PARTS_OF_DAY.source})${END}`,
);
const WEEK_DAY = `(?:(?:${ON.source})\\s+)?`;
const LAST_WEEK_TEXT = new RegExp(
  `${START}(?:(${WEEKDAYS.source})\\s+${WEEK_DAY})?(?:${LAST_WEEK.source})(?:\\s+${WEEK_DAY}(${WEEKDAYS.source}))?${END}`,
);
const THIS_WEEK_TEXT = new RegExp(`${START}(?:${THIS_WEEK.source})${END}`);
const WEEKEND_TEXT = new RegExp(`${START}(?:${WEEKEND.source})${END}`);
const SATURDAY = 6;
const MONTH_TEXT = new RegExp(`${START}(${MONTHS.source})${END}`);
const DAY = new RegExp(`${START}(${DAYS.source})${END}`);
const JOINED = new RegExp(`\\d|${START}(?:${JOINERS.source})${END}`);
const DAY_OF_MONTH = new RegExp(
  `${START}(?:(${ON.source})\\s+)?(?:(?:${THE_DAY.source})\\s+)?(\\d{1,2})\\s?(?:${ORDINALS.source})${END}`,
);
const SENTENCE_GOES_ON = /^\s*[a-z0-9]/;

/** "this morning", "vannacht"; "yesterday afternoon", "gisteravond", "maandagochtend". */
export const partOfDay: Rule = (folded, clock) => {
  const ofToday = PART_OF_TODAY.exec(folded);
  if (ofToday) {
    const part = PARTS_OF_TODAY.meaning(ofToday[1])!;
    // Today's night is the one that ended this morning ("vannacht", "last night").
    const today = clock.startOf('day');
    return partWindow(part === 'night' ? today.minus({ days: 1 }) : today, part, ...matched(ofToday));
  }
  const match = PART_OF_DAY.exec(folded);
  if (!match) return undefined;
  const today = clock.startOf('day');
  const part = PARTS_OF_DAY.meaning(match[3])!;
  if (match[1]) return partWindow(today.minus({ days: DAYS.meaning(match[1])! }), part, ...matched(match));
  const found = partWindow(lastWeekday(today, WEEKDAYS.meaning(match[2])!), part, ...matched(match));
  // "monday evening", said on Monday morning, is last week's.
  return found.from > clock
    ? { ...found, from: found.from.minus({ weeks: 1 }), to: found.to.minus({ weeks: 1 }) }
    : found;
};

const PARTS: Record<Part, [from: number, to: number]> = {
  morning: [0, 12],
  afternoon: [12, 18],
  evening: [18, 24],
  night: [18, 30],
};

function partWindow(day: DateTime, part: Part, index: number, end: number): Found {
  // Clock hours, not hours after midnight: the day summer time ends has 25 of them.
  const at = (hour: number): DateTime => day.plus({ days: Math.floor(hour / 24) }).set({ hour: hour % 24 });
  const [from, to] = PARTS[part];
  return { from: at(from), to: at(to), precision: 'hours', index, end };
}

/** "last week", "vorige week dinsdag", "tuesday last week"; "this week". */
export const week: Rule = (folded, clock) => {
  const last = LAST_WEEK_TEXT.exec(folded);
  const match = last ? undefined : THIS_WEEK_TEXT.exec(folded);
  if (!last && !match) return undefined;
  const monday = clock.startOf('week');
  if (last) {
    const weekday = last[1] ?? last[2];
    if (!weekday) return { from: monday.minus({ weeks: 1 }), to: monday, precision: 'days', ...at(last) };
    return dayFound(
      monday.minus({ weeks: 1 }).plus({ days: WEEKDAYS.meaning(weekday)! - 1 }),
      ...matched(last),
    );
  }
  return { from: monday, to: clock, precision: 'days', ...at(match!) };
};

/** "the weekend", "afgelopen weekend": the latest Saturday and Sunday, up to now when it is the weekend. */
export const weekend: Rule = (folded, clock) => {
  const match = WEEKEND_TEXT.exec(folded);
  if (!match) return undefined;
  const from = lastWeekday(clock.startOf('day'), SATURDAY);
  const end = from.plus({ days: 2 });
  return { from, to: end < clock ? end : clock, precision: 'days', ...at(match) };
};

/** "this month" since its first day, "vorige maand" the whole month before, "the past month" a month up to now. */
export const month: Rule = (folded, clock) => {
  const match = MONTH_TEXT.exec(folded);
  if (!match) return undefined;
  const first = clock.startOf('month');
  const which = MONTHS.meaning(match[1]);
  if (which === 'last')
    return { from: first.minus({ months: 1 }), to: first, precision: 'days', ...at(match) };
  const from = which === 'this' ? first : clock.startOf('day').minus({ months: 1 });
  return { from, to: clock, precision: 'days', ...at(match) };
};

/** "today", "gisteren", "eergisteren", unless a time or range goes with it ("yesterday at 3pm"): chrono reads those. */
export const day: Rule = (folded, clock) => {
  const match = JOINED.test(folded) ? null : DAY.exec(folded);
  if (!match) return undefined;
  return dayFound(clock.startOf('day').minus({ days: DAYS.meaning(match[1])! }), ...matched(match));
};

/**
 * "the 20th", "op de 20ste": this month, or last month when that day is still to come. "the 3rd attempt" is not a
 * date, so a day without "on" must end the sentence.
 */
export const dayOfMonth: Rule = (folded, clock) => {
  const match = DAY_OF_MONTH.exec(folded);
  const [index, end] = matched(match);
  if (!match || (!match[1] && SENTENCE_GOES_ON.test(folded.slice(end)))) return undefined;
  const date = [0, 1, 2]
    .map((back) => clock.startOf('month').minus({ months: back }))
    .map((month) => ({ month, date: month.set({ day: Number(match[2]) }) }))
    .find(({ month, date }) => date.isValid && date.month === month.month && date <= clock)?.date;
  return date && dayFound(date, index, end);
};

function dayFound(date: DateTime, index: number, end: number): Found {
  const from = date.startOf('day');
  return { from, to: from.plus({ days: 1 }), precision: 'day', index, end };
}

/** The last time it was this weekday (1 is Monday), today included. */
export function lastWeekday(today: DateTime, weekday: number): DateTime {
  return today.minus({ days: (today.weekday - weekday + 7) % 7 });
}

export function matched(match: RegExpExecArray | null): [index: number, end: number] {
  return match ? [match.index, match.index + match[0].length] : [-1, -1];
}

export function at(match: RegExpExecArray): { index: number; end: number } {
  return { index: match.index, end: match.index + match[0].length };
}
