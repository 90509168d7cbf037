import { LRUCache } from 'lru-cache';
import { editDistance } from '../text/editDistance';
import { normalize } from '../text/normalize';

export interface IndexedField {
  text: string;
  weight: number;
}

export interface WordHit<T> {
  item: T;
  /** Share of the query's weight this item matched, 0..1 (1: every word matched exactly in a phrase). */
  score: number;
}

interface Posting {
  doc: number;
  weight: number;
}

/** English and Dutch words that carry no meaning for a search. */
const STOP_WORDS = new Set([
  ...'a an and the of to in on for from with by at is are be was has have my i it this that or not can cant cannot why'.split(
    ' ',
  ),
  ...'de het een en van voor met bij op in is zijn mijn ik dit dat of kan niet waarom te'.split(' '),
  // Words every sign-in problem shares: they say there is a problem, not which one.
  ...'sign signin signed ins login logon log fail fails failed failing failure error errors problem problems issue'.split(
    ' ',
  ),
  ...'aanmelden aanmelding aanmeldingen inloggen ingelogd mislukt probleem fout foutmelding'.split(' '),
]);
const MATCH = { exact: 1, prefix: 0.85, typo: 0.7 };
/** A field phrase found whole in the query (or the query in it) lifts the score by this much. */
const PHRASE_BONUS = 0.25;
/** Phrases are checked only for the best candidates by words; that keeps a search well under a millisecond. */
const PHRASE_CANDIDATES = 20;

/**
 * A small inverted index over weighted fields. Query words match index words exactly, by prefix, or one typo away
 * (two for long words), so "wachtwort verloppen" still finds "wachtwoord verlopen"; rare words count more (IDF).
 */
export class WordIndex<T> {
  private readonly postings = new Map<string, Posting[]>();
  private readonly vocabulary: string[];
  private readonly phrases: string[][];
  private readonly expansions = new LRUCache<string, [string, number][]>({ max: 10_000 });

  constructor(
    private readonly items: T[],
    fieldsOf: (item: T) => IndexedField[],
  ) {
    this.phrases = items.map(() => []);
    items.forEach((item, doc) => {
      const best = new Map<string, number>();
      for (const field of fieldsOf(item)) {
        const words = tokenize(field.text);
        if (words.length > 1) this.phrases[doc].push(words.join(' '));
        for (const word of words) best.set(word, Math.max(best.get(word) ?? 0, field.weight));
      }
      for (const [word, weight] of best) {
        if (!this.postings.has(word)) this.postings.set(word, []);
        this.postings.get(word)!.push({ doc, weight });
      }
    });
    this.vocabulary = [...this.postings.keys()];
  }

  search(query: string, limit: number): WordHit<T>[] {
    const words = tokenize(query);
    if (words.length === 0) return [];
    const scores = new Map<number, number>();
    let possible = 0;
    for (const word of words) {
      const rarity = this.idf(word);
      possible += rarity;
      const best = new Map<number, number>();
      for (const [term, quality] of this.expand(word)) {
        // A longer or slipped word found for this one counts no more than this word itself: "user" finding the rarer
        // "username" must not outweigh the rest of the query.
        const value = quality * Math.min(this.idf(term), rarity);
        for (const posting of this.postings.get(term)!) {
          const score = value * posting.weight;
          if (score > (best.get(posting.doc) ?? 0)) best.set(posting.doc, score);
        }
      }
      for (const [doc, score] of best) scores.set(doc, (scores.get(doc) ?? 0) + score);
    }
    const phrase = ` ${words.join(' ')} `;
    return [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit + PHRASE_CANDIDATES)
      .map(([doc, score]) => {
        const whole = this.phrases[doc].some(
          (text) => phrase.includes(` ${text} `) || text.includes(phrase.trim()),
        );
        return { item: this.items[doc], score: Math.min(1, score / possible + (whole ? PHRASE_BONUS : 0)) };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  private idf(word: string): number {
    const count = this.postings.get(word)?.length ?? 0;
    return Math.log(1 + (this.items.length - count + 0.5) / (count + 0.5));
  }

  private expand(word: string): [string, number][] {
    let found = this.expansions.get(word);
    if (found) return found;
    found = [];
    const typos = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
    for (const term of this.vocabulary) {
      if (term === word) found.push([term, MATCH.exact]);
      else if (word.length >= 4 && term.length >= 4 && (term.startsWith(word) || word.startsWith(term)))
        found.push([term, MATCH.prefix]);
      else if (typos > 0 && editDistance(word, term, typos) <= typos) found.push([term, MATCH.typo]);
    }
    this.expansions.set(word, found);
    return found;
  }
}

export function tokenize(text: string): string[] {
  return normalize(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map(stem);
}

/** Crude suffix stripping, the same for index and query: "passwords" and "password" meet. */
function stem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's', 'en']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}
