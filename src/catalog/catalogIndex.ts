import MiniSearch, { AsPlainObject, Options } from 'minisearch';
import { CatalogEntry } from './catalogEntry';
import { CatalogTranslation } from './catalogTranslation';
import { PhrasingMatcher } from './phrasingMatcher';
import { negates, QueryWord, SearchTerms } from './searchTerms';
import { TermHit, TermSearch } from './termSearch';
import { NO_TOPIC, TopicJudge } from './topicModel';
import { anyWordOf } from '../shared/patterns';
import { LANGUAGES } from '../text/texts';

type Field = (typeof FIELDS)[number];
type Indexed = { id: number } & Record<Field, string>;

/** Each field holds the English and the Dutch text: one lookup per term finds both. */
const FIELDS = ['synonyms', 'name', 'title', 'cause', 'steps', 'category'] as const;
const BOOST: Record<Field, number> = {
  synonyms: 3,
  name: 2,
  title: 2,
  cause: 0.7,
  steps: 0.3,
  category: 0.5,
};
/**
 * AADSTS codes whose steps were written for them are what helpdesks meet; the rest share their category's steps and
 * weigh this much. MFA results and details have no steps of their own (they are outcomes), but are not rare.
 */
const RARE_FACTOR = 0.8;
const COVERED = 0.34;
const ENOUGH_MATCHED = 3;
/** Below this BM25 score a hit shares only a common word with the question ("pizza delivery", "wifi down"). */
const LEAST_SCORE = 40;

const CANDIDATES = 20;
/** How many hits a question shows: one of them clear is enough to show them. */
const SHOWN = 3;
/**
 * An MFA result detail ("phoneCallWentToVoicemail") ranks a little below the result code that says the same
 * (SUCCESS_NO_PIN_BUT_TIMEOUT): the codes are what Microsoft's MFA troubleshooting documents and people quote.
 * 0.75 rather than 0.85 put the result code first for 1 to 2 more questions in each of four fresh sets.
 */
const DETAIL_FACTOR = 0.75;
/** An MFA result that says the check passed ranks a little below: people ask the helpdesk about what failed. */
const PASSED_FACTOR = 0.9;
/** A pasted error screen fits in this; a longer message is searched on its start. */
const LONGEST_QUESTION = 1000;
/**
 * "Nothing close" (calibrated on the development questions): the best hit's closeness to a phrasing plus its BM25
 * score over SCORE_SCALE must reach LEAST_EVIDENCE. Words shared by chance ("keyboard types the wrong characters",
 * "how do I book a meeting room in Outlook") come close to no phrasing and score low. Of 0.60 to 0.78, 0.68 to 0.70
 * got the most of the 1,503 development questions right (off-topic ones that find nothing against right answers
 * lost); 0.70 lost "ze krijgt geen melding van de authenticator".
 */
const LEAST_EVIDENCE = 0.68;
const SCORE_SCALE = 1000;
/**
 * A question with an anchor (a word only sign-in questions have, such as "password" or "MFA") needs this much: on the
 * development questions 0.5 found 7 more right answers and let 2 password-policy questions through.
 */
const ANCHORED_EVIDENCE = 0.5;
const ANCHOR_WORDS = LANGUAGES.flatMap((pack) => pack.words.catalogAnchors);
/** Anchors of more than one word ("sign in", "sign-in"), found in the text; one-word anchors among its terms. */
const ONE_WORD = /^[\p{L}\p{N}]+$/u;
const ANCHOR_PHRASES = anyWordOf(ANCHOR_WORDS.filter((anchor) => !ONE_WORD.test(anchor)));
/**
 * Below SURE_EVIDENCE a hit also needs the topic model to find the question no further than OFF_TOPIC from the
 * sign-in problems it learnt: "my leave request is still waiting for approval" shares two words with an MFA entry.
 * Chosen on the development questions, with the model trained on other texts than those.
 */
const SURE_EVIDENCE = 1.5;
const OFF_TOPIC = 0.3;
/** The final rank: BM25 relative to the best candidate, plus the nearest phrasing's closeness (tuned on dev). */
const WEIGHT_BM25 = 1;
const WEIGHT_PHRASING = 1.5;

/** What indexing works out from the catalog's text, as CatalogIndexCache keeps it between starts. */
export interface PrebuiltIndex {
  index: AsPlainObject;
  /** `phrasings[entry][phrasing][word]`: the terms of each word of each phrasing. */
  phrasings: string[][][][];
}

