import { en, Texts } from './en';
import { nl } from './nl';

/** The wording for a conversation's locale: Dutch for nl-*, English otherwise. */
export function textsFor(locale?: string): Texts {
  return /^nl\b/i.test(locale ?? '') ? nl : en;
}
