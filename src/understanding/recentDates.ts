import { DateTime } from 'luxon';
import { at, Found, matched, Rule } from './dateRules';
import {
  AGO,
  AMOUNTS,
  END,
  JUST_NOW,
  LAST_N,
  NOW_ALONE,
  PAST,
  SINCE,
  START,
  Unit,
  units,
  UNITS,
} from './dateWords';

const AMOUNT = `(\\d{1,3}|${AMOUNTS.source})\\s*(${UNITS.source})${END}`;
/** "now" and "net" are a date only as the whole answer; they are no date word either. */
export const NOW_ALONE_TEXT = new RegExp(`^[\\s.,!?]*(${NOW_ALONE.source})[\\s.,!?]*$`, 'd');
const JUST_NOW_TEXT = new RegExp(`${START}(?:${JUST_NOW.source})${END}`);
const AGO_TEXT = new RegExp(
  `${START}(\\d{1,3}|${AMOUNTS.source})\\s*(${units('minutes', 'hours').source})\\s+(?:${AGO.source})${END}`,
);
const SINCE_AMOUNT = new RegExp(`${START}(?:${SINCE.source})\\s+${AMOUNT}(?!\\s+(?:${AGO.source})${END})`);
const LAST_AMOUNT = new RegExp(`${START}(?:${LAST_N.source})\\s+${AMOUNT}`);
/** "the past week", "afgelopen week": one of the unit, up to now. */
const PAST_UNIT = new RegExp(`${START}(?:${PAST.source})\\s+(${units('days', 'weeks').source})${END}`);

/** "now", "net" as the whole answer; "just now", "zojuist" anywhere. */
export const justNow: Rule = (folded, clock) => {
  const alone = NOW_ALONE_TEXT.exec(folded);
  const [index, end] = alone ? alone.indices![1] : matched(JUST_NOW_TEXT.exec(folded));
  return index < 0 ? undefined : recent(clock, 0, index, end);
};

/** "5 minutes ago", "an hour ago", "2 uur geleden". Days ago are chrono's. */
export const ago: Rule = (folded, clock) => {
  const match = AGO_TEXT.exec(folded);
  return match ? recent(clock, minutes(match), ...matched(match)) : undefined;
};

/** "since 3 days", "sinds 2 uur": from then until now. ("since 3 days ago" is a date after "since".) */
export const sinceAmount: Rule = (folded, clock) => {
  const match = SINCE_AMOUNT.exec(folded);
  if (!match) return undefined;
  if (byTheClock(match)) return recent(clock, minutes(match), ...matched(match));
  const from = clock.startOf('day').minus({ days: days(match) });
  return { from, to: clock, precision: 'days', ...at(match) };
};

/** "the last 3 days" (today and the two before), "afgelopen 2 uur" (exactly). */
export const lastAmount: Rule = (folded, clock) => {
  const match = LAST_AMOUNT.exec(folded);
  if (!match) return pastUnit(folded, clock);
  if (byTheClock(match))
    return { from: clock.minus({ minutes: minutes(match) }), to: clock, precision: 'hours', ...at(match) };
  const from = clock.startOf('day').minus({ days: Math.max(days(match) - 1, 0) });
  return { from, to: clock, precision: 'days', ...at(match) };
};

function pastUnit(folded: string, clock: DateTime): Found | undefined {
  const match = PAST_UNIT.exec(folded);
  if (!match) return undefined;
  const from = clock.startOf('day').minus({ days: UNITS.meaning(match[1]) === 'weeks' ? 6 : 1 });
  return { from, to: clock, precision: 'days', ...at(match) };
}

/**
 * People round "5 minutes ago" and try a few times before they ask, so the search starts half as long again earlier
 * (at least half an hour). It ends now: later failures are usually the same problem, tried again.
 */
function recent(clock: DateTime, ago: number, index: number, end: number): Found {
  const from = clock.minus({ minutes: ago + Math.max(ago / 2, 30) });
  return { from, to: clock, precision: 'hours', index, end };
}

/** An amount is a number or a word ("an", "twee", "half an") followed by its unit. */
function amount(match: RegExpExecArray): { count: number; unit: Unit } {
  const count = /^\d/.test(match[1]) ? Number(match[1]) : AMOUNTS.meaning(match[1])!;
  return { count, unit: UNITS.meaning(match[2])! };
}

function byTheClock(match: RegExpExecArray): boolean {
  const { unit } = amount(match);
  return unit === 'minutes' || unit === 'hours';
}

function minutes(match: RegExpExecArray): number {
  const { count, unit } = amount(match);
  return count * (unit === 'hours' ? 60 : 1);
}

function days(match: RegExpExecArray): number {
  const { count, unit } = amount(match);
  return Math.ceil(count * (unit === 'weeks' ? 7 : 1));
}
