import { phraseTest } from './phraseTest';
import { fold } from './tokens';

const PROMPT = phraseTest((words) => words.unbidden.prompt);
const AGAIN = phraseTest((words) => words.unbidden.again);
const SHOWN = new RegExp(phraseTest((words) => words.unbidden.shown).source, 'gu');

/**
 * "I keep getting MFA prompts", "steeds meldingen in authenticator terwijl ik niks doe": prompts the person may not
 * have started, where the one safe advice (never approve, tell the helpdesk) must come before anything else.
 */
export function mentionsUnbiddenPrompts(text: string): boolean {
  const folded = fold(text).replace(SHOWN, ' ');
  return PROMPT.test(folded) && AGAIN.test(folded);
}
