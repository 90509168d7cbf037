import { LRUCache } from 'lru-cache';
import { DateTime } from 'luxon';
import { Texts } from '../../text/en';
import { DateRecognition, DateWindow } from '../../understanding/dateWindow';

const DAY = 'ccc d LLL yyyy';
const MOMENT = 'ccc d LLL HH:mm';

/** "yesterday (Sun 22 Nov 2026)", "on Fri 20 Nov 2026", "between Mon 16 Nov 00:00 and Mon 23 Nov 00:00". */
export function describePeriod(window: DateWindow, now: Date, timeZone: string, texts: Texts): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const key = `${window.from.getTime()}|${window.to.getTime()}|${window.precision}|${minute}|${timeZone}|${texts.dateLocale}`;
  return memo.remember(key, () => period(window, now, timeZone, texts));
}

function period(window: DateWindow, now: Date, timeZone: string, texts: Texts): string {
  const from = DateTime.fromJSDate(window.from, { zone: timeZone }).setLocale(texts.dateLocale);
  const to = DateTime.fromJSDate(window.to, { zone: timeZone }).setLocale(texts.dateLocale);
  if (window.precision === 'day') {
    const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
    const day = from.toFormat(DAY);
    if (from.hasSame(today, 'day')) return texts.period.today(day);
    if (from.hasSame(today.minus({ days: 1 }), 'day')) return texts.period.yesterday(day);
    return texts.period.on(day);
  }
  return texts.period.between(from.toFormat(MOMENT), to.toFormat(MOMENT), timeZone);
}

/** "The sign-in log only keeps the last 30 days, so I can't see Thu 1 Oct 2026. Pick a day since Sat 24 Oct 2026." */
export function describeBeforeRetention(
  recognition: Extract<DateRecognition, { kind: 'beforeRetention' }>,
  now: Date,
  timeZone: string,
  texts: Texts,
): string {
  const day = (date: Date): string =>
    DateTime.fromJSDate(date, { zone: timeZone }).setLocale(texts.dateLocale).toFormat(DAY);
  if (recognition.fromFile)
    return texts.dateBeforeFile(day(recognition.window.from), day(recognition.oldest));
  const days = Math.round((now.getTime() - recognition.oldest.getTime()) / 86_400_000);
  return texts.dateBeforeRetention(days, day(recognition.window.from), day(recognition.oldest));
}

/**
 * Answers show the same few records and days again and again, and converting time zones is costly. The results of
 * these pure functions are kept, at most 50,000: the key holds every input, so a kept text is never out of date.
 */
class Memo {
  private readonly texts = new LRUCache<string, string>({ max: 50_000 });

  remember(key: string, make: () => string): string {
    let text = this.texts.get(key);
    if (text === undefined) {
      text = make();
      this.texts.set(key, text);
    }
    return text;
  }
}

const memo = new Memo();

/** "Sun 22 Nov 2026": the day of a moment in the reader's zone. */
export function describeDay(iso: string, to: { timeZone: string; texts: Texts }): string {
  return DateTime.fromISO(iso, { zone: 'utc' })
    .setZone(to.timeZone)
    .setLocale(to.texts.dateLocale)
    .toFormat(DAY);
}

/** "2026-11-22 08:42:00 UTC (Sun 22 Nov 09:42 Europe/Amsterdam)", "zo 22 nov 09:42 (08:42 UTC)". */
export function describeTime(iso: string, timeZone: string, texts: Texts): string {
  return memo.remember(`${iso}|${timeZone}|${texts.dateLocale}`, () => convert(iso, timeZone, texts));
}

function convert(iso: string, timeZone: string, texts: Texts): string {
  const utc = DateTime.fromISO(iso, { zone: 'utc' });
  const utcText = `${utc.toFormat('yyyy-LL-dd HH:mm:ss')} UTC`;
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return utcText;
  const local = utc.setZone(timeZone).setLocale(texts.dateLocale).toFormat('ccc d LLL HH:mm');
  return texts.localTime(local, timeZone, utcText, utc.toFormat('HH:mm'));
}

/** "09:42", or "Sun 22 Nov 09:42" when the day is not obvious, in the reader's time zone. */
export function describeMoment(iso: string, timeZone: string, texts: Texts, withDay: boolean): string {
  return memo.remember(`${iso}|${timeZone}|${texts.dateLocale}|${withDay}`, () =>
    DateTime.fromISO(iso, { zone: 'utc' })
      .setZone(timeZone)
      .setLocale(texts.dateLocale)
      .toFormat(withDay ? MOMENT : 'HH:mm'),
  );
}
