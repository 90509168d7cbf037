import { asksHowTo } from '../catalog/howTo';
import { fold } from '../text/normalize';
import { LANGUAGES } from '../text/texts';

const PASSWORD = new Set(LANGUAGES.flatMap((pack) => pack.words.passwordHowTo.password));
const VERBS = new Set(LANGUAGES.flatMap((pack) => pack.words.passwordHowTo.verbs));

/**
 * "how do I change my password?", "hoe kan ik mijn wachtwoord wijzigen": a how-to about one's own password that says
 * nothing failed. It gets where to change or reset it, not an error code or "I didn't understand".
 */
export function asksPasswordHowTo(text: string): boolean {
  if (!asksHowTo(text)) return false;
  const words = fold(text).split(/[^\p{L}]+/u);
  return words.some((word) => PASSWORD.has(word)) && words.some((word) => VERBS.has(word));
}
