import { asksHowTo } from '../catalog/howTo';
import { fold } from '../text/normalize';
import { LANGUAGES } from '../text/texts';

/** The texts that say where people do these things themselves. */
export type SelfServiceHowTo = 'passwordHowTo' | 'mfaHowTo';

const TOPICS = (['passwordHowTo', 'mfaHowTo'] as const).map((topic) => ({
  topic,
  things: new Set(LANGUAGES.flatMap((pack) => pack.words[topic].things)),
  verbs: new Set(LANGUAGES.flatMap((pack) => pack.words[topic].verbs)),
}));

/**
 * "how do I change my password?", "how do I set up the authenticator app?": a how-to about one's own password or
 * sign-in methods that says nothing failed. It gets where to do it, not an error code or "I didn't understand".
 */
export function selfServiceHowTo(text: string): SelfServiceHowTo | undefined {
  if (!asksHowTo(text)) return undefined;
  const words = fold(text).split(/[^\p{L}\d]+/u);
  return TOPICS.find(
    ({ things, verbs }) => words.some((word) => things.has(word)) && words.some((word) => verbs.has(word)),
  )?.topic;
}
