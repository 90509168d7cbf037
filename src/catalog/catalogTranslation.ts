import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../host/config';
import { SchemaCheck } from '../shared/schemaCheck';
import { CatalogEntry } from './catalogEntry';

export type Language = 'en' | 'nl';

/** An entry in Dutch: steps only where the English entry has its own, and the words Dutch speakers use for it. */
export interface EntryText {
  /** MFA results and details only: Microsoft's English name in Dutch. */
  name?: string;
  title?: string;
  cause?: string;
  userSteps?: string[];
  adminSteps?: string[];
  synonyms?: string[];
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
      name: text?.name ?? entry.name,
      title: text?.title ?? entry.title,
      cause: text?.cause ?? entry.cause,
      userSteps: text?.userSteps ?? entry.userSteps,
      adminSteps: text?.adminSteps ?? entry.adminSteps,
      category: label ? { ...entry.category, label } : entry.category,
    };
  }

  /** The Dutch words of an entry as written, for the search index; undefined where it has none. */
  textOf(code: string): EntryText | undefined {
    return this.entries.get(code);
  }

  categoryLabel(id: string): string | undefined {
    return this.categories.get(id);
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
    for (const entry of known) {
      const text = parsed.entries?.[entry.code];
      if (!text) continue;
      if (text.name !== undefined && entry.kind === 'aadsts')
        throw TRANSLATION.error(
          file,
          TRANSLATION.at(
            parsed,
            ['entries', entry.code, 'name'],
            'must be left out: AADSTS codes have no name',
          ),
        );
      for (const steps of ['userSteps', 'adminSteps'] as const) {
        const problem = stepsProblem(entry, text, steps);
        if (problem)
          throw TRANSLATION.error(file, TRANSLATION.at(parsed, ['entries', entry.code, steps], problem));
      }
    }
    return new CatalogTranslation(
      new Map(Object.entries(parsed.entries ?? {})),
      new Map(Object.entries(parsed.categories ?? {})),
    );
  }
}

/** Steps are translated where the English entry has its own, step for step; others share their category's. */
function stepsProblem(
  entry: CatalogEntry,
  text: EntryText,
  steps: 'userSteps' | 'adminSteps',
): string | undefined {
  const translated = text[steps];
  if (text.title === undefined)
    return translated ? 'must be left out: an entry without a title only holds phrasings' : undefined;
  if (!entry.handWritten)
    return translated ? "must be left out: this code shares its category's steps" : undefined;
  if (!translated) return `is missing: the English entry has ${entry[steps].length} of its own`;
  return translated.length === entry[steps].length
    ? undefined
    : `has ${translated.length} steps where the English entry has ${entry[steps].length}`;
}
