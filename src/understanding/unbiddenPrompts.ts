import { LANGUAGES } from '../text/texts';
import { fold } from './tokens';

const phrases = (pick: (words: (typeof LANGUAGES)[number]['words']) => string[]): RegExp =>
  new RegExp(
    `(?:^|[^\\p{L}])(?:${LANGUAGES.flatMap((pack) => pick(pack.words))
      .map(escape)
      .join('|')})(?=$|[^\\p{L}])`,
    'u',
  );

const PROMPT = phrases((words) => words.unbidden.prompt);
const AGAIN = phrases((words) => words.unbidden.again);

/**
 * "I keep getting MFA prompts", "steeds meldingen in authenticator terwijl ik niks doe": prompts the person may not
 * have started, where the one safe advice (never approve, tell the helpdesk) must come before anything else.
 */
export function mentionsUnbiddenPrompts(text: string): boolean {
  const folded = fold(text);
  return PROMPT.test(folded) && AGAIN.test(folded);
}

function escape(phrase: string): string {
  return fold(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
