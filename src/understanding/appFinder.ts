import { AppRef } from '../apps/appResolver';
import { editDistance } from '../text/editDistance';
import { fold, isTaken, Taken, Token, tokenize, WordTest } from './tokens';
import { AppMention } from './understanding';
import { escapeRegExp } from '../shared/patterns';

/** An app by one of the words people use for it. */
export interface AppWord {
  key: string;
  app: AppRef;
}

/** The words around an app name that show an app is meant: "sign in to vpn", "the salesforce app", "op vpn". */
export interface AppCues {
  before: ReadonlySet<string>;
  after: ReadonlySet<string>;
  /** "sign in to", "inloggen op": the next word is the app, even when it is an ordinary word ("vpn"). */
  signIn: readonly string[];
  /** "the", "de", "mijn": between "sign in to" and the app. */
  articles: readonly string[];
  /** Never an app, even after "sign in to": pronouns, articles, "any", "anything". */
  notAnApp: ReadonlySet<string>;
}

const LONGEST = 4;

/**
 * Finds the apps a message names: an app ID, a display name or nickname, a nickname with one slip ("outlok"), and a
 * word in an app's place that no app has ("vpn"), which comes back without an app so the bot can say so.
 */
export class AppFinder {
  private readonly exact = new Map<string, AppRef>();
  private readonly single: AppWord[];
  private readonly phrases: { parts: string[]; app: AppRef }[];
  /** Ends with a sign-in phrase and the space after it: "why can't megan sign in to ". */
  private readonly signInBefore: RegExp;

  constructor(
    names: readonly AppWord[],
    private readonly words: WordTest,
    private readonly cues: AppCues,
    /** A first name or surname in the directory: "naar Thomas kijken" is about a person, not an app. */
    private readonly isPersonName: (key: string) => boolean,
  ) {
    for (const word of names) if (!this.exact.has(word.key)) this.exact.set(word.key, word.app);
    this.single = names.filter((word) => word.key.length >= 5 && !word.key.includes(' '));
    this.phrases = names
      .filter((word) => word.key.includes(' '))
      .map((word) => ({ parts: word.key.split(' '), app: word.app }));
    const phrases = cues.signIn.map((phrase) => phrase.split(' ').map(escapeRegExp).join('[\\s-]+'));
    const articles = cues.articles.map(escapeRegExp).join('|');
    this.signInBefore = new RegExp(
      `(?:^|[^\\p{L}\\p{N}])(?:${phrases.join('|') || '(?!)'})\\s+(?:(?:${articles || '(?!)'})\\s+)?$`,
      'u',
    );
  }

  find(text: string, taken: readonly Taken[]): AppMention[] {
    const tokens = tokenize(text).filter((token) => !isTaken(token, taken));
    const found: AppMention[] = [];
    for (let i = 0; i < tokens.length;) {
      const hit =
        this.named(text, tokens, i) ??
        this.slippedPhrase(text, tokens, i) ??
        this.slipped(text, tokens, i) ??
        this.unknown(text, tokens, i);
      if (hit) {
        found.push(hit.mention);
        i += hit.length;
      } else i++;
    }
    return found;
  }

  private named(
    text: string,
    tokens: Token[],
    at: number,
  ): { mention: AppMention; length: number } | undefined {
    for (let length = Math.min(LONGEST, tokens.length - at); length >= 1; length--) {
      const run = tokens.slice(at, at + length);
      const key = run.map((token) => token.key).join(' ');
      const app = this.exact.get(key);
      if (!app || (key.length < 3 && !this.cued(tokens, at, length))) continue;
      return { mention: mention(text, run, app, []), length };
    }
    return undefined;
  }

