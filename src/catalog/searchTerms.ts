import { LRUCache } from 'lru-cache';
import { commonWords, stopWords } from '../text/commonWords';
import { CompoundSplitter } from '../text/compounds';
import { countryNames } from '../text/countries';
import { fold } from '../text/normalize';
import { Speller } from '../text/speller';
import { STEMMERS } from '../text/stemmers';
import { LANGUAGES } from '../text/texts';

/** Every language's stop words and the words of any question about a code: they tell nothing apart. */
const STOP = new Set(
  LANGUAGES.flatMap((pack) => [...stopWords(pack.language), ...pack.words.catalogStopWords].map(fold)),
);
/** Words every sign-in problem shares: they say there is a problem, not which one. */
const GENERIC = new Set(LANGUAGES.flatMap((pack) => pack.words.catalogGenericWords));
/** What a country's name says to the catalog: somewhere else than usual ("blocked from singapore"). */
const ABROAD = LANGUAGES.flatMap((pack) => pack.words.catalogAbroad);
const COUNTRIES = countryNames();
/** Words that mean the same to the catalog, in any language: a question's word is also read as its group's first. */
const EQUIVALENT = ((): Map<string, string[]> => {
  const groups = LANGUAGES.flatMap((pack) => pack.words.catalogEquivalents);
  const found = new Map<string, string[]>();
  for (const [word, ...others] of groups)
    for (const other of others) found.set(other, [...new Set([...(found.get(other) ?? []), word])]);
  return found;
})();
/** Words that say something did not happen, in every language; "n't" counts as one. */
const NEGATIONS = new Set(LANGUAGES.flatMap((pack) => pack.words.catalogNegations));
/** The term a negation is matched as in phrasings: no word of any language is written this way. */
export const NEGATION = '¬';
const LEAST_LETTERS = 2;
const LEAST_AUTOCORRECTED = 7;
/** No word people type is longer; a longer run of letters is left out (spelling it out would take seconds). */
const LONGEST_WORD = 40;
const MAX_STEMS = 50_000;
const MOST_ASKED = 20_000;
/** Warming up stems one ordinary word in this many: enough for every suffix rule, in about 50 ms. */
const WARM_UP_SHARE = 4;

/**
 * How the catalog's text and a question become search terms: words folded, stop words dropped, each word kept as
 * its English and its Dutch stem. Compounds also give their parts; a question's word the catalog does not
 * know, and that is no short ordinary English or Dutch word, is read as the catalog words it is a slip or two from.
 */
export class SearchTerms {
  private readonly speller: Speller;
  private readonly compounds: CompoundSplitter;
  private readonly ordinary: ReadonlySet<string>[];
  /** The catalog's words as indexed, each worked out once (indexing meets most words many times). */
  private readonly indexed = new Map<string, string[]>();
  private readonly known = new Set<string>();
  /** Questions' words as searched: spelling out a slip's corrections is the costliest part of reading a question. */
  private readonly asked = new LRUCache<string, { terms: string[]; generic: boolean }>({ max: MOST_ASKED });

  constructor(texts: Iterable<string>) {
    for (const text of texts) for (const word of wordsOf(text)) this.known.add(word);
    this.speller = new Speller(this.known);
    this.compounds = new CompoundSplitter(this.known);
    this.ordinary = LANGUAGES.map((pack) => commonWords(pack.commonWords));
  }

  /**
   * Stems each word of the catalog and a share of the ordinary words once: with the index loaded prebuilt the
   * stemmers have not run yet, and their first runs through rarer suffix rules ("icoontje") cost a first question
   * milliseconds.
   */
  warmUp(): void {
    for (const word of this.known) stemsOfWord(word);
    for (const list of this.ordinary)
      [...list].filter((_, at) => at % WARM_UP_SHARE === 0).forEach(stemsOfWord);
  }

  /** The terms a word of the catalog's text is indexed under: its stems and those of its compound's parts. */
  indexTerms(word: string): string[] {
    let terms = this.indexed.get(word);
    if (!terms) {
      const folded = fold(word);
      terms = isWord(folded) ? stemsOf([folded, ...this.partsOf(folded)]) : [];
      this.indexed.set(word, terms);
    }
    return terms;
  }