interface Answer {
  hits: IndexHit[];
  /** How many of the question's words could tell entries apart. */
  telling: number;
}

export interface IndexHit {
  entry: CatalogEntry;
  score: number;
  /** How close the question comes to one of the entry's phrasings, 0..1. */
  closeness: number;
}

/**
 * The catalog's words, English and Dutch, in MiniSearch: BM25 with field boosts and prefix matching, on terms from
 * SearchTerms (stems in both languages, Dutch compound parts, slips read as the words meant).
 */
export class CatalogIndex {
  private readonly search: MiniSearch<Indexed>;
  private readonly termSearch: TermSearch<Indexed>;
  private readonly terms: SearchTerms;
  private readonly phrasings: PhrasingMatcher;
  private readonly phrasingTerms: string[][][][];
  /** The one-word anchors' terms: a question's slip ("acount") is read as the anchor it was meant to be. */
  private readonly anchorTerms: ReadonlySet<string>;
  private last?: { question: string; answer: Answer };

  constructor(
    private readonly entries: readonly CatalogEntry[],
    dutch: CatalogTranslation,
    prebuilt?: PrebuiltIndex,
    private readonly topic: TopicJudge = NO_TOPIC,
  ) {
    const documents = entries.map((entry, id) => documentOf(entry, id, dutch));
    this.terms = new SearchTerms(documents.flatMap((document) => FIELDS.map((field) => document[field])));
    const options: Options<Indexed> = {
      fields: [...FIELDS],
      tokenize,
      processTerm: (term) => this.terms.indexTerms(term),
      searchOptions: {
        boost: BOOST,
        prefix: (term) => term.length >= 5,
        tokenize: (text) => [text],
        processTerm: (term) => term,
      },
    };
    this.search = prebuilt ? MiniSearch.loadJS(prebuilt.index, options) : new MiniSearch(options);
    if (!prebuilt) this.search.addAll(documents);
    this.phrasingTerms =
      prebuilt?.phrasings ??
      entries.map((entry) => {
        const nl = dutch.textOf(entry.code);
        return [entry.title, ...entry.synonyms, nl?.title ?? '', ...(nl?.synonyms ?? [])]
          .map((text) => this.terms.phrasing(text))
          .filter((words) => words.length > 0);
      });
    this.phrasings = new PhrasingMatcher(this.phrasingTerms);
    this.anchorTerms = new Set(
      ANCHOR_WORDS.filter((anchor) => ONE_WORD.test(anchor)).flatMap((anchor) =>
        this.terms.indexTerms(anchor),
      ),
    );
    this.termSearch = new TermSearch(this.search);
  }

  /** Stems the catalog's words and searches those of every phrasing once, before the first question. */
  warmUp(): void {
    this.terms.warmUp();
    this.termSearch.warmUp(new Set(this.phrasingTerms.flat(3)));
  }

  /** The index and the phrasings' terms as plain data, for CatalogIndexCache. */
  data(): PrebuiltIndex {
    return { index: this.search.toJSON(), phrasings: this.phrasingTerms };
  }

  /** A text's words as the search reads them (stems, compound parts, slips read as the words meant). */
  termsOf(text: string): string[] {
    return this.terms.queryWords(text).flatMap(({ terms }) => terms);
  }

  /** How many words of a question could tell entries apart: not stop words, not words every problem shares. */
  tellingWords(question: string): number {
    return this.answer(question).telling;
  }

  /** The best entries for the words of a question, best first; ties go to the entry written for its code. */
  find(question: string, limit: number): IndexHit[] {
    return this.answer(question).hits.slice(0, limit);
  }

  /** A message is often first checked with describes() and then searched: the last answer is kept for that. */
  private answer(question: string): Answer {
    if (this.last?.question !== question) this.last = { question, answer: this.rank(question) };
    return this.last.answer;
  }

