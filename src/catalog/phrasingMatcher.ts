const LEAST_PREFIX = 4;

/** A phrasing as the sets of terms each of its words is indexed under. */
type Phrasing = string[][];

export interface QueryWord {
  terms: string[];
}

/**
 * How close a question comes to one of the ways people describe an entry ("it keeps asking me to approve"): the
 * share of the phrasing's words the question has, times the share of the question's words the phrasing has, both
 * weighted by how rare each word is in the catalog. BM25 finds the candidates; this tells the nearest apart.
 */
export class PhrasingMatcher {
  private readonly phrasings: Phrasing[][];
  private readonly spread = new Map<string, number>();

  constructor(phrasingsByEntry: Phrasing[][]) {
    this.phrasings = phrasingsByEntry;
    for (const phrasings of phrasingsByEntry) {
      const terms = new Set(phrasings.flat(2));
      for (const term of terms) this.spread.set(term, (this.spread.get(term) ?? 0) + 1);
    }
  }

  /** 0..1: 1 when the question says exactly one of the entry's phrasings. */
  closeness(entry: number, question: QueryWord[]): number {
    const asked = question.map((word) => ({ terms: new Set(word.terms), weight: this.rarity(word.terms) }));
    const askedWeight = asked.reduce((sum, word) => sum + word.weight, 0);
    if (askedWeight === 0) return 0;
    let best = 0;
    for (const phrasing of this.phrasings[entry]) {
      let said = 0;
      let total = 0;
      const used = new Set<number>();
      for (const terms of phrasing) {
        const weight = this.rarity(terms);
        total += weight;
        const at = asked.findIndex(
          (word, index) => !used.has(index) && terms.some((term) => meets(word.terms, term)),
        );
        if (at === -1) continue;
        used.add(at);
        said += weight;
      }
      if (total === 0) continue;
      const heard = [...used].reduce((sum, index) => sum + asked[index].weight, 0);
      best = Math.max(best, (said / total) * (heard / askedWeight));
    }
    return best;
  }

  private rarity(terms: string[]): number {
    const entries = this.phrasings.length;
    const spread = Math.max(...terms.map((term) => this.spread.get(term) ?? 0), 0);
    return Math.log(1 + entries / (spread + 1));
  }
}

/** The same word, or one the other begins with ("deliveri", "deliv"): stemmers cut related words differently. */
function meets(terms: Set<string>, term: string): boolean {
  if (terms.has(term)) return true;
  if (term.length < LEAST_PREFIX) return false;
  for (const other of terms)
    if (other.length >= LEAST_PREFIX && (other.startsWith(term) || term.startsWith(other))) return true;
  return false;
}
