import { oneSlipFrom } from './nameSlips';
import Fuse from 'fuse.js';
import { containsPhrase, normalize } from '../text/normalize';
import { UPN_PATTERN } from '../shared/patterns';
import { Directory } from './directory';
import { DirectoryUser } from './directoryUser';
import { fuzzyWorthy } from '../text/fuzzyLimit';
import { escapeRegExp } from '../shared/patterns';

export type UserMatch =
  | { kind: 'one'; user: DirectoryUser }
  | { kind: 'many'; users: DirectoryUser[] }
  | { kind: 'none'; suggestions: DirectoryUser[] };

const SELF_WORDS = ['me', 'my', 'i', 'myself', 'mine', 'ik', 'mij', 'mijn'];

/** Finds the person a helpdesk agent means: by UPN, mail, full name, first or last name, or a near miss. */
export class UserResolver {
  private readonly fuse: Fuse<DirectoryUser>;

  /** Every spoken name (normalized full name, first name, UPN, mail, mail's local part) to its people. */
  private readonly spoken = new Map<string, DirectoryUser[]>();
  /** Surnames as written (capitalised), to their people. */
  private readonly surnames = new Map<string, DirectoryUser[]>();
  /** Surnames with characters other than letters and spaces ("O'Brien"), checked one by one. */
  private readonly oddSurnames: DirectoryUser[] = [];
  private readonly names = new Map<DirectoryUser, string[]>();
  private readonly order = new Map<DirectoryUser, number>();
  private longestName = 1;

  constructor(private readonly directory: Directory) {
    directory.users.forEach((user, i) => {
      const names = namesOf(user);
      this.names.set(user, names);
      this.order.set(user, i);
      const surname = normalize(user.surname);
      for (const name of new Set(names.filter((candidate) => candidate && candidate !== surname))) {
        push(this.spoken, name, user);
        this.longestName = Math.max(this.longestName, name.split(' ').length);
      }
      if (user.surname.length > 1) {
        if (/^[\p{L} ]+$/u.test(user.surname)) {
          push(this.surnames, user.surname, user);
          this.longestName = Math.max(this.longestName, user.surname.split(' ').length);
        } else this.oddSurnames.push(user);
      }
    });
    this.fuse = new Fuse(directory.users, {
      keys: ['displayName', 'userPrincipalName', 'mail', 'givenName', 'surname'],
      threshold: 0.4,
      ignoreLocation: true,
    });
  }

  /** An answer to "which user?": the whole text names one person. */
  resolve(text: string): UserMatch {
    const wanted = normalize(text);
    if (!wanted) return { kind: 'none', suggestions: [] };
    const exact = this.directory.users.filter((user) => this.names.get(user)!.includes(wanted));
    if (exact.length > 0)
      return exact.length === 1 ? { kind: 'one', user: exact[0] } : { kind: 'many', users: exact };
    if (!fuzzyWorthy(wanted)) return { kind: 'none', suggestions: [] };
    const fuzzy = this.fuse.search(wanted, { limit: 3 }).map((result) => result.item);
    return {
      kind: 'none',
      suggestions: fuzzy.length > 0 ? fuzzy : oneSlipFrom(this.directory.users, wanted),
    };
  }

