import { GUID_IN_TEXT } from '../shared/patterns';
import { findCodeMention } from '../catalog/codeMatcher';
import { containsPhrase, normalize } from '../text/normalize';
import { ErrorDetails, parseErrorDetails } from './errorDetails';
import { TICKET_ID } from '../features/tickets/ticket';

export type Intent =
  | { type: 'greeting' }
  | { type: 'help' }
  | { type: 'askCode' }
  | { type: 'ticket'; requestId?: string }
  | { type: 'fileTicket'; draft: string }
  | { type: 'myTickets' }
  | { type: 'openTickets' }
  | { type: 'ticketStatus'; id: string }
  | { type: 'cancel' }
  | { type: 'restart' }
  | { type: 'errorDetails'; details: ErrorDetails }
  | { type: 'explain'; query: string }
  | { type: 'pick'; index: number }
  | { type: 'more' }
  | { type: 'troubleshoot'; text: string }
  | { type: 'whoLookedUp'; text: string }
  | { type: 'unknown' };

const GREETINGS = ['hi', 'hello', 'hey', 'hallo', 'hoi', 'goedemorgen', 'good morning', 'dag', 'yo'];
const HELP = ['help', 'menu', 'what can you do', 'hulp', 'wat kun je', 'commands', 'examples'];
const OPEN_TICKET =
  /^(?:please )?(?:open|file|raise|create|make|log|draft|start) (?:a |an )?(?:support )?ticket\b|^ticket$|^(?:maak|open|start) (?:een |er een )?ticket\b|^ticket (?:aanmaken|maken|openen)\b/;
const FILE_TICKET = /^file ticket ([a-z0-9]{6,32})$/;
const MY_TICKETS = ['my tickets', 'mijn tickets', 'show my tickets', 'toon mijn tickets'];
const OPEN_TICKETS = ['open tickets', 'openstaande tickets', 'all open tickets', 'alle open tickets'];

/** The app's "look up a code" command, and how people say it without a code. */
const ASK_CODE = [
  'look up a code',
  'lookup a code',
  'explain a code',
  'error code',
  'zoek een code op',
  'foutcode',
];
const CANCEL = [
  'cancel',
  'stop',
  'quit',
  'exit',
  'never mind',
  'nevermind',
  'annuleer',
  'annuleren',
  'laat maar',
];
const RESTART = [
  'start over',
  'restart',
  'reset',
  'begin again',
  'opnieuw',
  'opnieuw beginnen',
  'new search',
];
const MORE = ['more', 'next', 'show more', 'next page', 'meer', 'volgende'];
const EXPLAIN_WORDS = [
  'mean',
  'means',
  'meaning',
  'explain',
  'what is',
  'betekent',
  'betekenis',
  'uitleg',
  'wat is',
  'look up',
  'lookup',
  'error',
  'code',
  'fout',
  'foutcode',
];
const TROUBLE_WORDS = [
  'sign in',
  'signin',
  'sign-in',
  'signed in',
  'sign on',
  'log in',
  'login',
  'logon',
  'log on',
  'logged in',
  'access',
  'fail',
  'failed',
  'failing',
  'fails',
  'failure',
  'failures',
  'cant',
  'cannot',
  'can t',
  'unable',
  'blocked',
  'locked',
  'problem',
  'issue',
  'trouble',
  'troubleshoot',
  'broken',
  'aanmelden',
  'aangemeld',
  'inloggen',
  'ingelogd',
  'aanmelding',
  'lukt niet',
  'kan niet',
  'mislukt',
  'geblokkeerd',
  'sign ins',
  'sign-ins',
  'signins',
  'aanmeldingen',
  'why',
];

/** "who looked up jane's sign-ins?", "wie heeft de aanmeldingen van jane bekeken?" */
const WHO_LOOKED_UP =
  /\bwho (?:has |have |did )?(?:looked|look|viewed|view|searched|checked|accessed|opened)\b|\bwie heeft\b.*\b(?:opgezocht|bekeken|ingezien|opgevraagd)\b/;

/** What a message asks for. Names, apps and dates are read later, by the dialog that needs them. */
export function interpret(text: string, options: { hasList: boolean }): Intent {
  const words = normalize(text);
  const bare = words.replace(/[.!?]+$/, '');
  if (!bare && text.trim() === '') return { type: 'unknown' };
  if (GREETINGS.includes(bare)) return { type: 'greeting' };
  if (HELP.includes(bare) || text.trim() === '?') return { type: 'help' };
  if (ASK_CODE.includes(bare)) return { type: 'askCode' };
  const file = FILE_TICKET.exec(text.trim().toLowerCase());
  if (file) return { type: 'fileTicket', draft: file[1] };
  if (MY_TICKETS.includes(bare)) return { type: 'myTickets' };
  if (OPEN_TICKETS.includes(bare)) return { type: 'openTickets' };
  const ticketId = TICKET_ID.exec(text)?.[0];
  if (ticketId) return { type: 'ticketStatus', id: ticketId.toUpperCase() };
  if (OPEN_TICKET.test(bare)) return { type: 'ticket', requestId: GUID_IN_TEXT.exec(text)?.[0] };
  if (CANCEL.includes(bare)) return { type: 'cancel' };
  if (RESTART.includes(bare)) return { type: 'restart' };
  if (options.hasList) {
    const pick = /^(?:show|open|toon|nr|number|#)?\s*#?(\d{1,2})$/.exec(bare);
    if (pick) return { type: 'pick', index: Number(pick[1]) };
    if (MORE.includes(bare)) return { type: 'more' };
  }
  if (WHO_LOOKED_UP.test(words)) return { type: 'whoLookedUp', text };
  const details = parseErrorDetails(text);
  if (details) return { type: 'errorDetails', details };
  if (isExplainQuestion(text, words)) return { type: 'explain', query: text };
  if (TROUBLE_WORDS.some((word) => containsPhrase(words, word))) return { type: 'troubleshoot', text };
  return { type: 'unknown' };
}

/** "what does AADSTS50053 mean?", "error 50126", a pasted "AADSTS50053: ..." line, a bare code or MFA result code. */
export function isExplainQuestion(text: string, words = normalize(text)): boolean {
  const mention = findCodeMention(text);
  const asks = EXPLAIN_WORDS.some((word) => containsPhrase(words, word));
  if (mention) {
    const aboutSomeone = TROUBLE_WORDS.some((word) => containsPhrase(words, word)) && !/aadsts/i.test(text);
    const bare = !/\w/.test(text.replace(mention.typed, '').replace(/aadsts/i, ''));
    return bare || /aadsts\W*\w/i.test(text) || (asks && !aboutSomeone);
  }
  if (/^\s*[A-Z]+(?:_[A-Z]+)+\s*$/.test(text)) return true;
  return /\b(?:mean|means|meaning|betekent|betekenis)\b/i.test(text);
}