  private rank(question: string): Answer {
    const all = this.terms.queryWords(question.slice(0, LONGEST_QUESTION));
    const words = all.filter((word) => !word.generic);
    if (words.length === 0) return { hits: [], telling: 0 };
    const wordOf = new Map<string, number>();
    words.forEach(({ terms }, at) => terms.forEach((term) => wordOf.has(term) || wordOf.set(term, at)));
    const candidates: TermHit[] = [];
    const weight = (id: number): number =>
      this.entries[id].handWritten || this.entries[id].kind !== 'aadsts' ? 1 : RARE_FACTOR;
    const found = this.termSearch.find(
      all.flatMap(({ terms }) => terms),
      weight,
      LEAST_SCORE,
    );
    const scored = found.hits.sort((a, b) => descending(a.score, b.score) || a.id - b.id);
    // Which question words an entry matched, marked with the entry's number: no set made per entry.
    const matchedBy = new Int32Array(words.length).fill(-1);
    const catalogTerms = new Set<string>();
    for (const hit of scored) {
      if (candidates.length === CANDIDATES) break;
      let matched = 0;
      found.forEachMatch(hit.id, (term) => {
        const at = wordOf.get(term);
        if (at === undefined || matchedBy[at] === hit.id) return;
        matchedBy[at] = hit.id;
        matched++;
      });
      // "Nothing close": an entry must match a third of what was asked (printers and wifi match a word or two), or
      // three words of a long question ("customer locked out of Office 365 after too many attempts, how long …").
      if (matched / words.length < COVERED && matched < ENOUGH_MATCHED) continue;
      candidates.push(hit);
      found.forEachMatch(hit.id, (_, terms) => terms.forEach((term) => catalogTerms.add(term)));
    }
    const top = candidates[0]?.score ?? 1;
    const asked = this.phrasings.question(words, catalogTerms, negates(question));
    const hits = candidates
      .map(({ id, score }) => ({
        entry: this.entries[id],
        score,
        closeness: this.phrasings.closeness(id, asked),
      }))
      .map((hit) => ({
        hit,
        rank:
          ((WEIGHT_BM25 * hit.score) / top + WEIGHT_PHRASING * hit.closeness) *
          (hit.entry.kind === 'mfaDetail' ? DETAIL_FACTOR : 1) *
          (hit.entry.category.id === 'mfaPassed' ? PASSED_FACTOR : 1),
      }))
      .sort(
        (a, b) =>
          descending(a.rank, b.rank) || Number(b.hit.entry.handWritten) - Number(a.hit.entry.handWritten),
      )
      .map(({ hit }) => hit);
    // The first hit may be the nearest by rank and still short of evidence while the next is clear.
    const isClear = this.clearness(all, question);
    const clear = hits.length === 0 || hits.slice(0, SHOWN).some(isClear);
    return { hits: clear ? hits : [], telling: words.length };
  }

  /**
   * Whether a hit has the evidence to be shown. What depends on the question alone (its anchors, the topic model's
   * judgement) is worked out once for all the hits it is asked about, the topic model only when a hit needs it.
   */
  private clearness(words: QueryWord[], question: string): (hit: IndexHit) => boolean {
    const anchored =
      words.some(({ terms }) => terms.some((term) => this.anchorTerms.has(term))) ||
      ANCHOR_PHRASES.test(question);
    let offTopic: number | undefined;
    return (hit) => {
      const evidence = hit.closeness + hit.score / SCORE_SCALE;
      if (evidence < (anchored ? ANCHORED_EVIDENCE : LEAST_EVIDENCE)) return false;
      if (evidence >= SURE_EVIDENCE) return true;
      offTopic ??= this.topic.offTopic(words.flatMap(({ terms }) => terms));
      return offTopic < OFF_TOPIC;
    };
  }
}

/**
 * -1, 0 or 1 for a sort, larger first. A comparator that returns a difference of scores returns a fraction, which
 * the engine stores on the heap for each comparison: most of what sorting a question's hits cost.
 */
function descending(a: number, b: number): number {
  return a > b ? -1 : a < b ? 1 : 0;
}

/** The functions outside the class that shape the index, for CatalogIndexCache's signature. */
export function indexingSignature(): string[] {
  return [tokenize, documentOf].map(String);
}

function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u);
}

function documentOf(entry: CatalogEntry, id: number, dutch: CatalogTranslation): Indexed {
  const nl = dutch.textOf(entry.code);
  const own = (steps: { userSteps?: string[]; adminSteps?: string[] } | undefined): string =>
    entry.handWritten ? [...(steps?.userSteps ?? []), ...(steps?.adminSteps ?? [])].join(' ; ') : '';
  return {
    id,
    synonyms: [...entry.synonyms, ...(nl?.synonyms ?? [])].join(' ; '),
    name: [entry.name.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2'), nl?.name ?? ''].join(' ; '),
    title: [entry.title, nl?.title ?? ''].join(' ; '),
    cause: [entry.cause, nl?.cause ?? ''].join(' ; '),
    steps: [own(entry), own(nl)].join(' ; '),
    category: [
      entry.category.label,
      ...entry.category.synonyms,
      dutch.categoryLabel(entry.category.id) ?? '',
    ].join(' ; '),
  };
}
