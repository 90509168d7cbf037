import { existsSync } from 'node:fs';
import { readJsonFile } from '../shared/jsonFile';
import { CatalogEntry } from './catalogEntry';

export type Language = 'en' | 'nl';

interface EntryText {
  title: string;
  cause: string;
  userSteps: string[];
  adminSteps: string[];
}

interface TranslationFile {
  categories?: Record<string, string>;
  entries?: Record<string, EntryText>;
}

/**
 * The catalog's words in another language (data/catalog.nl.json: meanings and steps of the common codes, and the
 * category labels). Entries it does not cover stay in English.
 */
export class CatalogTranslation {
  constructor(
    private readonly entries: Map<string, EntryText>,
    private readonly categories: Map<string, string>,
  ) {}

  static none(): CatalogTranslation {
    return new CatalogTranslation(new Map(), new Map());
  }

  apply(entry: CatalogEntry): CatalogEntry {
    const text = this.entries.get(entry.code);
    const label = this.categories.get(entry.category.id);
    if (!text && !label) return entry;
    return {
      ...entry,
      ...(text ?? {}),
      category: label ? { ...entry.category, label } : entry.category,
    };
  }

  /** Reads a translation file; it must only name codes and categories the catalog has, each entry complete. */
  static async read(file: string, known: CatalogEntry[]): Promise<CatalogTranslation> {
    if (!existsSync(file)) return CatalogTranslation.none();
    const parsed = (await readJsonFile(file, '[catalog]', `Fix ${file}.`)) as TranslationFile;
    const codes = new Set(known.map((entry) => entry.code));
    const categoryIds = new Set(known.map((entry) => entry.category.id));
    for (const [code, text] of Object.entries(parsed.entries ?? {})) {
      if (!codes.has(code))
        throw new Error(`[catalog] ${file}: code ${code} is not in the catalog. Fix ${file}.`);
      for (const field of ['title', 'cause'] as const)
        if (typeof text[field] !== 'string' || !text[field].trim())
          throw new Error(`[catalog] ${file}: code ${code} has no "${field}". Fix ${file}.`);
      for (const field of ['userSteps', 'adminSteps'] as const)
        if (!Array.isArray(text[field]) || text[field].length === 0)
          throw new Error(`[catalog] ${file}: code ${code} has no "${field}". Fix ${file}.`);
    }
    for (const id of Object.keys(parsed.categories ?? {}))
      if (!categoryIds.has(id)) throw new Error(`[catalog] ${file}: category ${id} is unknown. Fix ${file}.`);
    return new CatalogTranslation(
      new Map(Object.entries(parsed.entries ?? {})),
      new Map(Object.entries(parsed.categories ?? {})),
    );
  }
}
