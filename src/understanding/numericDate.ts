import { DateTime } from 'luxon';

const NUMERIC_DATE = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b/;

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
  const match = NUMERIC_DATE.exec(given);
  if (!match) return undefined;
  const [first, second] = [Number(match[1]), Number(match[2])];
  const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const dayFirst = DateTime.fromObject({ year, month: second, day: first }, { zone: clock.zone });
  const monthFirst = DateTime.fromObject({ year, month: first, day: second }, { zone: clock.zone });
  const valid = [dayFirst, monthFirst].filter((date) => date.isValid);
  const days = first === second || order === 'dayFirst' ? valid.slice(0, 1) : valid;
  return { days, index: match.index, end: match.index + match[0].length };
}
