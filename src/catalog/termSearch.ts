import { LRUCache } from 'lru-cache';
import MiniSearch from 'minisearch';

/**
 * Terms whose results are kept. The catalog's own words and their prefixes are a few thousand; the rest are slips,
 * which the bound keeps from filling memory.
 */
const MOST_KEPT = 20_000;

export interface TermHit {
  id: number;
  score: number;
}

/** What a question's terms found: each entry's score, and for the few that are looked at closer, what matched. */
export interface TermMatches {
  hits: TermHit[];
  /** Each of the question's terms that found the entry, with the catalog terms it matched (longer words for a prefix). */
  forEachMatch(id: number, visit: (queryTerm: string, catalogTerms: readonly string[]) => void): void;
}

/** One term's results as flat arrays, ids ascending: a search adds them up without making an object per entry. */
interface TermResults {
  term: string;
  ids: Int32Array;
  scores: Float64Array;
  /** The catalog terms each entry matched on. */
  matches: string[][];
}

/**
 * MiniSearch's OR query, term by term, with each term's results kept: "gebruiker", "user" and "application" each find
 * most of the catalog, and scoring them again for every question took most of a search's time, and the objects
 * made for it kept the garbage collector busy. The sum is what MiniSearch's OR computes: scores added per term, times
 * the number of question terms that matched.
 */
export class TermSearch<T> {
  private readonly kept = new LRUCache<string, TermResults>({ max: MOST_KEPT });

  constructor(private readonly index: MiniSearch<T>) {}

  /** The entries whose score, times `weight` of the entry, reaches `least`: most entries share a word or two. */
  find(terms: string[], weight: (id: number) => number, least: number): TermMatches {
    const score = new Float64Array(this.index.documentCount);
    const matched = new Uint8Array(this.index.documentCount);
    const found = new Map<string, TermResults>();
    for (const term of terms) {
      const results = found.get(term) ?? this.resultsOf(term);
      found.set(term, results);
      for (let at = 0; at < results.ids.length; at++) score[results.ids[at]] += results.scores[at];
    }
    for (const { ids } of found.values()) for (const id of ids) matched[id]++;
    const hits: TermHit[] = [];
    for (let id = 0; id < score.length; id++) {
      if (matched[id] === 0) continue;
      const weighed = score[id] * matched[id] * weight(id);
      if (weighed >= least) hits.push({ id, score: weighed });
    }
    return {
      hits,
      forEachMatch: (id, visit) =>
        found.forEach((results, term) => {
          const at = indexOf(results, id);
          if (at >= 0) visit(term, results.matches[at]);
        }),
    };
  }

  /** Searches each term once so the common ones are kept before the first question. */
  warmUp(terms: Iterable<string>): void {
    for (const term of terms) this.resultsOf(term);
  }

  private resultsOf(term: string): TermResults {
    const kept = this.kept.get(term);
    if (kept) return kept;
    const results = this.index.search(term).sort((a, b) => (a.id as number) - (b.id as number));
    // Most entries match on the term itself: one array stands for all of them.
    const alike = new Map<string, string[]>();
    const found: TermResults = {
      term,
      ids: Int32Array.from(results, (result) => result.id as number),
      scores: Float64Array.from(results, (result) => result.score),
      matches: results.map(({ terms }) => {
        const key = terms.join(' ');
        const shared = alike.get(key) ?? terms;
        alike.set(key, shared);
        return shared;
      }),
    };
    this.kept.set(term, found);
    return found;
  }
}

/** Where an entry is in a term's results, by halving: ids are in ascending order. */
function indexOf({ ids }: TermResults, id: number): number {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (ids[middle] === id) return middle;
    if (ids[middle] < id) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
