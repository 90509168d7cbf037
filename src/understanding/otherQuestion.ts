import { fold } from '../text/normalize';
import { LANGUAGES } from '../text/texts';
import { DateSpan } from './dateWindow';
import { STOP_WORDS } from './followUp';

/** Words that say nothing of their own around a date: stop words and "about", "maybe", "wat met", in every language. */
const EMPTY = new Set([
  ...STOP_WORDS,
  ...LANGUAGES.flatMap((pack) => pack.words.followUp.flatMap((words) => words.split(' '))),
]);
const LEAST_OTHER_WORDS = 2;
const STARTS = new Set(LANGUAGES.flatMap((pack) => pack.words.questionStarts));

/**
 * "what's the weather in amsterdam today?" at "when did it happen?": a question about something else that happens to
 * hold a date. A question (it starts like one and ends in a question mark) whose words besides the date say
 * something ("weather", "amsterdam") is not the answer; "yesterday?", "what about yesterday?" and "sometime last week
 * I think?" are.
 */
export function asksSomethingElse(text: string, span: DateSpan): boolean {
  if (!isQuestion(text)) return false;
  const rest = text.slice(0, span.index) + ' ' + text.slice(span.index + span.text.length);
  const words = fold(rest)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 1 && !EMPTY.has(word));
  return words.length >= LEAST_OTHER_WORDS;
}

/** "do you like pizza?" at "which app?": a question of its own, not an answer. */
export function isQuestion(text: string): boolean {
  const first = fold(text.trim()).split(/[^\p{L}'’]+/u)[0] ?? '';
  return /\?\s*$/.test(text) && STARTS.has(first.replace(/’/g, "'"));
}
