import { wordAlternatives } from '../shared/patterns';
import { stopWords } from '../text/commonWords';
import { LANGUAGES } from '../text/texts';

/** "and megan?", "en nestor?", "wat met outlook": the same question again about someone or something else. */
export const FOLLOW_UP = new RegExp(
  `^(?:${LANGUAGES.flatMap((pack) => pack.words.followUp).join('|')})\\b`,
  'i',
);

/** "what does that error mean?", "wat betekent die foutcode?": a question about the error the last answer showed. */
export const SHOWN_ERROR = new RegExp(
  LANGUAGES.flatMap(({ words }) => [
    `\\b(?:${wordAlternatives(words.shownError.pointers)})\\s+(?:${wordAlternatives(words.shownError.nouns)})\\b`,
    `^\\s*(?:${wordAlternatives(words.shownError.phrases)})\\b`,
  ]).join('|'),
  'i',
);

const MEANT = new RegExp(
  `(?:^|[\\s,.!])(?:${wordAlternatives(LANGUAGES.flatMap(({ words }) => words.meant.starts))})\\s+(.+)$`,
  'i',
);
const NOT_THAT = new RegExp(
  `[\\s,;]+(?:${wordAlternatives(LANGUAGES.flatMap(({ words }) => words.meant.notThat))})\\s+.*$`,
  'i',
);
const BACK_REFERENCE = new RegExp(
  `\\b(?:${wordAlternatives(LANGUAGES.flatMap(({ words }) => words.backReferences))})\\b`,
  'i',
);

const WHOSE_SHOWN = new RegExp(
  `^\\s*(?:${wordAlternatives(LANGUAGES.flatMap(({ words }) => words.whoseShown))})\\s*[?.!]*\\s*$`,
  'i',
);

/** "who is this?", "van wie is deze aanmelding?" after a record was shown: whose sign-in it is. */
export function asksWhoseShown(text: string): boolean {
  return WHOSE_SHOWN.test(text);
}

const FIXED_YET = new RegExp(
  `^\\s*(?:(?:and|so|en|dus)\\s+)?(?:${wordAlternatives(LANGUAGES.flatMap(({ words }) => words.fixedYet))})\\b`,
  'i',
);

/** "is it fixed now?", "werkt het weer?" after an answer: whether it still fails, from then up to now. */
export function asksFixedYet(text: string): boolean {
  return FIXED_YET.test(text);
}

/** "no sorry, I meant Adele, not megan" → "Adele": what was meant, without what was not. */
export function meantInstead(text: string): string | undefined {
  const match = MEANT.exec(text.trim());
  const meant = match?.[1]
    .replace(NOT_THAT, '')
    .replace(/[.!?]+$/, '')
    .trim();
  return meant || undefined;
}

/** "actually it's on her phone": the message points back at the person of the last answer. */
export function refersBack(text: string): boolean {
  return BACK_REFERENCE.test(text);
}

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
