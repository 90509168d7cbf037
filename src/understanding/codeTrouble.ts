import { phraseTest } from './phraseTest';
import { fold } from './tokens';

/** What goes wrong with a verification code in a sign-in the person started. */
export type CodeTrouble = 'notArriving' | 'refused' | 'asked';

const NOT_CODE = new RegExp(phraseTest((words) => words.codeTrouble.notCode).source, 'gu');
const CODE = phraseTest((words) => words.codeTrouble.code);
const TROUBLES: [CodeTrouble, RegExp][] = [
  ['notArriving', phraseTest((words) => words.codeTrouble.notArriving)],
  ['refused', phraseTest((words) => words.codeTrouble.refused)],
  ['asked', phraseTest((words) => words.codeTrouble.asked)],
];

/**
 * "the authenticator code never takes", "de sms-code komt nooit aan", "keeps getting asked for the code": a code the
 * person waits for or types, so they started the sign-in themself. A text that never comes wins over the rest.
 */
export function codeTrouble(text: string): CodeTrouble | undefined {
  if (!mentionsCode(text)) return undefined;
  const folded = fold(text);
  return TROUBLES.find(([, test]) => test.test(folded))?.[0];
}

/** "sms code", "de verificatiecode": a verification code, not an error code ("error code 50126"). */
export function mentionsCode(text: string): boolean {
  return CODE.test(fold(text).replace(NOT_CODE, ' '));
}
