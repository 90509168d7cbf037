/** Small, forgiving readers for the text values of downloads and exports. */

/** Already what toISOString() writes: kept as it is (most rows of a large import). */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*([AP]M)?$/i;
const EU_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A UTC time as ISO text: ISO-8601 as downloads have it since 2025, "05/01/2024 10:11:12" (day first) from
 * Excel or PowerShell exports, or Log Analytics' US "11/22/2026, 9:17:07.123 AM" when `usDates` is set.
 */
export function parseUtcTime(text: string | undefined, usDates = false): string | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  if (CANONICAL.test(value) && !Number.isNaN(Date.parse(value))) return value;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const time = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}Z`);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
  }
  const us = usDates ? US_DATE.exec(value) : null;
  if (us) {
    const [, month, day, year, hour, minute, second = '0', fraction = '0', half] = us;
    let hours = Number(hour) % (half ? 12 : 24);
    if (half?.toUpperCase() === 'PM') hours += 12;
    return utc(+year, +month, +day, hours, +minute, +second, Number(`0.${fraction}`) * 1000);
  }
  const eu = EU_DATE.exec(value);
  if (eu) {
    const [, day, month, year, hour, minute, second = '0'] = eu;
    return utc(+year, +month, +day, +hour, +minute, +second, 0);
  }
  return undefined;
}

function utc(year: number, month: number, day: number, h: number, m: number, s: number, ms: number) {
  if (month < 1 || month > 12 || day < 1 || day > 31 || h > 23 || m > 59 || s > 59) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day, h, m, s, Math.round(ms)));
  return date.getUTCDate() === day ? date.toISOString() : undefined;
}

/** "true", "True", "Yes", "1" → true; "false", "No", "0" → false; anything else → null. */
export function parseBoolean(text: unknown): boolean | null {
  if (typeof text === 'boolean') return text;
  const value = String(text ?? '')
    .trim()
    .toLowerCase();
  if (['true', 'yes', '1', 'ja'].includes(value)) return true;
  if (['false', 'no', '0', 'nee'].includes(value)) return false;
  return null;
}

/** An error code as a number: "50126" → 50126, "" or "0" → 0; undefined when it is not a number. */
export function parseErrorCode(text: unknown): number | undefined {
  if (typeof text === 'number') return Number.isInteger(text) ? text : undefined;
  const value = String(text ?? '').trim();
  if (value === '') return 0;
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/** The portal's "City, State, CC" (the state may be empty or missing). */
export function parseLocation(text: string | undefined): {
  city: string;
  state: string;
  countryOrRegion: string;
} {
  const parts = (text ?? '').split(',').map((part) => part.trim());
  if (parts.length >= 3)
    return { city: parts[0], state: parts.slice(1, -1).join(', '), countryOrRegion: parts.at(-1)! };
  if (parts.length === 2) return { city: parts[0], state: '', countryOrRegion: parts[1] };
  return /^[A-Z]{2}$/.test(parts[0])
    ? { city: '', state: '', countryOrRegion: parts[0] }
    : { city: parts[0], state: '', countryOrRegion: '' };
}

/** A value that may hold JSON text (Log Analytics `_dynamic` columns), or is already an object. */
export function parseDynamic<T>(value: unknown): T | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return value as T;
  try {
    return JSON.parse(value) as T;
  } catch {
    return undefined;
  }
}

export function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}
