import { editDistance } from '../text/editDistance';

/** A number in a message that looks like an error code, as typed and as read. */
export interface CodeMention {
  typed: string;
  /** A number among words with nothing saying it is a code ("the maximum lifetime is 43200"). */
  inText?: boolean;
  /** The digits after undoing OCR slips ("5O126" → "50126"). */
  code: string;
  corrected: boolean;
}

/** Letters that scanners and tired eyes put where a digit belongs. */
const OCR: Record<string, string> = {
  o: '0',
  d: '0',
  i: '1',
  l: '1',
  '|': '1',
  s: '5',
  b: '6',
  z: '2',
  g: '9',
};
/** "error 50126", "code: 50126", "fout 50126": a word just before a number that says it is a code. */
const CODE_WORD_BEFORE = /(?:aadsts|err(?:or)?|code|fout(?:code)?|foutmelding)[\s:#_=-]*$/i;
const TOKEN = /(aadsts[\s:-]*)?([0-9a-z|]{4,8})(?![0-9a-z])/gi;

/** AADSTS with a letter missing, doubled or swapped: ADSTS, AADST, AASTS, AADTS. The one place this is written. */
export const AADSTS_SLIPS = '(?:a{1,2}d{1,2}s?t?d?s|a{1,2}sd?ts|a{1,2}d{1,2}st)';
const PREFIX_SLIP = new RegExp(`(?<![a-z])${AADSTS_SLIPS}(?=[\\s:#_-]*\\d)`, 'gi');
/**
 * A number split once by a space, dot, comma or dash after a prefix: "AADSTS-50,126", "error 50-126", "AADSTS_530-03".
 * Joined only when the parts make a code's length.
 */
const SPLIT_AFTER_PREFIX =
  /((?:aadsts|err(?:or)?(?:[\s_-]*code)?|code|fout(?:code)?)[\s:#_=-]*)(\d{1,4})[\s.,'’-](\d{1,5})(?!\d)/gi;
const CODE_LENGTH = { least: 5, most: 7 };

/** Thousands separators after a prefix: "AADSTS-7.000.222", "code 7,000,215". */
const THOUSANDS_AFTER_PREFIX =
  /((?:aadsts|err(?:or)?(?:[\s_-]*code)?|code|fout(?:code)?)[\s:#_=-]*)(\d{1,3}(?:[.,'’ ]\d{3}){2,})(?!\d)/gi;

/** Digits typed one by one after a prefix, or as the whole message: "foutcode 5 0 1 0 5". */
const SPACED_DIGITS =
  /(^\s*|(?:aadsts|err(?:or)?(?:[\s_-]*code)?|code|fout(?:code)?)[\s:#_=-]*)((?:\d[^\S\n]){4,7}\d)(?![\d\S])/gi;

/** The ways a code is typed, made plain: "ADSTS-50,126" → "AADSTS-50126", "err 50 126" → "err 50126". */
export function plainCodes(text: string): string {
  return text
    .replace(PREFIX_SLIP, 'AADSTS')
    .replace(SPACED_DIGITS, (_, prefix: string, digits: string) => prefix + digits.replace(/\D/g, ''))
    .replace(
      THOUSANDS_AFTER_PREFIX,
      (_, prefix: string, digits: string) => prefix + digits.replace(/\D/g, ''),
    )
    .replace(SPLIT_AFTER_PREFIX, (whole: string, prefix: string, head: string, tail: string) => {
      const length = head.length + tail.length;
      return length >= CODE_LENGTH.least && length <= CODE_LENGTH.most ? prefix + head + tail : whole;
    });
}

/**
 * Numbers written with thousands separators and no prefix, joined: "50,173 error in teams" → "50173". Only a code
 * the catalog knows may be read from these, and no round number ("50.000 users" is a count).
 */
export function separatedNumbers(typed: string): string[] {
  return [...typed.matchAll(/(?<![\d.,'’])\d{1,3}(?:[.,'’]\d{3}){1,2}(?![\d.,'’]*\d)/g)]
    .map(([number]) => number.replace(/\D/g, ''))
    .filter((number) => !number.endsWith('000'));
}

/** "het verschil tussen 50053 en 50057": every AADSTS code written out in full, in order, at most `limit`. */
export function codesMentioned(typed: string, limit = 3): string[] {
  const codes = [...typed.matchAll(/\b(?:aadsts)?(\d{5,8})\b/gi)].map((match) => match[1]);
  return [...new Set(codes)].slice(0, limit);
}

/** The error code a message names, if any: "50126", "AADSTS50126", "error code: 5O126", "ADSTS-50,126". */
export function findCodeMention(typed: string): CodeMention | undefined {
  const text = plainCodes(typed);
  const lone =
    text
      .replace(/[^0-9a-z|]+/gi, ' ')
      .trim()
      .split(' ').length <= 4;
  for (const match of text.matchAll(TOKEN)) {
    const [, prefix, typed] = match;
    const before = text[match.index - 1];
    if (before && /[0-9a-z]/i.test(before) && !prefix) continue;
    const digits = typed.replace(/\D/g, '').length;
    if (digits < 2 || (typed.length !== digits && !/\d[a-z|]|[a-z|]\d/i.test(typed))) continue;
    if ((typed.length < 5 || typed.length > 7) && !prefix && !lone) continue;
    if (typed.length === 4 && digits < 4) continue;
    const code = [...typed.toLowerCase()].map((char) => OCR[char] ?? char).join('');
    if (!/^\d+$/.test(code)) continue;
    const inText = !prefix && !lone && !CODE_WORD_BEFORE.test(text.slice(0, match.index));
    return { typed, code, corrected: code !== typed, inText };
  }
  return undefined;
}

/**
 * Known codes one slip away from `code`: a swapped, changed, missing or extra digit. The digits typed in another
 * order come first, then codes helpdesks see often, then the numerically closest.
 */
export function nearCodes(
  code: string,
  known: Iterable<string>,
  isCommon: (code: string) => boolean,
): string[] {
  const scored: { candidate: string; rank: number[] }[] = [];
  const sorted = [...code].sort().join('');
  for (const candidate of known) {
    if (candidate === code || Math.abs(candidate.length - code.length) > 1) continue;
    const distance = editDistance(code, candidate, 2);
    if (distance > 2) continue;
    const sameDigits = [...candidate].sort().join('') === sorted;
    if (distance === 2 && !sameDigits) continue;
    const closeness = Math.abs(Number(candidate) - Number(code));
    scored.push({ candidate, rank: [sameDigits ? 0 : 1, distance, isCommon(candidate) ? 0 : 1, closeness] });
  }
  return scored.sort((a, b) => compare(a.rank, b.rank)).map((item) => item.candidate);
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
