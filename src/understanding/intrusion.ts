import { anyWordOf } from '../shared/patterns';
import { LANGUAGES } from '../text/texts';
import { Words } from '../text/en';

function anyOf(pick: (words: Words['intrusion']) => string[]): RegExp {
  return anyWordOf(LANGUAGES.flatMap((pack) => pick(pack.words.intrusion)));
}

const WHO = anyOf((words) => words.who);
const TRIES = anyOf((words) => words.tries);
const BREAK_IN = anyOf((words) => words.breakIn);

/**
 * "did someone else try to sign in to my account?", "ben ik gehackt?": whether somebody other than the person tried
 * their account. Not "can someone look at my login": someone must be trying.
 */
export function asksAboutIntrusion(text: string): boolean {
  return BREAK_IN.test(text) || (WHO.test(text) && TRIES.test(text));
}