  /** Names of people that stand, as whole words, in a longer message. Exact words only: no guessing here. */
  findMentioned(text: string): UserMatch | undefined {
    const upn = UPN_PATTERN.exec(text)?.[0];
    if (upn) return this.resolve(upn);
    const words = normalize(text);
    const found = new Set<DirectoryUser>();
    for (const phrase of phrases(words.split(' '), this.longestName))
      this.spoken.get(phrase)?.forEach((user) => found.add(user));
    for (const phrase of phrases(text.split(/[^\p{L}]+/u).filter(Boolean), this.longestName))
      this.surnames.get(phrase)?.forEach((user) => found.add(user));
    for (const user of this.oddSurnames) if (surnameWritten(text, user.surname)) found.add(user);
    if (found.size === 0) return undefined;
    const hits = [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
    const full = hits.filter((user) => containsPhrase(words, normalize(user.displayName)));
    const best = full.length > 0 ? full : hits;
    return best.length === 1 ? { kind: 'one', user: best[0] } : { kind: 'many', users: best };
  }

  /** True when a message is about a particular person: a name from the directory, or "I"/"my". */
  namesSomeone(text: string): boolean {
    return this.findMentioned(text) !== undefined || UserResolver.mentionsSelf(text);
  }

  byId(id: string): DirectoryUser | undefined {
    return this.directory.findById(id);
  }

  static meansSelf(text: string): boolean {
    const wanted = normalize(text);
    return SELF_WORDS.includes(wanted);
  }

  static mentionsSelf(text: string): boolean {
    const words = normalize(text);
    return SELF_WORDS.some((word) => containsPhrase(words, word));
  }

  /**
   * A name where a person goes, known to the directory or not: "why can't zorro nobody sign in", "sign-ins of
   * zorro", "zorro's account", "waarom kan zorro niet inloggen". Pronouns, articles and "my ..." are not names;
   * the caller still has to rule out apps ("why does outlook keep failing").
   */
  static personSlots(text: string): string[] {
    const words = normalize(text);
    const slots = PERSON_SLOTS.flatMap((pattern) => [...words.matchAll(pattern)].map((match) => match[1]));
    const possessive = [...text.matchAll(POSSESSIVE)].map((match) => normalize(match[1]));
    return [...slots, ...possessive].filter((name) => !NOT_A_NAME.has(name.split(' ')[0]));
  }
}

const NAME = "([a-z][a-z.'-]*(?: [a-z][a-z.'-]*){0,2}?)";
const PERSON_SLOTS = [
  new RegExp(
    `\\b(?:can t|cannot|can not|couldn t|could not|didn t|doesn t|isn t|wasn t|did|does|is|was|for|of|kan|kon|heeft|had|van|voor) ${NAME} (?:sign|log|fail|get|access|not|never|aanmelden|inloggen|niet|geen)`,
    'g',
  ),
  new RegExp(
    `\\b(?:sign-?ins?|sign ins?|log-?ins?|log ins?|logons?|records?|accounts?|failures?|errors?|aanmeldingen|aanmeldpogingen|inlogpogingen|fouten) (?:of|for|from|by|van|voor) ${NAME}(?: |$)`,
    'g',
  ),
];
const POSSESSIVE = /([\p{L}][\p{L}.-]*)['’]s\s+(?:sign|log|account|record|fail|error|aanmeld|inlog|fout)/giu;
/** Words that stand where a name would but are not one: pronouns, articles, quantifiers and times. */
const NOT_A_NAME = new Set(
  (
    'i me my mine myself we our you your the a an it this that these those he she they his her their someone ' +
    'somebody anyone everyone nobody user users people all any some last past previous next today yesterday ' +
    'tonight morning afternoon evening week month monday tuesday wednesday thursday friday saturday sunday ' +
    'ik mijn mij het de een die dat deze wij jij je jouw hij zij ze haar zijn iemand niemand iedereen gebruiker ' +
    'gebruikers alle mensen vorige afgelopen vandaag gisteren eergisteren ochtend middag avond maandag dinsdag ' +
    'woensdag donderdag vrijdag zaterdag zondag'
  ).split(' '),
);

/** In a sentence a surname only counts when capitalised: "Langer" is a person, "langer" is Dutch for "longer". */
function surnameWritten(text: string, surname: string): boolean {
  const escaped = escapeRegExp(surname);
  return surname.length > 1 && new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(text);
}

/** Every run of 1 to `longest` consecutive words, joined by single spaces. */
function* phrases(words: string[], longest: number): Generator<string> {
  for (let start = 0; start < words.length; start++)
    for (let length = 1; length <= longest && start + length <= words.length; length++)
      yield words.slice(start, start + length).join(' ');
}

function push(map: Map<string, DirectoryUser[]>, key: string, user: DirectoryUser): void {
  const list = map.get(key);
  if (list) list.push(user);
  else map.set(key, [user]);
}

function namesOf(user: DirectoryUser): string[] {
  const upn = user.userPrincipalName.toLowerCase();
  const mail = user.mail.toLowerCase();
  return [
    upn,
    mail,
    mail.split('@')[0],
    normalize(user.displayName),
    normalize(user.givenName),
    normalize(user.surname),
  ];
}
