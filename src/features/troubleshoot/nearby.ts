import { DateTime } from 'luxon';
import { SignIn } from '../../signins/signIn';
import { usesApp } from '../../signins/signInSource';
import { DateWindow } from '../../understanding/dateWindow';
import { CodeRun, runsOf } from './story';

/** How far back the answer looks for the nearest failure when none is close. */
export const NEARBY_DAYS = 7;
/** Sign-ins take up to this long to reach the log: a window this recent may not show them all yet. */
export const LOG_DELAY_HOURS = 2;
const HOUR = 3_600_000;

/** Failures close to what was asked about, for an answer that found none where it looked. */
export interface Nearby {
  /** The same day(s), outside what was searched: other apps, or other hours. */
  sameDay: CodeRun[];
  /** The window covers more than one day, so "the same day" would not be true of them. */
  severalDays: boolean;
  /** The same app (or any, if none was named) on the day before or after. */
  daysAround: CodeRun[];
  /** When neither has any: the failure nearest in time within NEARBY_DAYS. */
  nearest?: CodeRun;
  /** The window reaches into the last LOG_DELAY_HOURS. */
  logDelay: boolean;
  /**
   * The failures named above, newest first, what "details", "more" and "2" open; with only the nearest to name, it
   * first and then the other failures of the NEARBY_DAYS.
   */
  records: SignIn[];
}

/** The span of the person's sign-ins an answer reads so it can look around what was asked: one request. */
export function readSpan(window: DateWindow, now: Date): { from: Date; to: Date } {
  return {
    from: new Date(window.from.getTime() - NEARBY_DAYS * 24 * HOUR),
    to: new Date(Math.min(now.getTime(), window.to.getTime() + 24 * HOUR)),
  };
}

/**
 * What failed near the window asked about: `around` is the person's sign-ins over readSpan() (newest first),
 * `failed` says which of them are real failures (interrupts are not).
 */
export function nearbyOf(
  around: SignIn[],
  failed: (signIn: SignIn) => boolean,
  asked: { appId?: string; window: DateWindow; timeZone: string; now: Date },
): Nearby {
  const { appId, window, timeZone, now } = asked;
  const time = (signIn: SignIn): number => Date.parse(signIn.createdDateTime);
  const inWindow = (signIn: SignIn): boolean =>
    time(signIn) >= window.from.getTime() && time(signIn) < window.to.getTime();
  const sameApp = (signIn: SignIn): boolean => appId === undefined || usesApp(signIn, appId);
  const dayStart = DateTime.fromJSDate(window.from, { zone: timeZone }).startOf('day');
  const dayEnd = DateTime.fromJSDate(new Date(window.to.getTime() - 1), { zone: timeZone }).endOf('day');
  const between = (from: DateTime, to: DateTime) => (signIn: SignIn) =>
    time(signIn) >= from.toMillis() && time(signIn) <= to.toMillis();
  const failures = around.filter((signIn) => failed(signIn) && !(inWindow(signIn) && sameApp(signIn)));
  const sameDay = failures.filter(between(dayStart, dayEnd));
  const daysAround = failures.filter(
    (signIn) =>
      sameApp(signIn) &&
      (between(dayStart.minus({ days: 1 }), dayStart)(signIn) ||
        between(dayEnd, dayEnd.plus({ days: 1 }))(signIn)),
  );
  const middle = (window.from.getTime() + window.to.getTime()) / 2;
  const nearest =
    sameDay.length + daysAround.length > 0
      ? undefined
      : [...failures].sort((a, b) => Math.abs(time(a) - middle) - Math.abs(time(b) - middle))[0];
  const named = [...new Set([...sameDay, ...daysAround])].sort((a, b) => time(b) - time(a));
  // With only the nearest failure to name, "details" opens it and "more" lists every other failure of those days.
  const records = nearest ? [nearest, ...failures.filter((signIn) => signIn !== nearest)] : named;
  return {
    records,
    sameDay: runsOf(sameDay),
    severalDays: !dayStart.hasSame(dayEnd, 'day'),
    daysAround: runsOf(daysAround),
    nearest: nearest && runsOf([nearest])[0],
    logDelay: window.to.getTime() > now.getTime() - LOG_DELAY_HOURS * HOUR,
  };
}
