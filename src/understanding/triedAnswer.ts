import { fold } from '../text/normalize';
import { LANGUAGES } from '../text/texts';

const FILLERS = new Set(LANGUAGES.flatMap((pack) => pack.words.triedAnswer.fillers));
const BUTS = new Set(LANGUAGES.flatMap((pack) => pack.words.triedAnswer.buts));

/**
 * What to note from an answer to "did they try the steps?" once its yes or no is read: nothing for "not yet",
 * "I did" or "nog niet", and what follows "but" in "not yet, but I restarted the phone twice". Anything else is kept
 * as it was said ("she tried switching to outlook on the web").
 */
export function triedNote(rest: string): string {
  const words = [...rest.matchAll(/[\p{L}\p{N}'’]+/gu)];
  const key = (word: string): string => fold(word).replace(/'/g, '');
  const said = words.findIndex((word) => !FILLERS.has(key(word[0])));
  if (said < 0) return '';
  const but = words[said];
  if (!BUTS.has(key(but[0]))) return rest.trim();
  return triedNote(rest.slice((but.index ?? 0) + but[0].length).replace(/^[\s,.;:!-]+/, ''));
}
