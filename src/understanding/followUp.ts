import { LANGUAGES } from '../text/texts';

/** "and megan?", "en nestor?", "wat met outlook": the same question again about someone or something else. */
export const FOLLOW_UP = new RegExp(
  `^(?:${LANGUAGES.flatMap((pack) => pack.words.followUp).join('|')})\\b`,
  'i',
);
