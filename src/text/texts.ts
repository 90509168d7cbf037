import { en, Texts } from './en';

/** The wording for a conversation's locale. Only English exists so far; other locales fall back to it. */
export function textsFor(_locale?: string): Texts {
  return en;
}
