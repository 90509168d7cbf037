import { CatalogTranslation, Language } from './catalogTranslation';
import { editDistance } from '../text/editDistance';
import { normalize } from '../text/normalize';
import { CatalogEntry } from './catalogEntry';
import { readCatalogFile } from './catalogFile';
import { findCodeMention, nearCodes } from './codeMatcher';
import { CatalogIndex } from './catalogIndex';
import { IndexedField, tokenize, WordIndex } from './wordIndex';

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
/** A word search scoring at least this (1 is every word matched exactly) counts as a clear match. */
const CLEAR_SCORE = 0.6;
/** A BM25 score only a real description reaches; "why did the sign-in fail?" scores about 100, "sign-in failed" 260. */
const CLEAR_SEARCH_SCORE = 400;
/** Slips allowed per letter when matching a Microsoft name. */
const NAME_SLIPS = 0.2;
/** Word matches scoring below this are noise ("pizza delivery" against "notification not delivered"). */
const MIN_SCORE = 0.3;
/** Rare codes rank a little lower than common ones with the same words. */
const RARE_FACTOR = 0.9;

/** The error-code catalog: exact lookup by code or name, "did you mean" for slips, fuzzy search on words. */
export class Catalog {
  private readonly byCode = new Map<string, CatalogEntry>();
  private readonly byKey = new Map<string, CatalogEntry>();
  private readonly names: { key: string; entry: CatalogEntry }[];
  private readonly aadstsCodes: string[];
  private readonly words: WordIndex<CatalogEntry>;
  private readonly index: CatalogIndex;

  constructor(
    readonly entries: CatalogEntry[],
    private readonly dutch: CatalogTranslation = CatalogTranslation.none(),
  ) {
    for (const entry of entries) {
      this.byCode.set(entry.code, entry);
      for (const key of [entry.code, entry.name].map(compact))
        if (key && !this.byKey.has(key)) this.byKey.set(key, entry);
    }
    this.names = entries.filter((entry) => entry.name).map((entry) => ({ key: compact(entry.name), entry }));
    this.words = new WordIndex(entries, searchFields);
    this.index = new CatalogIndex(entries, (entry) => this.dutch.apply(entry));
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
  search(query: string, limit = 3): CatalogHit[] {
    const mention = findCodeMention(query);
    if (mention) return this.byNumber(mention.code, mention.corrected, limit);
    const { asked, words } = questionOf(query);
    if (!words) return [];
    const hits: CatalogHit[] = [];
    const named = this.nameIn(asked, words);
    if (named) hits.push({ entry: named, reason: 'name' });
    for (const { entry } of this.index.find(words, limit + 1)) {
      if (hits.length < limit && !hits.some((hit) => hit.entry === entry))
        hits.push({ entry, reason: 'words' });
    }
    return hits;
  }

  /** The entry a message clearly names or describes in two or more telling words ("IdsLocked", "account locked"). */
  describes(text: string): CatalogEntry | undefined {
    const { asked, words } = questionOf(text);
    if (words.length < 4 || !/[a-z]/.test(words)) return undefined;
    const named = this.nameIn(asked, words);
    if (named) return named;
    if (tokenize(words).length < 2) return undefined;
    const [best] = this.rankedWords(words, 1);
    if (best && best.score >= CLEAR_SCORE) return best.entry;
    // A long description in everyday words ("keeps typing the wrong password and now the account is locked"), in
    // either language: MiniSearch finds it where the word index's share of matched words stays low.
    const [found] = this.index.find(words, 1);
    return found && found.score >= CLEAR_SEARCH_SCORE ? found.entry : undefined;
  }

  /** The entry in the reader's language where the catalog has it (Dutch for the common codes), else English. */
  inLanguage(entry: CatalogEntry, language: Language): CatalogEntry {
    return language === 'nl' ? this.dutch.apply(entry) : entry;
  }

  /** Reads catalog.json and, beside it, catalog.nl.json. */
  static async read(file: string): Promise<Catalog> {
    const entries = await readCatalogFile(file);
    return new Catalog(entries, await CatalogTranslation.read(file.replace(/\.json$/, '.nl.json'), entries));
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
  private nameIn(asked: string, words: string): CatalogEntry | undefined {
    return this.byKey.get(compact(asked)) ?? this.byKey.get(compact(words)) ?? this.fuzzyName(words);
  }

  /** "IdsLockd" → IdsLocked, "InvalidUsernamePasword" → InvalidUserNameOrPassword: one slip per five letters. */
  private fuzzyName(words: string): CatalogEntry | undefined {
    const key = compact(words);
    if (key.length < 6 || words.includes(' ')) return undefined;
    const limit = Math.floor(key.length * NAME_SLIPS);
    let best: { entry: CatalogEntry; distance: number } | undefined;
    for (const name of this.names) {
      const distance = editDistance(key, name.key, limit);
      if (distance <= limit && (!best || distance < best.distance)) best = { entry: name.entry, distance };
    }
    return best?.entry;
  }

  private rankedWords(words: string, limit: number): { entry: CatalogEntry; score: number }[] {
    return this.words
      .search(words, limit * 4)
      .map((hit) => ({ entry: hit.item, score: hit.score * (hit.item.handWritten ? 1 : RARE_FACTOR) }))
      .filter((hit) => hit.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }
}

function searchFields(entry: CatalogEntry): IndexedField[] {
  return [
    ...entry.synonyms.map((text) => ({ text, weight: 1 })),
    { text: entry.name.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2'), weight: 0.9 },
    { text: entry.title, weight: 0.7 },
    ...[entry.category.label, ...entry.category.synonyms].map((text) => ({ text, weight: 0.4 })),
  ];
}

/** The question without its question words (`asked`), and also without articles (`words`). */
function questionOf(text: string): { asked: string; words: string } {
  const asked = withoutWords(normalize(text), QUESTION);
  return { asked, words: withoutWords(asked, ARTICLES) };
}

function withoutWords(text: string, drop: Set<string>): string {
  return text
    .split(' ')
    .filter((word) => !drop.has(word))
    .join(' ');
}

/** "Ids Locked", "IdsLocked" and "ids_locked" all become "idslocked". */
function compact(text: string): string {
  return normalize(text).replace(/[^a-z0-9]/g, '');
}
