import { DateTime } from 'luxon';
import { Found } from './dateRules';
import { AFTER_TIME, BEFORE_TIME, START } from './dateWords';

/**
 * "om half 10", "rond 9 uur", "at 9:30", "around 3pm", "kwart over 8" right after a day or a part of one: the hour
 * around that time. Dutch "half 10" is 9:30.
 */
/** A clock time: hour, minutes, and "uur", "h", "am" or "pm". */
const CLOCK = `(\\d{1,2})(?:[:.](\\d{2}))?\\s*(uur|u|h|am|pm|a\\.m\\.|p\\.m\\.)?(?![\\d:])`;
const TIME_AFTER = new RegExp(
  `^\\s*,?\\s*(?:om|rond|omstreeks|tegen|ongeveer|at|around|about)\\s+(?:(half|kwart over|kwart voor)\\s+)?${CLOCK}`,
);

/** The found day or part of a day narrowed to an hour either side of the time said after it, if one is. */
export function atClockTime(found: Found, folded: string): Found {
  if (found.precision === 'days') return found;
  const match = TIME_AFTER.exec(folded.slice(found.end));
  if (!match) return found;
  const [whole, modifier, hourText, minuteText, suffix] = match;
  let hour = Number(hourText);
  let minute = minuteText ? Number(minuteText) : 0;
  if (hour > 23 || minute > 59) return found;
  if (modifier === 'half') [hour, minute] = [hour - 1, 30];
  else if (modifier === 'kwart over') minute = 15;
  else if (modifier === 'kwart voor') [hour, minute] = [hour - 1, 45];
  hour = afternoon(hour, suffix);
  const day = found.from.startOf('day');
  let time = day.set({ hour, minute });
  // "gistermiddag om 3": the afternoon's 15:00, not 03:00.
  if (!suffix && hour < 12 && time < found.from && day.set({ hour: hour + 12, minute }) < found.to)
    time = day.set({ hour: hour + 12, minute });
  return {
    ...found,
    from: time.minus({ hours: 1 }),
    to: time.plus({ hours: 1 }),
    precision: 'hours',
    end: found.end + whole.length,
  };
}

const AFTER = new RegExp(`${START}(?:${AFTER_TIME.source})\\s+${CLOCK}`);
const BEFORE = new RegExp(`${START}(?:${BEFORE_TIME.source})\\s+${CLOCK}`);

/**
 * "yesterday after 10:17": from then to the end of that day (or now); "voor 9 uur vanochtend": from the day's start
 * to then. The day is the one found; the time is said anywhere in the text.
 */
export function beforeOrAfterTime(found: Found, folded: string, clock: DateTime): Found {
  if (found.precision === 'days' || found.ranged) return found;
  const after = AFTER.exec(folded);
  const match = after ?? BEFORE.exec(folded);
  if (!match) return found;
  const [, hourText, minuteText, suffix] = match;
  let hour = Number(hourText);
  const minute = minuteText ? Number(minuteText) : 0;
  // A bare number is no time: "after 3 attempts".
  if (hour > 23 || minute > 59 || (!minuteText && !suffix)) return found;
  hour = afternoon(hour, suffix);
  const middle = found.from.plus({ milliseconds: found.to.diff(found.from).milliseconds / 2 });
  const day = middle.startOf('day');
  const time = day.set({ hour, minute });
  const span = {
    index: Math.min(found.index, match.index),
    end: Math.max(found.end, match.index + match[0].length),
  };
  if (after) {
    const dayEnd = day.plus({ days: 1 });
    return { ...found, ...span, from: time, to: dayEnd < clock ? dayEnd : clock, precision: 'hours' };
  }
  return { ...found, ...span, from: day, to: time, precision: 'hours' };
}

/** "3pm" is 15. */
function afternoon(hour: number, suffix: string | undefined): number {
  return /^p/.test(suffix ?? '') && hour < 12 ? hour + 12 : hour;
}
