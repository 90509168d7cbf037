import { LANGUAGES } from '../text/texts';
import { Words } from '../text/en';
import { escapeRegExp } from '../shared/patterns';

type WordList = { words: string[]; stems: string[] };

function anyOf(pick: (words: Words) => WordList): RegExp {
  const escape = (word: string): string => escapeRegExp(word).replace(/ /g, '\\s+');
  const lists = LANGUAGES.map((pack) => pick(pack.words));
  const words = lists.flatMap((list) => list.words).map(escape);
  const stems = lists.flatMap((list) => list.stems).map((stem) => `${escape(stem)}\\p{L}*`);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...words, ...stems].join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

const TICKET_REQUEST = anyOf((words) => words.ticketRequest);
const ACROSS_PEOPLE = anyOf((words) => words.acrossPeople);
const SIGN_IN_TOPIC = anyOf((words) => words.signInTopic);
const ACCOUNT_WIDE = anyOf((words) => words.accountWide);
const STRETCH_OF_TIME = ((): RegExp => {
  const lists = LANGUAGES.map((pack) => pack.words.stretchOfTime);
  const any = (pick: (list: Words['stretchOfTime']) => string[]): string =>
    lists.flatMap(pick).map(escapeRegExp).join('|');
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${any((list) => list.whole)})(?:\\s+(?:${any((list) => list.between)}))*\\s+(?:${any((list) => list.spans)})(?![\\p{L}\\p{N}])`,
    'giu',
  );
})();

/** "log it", "zet het door naar de 2e lijn", "open a ticket": a word of asking for a ticket or for support. */
export function mentionsTicketRequest(text: string): boolean {
  return TICKET_REQUEST.test(text);
}

/** "how many got 50126", "iedereen", "is Outlook down": a word of a question across people. */
export function mentionsAcrossPeople(text: string): boolean {
  return ACROSS_PEOPLE.test(text.replace(STRETCH_OF_TIME, ' '));
}

/** "hoeveel mislukte aanmeldingen", "anyone else locked out?": a word of signing in, for a question across people. */
export function mentionsSignIn(text: string): boolean {
  return SIGN_IN_TOPIC.test(text) || mentionsAcrossPeople(text);
}

/** "account geblokkeerd", "locked out", "password expired": the whole account, so every app is searched. */
export function mentionsAccountWide(text: string): boolean {
  return ACCOUNT_WIDE.test(text);
}
