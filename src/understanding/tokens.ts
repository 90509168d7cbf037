import { fold } from '../text/normalize';

export { fold };

/** A word of a message, where it stands, and how it compares (lower case, no accents). */
export interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

/** The words of a text; "o'brien", "jean-luc" and "megan.bowen" stay one word, a trailing "'s" is dropped. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => {
    const word = match[0].replace(/['’]s$/i, '');
    return { start: match.index, end: match.index + word.length, text: word, key: fold(word) };
  });
}

/** The text between two tokens (inclusive), as typed. */
export function stretch(text: string, from: Token, to: Token): string {
  return text.slice(from.start, to.end);
}

/** A stretch of text already claimed by a slot. */
export interface Taken {
  start: number;
  end: number;
}

/** The text with claimed stretches turned to spaces, so later finders skip them and positions stay the same. */
export function blank(text: string, taken: readonly Taken[]): string {
  let result = text;
  for (const { start, end } of taken)
    result = result.slice(0, start) + ' '.repeat(end - start) + result.slice(end);
  return result;
}

export function isTaken(token: { start: number; end: number }, taken: readonly Taken[]): boolean {
  return taken.some((span) => token.start < span.end && span.start < token.end);
}

/** Whether a word is part of the languages rather than a name: known from training, or merely common. */
export interface WordTest {
  /** Seen in training or listed by a language pack: "sign", "inloggen", "yesterday". */
  isKnown(key: string): boolean;
  /** Known, or among a language's most used words: "finance", "verkoop", also "emma" and "will". */
  isCommon(key: string): boolean;
  /** One slip from an ordinary word: "geblokeerd", "forcen". */
  isSlip(key: string): boolean;
}
