import Fuse from 'fuse.js';
import { oneSlipFrom } from '../directory/nameSlips';
import { editDistance } from '../text/editDistance';
import { DirectoryUser } from '../directory/directoryUser';
import { UPNS } from '../shared/patterns';
import { blank, isTaken, Taken, Token, tokenize, WordTest } from './tokens';
import { PersonMention } from './understanding';
import { fuzzyWorthy } from '../text/fuzzyLimit';

/** Words that belong inside a name: "Sophie van den Berg", "Noor el Amrani", "Liam O'Neil". */
const PARTICLES = new Set(
  "van de den der het ter ten te 't vd v.d. la le di da du del della von zu bin ben al el dos das do mc".split(
    ' ',
  ),
);
const LONGEST = 5;
/** Cue words of this many letters or more are still cues with one slip; shorter ones are one slip from too much. */
const SLIPPED_CUE = 4;
/** Fuzzy searches per message: a message of nothing but unknown words must not cost a turn its time. */
const MOST_SEARCHES = 8;

/** The words around a name that show a person is meant ("for jon", "jon can't", "van jon"). */
export interface PersonCues {
  before: ReadonlySet<string>;
  after: ReadonlySet<string>;
  /**
   * Cues before a name only when a cue after it holds it too: "is jon locked out", "waarom is jon buitengesloten".
   * Alone they are too common to mark a person ("is outlook down?").
   */
  heldBefore: ReadonlySet<string>;
  /** Pronouns, articles and time words: never a name, wherever they stand. */
  notAName: ReadonlySet<string>;
}

/**
 * Finds the people a message names: a UPN or mail, a full name, a first name or a surname (lower case too, unless
 * it is also an ordinary word), a name with a slip, and a name nobody in the directory has when it stands where a
 * person goes. It never guesses: a name that fits nobody exactly comes back with suggestions, not a person.
 */
export class PersonFinder {
  private readonly exact = new Map<string, DirectoryUser[]>();
  /** Every word of everyone's names: "vries" of Daan de Vries. */
  private readonly nameWords = new Set<string>();
  private readonly fuse: Fuse<{ key: string; user: DirectoryUser }>;

  constructor(
    private readonly users: readonly DirectoryUser[],
    private readonly words: WordTest,
    private readonly cues: PersonCues,
  ) {
    const keys: { key: string; user: DirectoryUser }[] = [];
    for (const user of users) {
      const names = [user.displayName, user.givenName, user.surname, user.mail.split('@')[0]];
      for (const name of new Set(names.filter(Boolean).map((name) => tokenKey(name)))) {
        push(this.exact, name, user);
        keys.push({ key: name, user });
        for (const word of name.split(' ')) this.nameWords.add(word);
      }
    }
    this.fuse = new Fuse(keys, { keys: ['key'], threshold: 0.34, includeScore: true, ignoreLocation: true });
  }

  private text = '';
  private taken: readonly Taken[] = [];
  private searches = 0;
  /** The text with the date as spaces, for a name held between two cues. */
  private spacing = '';

  find(text: string, taken: readonly Taken[], dates: readonly Taken[] = []): PersonMention[] {
    this.text = text;
    this.taken = taken;
    this.searches = 0;
    this.spacing = blank(text, dates);
    const found: PersonMention[] = [];
    for (const match of text.matchAll(UPNS)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (isTaken(span, taken)) continue;
      const address = match[0].toLowerCase();
      const users = this.users.filter(
        (user) => user.userPrincipalName.toLowerCase() === address || user.mail.toLowerCase() === address,
      );
      found.push({ type: 'person', ...span, text: match[0], users, suggestions: [] });
    }
    const tokens = tokenize(text).filter((token) => !isTaken(token, [...taken, ...found]));
    for (let i = 0; i < tokens.length;) {
      const mention = this.known(text, tokens, i) ?? this.unknown(text, tokens, i);
      if (mention) {
        found.push(mention.person);
        i += mention.length;
      } else i++;
    }
    return found;
  }

  /** The longest run of words that is someone's name, plus any name words that follow it ("emma de vries"). */
  private known(
    text: string,
    tokens: Token[],
    at: number,
  ): { person: PersonMention; length: number } | undefined {
    for (let length = Math.min(LONGEST, tokens.length - at); length >= 1; length--) {
      const run = tokens.slice(at, at + length);
      if (!adjacent(text, run)) continue;
      const users = this.exact.get(run.map((token) => token.key).join(' '));
      if (!users) continue;
      const capitalised = run.some((token) => /^\p{Lu}/u.test(token.text));
      if (length === 1 && this.words.isKnown(run[0].key) && !capitalised && !this.cued(tokens, at, 1))
        continue;
      // Only a first name or surname alone can go on: "emma de vries" is not Emma de Jong, and "adele smith can't"
      // (a word held up to a cue after it) is not Adele Vance.
      const tail =
        length === 1 ? Math.max(this.nameTail(text, tokens, at + 1), this.heldTail(tokens, at + 1)) : 0;
      if (tail === 0) return { person: mention(text, run, users, []), length };
      const whole = tokens.slice(at, at + length + tail);
      const key = whole.map((token) => token.key).join(' ');
      const exact = this.exact.get(key) ?? [];
      const near = [...new Set([...users, ...this.similar(key)])].slice(0, 3);
      return { person: mention(text, whole, exact, exact.length > 0 ? [] : near), length: whole.length };
    }
    return undefined;
  }

