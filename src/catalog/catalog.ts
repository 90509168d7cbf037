import { readFile } from 'node:fs/promises';
import { CatalogTranslation, Language } from './catalogTranslation';
import { normalize } from '../text/normalize';
import { LANGUAGES } from '../text/texts';
import { CatalogEntry } from './catalogEntry';
import { readCatalogFile } from './catalogFile';
import { CodeMention, findCodeMention, nearCodes, separatedNumbers } from './codeMatcher';
import { CatalogIndex, PrebuiltIndex } from './catalogIndex';
import { CatalogIndexCache } from './catalogIndexCache';
import { compact, NameMatcher } from './nameMatcher';
import { withoutTraceValues } from './traceValues';
import { asksHowTo } from './howTo';
import { NO_TOPIC, TopicJudge, TopicModel } from './topicModel';

/** How a hit was found: the code itself, a code after fixing OCR slips, a code one slip away, a name, or words. */
export type HitReason = 'code' | 'correctedCode' | 'nearCode' | 'name' | 'words';

export interface CatalogHit {
  entry: CatalogEntry;
  reason: HitReason;
}

/** Question words around the thing asked about: "what does X mean", "wat betekent X". */
const QUESTION = new Set(
  'what does do did mean means meaning explain please wat betekent betekenis uitleg'.split(' '),
);
const ARTICLES = new Set('is the a an of de het een van'.split(' '));
/**
 * A greeting or thanks and nothing else ("hello", "bedankt!") asks about no error, though a catalog word may look
 * like it (Windows Hello).
 */
const SMALL_TALK = new Set(
  LANGUAGES.flatMap((pack) => [...pack.words.greetings, ...pack.words.thanks]).map(plainWords),
);
/**
 * Windows, Intune and Office report errors as hexadecimal numbers ("0x87D1041C"), Teams' own sign-in library as
 * "caa2000c": a message quoting one is about another system than Entra ID's sign-in log.
 */
const OTHER_SYSTEMS_CODE = /\b(?:0x[0-9a-f]{4,8}|caa[0-9a-f]{5})\b/i;
/**
 * A message describes an entry when it has two telling words and the entry's closeness to one of its phrasings plus
 * its BM25 score over CLEAR_SCORE_SCALE reaches CLEAR_EVIDENCE: "user denied" (0.9) and "account geblokkeerd" (1.1)
 * do, a lone "telefoon" or "why did the sign-in fail?" does not.
 */
const CLEAR_EVIDENCE = 0.85;
const CLEAR_SCORE_SCALE = 1000;
/** Entries asked about by warmUp(). */
const WARM_UP_ENTRIES = 40;

/** The error-code catalog: exact lookup by code or name, "did you mean" for slips, fuzzy search on words. */
export class Catalog {
  private readonly byCode = new Map<string, CatalogEntry>();
  private readonly byKey = new Map<string, CatalogEntry>();
  private readonly names: NameMatcher<CatalogEntry>;
  private readonly aadstsCodes: string[];
  private readonly index: CatalogIndex;

  constructor(
    readonly entries: CatalogEntry[],
    private readonly dutch: CatalogTranslation = CatalogTranslation.none(),
    prebuilt?: PrebuiltIndex,
    topic: TopicJudge = NO_TOPIC,
  ) {
    for (const entry of entries) {
      this.byCode.set(entry.code, entry);
      for (const key of [entry.code, entry.name].map(compact))
        if (key && !this.byKey.has(key)) this.byKey.set(key, entry);
    }
    this.names = new NameMatcher(
      entries.flatMap((entry) =>
        [entry.name, entry.kind === 'aadsts' ? '' : entry.code]
          .filter(Boolean)
          .map((name) => ({ name, item: entry })),
      ),
    );
    this.index = new CatalogIndex(entries, dutch, prebuilt, topic);
    this.aadstsCodes = entries.filter((entry) => entry.kind === 'aadsts').map((entry) => entry.code);
  }

  get(code: number | string): CatalogEntry | undefined {
    return this.byCode.get(String(code));
  }

