import { DateTime } from 'luxon';

const NUMERIC_DATE = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b/;
/** "27-11" without a year; not "2-3 keer", "3-4 times" or a part of a longer number. */
const DAY_AND_MONTH =
  /(?<![\d/.:-])\b(\d{1,2})-(\d{1,2})\b(?![/.:-]\d)(?!\s*(?:x|keer|maal|times|tries|attempts|pogingen|min|minuten|minutes|mins|uur|hours?|dagen|days|weken|weeks|mensen|people|personen|users|gebruikers)\b)/i;

/** The days a numeric date can mean, and where it stands in the text. */
export interface Readings {
  days: DateTime[];
  index: number;
  end: number;
}

/**
 * 06-11-2026: 6 November, or 11 June as English speakers may write it (day first, then month first). Dutch speakers
 * always write the day first. No days when neither reading is a date.
 */
export function numericDate(given: string, clock: DateTime, order: 'ask' | 'dayFirst'): Readings | undefined {
  const match = NUMERIC_DATE.exec(given) ?? DAY_AND_MONTH.exec(given);
  if (!match) return undefined;
  const [first, second] = [Number(match[1]), Number(match[2])];
  const written = match[3] && (match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]));
  // Without a year the date is the last one that has been: "27-11" said in January is last November.
  const on = (month: number, day: number): DateTime => {
    const date = DateTime.fromObject({ year: written || clock.year, month, day }, { zone: clock.zone });
    return !written && date.isValid && date.startOf('day') > clock ? date.minus({ years: 1 }) : date;
  };
  const dayFirst = on(second, first);
  const monthFirst = on(first, second);
  const valid = [dayFirst, monthFirst].filter((date) => date.isValid);
  const days = first === second || order === 'dayFirst' ? valid.slice(0, 1) : valid;
  return { days, index: match.index, end: match.index + match[0].length };
}
