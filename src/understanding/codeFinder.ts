import { AADSTS_SLIPS, findCodeMention } from '../catalog/codeMatcher';
import { Span } from './understanding';

type CodeSpan = Span & { type: 'code' };

/** "err", "error code", "code", "fout", "foutcode": words before a number that make it a code. */
const LEAD = /(?:err(?:or)?(?:[\s_-]*code)?|code|fout(?:code|melding)?|result(?:code)?)\s*[:#=]?\s*$/i;
const PREFIX = `${AADSTS_SLIPS}[\\s:#_-]*`;
/** Five to seven digits, a slip or two of O for 0 allowed, or two groups split once ("50-126", "50 126"). */
const NUMBER = '(?:[0-9oOlI|]{5,7}|\\d{2,3}[\\s.-]\\d{3,4})';
const PREFIXED = new RegExp(`(?<![\\p{L}\\p{N}])${PREFIX}${NUMBER}(?![\\p{L}\\p{N}])`, 'giu');
const NUMBERS = new RegExp(`(?<![\\p{L}\\p{N}.:/-])${NUMBER}(?![\\p{L}\\p{N}]|[.:/-]\\d)`, 'giu');
/** Multi-factor result codes: FAILED_PHONE_APP_DENIED, SMS_DELIVERY_FAILED_PROVIDER_ERROR. */
const RESULT_NAME = /(?<![\p{L}\p{N}_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){1,8}(?![\p{L}\p{N}_])/gu;

/** Error codes in a message, in any form: "AADSTS50126", "err 50-126", "fout 5O126", "FAILED_PHONE_APP_DENIED". */
export function findCodes(text: string): CodeSpan[] {
  const spans: CodeSpan[] = [];
  for (const match of text.matchAll(PREFIXED)) spans.push(code(match));
  for (const match of text.matchAll(RESULT_NAME)) if (match[0].length >= 8) spans.push(code(match));
  for (const match of text.matchAll(NUMBERS)) {
    const led = LEAD.test(text.slice(Math.max(0, match.index - 16), match.index));
    if (led && readsAsCode(match[0])) spans.push(code(match));
  }
  return spans;
}

/** Numbers that read as codes without a word before them ("what's 50158"), once dates and IDs had their turn. */
export function findBareCodes(text: string): CodeSpan[] {
  return [...text.matchAll(NUMBERS)].filter((match) => readsAsCode(match[0])).map(code);
}

function readsAsCode(typed: string): boolean {
  const digits = typed.replace(/[\s.-]/g, '');
  return findCodeMention(digits) !== undefined && /\d{2}/.test(digits);
}

function code(match: RegExpMatchArray): CodeSpan {
  return { type: 'code', start: match.index!, end: match.index! + match[0].length, text: match[0] };
}

/** Microsoft's names for errors, written as one word: "IdsLocked", "InvalidUserNameOrPassword". */
const CODE_NAME = /(?<![\p{L}\p{N}_])\p{L}+(?:\p{Lu}\p{Ll}+)+(?![\p{L}\p{N}_])/gu;

export function findCodeNames(text: string, isCodeName: (word: string) => boolean): CodeSpan[] {
  return [...text.matchAll(CODE_NAME)].filter((match) => isCodeName(match[0])).map(code);
}
