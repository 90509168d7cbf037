import { fold } from '../text/normalize';
import { LANGUAGES } from '../text/texts';

const starts = LANGUAGES.flatMap((pack) => pack.words.catalogHowTo)
  .sort((a, b) => b.length - a.length)
  .map((start) => start.replace(/\*/g, '\\p{L}+').replace(/ /g, '\\s+'));
const HOW_TO = new RegExp(`^\\s*(?:${starts.join('|')})(?![\\p{L}])`, 'u');
const PROBLEM = new Set(LANGUAGES.flatMap((pack) => pack.words.catalogProblemWords));

/**
 * "how do I change my password before it expires?", "is there a policy about email on my own phone?": a how-to or
 * general question that says nothing went wrong. It names no error, however many catalog words it shares.
 */
export function asksHowTo(text: string): boolean {
  const folded = fold(text).replace(/['’]/g, '');
  return HOW_TO.test(folded) && !folded.split(/[^\p{L}]+/u).some((word) => PROBLEM.has(word));
}
