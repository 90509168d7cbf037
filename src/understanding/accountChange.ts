import { phraseTest } from './phraseTest';
import { fold } from './tokens';

const REQUEST = phraseTest((words) => words.change.request);
const VERB = phraseTest((words) => words.change.verb);
const OBJECT = phraseTest((words) => words.change.object);

/**
 * "can you reset bram's password?", "kun je de MFA van jane uitzetten?": a request to change an account, which the
 * bot cannot do (it reads the sign-in log). Said so, rather than starting a lookup the person did not ask for.
 */
export function asksToChangeAccount(text: string): boolean {
  const folded = fold(text);
  return REQUEST.test(folded) && VERB.test(folded) && OBJECT.test(folded);
}