  /**
   * Words that are not ordinary words and stand where a person goes ("for jon snow", "nooor's sign-ins") or make
   * up the whole message: said back with the nearest names, never dropped.
   */
  private unknown(
    text: string,
    tokens: Token[],
    at: number,
  ): { person: PersonMention; length: number } | undefined {
    const first = tokens[at];
    if (!/^\p{L}[\p{L}'.-]+$/u.test(first.text) || this.cues.notAName.has(first.key)) return undefined;
    if (/-id$/i.test(first.text)) return undefined;
    if (this.cues.before.has(plain(first.key)) || this.cues.after.has(plain(first.key))) return undefined;
    if (this.cues.heldBefore.has(plain(first.key))) return undefined;
    const capitalised =
      /^\p{Lu}\p{Ll}/u.test(first.text) && !/(^|[.:!?]\s*)$/.test(text.slice(0, first.start));
    const length = Math.max(1 + this.nameTail(text, tokens, at + 1), this.heldRun(tokens, at));
    const alone = tokens.length === length;
    // "is jon locked out": a cue that marks a person only with a cue after the name as well.
    const held = this.cuedBefore(tokens, at, true) && this.cuedAfter(tokens, at + length);
    const before = this.cuedBefore(tokens, at) || held;
    const cued = before || this.cuedAfter(tokens, at + length);
    if (!alone && !cued) return undefined;
    // Ordinary words ("jon", "snow") make a name only when capitalised or held between cues: "can't jon snow sign",
    // "why can't john sign in" (one word, if the bot does not know it as its own word: "is password locked").
    // The date may stand before the cue after ("kan jon snow vandaag niet"), but not for a word the bot knows.
    const heldName =
      before && (length > 1 || !this.words.isKnown(first.key)) && this.cuedAfter(tokens, at + length);
    const heldOverDate =
      this.cuedBefore(tokens, at, true) &&
      length > 1 &&
      !this.words.isKnown(first.key) &&
      this.cuedAfter(tokens, at + length, true);
    if (this.words.isKnown(first.key) && !capitalised && !heldName) return undefined;
    if (this.words.isCommon(first.key) && !capitalised && !alone && !heldName && !heldOverDate)
      return undefined;
    if (first.text.length > 40) return undefined;
    const run = tokens.slice(at, at + length);
    const key = run.map((token) => token.key).join(' ');
    const similar = this.similar(key);
    // A slip of an ordinary word ("geblokeerd") is not a name, unless it is also close to someone's or stands between
    // two cues ("why can't karel sign in?"): read as no one there, it would tell an end user who does not exist.
    const between =
      (before && this.cuedAfter(tokens, at + length)) || /^['’]s\b/i.test(text.slice(run[length - 1].end));
    if (length === 1 && similar.length === 0 && this.words.isSlip(first.key) && !between) return undefined;
    return { person: mention(text, run, [], similar), length };
  }

  /** How many of the words from `at` on continue a name: unknown words and particles, one run, no punctuation. */
  private nameTail(text: string, tokens: Token[], at: number): number {
    let length = 0;
    while (at + length < tokens.length && length < 3) {
      const token = tokens[at + length];
      if (!adjacent(text, [tokens[at + length - 1], token])) break;
      const particle = PARTICLES.has(token.key) && at + length + 1 < tokens.length;
      const capitalised = /^\p{Lu}\p{Ll}/u.test(token.text) && /^\p{Lu}/u.test(tokens[at - 1]?.text ?? '');
      const stop = this.cues.notAName.has(token.key) || this.cues.after.has(plain(token.key));
      if (!particle && !capitalised && (stop || !this.isNameLike(token) || this.isSlip(token))) break;
      length++;
    }
    while (length > 0 && PARTICLES.has(tokens[at + length - 1].key)) length--;
    return length;
  }

  /**
   * "sigin", "mondya": an ordinary word with a slip, written lower case, ends a name ("check jnae sigin teams"); a
   * word of someone's name ("megn bowen", "emma de vries") does not.
   */
  private isSlip(token: Token): boolean {
    return this.words.isSlip(token.key) && !/^\p{Lu}/u.test(token.text) && !this.nameWords.has(token.key);
  }

  private isNameLike(token: Token | undefined): boolean {
    return !!token && /^\p{L}[\p{L}'.-]+$/u.test(token.text) && !this.words.isCommon(token.key);
  }

  private cued(tokens: Token[], at: number, length: number): boolean {
    return this.cuedBefore(tokens, at) || this.cuedAfter(tokens, at + length);
  }

  /** "can't jon snow sign in", "is peter de groot locked out": up to four words between a cue before and after. */
  private heldRun(tokens: Token[], at: number): number {
    if (!this.cuedBefore(tokens, at, true)) return 0;
    return this.heldTail(tokens, at, true);
  }

  /**
   * How many words from `at` on are held up to a cue after them ("smith can't", "de groot is"): words the bot does
   * not know as its own (or capitalised) and particles inside. 0 when no cue follows within four words.
   */
  private heldTail(tokens: Token[], at: number, overDate = false): number {
    for (let length = 1; length <= 4 && at + length <= tokens.length; length++) {
      const token = tokens[at + length - 1];
      if (at + length - 1 > 0 && !spaced(this.text, tokens[at + length - 2], token)) return 0;
      const particle = PARTICLES.has(token.key);
      const plainWord =
        /^\p{L}[\p{L}'-]*$/u.test(token.text) &&
        !this.cues.notAName.has(token.key) &&
        (!this.words.isKnown(token.key) || /^\p{Lu}/u.test(token.text)) &&
        // A slip of an ordinary word ends a name ("jnae sigin"), but a word in the word lists is no slip ("smith").
        (length === 1 || !this.isSlip(token) || this.words.isCommon(token.key));
      if (particle && length > 1) continue;
      if (!plainWord) return 0;
      if (
        this.cues.before.has(plain(token.key)) ||
        this.cues.after.has(plain(token.key)) ||
        this.cues.heldBefore.has(plain(token.key))
      )
        return 0;
      if (this.cuedAfter(tokens, at + length, overDate)) return length;
    }
    return 0;
  }

  /** `held`: also a cue that marks a person only with a cue after the name ("is jon locked out"). */
  private cuedBefore(tokens: Token[], at: number, held = false): boolean {
    const before = tokens[at - 1];
    if (!before || !spaced(this.text, before, tokens[at])) return false;
    return this.isCue(before.key, 'before') || (held && this.cues.heldBefore.has(plain(before.key)));
  }

  /**
   * "jon can't", "zorro's sign-ins": a cue word, or a possessive, right after the name; `overDate`: or after the date
   * that follows the name ("waarom kan jon snow vandaag niet inloggen").
   */
  private cuedAfter(tokens: Token[], at: number, overDate = false): boolean {
    const after = tokens[at];
    const possessive = at > 0 && /^['’]s\b/i.test(this.text.slice(tokens[at - 1].end));
    const cue = !!after && this.isCue(after.key.split('-')[0], 'after');
    // "alxe aadsts50079", "megna FAILED_NO_ANSWER": a name straight before a code, app or date the message names.
    const end = tokens[at - 1]?.end ?? -1;
    const slot = this.taken.some(
      (span) => span.start >= end && /^[\s:,-]*$/.test(this.text.slice(end, span.start)),
    );
    return possessive || slot || (cue && spaced(overDate ? this.spacing : this.text, tokens[at - 1], after));
  }

  /** A cue word, or a longer one with a slip ("chek jnae", "jnae sigin"), unless that is someone's name. */
  private isCue(key: string, side: 'before' | 'after'): boolean {
    const word = plain(key);
    if (this.cues[side].has(word)) return true;
    if (word.length < SLIPPED_CUE || this.nameWords.has(word)) return false;
    return [...this.cues[side]].some((cue) => cue.length >= SLIPPED_CUE && editDistance(cue, word, 1) <= 1);
  }

  private similar(key: string): DirectoryUser[] {
    if (this.searches++ >= MOST_SEARCHES || !fuzzyWorthy(key)) return [];
    const users = this.fuse.search(key, { limit: 8 }).map((result) => result.item.user);
    if (users.length > 0) return [...new Set(users)].slice(0, 3);
    const slipped = oneSlipFrom(this.users, key);
    if (slipped.length > 0) return slipped.slice(0, 3);
    // "jnae blorp": nobody's name as a whole, but a word of it is one slip from someone's first name or surname.
    const words = key.includes(' ') ? key.split(' ') : [];
    return [...new Set(words.flatMap((word) => oneSlipFrom(this.users, word)))].slice(0, 3);
  }
}

/** Only spaces between two words: nothing claimed by another slot, no comma. */
function spaced(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && /^\s+$/.test(text.slice(a.end, b.start));
}

function plain(key: string): string {
  return key.replace(/['’]/g, '');
}

function mention(
  text: string,
  run: Token[],
  users: DirectoryUser[],
  suggestions: DirectoryUser[],
): PersonMention {
  const start = run[0].start;
  const end = run[run.length - 1].end;
  return {
    type: 'person',
    start,
    end,
    text: text.slice(start, end),
    users: [...new Set(users)],
    suggestions,
  };
}

/** Words of one name: separated only by spaces, not by a comma or a full stop. */
function adjacent(text: string, run: Token[]): boolean {
  for (let i = 1; i < run.length; i++)
    if (!/^\s+$/.test(text.slice(run[i - 1].end, run[i].start))) return false;
  return true;
}

function tokenKey(name: string): string {
  return tokenize(name)
    .map((token) => token.key)
    .join(' ');
}

function push(map: Map<string, DirectoryUser[]>, key: string, user: DirectoryUser): void {
  const list = map.get(key);
  if (list) list.push(user);
  else map.set(key, [user]);
}
