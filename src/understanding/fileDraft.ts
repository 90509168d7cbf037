import { normalize } from '../text/normalize';
import { LANGUAGES } from '../text/texts';

const VERBS = new Set(LANGUAGES.flatMap((pack) => pack.words.fileDraft.verbs));
const FILLERS = new Set(LANGUAGES.flatMap((pack) => pack.words.fileDraft.fillers));

/**
 * "verstuur het ticket maar", "ticket versturen graag", "go ahead and send it": at the ticket draft, a filing verb
 * with nothing but small words around it files the draft. It says "ticket", but it asks for no list of tickets; a
 * word outside the lists ("niet", "don't", "to the exchange team") leaves it a note.
 */
export function filesDraft(text: string): boolean {
  const words = normalize(text).split(' ').filter(Boolean);
  return words.some((word) => VERBS.has(word)) && words.every((word) => VERBS.has(word) || FILLERS.has(word));
}
