import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../host/config';
import { SchemaCheck } from '../shared/schemaCheck';
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

const TRANSLATION = new SchemaCheck<TranslationFile>({
  schema: path.join(PROJECT_ROOT, 'data', 'catalog.nl.schema.json'),
  prefix: '[catalog]',
  hint: 'Fix it, or restore it from git.',
  knownBy: 'the translation',
});

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

  /** Reads a translation file; it must match its schema and only name codes and categories the catalog has. */
  static async read(file: string, known: CatalogEntry[]): Promise<CatalogTranslation> {
    if (!existsSync(file)) return CatalogTranslation.none();
    const parsed = await TRANSLATION.read(file);
    const codes = new Set(known.map((entry) => entry.code));
    const categoryIds = new Set(known.map((entry) => entry.category.id));
    const unknown = (list: 'entries' | 'categories', ids: Set<string>, what: string): void => {
      const id = Object.keys(parsed[list] ?? {}).find((key) => !ids.has(key));
      if (id !== undefined) throw TRANSLATION.error(file, TRANSLATION.at(parsed, [list, id], what));
    };
    unknown('entries', codes, 'is not a code in the catalog');
    unknown('categories', categoryIds, 'is not a category in the catalog');
    return new CatalogTranslation(
      new Map(Object.entries(parsed.entries ?? {})),
      new Map(Object.entries(parsed.categories ?? {})),
    );
  }
}
