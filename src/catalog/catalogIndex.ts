import MiniSearch from 'minisearch';
import { StemmerEn, StopwordsEn } from '@nlpjs/lang-en-min';
import { StemmerNl, StopwordsNl } from '@nlpjs/lang-nl';
import { fold } from '../text/normalize';
import { CatalogEntry } from './catalogEntry';

interface Indexed {
  id: number;
  synonyms: string;
  name: string;
  title: string;
  cause: string;
  category: string;
}

const EN = new StemmerEn();
const NL = new StemmerNl();
/** Both languages' stop words and the words of any question about a code: they tell nothing apart. */
const STOP = new Set([
  ...Object.keys(new StopwordsEn().dictionary),
  ...Object.keys(new StopwordsNl().dictionary),
  ...'what does mean means meaning explain wat betekent betekenis error fout foutmelding code melding'.split(
    ' ',
  ),
]);
const BOOST = { synonyms: 3, name: 2, title: 2, cause: 0.7, category: 0.5 };
/** Codes whose steps were written for them are what helpdesks meet; the rest share their category's steps. */
const RARE_FACTOR = 0.8;
const COVERED = 0.34;
/** Below this BM25 score a hit shares only a common word with the question ("pizza delivery", "wifi down"). */
const LEAST_SCORE = 40;

/**
 * The catalog's words, English and Dutch, in MiniSearch (BM25 with field boosts, prefixes and typo tolerance). Each
 * word is kept as its English and its Dutch stem, so "geblokkeerd" finds what "blocked" finds in the Dutch text.
 */
export class CatalogIndex {
  private readonly search: MiniSearch<Indexed>;

  constructor(
    private readonly entries: readonly CatalogEntry[],
    dutch: (entry: CatalogEntry) => CatalogEntry,
  ) {
    this.search = new MiniSearch<Indexed>({
      fields: ['synonyms', 'name', 'title', 'cause', 'category'],
      processTerm: stems,
      searchOptions: {
        boost: BOOST,
        fuzzy: (term) => (term.length >= 5 ? 0.2 : term.length >= 4 ? 1 : 0),
        prefix: (term) => term.length >= 4,
        combineWith: 'OR',
      },
    });
    this.search.addAll(
      entries.map((entry, id) => {
        const nl = dutch(entry);
        const both = (en: string, translated: string): string =>
          translated === en ? en : `${en} ; ${translated}`;
        return {
          id,
          synonyms: entry.synonyms.join(' ; '),
          name: entry.name.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2'),
          title: both(entry.title, nl.title),
          cause: both(entry.cause, nl.cause),
          category: [entry.category.label, ...entry.category.synonyms].join(' ; '),
        };
      }),
    );
  }

  /** The best entries for the words of a question, best first; ties go to the entry written for its code. */
  find(words: string, limit: number): { entry: CatalogEntry; score: number }[] {
    const asked = new Set(
      words
        .split(/[^\p{L}\p{N}]+/u)
        .map((word) => stems(word))
        .filter((stem) => stem !== null)
        .map((stem) => (Array.isArray(stem) ? stem[0] : stem)),
    ).size;
    return (
      this.search
        .search(words)
        // "Nothing close": an entry must match at least a third of what was asked (printers and wifi match a word or two).
        .filter((hit) => asked > 0 && hit.queryTerms.length / asked >= COVERED)
        .map((hit) => {
          const entry = this.entries[hit.id as number];
          return { entry, score: hit.score * (entry.handWritten ? 1 : RARE_FACTOR) };
        })
        .filter((hit) => hit.score >= LEAST_SCORE)
        .sort((a, b) => b.score - a.score || Number(b.entry.handWritten) - Number(a.entry.handWritten))
        .slice(0, limit)
    );
  }
}

function stems(term: string): string | string[] | null {
  const word = fold(term);
  if (word.length < 2 || STOP.has(word)) return null;
  const english = EN.stemWord(word);
  const dutch = NL.stemWord(word);
  return english === dutch ? english : [english, dutch];
}
