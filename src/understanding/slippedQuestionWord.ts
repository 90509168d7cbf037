import { editDistance } from '../text/editDistance';
import { LANGUAGES } from '../text/texts';

/** The words of any question about a code, in every language: "error", "code", "mean", "fout", "betekent". */
const QUESTION_WORDS = [
  ...new Set(LANGUAGES.flatMap((pack) => [...pack.words.catalogStopWords, ...pack.words.shownError.nouns])),
].filter((word) => word.length >= 4 && !/\s/.test(word));

/**
 * True when a "name" nobody has is a question word typed with a slip ("eror" in "eror 50076"): a question about
 * the code, not about a person.
 */
export function isSlippedQuestionWord(text: string): boolean {
  const word = text.trim().toLowerCase();
  return !/\s/.test(word) && QUESTION_WORDS.some((known) => editDistance(known, word, 1) <= 1);
}
