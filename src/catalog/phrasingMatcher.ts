import { NEGATION } from './searchTerms';

/** As MiniSearch's prefix search: a term of five letters or more also finds longer words. */
const LEAST_PREFIX = 5;
const NONE: readonly number[] = [];
/** Tuned on the development questions. */
const QUESTION_SHARE_WEIGHT = 0.7;
/**
 * A phrasing that negates while the question does not, or the other way round, says the opposite ("the code was
 * sent", "the code was not sent"): its closeness counts this much.
 */
const OPPOSITE = 0.8;

/** One word of a phrasing: the terms it is indexed under (as numbers, see PhrasingMatcher.ids) and how rare it is. */
interface PhrasingWord {
  terms: number[];
  weight: number;
}

interface Phrasing {
  words: PhrasingWord[];
  negates: boolean;
}

/** A question's words, weighed once and then held against each candidate's phrasings. */
export interface Question {
  words: { terms: Set<string>; weight: number }[];
  weight: number;
  negates: boolean;
  /**
   * The question's words each phrasing term stands for: its own terms, and longer ones it found by prefix
   * ("deliv…"). Terms no phrasing has are left out: they cannot match.
   */
  wordsOf: Map<number, number[]>;
  /**
   * Room closeness() reuses from entry to entry, marked rather than cleared: which phrasings it has listed and which
   * question words a phrasing has used.
   */
  scratch: { listed: Int32Array; shared: number[]; used: Int32Array; mark: number };
}

/**
 * How close a question comes to one of the ways people describe an entry ("it keeps asking me to approve"): the
 * share of the phrasing's words the question has, times the share of the question's words the phrasing has (to the
 * power QUESTION_SHARE_WEIGHT: questions carry words no phrasing needs), both weighted by how rare each word is.
 * BM25 finds the candidates; this tells the nearest apart.
 */
export class PhrasingMatcher {
  private readonly phrasings: Phrasing[][];
  /** Per entry, which of its phrasings each term is in: only phrasings sharing a term with a question are weighed. */
  private readonly phrasingsOf: Map<number, number[]>[];
  private readonly spread = new Map<string, number>();
  /** Every phrasing term as a number: the search compares numbers, not strings, in its innermost loop. */
  private readonly ids = new Map<string, number>();
  private readonly entries: number;
  private readonly mostPhrasings: number;

  /** `phrasingsByEntry[entry][phrasing][word]` is the terms that word is indexed under. */
  constructor(phrasingsByEntry: string[][][][]) {
    this.entries = phrasingsByEntry.length;
    this.mostPhrasings = Math.max(0, ...phrasingsByEntry.map((phrasings) => phrasings.length));
    for (const phrasings of phrasingsByEntry)
      for (const term of new Set(phrasings.flat(2))) {
        this.spread.set(term, (this.spread.get(term) ?? 0) + 1);
        if (!this.ids.has(term)) this.ids.set(term, this.ids.size);
      }
    this.phrasings = phrasingsByEntry.map((phrasings) =>
      phrasings.map((words) => ({
        words: words
          .filter((terms) => !isNegation(terms))
          .map((terms) => ({ terms: terms.map((term) => this.ids.get(term)!), weight: this.rarity(terms) })),
        negates: words.some(isNegation),
      })),
    );
    this.phrasingsOf = this.phrasings.map((phrasings) => {
      const byTerm = new Map<number, number[]>();
      phrasings.forEach(({ words }, at) => {
        for (const term of new Set(words.flatMap((word) => word.terms))) {
          const list = byTerm.get(term);
          if (!list) byTerm.set(term, [at]);
          else list.push(at);
        }
      });
      return byTerm;
    });
  }

  /**
   * `found` are the catalog terms the search matched, some of them longer words a question's term began; `negates`
   * when the question says something did not happen.
   */
  question(words: { terms: string[] }[], found: Iterable<string>, negates = false): Question {
    const weighed = words.map((word) => ({ terms: new Set(word.terms), weight: this.rarity(word.terms) }));
    const wordsOf = new Map<number, number[]>();
    const add = (term: string, index: number): void => {
      const id = this.ids.get(term);
      if (id === undefined) return;
      const list = wordsOf.get(id);
      if (!list) wordsOf.set(id, [index]);
      else if (!list.includes(index)) list.push(index);
    };
    // A phrasing's shorter form of the word ("deliv" for "deliveri") counts too: stemmers cut related words apart.
    words.forEach((word, index) =>
      word.terms.forEach((term) => {
        add(term, index);
        for (let end = LEAST_PREFIX; end < term.length; end++) add(term.slice(0, end), index);
      }),
    );
    for (const term of found)
      if (!wordsOf.has(this.ids.get(term) ?? -1))
        words.forEach((word, index) => {
          if (word.terms.some((own) => own.length >= LEAST_PREFIX && term.startsWith(own))) add(term, index);
        });
    return {
      words: weighed,
      weight: weighed.reduce((sum, word) => sum + word.weight, 0),
      wordsOf,
      negates,
      scratch: {
        listed: new Int32Array(this.mostPhrasings),
        shared: [],
        used: new Int32Array(weighed.length),
        mark: 0,
      },
    };
  }

  /** 0..1: 1 when the question says exactly one of the entry's phrasings. */
  closeness(entry: number, question: Question): number {
    if (question.weight === 0) return 0;
    let best = 0;
    const phrasings = this.phrasings[entry];
    const byTerm = this.phrasingsOf[entry];
    const scratch = question.scratch;
    const { listed, shared, used } = scratch;
    const listing = ++scratch.mark;
    shared.length = 0;
    question.wordsOf.forEach((_, term) => {
      for (const at of byTerm.get(term) ?? NONE)
        if (listed[at] !== listing) {
          listed[at] = listing;
          shared.push(at);
        }
    });
    for (const at of shared) {
      const { words: phrasing, negates } = phrasings[at];
      let said = 0;
      let total = 0;
      let heard = 0;
      const using = ++scratch.mark;
      for (const { terms, weight } of phrasing) {
        total += weight;
        const at = firstUnused(question, terms, used, using);
        if (at === -1) continue;
        used[at] = using;
        said += weight;
        heard += question.words[at].weight;
      }
      if (total > 0)
        best = Math.max(
          best,
          (said / total) *
            (heard / question.weight) ** QUESTION_SHARE_WEIGHT *
            (negates === question.negates ? 1 : OPPOSITE),
        );
    }
    return best;
  }

  private rarity(terms: string[]): number {
    const spread = Math.max(0, ...terms.map((term) => this.spread.get(term) ?? 0));
    return Math.log(1 + this.entries / (spread + 1));
  }
}

function isNegation(terms: string[]): boolean {
  return terms.length === 1 && terms[0] === NEGATION;
}

function firstUnused(question: Question, terms: number[], used: Int32Array, using: number): number {
  for (const term of terms)
    for (const index of question.wordsOf.get(term) ?? NONE) if (used[index] !== using) return index;
  return -1;
}
