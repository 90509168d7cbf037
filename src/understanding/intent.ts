import { Texts } from '../text/en';
import { LRUCache } from 'lru-cache';
import { Latest } from '../shared/current';
import { normalize } from '../text/normalize';
import { anyWordOf, wordAlternatives } from '../shared/patterns';
import { LANGUAGES, LanguagePack } from '../text/texts';
import { ErrorDetails, parseErrorDetails } from './errorDetails';
import { findCodeMention } from '../catalog/codeMatcher';
import { asksAboutIntrusion } from './intrusion';
import { EntityFinder } from './entityFinder';
import { Read, Understander } from './understander';
import { TICKET_ID } from '../features/tickets/ticket';

export type Intent =
  | { type: 'greeting' }
  | { type: 'help' }
  | { type: 'thanks' }
  | { type: 'askCode' }
  | {
      type: 'ticket';
      requestId?: string;
      /** The message names whose failure it is ("nestor, teams, friday: draft a ticket"): the one person, if known. */
      names?: { userId?: string };
    }
  | { type: 'ticketAdd'; id?: string; note?: string }
  | { type: 'fileTicket'; draft: string }
  | { type: 'myTickets' }
  | { type: 'openTickets' }
  | { type: 'ticketStatus'; id: string }
  | { type: 'cancel' }
  | { type: 'restart' }
  | { type: 'errorDetails'; details: ErrorDetails }
  | { type: 'askIds' }
  | {
      type: 'explain';
      query: string;
      read?: Read;
      /** What a screen said, quoted in "what does '…' mean?": explained whatever its words sound like. */
      quoted?: boolean;
    }
  | { type: 'pick'; index: number }
  | { type: 'more' }
  | { type: 'details' }
  | { type: 'troubleshoot'; text: string; read: Read }
  | { type: 'whoLookedUp'; text: string; read: Read }
  | { type: 'overview'; text: string; read: Read; outage: boolean; ipAddress?: string }
  | { type: 'answer'; yes: boolean; rest: string }
  | { type: 'unknown' };

/** What reading a message needs to know about the turn: its language, its time zone. */
export interface TurnReading {
  texts: Pick<Texts, 'language' | 'numericDates'>;
  timeZone: string;
}