  /** The entry whose code or Microsoft name this is, spacing and case aside: "IdsLocked", "Mobile App Denied". */
  named(text: string): CatalogEntry | undefined {
    return this.byKey.get(compact(text));
  }

  isInterrupt(code: number | string): boolean {
    return this.get(code)?.interrupt ?? false;
  }

  /** Best match first: a named code wins, then a Microsoft name, then words; slips in codes get "did you mean". */
  search(typed: string, limit = 3): CatalogHit[] {
    const query = withoutTraceValues(typed);
    const mention = this.codeIn(query);
    // A number among words that the catalog does not have ("the maximum lifetime is 43200") is no code: the words are
    // searched first, and only without a hit are codes one slip away offered.
    if (mention && !(mention.inText && !this.byCode.has(mention.code)))
      return this.byNumber(mention.code, mention.corrected, limit);
    const hits = this.searchWords(query, limit);
    return hits.length > 0 || !mention ? hits : this.byNumber(mention.code, mention.corrected, limit);
  }

  private searchWords(query: string, limit: number): CatalogHit[] {
    const { asked, words } = questionOf(query);
    if (!words || SMALL_TALK.has(plainWords(query)) || asksHowTo(query) || OTHER_SYSTEMS_CODE.test(query))
      return [];
    const hits: CatalogHit[] = [];
    const named = this.nameIn(query, asked, words);
    if (named) hits.push({ entry: named, reason: 'name' });
    for (const { entry } of this.index.find(words, limit + 1)) {
      if (hits.length < limit && !hits.some((hit) => hit.entry === entry))
        hits.push({ entry, reason: 'words' });
    }
    return hits;
  }

  /**
   * The entry a message clearly names (a code the catalog has, "IdsLocked") or describes in two or more telling words
   * ("account locked").
   */
  describes(typed: string): CatalogEntry | undefined {
    const text = withoutTraceValues(typed);
    const mention = this.codeIn(text);
    const coded = mention && this.byCode.get(mention.code);
    if (coded) return coded;
    const { asked, words } = questionOf(text);
    if (
      words.length < 4 ||
      !/[a-z]/.test(words) ||
      SMALL_TALK.has(plainWords(text)) ||
      asksHowTo(text) ||
      OTHER_SYSTEMS_CODE.test(text)
    )
      return undefined;
    const named = this.nameIn(text, asked, words);
    if (named) return named;
    if (this.index.tellingWords(words) < 2) return undefined;
    const [found] = this.index.find(words, 1);
    return found && found.closeness + found.score / CLEAR_SCORE_SCALE >= CLEAR_EVIDENCE
      ? found.entry
      : undefined;
  }

  /** The entry in the reader's language where the catalog has it (Dutch for the common codes), else English. */
  inLanguage(entry: CatalogEntry, language: Language): CatalogEntry {
    return language === 'nl' ? this.dutch.apply(entry) : entry;
  }

  /** A text's words as the search reads them: what the topic model learns from and is asked about. */
  termsOf(text: string): string[] {
    return this.index.termsOf(text);
  }

  /**
   * Reads catalog.json and, beside it, catalog.nl.json, and the topic model; with a cache file, loads the index built
   * last time.
   */
  static async read(file: string, indexCache?: string, topicModel?: string): Promise<Catalog> {
    const dutchFile = file.replace(/\.json$/, '.nl.json');
    const entries = await readCatalogFile(file);
    const dutch = await CatalogTranslation.read(dutchFile, entries);
    const topic = await TopicModel.load(topicModel);
    if (!indexCache) return new Catalog(entries, dutch, undefined, topic);
    const cache = new CatalogIndexCache(indexCache);
    const texts = await Promise.all([file, dutchFile].map((name) => readFile(name, 'utf8').catch(() => '')));
    const signature = CatalogIndexCache.signature(texts);
    const prebuilt = await cache.read(signature);
    const catalog = new Catalog(entries, dutch, prebuilt, topic);
    if (!prebuilt) await cache.write(signature, catalog.index.data());
    return catalog;
  }

