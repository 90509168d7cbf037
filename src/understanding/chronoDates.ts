import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { Found } from './dateRules';
import { DATE_WORDS } from './dateWords';

const DATE_CONTEXT = 16;
const MAX_CHRONO_TEXT = 80;
/** A weekday's abbreviation on its own is an ordinary word more often than a day: "noor zat vast", "ma", "do". */
const BARE_ABBREVIATION = /^(?:ma|di|wo|do|vr|za|zat|zo|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;
/** What stands between two dates that make one range: "18 - 20 nov", "maandag tot woensdag", "from 3 to 5". */
const RANGE_JOINER = /^\s*,?\s*(?:-|–|tot(?:\s+en\s+met)?|t\/m|en|and|to|until|till|through|thru)\s*$/i;

/**
 * What chrono reads in English or Dutch: "20 november", "yesterday at 3pm", "between 18 and 20 nov", "friday".
 * chrono's cost grows quickly with the text it reads (a 200-character message took 36 ms), so it only reads the
 * stretch from the first date word to the last, with a little around it.
 */
export function chronoDate(given: string, folded: string, clock: DateTime): Found | undefined {
  const hits = [...folded.matchAll(DATE_WORDS)];
  if (hits.length === 0) return undefined;
  const offset = Math.max(0, hits[0].index - DATE_CONTEXT);
  const last = hits[hits.length - 1];
  const text = given.slice(
    offset,
    Math.min(given.length, last.index + last[0].length + DATE_CONTEXT, offset + MAX_CHRONO_TEXT),
  );
  // Lone numbers ("9 of the 5 tries") make no date for chrono, which reads odd text slowly (120 ms for 80
  // characters of IDs): it only runs when there is a date word, a date or time written with digits, or "at 9".
  const worded = hits.some((hit) => !/^\d+$/.test(hit[0]));
  const written =
    /\d[:./-]\d|\b(?:at|om|since|sinds|from|vanaf|until|tot|till|between|tussen|around|rond)\s+\d/;
  if (!worded && !written.test(folded.slice(offset, offset + text.length))) return undefined;
  const reference = { instant: clock.toJSDate(), timezone: clock.offset };
  const results = [chrono.parse(text, reference), chrono.nl.parse(text, reference)]
    .map((parsed) => parsed.filter((result) => !BARE_ABBREVIATION.test(result.text.trim())))
    .sort((a, b) => covered(b) - covered(a))[0];
  if (results.length === 0) return undefined;
  const [first, next] = results;
  // "yesterday around 9", "gisteren rond 9 uur": the second part is the time of the first day, not its end.
  const joined = next && RANGE_JOINER.test(text.slice(first.index + first.text.length, next.index));
  const timeOfDay =
    next &&
    !joined &&
    next.start.isCertain('hour') &&
    !next.start.isCertain('day') &&
    !next.start.isCertain('weekday');
  const second = joined ? next : undefined;
  let start = toDateTime(first.start, clock);
  if (timeOfDay) start = start.set({ hour: next.start.get('hour')!, minute: next.start.get('minute') ?? 0 });
  const index = offset + first.index;
  const endOf = (result: chrono.ParsedResult): number => offset + result.index + result.text.length;
  const until = first.end ?? second?.start;
  if (until) {
    const lastDay = toDateTime(until, clock);
    const to = (lastDay < start ? lastDay.plus({ weeks: 1 }) : lastDay).startOf('day').plus({ days: 1 });
    return {
      from: start.startOf('day'),
      to,
      precision: 'days',
      index,
      end: endOf((first.end ? first : second)!),
      ranged: true,
    };
  }
  if (first.start.isCertain('hour') || timeOfDay)
    return {
      from: start.minus({ hours: 1 }),
      to: start.plus({ hours: 1 }),
      precision: 'hours',
      index,
      end: endOf(timeOfDay && next ? next : first),
    };
  const from = start.startOf('day');
  const weekday = first.start.isCertain('weekday') && !first.start.isCertain('day');
  return { from, to: from.plus({ days: 1 }), precision: 'day', index, end: endOf(first), weekday };
}

function covered(results: chrono.ParsedResult[]): number {
  return results.reduce((sum, result) => sum + result.text.length, 0);
}

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