const FILE_TICKET = /^file ticket ([a-z0-9]{6,32})$/i;
const PICK = /^(?:show|open|toon|nr|number|nummer|#)?\s*#?(\d{1,2})[.!]?$/i;
const MORE = new RegExp(`^(?:${wordAlternatives(LANGUAGES.flatMap((pack) => pack.words.more))})[.!]?$`, 'i');
const OTHER_FAILURES = anyWordOf(LANGUAGES.flatMap((pack) => pack.words.otherFailures));
/** "can you show me the other failures please": longer is a question of its own. */
const MOST_MORE_WORDS = 8;
const DETAILS =
  /^(?:(?:show |the |full |all |more )?details?|(?:the |full )?record|(?:toon |alle |meer )?details|(?:alle )?gegevens)[.!]?$/i;
const IP_ADDRESS =
  /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])|(?<![:\w])(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{1,4}(?![:\w])/i;
/** One quoted word that is an error's name ("UserStrongAuthEnrollmentRequired", "FAILED_SMS_NOT_SENT"), not a person's. */
const ERROR_NAME = /^(?:[A-Z]?[a-z]+(?:[A-Z][a-z0-9]*){2,}|[A-Za-z]+(?:_[A-Za-z]+)+)$/;
/**
 * Words between double quotes, or between single ones; a single quote inside a word ("don't") or around shorter
 * quoted words ("De toepassing met id '3f2a' is niet gevonden") does not end the quote.
 */
const QUOTED = /(["“”„])([^"“”]+)["“”]|(?<!\p{L})(['‘’])((?:[^'‘’]|['’](?=\p{L}))+)['‘’](?!\p{L})/u;
const PLURAL_TICKETS = /\b(?:tickets|cases|meldingen|incidents)\b/i;
/**
 * Adding to a ticket names the ticket or says "add": "add to it", "voeg dit toe". "Melding" alone is no ticket, since
 * it also means a phone's notification.
 */
const NAMES_TICKET =
  /\b(?:tickets?|ticketje|tiket|cases?|incidents?|add|append|attach|include|toevoegen|voeg|aanvullen|hang)\b/i;
const OPEN_LIST = /\b(?:open|openstaand\w*|all|alle|everyone|iedereen|team)\b/i;
/** "open ticket", "ticket openen": one ticket to open, not the list of open ones. */
const OPEN_ONE_TICKET =
  /^(?:open|create|maak)\s+(?:a\s+|an\s+|een\s+)?(?:ticket|case|incident)[.!]?$|\b(?:ticket|case|incident)\s+(?:openen|aanmaken|maken|indienen)\b/i;

/**
 * Turns a message into what the dialogs act on. The trained understander says what is asked; button commands and
 * list picks are exact and read first; a person named with a code or symptom is a question about that person.
 */
export class IntentReader {
  constructor(
    private readonly understander: Pick<Understander, 'read'>,
    private readonly finder: Latest<{ finder: Pick<EntityFinder, 'find'> }>,
    private readonly now: () => Date,
    private readonly packs: readonly LanguagePack[] = LANGUAGES,
  ) {}

  /** A turn reads its message up to four times (router, interruptions, prompt): the first reading serves them all. */
  private readonly recent = new WeakMap<object, LRUCache<string, Read>>();

  read(text: string, to: TurnReading): Read {
    const finder = this.finder.current().finder;
    const now = this.now();
    const key = `${to.texts.language}|${to.timeZone}|${Math.floor(now.getTime() / 60_000)}|${text.slice(0, 2000)}`;
    let readings = this.recent.get(finder);
    if (!readings) this.recent.set(finder, (readings = new LRUCache<string, Read>({ max: 64 })));
    const known = readings.get(key);
    if (known) return known;
    const read = this.understander.read(text.slice(0, 2000), finder, {
      language: to.texts.language,
      now,
      timeZone: to.timeZone,
      numericDates: to.texts.numericDates,
    });
    readings.set(key, read);
    return read;
  }

  interpret(text: string, to: TurnReading, options: { hasList: boolean }): Intent {
    const trimmed = text.trim();
    if (!trimmed) return { type: 'unknown' };
    const file = FILE_TICKET.exec(trimmed);
    if (file) return { type: 'fileTicket', draft: file[1].toLowerCase() };
    if (options.hasList && PICK.test(trimmed)) return { type: 'pick', index: Number(PICK.exec(trimmed)![1]) };
    // "meer" with no list open is still a wish for more, not something for the model to guess at (it said "cancel").
    if (MORE.test(trimmed)) return { type: 'more' };
    // "show me the other failures", "laat de andere fouten zien" after an answer: more of its list.
    if (options.hasList && OTHER_FAILURES.test(trimmed) && trimmed.split(/\s+/).length <= MOST_MORE_WORDS)
      return { type: 'more' };
    if (DETAILS.test(trimmed)) return { type: 'details' };
    // "notitie: ze zit in het buitenland" is a note whatever its words sound like; which ticket is the dialog's to say.
    if (NAMED_NOTE.test(trimmed) && !TICKET_ID.test(trimmed))
      return { type: 'ticketAdd', note: noteLedIn(trimmed) };
    return this.fromRead(text, this.read(text, to));
  }

  private asksWhoLookedUp(text: string): boolean {
    const said = normalize(text).split(/[^a-z]+/);
    return this.packs.some((pack) =>
      pack.words.lookedUpStarts.some((start) => said.some((word) => word.startsWith(start))),
    );
  }

  private resetsSomethingElse(text: string): boolean {
    const said = normalize(text).split(' ');
    return this.packs.some((pack) => pack.words.resetObjects.some((word) => said.includes(word)));
  }

  /** A question across people: about one address, an app failing for many ("is Outlook down?"), or counts. */
  private overview(text: string, read: Read): Intent {
    const folded = ` ${normalize(text).replace(/[?.!,]/g, ' ')} `;
    // "ligt … uit": a word list entry with "…" takes any words in between (Dutch splits its verbs).
    const says = (word: string): boolean =>
      word.includes('…')
        ? new RegExp(
            ` ${word
              .split('…')
              .map((part) => part.trim())
              .join(' (?:\\S+ )*')} `,
          ).test(folded)
        : folded.includes(` ${word} `);
    const outage = this.packs.some((pack) => pack.words.outage.some(says));
    return { type: 'overview', text, read, outage, ipAddress: IP_ADDRESS.exec(text)?.[0] };
  }

  /** "what does it mean", "wat betekent dat": a word that asks for a meaning. */
  private asksMeaning(text: string): boolean {
    const said = ` ${normalize(text).replace(/[?.!,]/g, ' ')} `;
    return this.packs.some((pack) => pack.words.meaning.some((word) => said.includes(` ${word} `)));
  }

  /** The quoted words of a message that asks what they mean; undefined for any other message. */
  private quotedMeaning(text: string): string | undefined {
    const quote = QUOTED.exec(text);
    const words = quote?.[2] ?? quote?.[4];
    if (!quote || !words || (words.trim().split(/\s+/).length < 2 && !ERROR_NAME.test(words.trim())))
      return undefined;
    const outside = ` ${normalize(text.replace(quote[0], ' ')).replace(/[?.!,]/g, ' ')} `;
    return this.packs.some((pack) => pack.words.meaning.some((word) => outside.includes(` ${word} `)))
      ? words.trim()
      : undefined;
  }

  /** True when someone is named outside the quoted words ("what does 'account locked' mean for jane?"). */
  private namedOutside(read: Read, quoted: string): boolean {
    const inside = quoted.toLowerCase();
    return read.entities.some(
      (entity) => entity.type === 'person' && !inside.includes(entity.text.toLowerCase()),
    );
  }

  private personNamed(read: Read): { userId?: string } | undefined {
    const people = read.entities.flatMap((entity) => (entity.type === 'person' ? [entity] : []));
    if (people.length === 0) return undefined;
    return {
      userId: people.length === 1 && people[0].users.length === 1 ? people[0].users[0].id : undefined,
    };
  }

  fromRead(text: string, read: Read): Intent {
    const ticketId = read.entities.find((entity) => entity.type === 'ticket')?.text.toUpperCase();
    const requestId = read.entities.find((entity) => entity.type === 'requestId')?.text.toLowerCase();
    const person = read.entities.some((entity) => entity.type === 'person');
    // "what does 'PTA sign-ins failing, the agent's clock is off' mean?": the quote is what a screen or a user said,
    // and names or days in it are no question about someone, unless a person is named outside it.
    const quoted = this.quotedMeaning(text);
    if (quoted && !this.namedOutside(read, quoted)) return { type: 'explain', query: quoted, quoted: true };
    // "sign-ins from 203.0.113.24": an address and nobody named is a question across people; an error screen's
    // "IP address: …" line is one fact of its sign-in, which its Request ID finds.
    const appIds = new Set(
      read.entities.flatMap((entity) => (entity.type === 'app' ? [entity.text.toLowerCase()] : [])),
    );
    const details = parseErrorDetails(text, (id) => appIds.has(id));
    const pastedIds = !!details && !details.unlabeledId;
    if (IP_ADDRESS.test(text) && !person && read.intent !== 'whoLookedUp' && !pastedIds)
      return this.overview(text, read);
    // "did someone else try to get into my account?": that person's sign-ins, every app, the last days.
    if (asksAboutIntrusion(text) && !ticketId) return { type: 'troubleshoot', text, read };
    switch (read.intent) {
      case 'greeting':
      case 'help':
      case 'thanks':
      case 'cancel':
        return { type: read.intent };
      case 'restart':
        // "the user reset her password, works now" tells what happened; it does not ask to start over.
        if (this.resetsSomethingElse(text)) break;
        return { type: read.intent };
      case 'yes':
      case 'no':
        return { type: 'answer', yes: read.intent === 'yes', rest: read.rest ?? '' };
      case 'ticketOpen':
        if (ticketId) return { type: 'ticketStatus', id: ticketId };
        // One opens a ticket; "open tickets" are the ones still open.
        if (PLURAL_TICKETS.test(text))
          return OPEN_LIST.test(text) ? { type: 'openTickets' } : { type: 'myTickets' };
        return { type: 'ticket', requestId, names: requestId ? undefined : this.personNamed(read) };
      case 'ticketAdd':
        // Adding to a ticket names one: "ze krijgt geen melding op haar telefoon" is a notification, not a ticket.
        if (ticketId || NAMES_TICKET.test(text))
          return { type: 'ticketAdd', id: ticketId, note: noteAfter(text) };
        break;
      case 'ticketStatus':
        return ticketId ? { type: 'ticketStatus', id: ticketId } : { type: 'myTickets' };
      case 'ticketList':
        if (ticketId) return { type: 'ticketStatus', id: ticketId };
        if (!PLURAL_TICKETS.test(text) && OPEN_ONE_TICKET.test(text)) return { type: 'ticket', requestId };
        return OPEN_LIST.test(text) ? { type: 'openTickets' } : { type: 'myTickets' };
      case 'whoLookedUp':
        // "who is jane's manager?" asks something else about Jane, which the bot does not know.
        if (!this.asksWhoLookedUp(text)) return { type: 'unknown' };
        return { type: 'whoLookedUp', text, read };
      case 'overview':
        return this.overview(text, read);
      case 'findRecord':
      case 'explain':
      case 'troubleshoot':
      case 'none':
        break;
    }
    // "fout 53000, aanvraag-id …": the code in whatever form the reader found it, to set beside the record's.
    if (details)
      return { type: 'errorDetails', details: { ...details, errorCode: details.errorCode ?? codeOf(read) } };
    if (ticketId) return { type: 'ticketStatus', id: ticketId };
    if (read.intent === 'findRecord') return { type: 'askIds' };
    // "why did the sign-in fail?": no code to explain, and close to a question about someone.
    const code = read.entities.some((entity) => entity.type === 'code');
    // "noor krijgt steeds foutcode 53003, wat betekent dat?" asks what the code means, whoever got it.
    if (code && this.asksMeaning(text)) return { type: 'explain', query: text };
    const aboutSomeone = read.intent === 'explain' && !code && (read.shares.troubleshoot ?? 0) >= 0.25;
    if (person || read.intent === 'troubleshoot' || aboutSomeone) return { type: 'troubleshoot', text, read };
    if (code) return { type: 'explain', query: text };
    const bare = normalize(text).replace(/[?.!]+$/, '');
    if (this.packs.some((pack) => pack.words.askCode.includes(bare))) return { type: 'askCode' };
    if (read.intent === 'explain') return { type: 'explain', query: text, read };
    return { type: 'unknown' };
  }
}

/** The first error number the message names ("err 53-000" → 53000); not a multi-factor result's name. */
function codeOf(read: Read): number | undefined {
  const code = read.entities.flatMap((entity) =>
    entity.type === 'code' ? [findCodeMention(entity.text.replace(/[\s.-]/g, ''))?.code] : [],
  )[0];
  return code ? Number(code) : undefined;
}

const NOTE_LEAD_INS = wordAlternatives(LANGUAGES.flatMap((pack) => pack.words.noteLeadIns));
const NOTE_LEAD_IN = new RegExp(`^\\s*(?:${NOTE_LEAD_INS})\\s*[:\\-–—]\\s*`, 'i');
const NOTE_LEAD_IN_ONLY = new RegExp(`^\\s*(?:${NOTE_LEAD_INS})\\s*[:\\-–—.!]?\\s*$`, 'i');
const NAMED_NOTE = new RegExp(
  `^\\s*(?:${wordAlternatives(LANGUAGES.flatMap((pack) => pack.words.noteNamingLeadIns))})\\s*[:\\-–—]\\s*\\S`,
  'i',
);

const CALLED_OFF = anyWordOf(LANGUAGES.flatMap((pack) => pack.words.calledOff));

const PRIORITY_ASKED = anyWordOf(LANGUAGES.flatMap((pack) => pack.words.priorityAsked));

/** "pls prio 1", "het is dringend": a note that asks for a priority. */
export function asksForPriority(text: string): boolean {
  return PRIORITY_ASKED.test(text);
}

/** "nee laat maar, ik probeer het eerst zelf": the answer calls off what was being done. */
export function callsOff(text: string): boolean {
  return CALLED_OFF.test(text);
}

const NOTE_THAT_LEAD_IN = new RegExp(
  `^\\s*(?:(?:${wordAlternatives(LANGUAGES.flatMap((pack) => pack.words.noteThatLeadIns.fillers))})[\\s,]+)*` +
    `(?:${wordAlternatives(LANGUAGES.flatMap((pack) => pack.words.noteThatLeadIns.verbs))})\\s+`,
  'i',
);

/**
 * "add a note: she was rehired last week" and "eh wacht, zet er ook bij dat het op haar laptop is" are noted as
 * "she was rehired last week" and "het op haar laptop is".
 */
export function withoutNoteLeadIn(text: string): string {
  return text.replace(NOTE_LEAD_IN, '').replace(NOTE_THAT_LEAD_IN, '');
}

/**
 * "add a note: she still uses the iOS mail app" or "notitie: ze zit in het buitenland": the note after the lead-in;
 * "add a note" or "notitie" alone: an empty note, still to come; any other message: undefined.
 */
export function noteLedIn(text: string): string | undefined {
  if (NOTE_LEAD_IN_ONLY.test(text)) return '';
  const lead = NOTE_LEAD_IN.exec(text);
  return lead ? text.slice(lead[0].length).trim() : undefined;
}

/** "add a note to SIGNIN-000001: user got a new phone": what follows the ticket's number and a colon or dash. */
export function noteAfter(text: string): string | undefined {
  const match = new RegExp(`${TICKET_ID.source}\\s*[:\\-–—]\\s*(.+)$`, 'is').exec(text);
  const note = match?.[1].trim();
  return note && note.split(/\s+/).length >= 2 ? note : undefined;
}