  /**
   * Asks the catalog about some of its own entries (by code, by name, in words and with a slip) so the engine has
   * compiled its search before the first real question: cold, a search takes ten times as long.
   */
  warmUp(): void {
    this.index.warmUp();
    const step = Math.max(1, Math.floor(this.entries.length / WARM_UP_ENTRIES));
    for (let at = 0; at < this.entries.length; at += step) {
      const entry = this.entries[at];
      const dutch = this.dutch.textOf(entry.code);
      const words = entry.synonyms[0] ?? entry.title;
      const questions = [
        ...[entry.code, entry.name, words].flatMap((question) => [question, withSlip(question)]),
        entry.title,
        entry.cause,
        asPhoneTypes(words),
      ];
      if (dutch) questions.push(dutch.title ?? '', ...(dutch.synonyms ?? []).slice(0, 1));
      for (const question of questions) {
        this.search(question);
        this.describes(question);
      }
    }
  }

  /** A code as findCodeMention reads it, else a known code written with a thousands separator ("50,173"). */
  private codeIn(text: string): CodeMention | undefined {
    const found = findCodeMention(text);
    if (found) return found;
    const code = separatedNumbers(text).find((number) => this.byCode.has(number));
    return code ? { typed: code, code, corrected: false } : undefined;
  }

  private byNumber(code: string, corrected: boolean, limit: number): CatalogHit[] {
    const entry = this.byCode.get(code);
    if (entry?.handWritten) return [{ entry, reason: corrected ? 'correctedCode' : 'code' }];
    const common = (candidate: string): boolean => this.byCode.get(candidate)!.handWritten;
    const near = nearCodes(code, this.aadstsCodes, common).map((other) => ({
      entry: this.byCode.get(other)!,
      reason: 'nearCode' as const,
    }));
    if (!entry) return near.slice(0, limit);
    const likelier = near.filter((hit) => hit.entry.handWritten).slice(0, limit - 1);
    return [{ entry, reason: corrected ? 'correctedCode' : 'code' }, ...likelier];
  }

  /** A Microsoft name or code in the question, as written ("Ids Locked", "FAILED_PHONE_APP_DENIED") or with slips. */
  private nameIn(text: string, asked: string, words: string): CatalogEntry | undefined {
    return this.byKey.get(compact(asked)) ?? this.byKey.get(compact(words)) ?? this.fuzzyName(text);
  }

  /** "IdsLockd" → IdsLocked, "FAILD_SMS_OTP_INCORECT" → FAILED_SMS_OTP_INCORRECT: one name typed as one word. */
  private fuzzyName(text: string): CatalogEntry | undefined {
    const words = text
      .split(/[\s"'`?!.,:;()]+/)
      .filter((word) => word && !QUESTION.has(normalize(word)) && !ARTICLES.has(normalize(word)));
    if (words.length !== 1 || !/^[a-z_]{6,}$/i.test(words[0])) return undefined;
    return this.names.find(words[0]);
  }
}

/** The text with its middle letter doubled, as a hurried typist would: warms up the paths for slips. */
/**
 * The text as a phone's keyboard writes it, with a curly apostrophe and a dash: such text is stored two bytes a
 * letter, and the engine compiles each pattern anew for it, which took a first real question milliseconds.
 */
function asPhoneTypes(text: string): string {
  return `it’s ${text} — ok`;
}

function withSlip(text: string): string {
  const middle = Math.floor(text.length / 2);
  return text.slice(0, middle + 1) + text.slice(middle);
}

/** The question without its question words (`asked`), and also without articles (`words`). */
function questionOf(text: string): { asked: string; words: string } {
  // "didn't" stays one word ("didnt"): normalize() would cut it into "didn" and "t" and lose the negation.
  const asked = withoutWords(normalize(text.replace(/n['’]t\b/giu, 'nt')), QUESTION);
  return { asked, words: withoutWords(asked, ARTICLES) };
}

/** The words of a message without punctuation: "Hello!" and "hello." are "hello". */
function plainWords(text: string): string {
  return normalize(text)
    .split(/[\s.#_-]+/)
    .filter(Boolean)
    .join(' ');
}

function withoutWords(text: string, drop: Set<string>): string {
  return text
    .split(' ')
    .filter((word) => !drop.has(word))
    .join(' ');
}