  /** The words of a question, each with the terms it is searched as; a generic word only adds to the score. */
  queryWords(text: string): QueryWord[] {
    return [...new Set(wordsOf(text))]
      .filter((word) => word.length <= LONGEST_WORD)
      .map((word) => ({ word, ...this.queryTerms(word) }));
  }

  /** A phrasing's words as the terms each is indexed under, generic words left out, and NEGATION if it negates. */
  phrasing(text: string): string[][] {
    const words = wordsOf(text)
      .filter((word) => !GENERIC.has(word))
      .map((word) => this.indexTerms(word))
      .filter((terms) => terms.length > 0);
    return words.length > 0 && negates(text) ? [...words, [NEGATION]] : words;
  }

  private queryTerms(word: string): { terms: string[]; generic: boolean } {
    let read = this.asked.get(word);
    if (!read) {
      const { readings, slips } = this.readingsOf(word);
      // A slip of a word every problem shares ("inlogen") is such a word too.
      read = { terms: stemsOf(readings), generic: [word, ...slips].some((said) => GENERIC.has(said)) };
      this.asked.set(word, read);
    }
    return read;
  }

  /** The words a question's word may stand for (`readings`), among them the catalog words it is a slip of (`slips`). */
  private readingsOf(word: string): { readings: string[]; slips: string[] } {
    if (COUNTRIES.has(word)) return { readings: [word, ...ABROAD], slips: [] };
    const same = EQUIVALENT.get(word);
    if (same) return { readings: [word, ...same], slips: [] };
    const parts = this.partsOf(word);
    if (this.speller.has(word)) return { readings: [word, ...parts], slips: [] };
    // A phone's autocorrect turns a word the catalog knows into an ordinary one ("compliant" into "complaint"): a
    // long ordinary word the catalog does not know is also read as the catalog's words one or two slips away.
    if (this.isOrdinary(word) && word.length < LEAST_AUTOCORRECTED)
      return { readings: [word, ...parts], slips: [] };
    const slips = this.speller.corrections(word);
    // A slip's letters cut apart ("pasword" into "pas" and "word") mean something else than the word meant.
    return { readings: [word, ...slips, ...(slips.length > 0 ? [] : parts)], slips };
  }

  /** An ordinary word ("wachtwoord", "aanmelden") is not split: its parts no longer mean what it means. */
  private partsOf(word: string): string[] {
    if (this.isOrdinary(word) || GENERIC.has(word)) return [];
    return this.compounds.parts(word).filter(isWord);
  }

  private isOrdinary(word: string): boolean {
    return this.ordinary.some((list) => list.has(word));
  }
}

/**
 * What turns text into terms besides the SearchTerms class, for CatalogIndexCache: the word lists (stop, generic,
 * negation and ordinary words) and the functions outside the class. A change to any of them changes the index.
 */
export function analysisSignature(): string[] {
  return [
    ...[STOP, GENERIC, NEGATIONS, ABROAD, COUNTRIES].map((words) => [...words].join(' ')),
    [...EQUIVALENT].map(([word, same]) => `${word}=${same.join(',')}`).join(' '),
    ...LANGUAGES.map((pack) => [...commonWords(pack.commonWords)].join(' ')),
    ...[negates, wordsOf, isWord, stemsOf, stemsOfWord].map(String),
  ];
}

export interface QueryWord {
  word: string;
  terms: string[];
  generic: boolean;
}

/** True when the text says something did not happen: "not", "didn't", "never", "geen", "niet". */
export function negates(text: string): boolean {
  return (
    /\p{L}n['’]t\b/u.test(fold(text)) ||
    fold(text)
      .split(/[^\p{L}]+/u)
      .some((word) => NEGATIONS.has(word))
  );
}

export function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(isWord);
}

function isWord(word: string): boolean {
  return word.length >= LEAST_LETTERS && !STOP.has(word);
}

/** Stemming is most of the work of indexing; the catalog has about 10,000 distinct words, each stemmed once. */
const STEMS = new Map<string, string[]>();

function stemsOf(words: string[]): string[] {
  return [...new Set(words.flatMap(stemsOfWord))];
}

function stemsOfWord(word: string): string[] {
  let stems = STEMS.get(word);
  if (!stems) {
    const english = STEMMERS.en.stemWord(word);
    const dutch = STEMMERS.nl.stemWord(word);
    stems = english === dutch ? [english] : [english, dutch];
    if (STEMS.size < MAX_STEMS) STEMS.set(word, stems);
  }
  return stems;
}
