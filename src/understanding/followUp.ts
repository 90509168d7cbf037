import { stopWords } from '../text/commonWords';
import { LANGUAGES } from '../text/texts';

/** "and megan?", "en nestor?", "wat met outlook": the same question again about someone or something else. */
export const FOLLOW_UP = new RegExp(
  `^(?:${LANGUAGES.flatMap((pack) => pack.words.followUp).join('|')})\\b`,
  'i',
);

const alternatives = (words: string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .join('|')
    .replace(/ /g, '\\s+');
/** "what does that error mean?", "wat betekent die foutcode?": a question about the error the last answer showed. */
export const SHOWN_ERROR = new RegExp(
  LANGUAGES.flatMap(({ words }) => [
    `\\b(?:${alternatives(words.shownError.pointers)})\\s+(?:${alternatives(words.shownError.nouns)})\\b`,
    `^\\s*(?:${alternatives(words.shownError.phrases)})\\b`,
  ]).join('|'),
  'i',
);

/** Every language's stop words: they name nobody and nothing. */
export const STOP_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((pack) => stopWords(pack.language)));
/** A name is at most this many words: "and karel de vries?". */
const MOST_NAME_WORDS = 3;

/**
 * The words after "and", "what about", "en" that the reader found no person, app, date or "me" in: a name the
 * directory does not have ("and karel?"), which must get the same answer as any other unknown name.
 */
export function unknownFollowUpName(text: string, namedSomething: boolean): string | undefined {
  const trimmed = text.trim();
  const match = FOLLOW_UP.exec(trimmed);
  if (!match || namedSomething) return undefined;
  const words = trimmed
    .slice(match[0].length)
    .split(/[^\p{L}\p{N}'’.-]+/u)
    .filter((word) => word && !STOP_WORDS.has(word.toLowerCase()));
  return words.length > 0 && words.length <= MOST_NAME_WORDS ? words.join(' ') : undefined;
}