  /** "aad poewrshell", "office deesktop": a name of several words with a slip in one of them. */
  private slippedPhrase(
    text: string,
    tokens: Token[],
    at: number,
  ): { mention: AppMention; length: number } | undefined {
    for (const length of [3, 2]) {
      const run = tokens.slice(at, at + length);
      if (run.length < length) continue;
      const app = this.phrases.find(
        (word) =>
          word.parts.length === length &&
          word.parts.some((part, i) => part === run[i].key) &&
          word.parts.every(
            (part, i) => part === run[i].key || (part.length >= 4 && editDistance(part, run[i].key, 1) <= 1),
          ),
      )?.app;
      if (app) return { mention: mention(text, run, app, []), length };
    }
    return undefined;
  }

  /** One slip in a nickname of five letters or more, in a word that is not an ordinary word. */
  private slipped(
    text: string,
    tokens: Token[],
    at: number,
  ): { mention: AppMention; length: number } | undefined {
    const token = tokens[at];
    if (token.key.length < 5 || this.words.isCommon(token.key) || !/^\p{L}+$/u.test(token.key))
      return undefined;
    if (this.isPersonName(token.key)) return undefined;
    const near = this.single.filter((word) => editDistance(word.key, token.key, 1) <= 1);
    const apps = [...new Map(near.map((word) => [word.app.appId, word.app])).values()];
    if (apps.length === 0) return undefined;
    return { mention: mention(text, [token], apps.length === 1 ? apps[0] : undefined, apps), length: 1 };
  }

  /**
   * An unknown word where an app goes: "in salesforce", "de workday app"; right after "sign in to", any word that
   * can be an app, ordinary or not ("sign in to vpn").
   */
  private unknown(
    text: string,
    tokens: Token[],
    at: number,
  ): { mention: AppMention; length: number } | undefined {
    const token = tokens[at];
    if (this.isPersonName(token.key)) return undefined;
    if (!/^\p{L}[\p{L}\p{N}.-]*$/u.test(token.text)) return undefined;
    // "get into zorblax's account": someone's, not an app.
    if (/^['’]s\b/i.test(text.slice(token.end))) return undefined;
    if (this.afterSignIn(text, token)) return { mention: mention(text, [token], undefined, []), length: 1 };
    if (this.words.isKnown(token.key)) return undefined;
    const before = tokens[at - 1];
    const after = tokens[at + 1];
    const spaced = (a: Token, b: Token): boolean => /^\s+$/.test(text.slice(a.end, b.start));
    const cuedBefore = !!before && this.cues.before.has(before.key) && spaced(before, token);
    const cuedAfter = !!after && this.cues.after.has(after.key) && spaced(token, after);
    if (!cuedBefore && !cuedAfter) return undefined;
    // An everyday word after "in" or "to" is rarely an app ("in finance"), unless it ends the clause: "kan niet in zoom".
    const ends = !after || !spaced(token, after) || this.words.isKnown(after.key);
    if (this.words.isCommon(token.key) && !cuedAfter && !(cuedBefore && ends)) return undefined;
    return { mention: mention(text, [token], undefined, []), length: 1 };
  }

  /** Right after "sign in to", and not someone's ("log in to jon's account"). */
  private afterSignIn(text: string, token: Token): boolean {
    if (this.cues.notAnApp.has(token.key) || /^['’]s\b/i.test(text.slice(token.end))) return false;
    return this.signInBefore.test(fold(text.slice(0, token.start)));
  }

  private cued(tokens: Token[], at: number, length: number): boolean {
    const before = tokens[at - 1]?.key;
    const after = tokens[at + length]?.key;
    return (!!before && this.cues.before.has(before)) || (!!after && this.cues.after.has(after));
  }
}

function mention(text: string, run: Token[], app: AppRef | undefined, suggestions: AppRef[]): AppMention {
  const start = run[0].start;
  const end = run[run.length - 1].end;
  return { type: 'app', start, end, text: text.slice(start, end), app, suggestions };
}

export function appWordsOf(
  apps: readonly { appId: string; displayName: string; aliases?: string[] }[],
): AppWord[] {
  return apps.flatMap((app) =>
    [app.displayName, ...(app.aliases ?? [])].map((word) => ({
      key: tokenize(word)
        .map((token) => token.key)
        .join(' '),
      app: { appId: app.appId, displayName: app.displayName },
    })),
  );
}
