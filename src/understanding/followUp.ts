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
