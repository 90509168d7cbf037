import { editDistance } from '../text/editDistance';
import { commonWords } from '../text/commonWords';
import { fold } from '../text/normalize';
import { LANGUAGES } from '../text/texts';
import { anyWordOf, wordAlternatives } from '../shared/patterns';

const starts = LANGUAGES.flatMap((pack) => pack.words.catalogHowTo)
  .sort((a, b) => b.length - a.length)
  .map((start) => start.replace(/\*/g, '\\p{L}+').replace(/ /g, '\\s+'));
// At the start, or after a clause: "I got a new phone, how do I move the authenticator app?"
const HOW_TO = new RegExp(`(?:^|[,.;:!?])\\s*(?:${starts.join('|')})(?![\\p{L}])`, 'u');
/**
 * A message that opens with a question ("can the whole shift share one login?", "blijft mijn account actief tijdens
 * mijn verlof?") and names no problem asks for information. Only at the start, or after a short label ("vraagje
 * over voorwaardelijke toegang: kunnen we …"): "… Is that normal?" after what a log shows asks about that.
 */
const ASKS = new RegExp(
  `(?:^|^[^:"“]{0,60}:)\\s*(?:${wordAlternatives(LANGUAGES.flatMap((pack) => pack.words.catalogAsks))})\\s`,
  'u',
);
const GREETINGS = LANGUAGES.flatMap((pack) => pack.words.greetings).map(fold);
const QUESTION_MARK = /\?\s*$/;
/**
 * A message that opens with a request or thanks ("graag een lijst van alle beheerders", "can someone pull a report
 * of …", "laat maar, ze heeft haar telefoon terug") and names no problem is a task, not a failure. Only at the start,
 * after a greeting: "Outlook asks for MFA every hour. Could you look?" reports something.
 */
const REQUESTS = new RegExp(
  `^\\s*(?:(?:${wordAlternatives(GREETINGS)})\\b[\\s,!.]*)?(?:${wordAlternatives(LANGUAGES.flatMap((pack) => pack.words.catalogRequests))})\\b`,
  'u',
);
/** "Just curious, nothing wrong", "de reset is niet meer nodig": words that say there is no problem. */
const NO_PROBLEM = new RegExp(
  anyWordOf(LANGUAGES.flatMap((pack) => pack.words.catalogNoProblem)).source,
  'giu',
);
/**
 * "Password reset done, ticket can be closed", "werkt weer, mag dicht": whatever went wrong is over, and the message
 * asks about no error.
 */
const CLOSED = anyWordOf(LANGUAGES.flatMap((pack) => pack.words.catalogClosed));
/** "Outlook works again but Teams still says locked": the rest is still a problem. */
const CONTRAST = anyWordOf(LANGUAGES.flatMap((pack) => pack.words.catalogContrast));
/** "please explain 'strong authentication required'" is a request about an error. */
const ABOUT_AN_ERROR = new Set(LANGUAGES.flatMap((pack) => pack.words.catalogStopWords).map(fold));
const PROBLEM = new Set(LANGUAGES.flatMap((pack) => pack.words.catalogProblemWords));
/**
 * From this length a word with a letter swapped, mistyped, left out or doubled in a problem word is one too
 * ("expierd", "geweigert", "verlopn"), unless it is an ordinary word itself ("expires"). A different last letter is
 * another form of the word, not a slip: "hoe vergrendel ik" is not "vergrendeld".
 */
const LEAST_SLIPPED = 5;
const ORDINARY = LANGUAGES.map((pack) => commonWords(pack.commonWords));

/**
 * "how do I change my password before it expires?", "is there a policy about email on my own phone?": a how-to or
 * general question, a request ("need access to the finance site") or a problem that is over ("ticket can be closed")
 * that says nothing went wrong. It names no error, however many catalog words it shares.
 */
export function asksHowTo(text: string): boolean {
  const folded = fold(text).replace(/['’]/g, '').replace(NO_PROBLEM, ' ');
  if (CLOSED.test(folded) && !CONTRAST.test(folded)) return true;
  const words = folded.split(/[^\p{L}]+/u);
  if (words.some(isProblemWord)) return false;
  return (
    HOW_TO.test(folded) ||
    (ASKS.test(folded) && QUESTION_MARK.test(folded)) ||
    (REQUESTS.test(folded) && !words.some((word) => ABOUT_AN_ERROR.has(word)))
  );
}

function isProblemWord(word: string): boolean {
  if (PROBLEM.has(word)) return true;
  if (word.length < LEAST_SLIPPED || ORDINARY.some((words) => words.has(word))) return false;
  for (const problem of PROBLEM)
    if (
      Math.abs(problem.length - word.length) <= 1 &&
      (problem.length === word.length || problem.at(-1) === word.at(-1)) &&
      editDistance(word, problem, 1) <= 1
    )
      return true;
  return false;
}
