import MiniSearch, { SearchResult } from 'minisearch';

/** A term that finds this many entries costs most of a search; its results are kept. */
const KEPT_FROM = 40;
/** Kept terms are prefixes of the catalog's own words, so their number is bounded; this is a guard. */
const MOST_KEPT = 20_000;

export interface TermHit {
  id: number;
  score: number;
}

/** What a question's terms found: each entry's score, and for the few that are looked at closer, what matched. */
export interface TermMatches {
  hits: TermHit[];
  /** The question's terms that found this entry. */
  queryTermsOf(id: number): string[];
  /** The catalog terms that matched (longer words for a prefix). */
  termsOf(id: number): string[];
}

interface TermResults {
  term: string;
  byId: Map<number, SearchResult>;
}

/**
 * MiniSearch's OR query, term by term, with the results of common terms kept: "gebruiker", "user" and "application"
 * each find most of the catalog, and scoring them again for every question took most of a search's time. The sum
 * is what MiniSearch's OR computes: scores added per term, times the number of question terms that matched.
 */
export class TermSearch<T> {
  private readonly kept = new Map<string, TermResults>();

  constructor(private readonly index: MiniSearch<T>) {}

  /** The entries whose score, times `weight` of the entry, reaches `least`: most entries share a word or two. */
  find(terms: string[], weight: (id: number) => number, least: number): TermMatches {
    const score = new Float64Array(this.index.documentCount);
    const matched = new Uint8Array(this.index.documentCount);
    const found = [...new Set(terms)].map((term) => this.resultsOf(term));
    // forEach, not for…of over entries: that makes a pair for every entry of every term.
    for (const term of terms)
      found.find((each) => each.term === term)!.byId.forEach((result, id) => (score[id] += result.score));
    for (const { byId } of found) for (const id of byId.keys()) matched[id]++;
    const hits: TermHit[] = [];
    for (let id = 0; id < score.length; id++) {
      if (matched[id] === 0) continue;
      const weighed = score[id] * matched[id] * weight(id);
      if (weighed >= least) hits.push({ id, score: weighed });
    }
    return {
      hits,
      queryTermsOf: (id) => found.filter(({ byId }) => byId.has(id)).map(({ term }) => term),
      termsOf: (id) => [...new Set(found.flatMap(({ byId }) => byId.get(id)?.terms ?? []))],
    };
  }

  /** Searches each term once so the common ones are kept before the first question. */
  warmUp(terms: Iterable<string>): void {
    for (const term of terms) this.resultsOf(term);
  }

  private resultsOf(term: string): TermResults {
    const kept = this.kept.get(term);
    if (kept) return kept;
    const results = this.index.search(term);
    const found = { term, byId: new Map(results.map((result) => [result.id as number, result])) };
    if (results.length >= KEPT_FROM && this.kept.size < MOST_KEPT) this.kept.set(term, found);
    return found;
  }
}
