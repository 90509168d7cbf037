import Fuse from 'fuse.js';
import { readJsonFile } from '../jsonFile';
import { normalize } from '../text/normalize';
import { CatalogEntry, validateEntry } from './catalogEntry';

export interface CatalogHit {
  entry: CatalogEntry;
  /** True when the query named this exact code. */
  exact: boolean;
}

const CODE_PATTERN = /(?:aadsts\s*:?\s*|\b)(\d{5,7})\b/i;
/** A symptom counts as recognised below this Fuse score (0 is a perfect match). */
const SYMPTOM_SCORE = 0.2;

/** The error-code catalog: exact lookup by code, fuzzy search by name, meaning and symptom words. */
export class Catalog {
  private readonly byCode: Map<number, CatalogEntry>;
  private readonly fuse: Fuse<CatalogEntry>;

  constructor(readonly entries: CatalogEntry[]) {
    this.byCode = new Map();
    for (const entry of entries) {
      if (this.byCode.has(entry.code))
        throw new Error(`[catalog] code ${entry.code} appears twice. Fix data/catalog.json.`);
      this.byCode.set(entry.code, entry);
    }
    this.fuse = new Fuse(entries, {
      keys: [
        { name: 'name', weight: 2 },
        { name: 'synonyms', weight: 2 },
        { name: 'title', weight: 1 },
      ],
      threshold: 0.4,
      ignoreLocation: true,
      includeScore: true,
    });
  }

  get(code: number): CatalogEntry | undefined {
    return this.byCode.get(code);
  }

  isInterrupt(code: number): boolean {
    return this.byCode.get(code)?.interrupt ?? false;
  }

  /** Best matches first: an exact code wins; otherwise names and symptoms, fuzzily. */
  search(query: string, limit = 3): CatalogHit[] {
    const code = Catalog.codeIn(query);
    if (code !== undefined) {
      const entry = this.byCode.get(code);
      if (entry) return [{ entry, exact: true }];
    }
    const words = normalize(query.replace(CODE_PATTERN, ' '));
    if (!words) return [];
    return this.fuse.search(words, { limit }).map((result) => ({ entry: result.item, exact: false }));
  }

  /** The entry a short symptom ("account locked", "wachtwoord verlopen") clearly describes, if any. */
  symptom(text: string): CatalogEntry | undefined {
    const words = normalize(text);
    if (words.length < 4 || !/[a-z]/.test(words)) return undefined;
    const [best] = this.fuse.search(words, { limit: 1 });
    return best && best.score! <= SYMPTOM_SCORE ? best.item : undefined;
  }

  /** The error code a text names: "50126", "AADSTS50126", "error code: 50126". */
  static codeIn(text: string): number | undefined {
    const match = CODE_PATTERN.exec(text);
    return match ? Number(match[1]) : undefined;
  }

  static async read(path: string): Promise<Catalog> {
    const parsed = (await readJsonFile(path, '[catalog]', 'It ships with the bot; restore it from git.')) as {
      entries?: unknown;
    };
    if (!Array.isArray(parsed.entries)) throw new Error(`[catalog] ${path} has no "entries" list.`);
    return new Catalog(parsed.entries.map(validateEntry));
  }
}
