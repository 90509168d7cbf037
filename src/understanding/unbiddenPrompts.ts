import { codeTrouble, mentionsCode } from './codeTrouble';
import { phraseTest } from './phraseTest';
import { fold } from './tokens';

const PROMPT = phraseTest((words) => words.unbidden.prompt);
const AGAIN = phraseTest((words) => words.unbidden.again);
const NOT_STARTED = phraseTest((words) => words.unbidden.notStarted);
const SHOWN = new RegExp(phraseTest((words) => words.unbidden.shown).source, 'gu');

/**
 * "I keep getting MFA prompts", "steeds meldingen in authenticator terwijl ik niks doe": prompts the person may not
 * have started, where the one safe advice (never approve, tell the helpdesk) must come before anything else. A code
 * asked for again and again, refused or never arriving is a sign-in they started, unless they say they did not
 * ("sms codes he never asked for").
 */
export function mentionsUnbiddenPrompts(text: string): boolean {
  const folded = fold(text).replace(SHOWN, ' ');
  if (NOT_STARTED.test(folded)) return PROMPT.test(folded) || mentionsCode(text);
  return PROMPT.test(folded) && AGAIN.test(folded) && !codeTrouble(text);
}
