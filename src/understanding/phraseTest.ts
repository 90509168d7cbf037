import { LANGUAGES } from '../text/texts';
import { Words } from '../text/en';
import { fold } from './tokens';
import { escapeRegExp } from '../shared/patterns';

/** A test for any of a word list's phrases, in every language, as whole words of folded text. */
export function phraseTest(pick: (words: Words) => string[]): RegExp {
  const phrases = LANGUAGES.flatMap((pack) => pick(pack.words)).map((phrase) => escapeRegExp(fold(phrase)));
  return new RegExp(`(?:^|[^\\p{L}])(?:${phrases.join('|')})(?=$|[^\\p{L}])`, 'u');
}
