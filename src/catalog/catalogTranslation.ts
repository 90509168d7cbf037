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

/** A category in Dutch: its label, and the steps the codes without steps of their own share, step for step. */
export interface CategoryText {
  label: string;
  userSteps: string[];
  adminSteps: string[];
}

interface TranslationFile {
  categories?: Record<string, CategoryText>;
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
    private readonly categories: Map<string, CategoryText>,
  ) {}

  static none(): CatalogTranslation {
    return new CatalogTranslation(new Map(), new Map());
  }

  apply(entry: CatalogEntry): CatalogEntry {
    const text = this.entries.get(entry.code);
    const category = this.categories.get(entry.category.id);
    if (!text && !category) return entry;
    // A code without steps of its own shows its category's, in Dutch too.
    const shared = entry.handWritten ? undefined : category;
    return {
      ...entry,
      name: text?.name ?? entry.name,
      title: text?.title ?? entry.title,
      cause: text?.cause ?? entry.cause,
      userSteps: text?.userSteps ?? shared?.userSteps ?? entry.userSteps,
      adminSteps: text?.adminSteps ?? shared?.adminSteps ?? entry.adminSteps,
      category: category ? { ...entry.category, label: category.label } : entry.category,
    };
  }

  /** The Dutch words of an entry as written, for the search index; undefined where it has none. */
  textOf(code: string): EntryText | undefined {
    return this.entries.get(code);
  }

  categoryLabel(id: string): string | undefined {
    return this.categories.get(id)?.label;
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
    for (const [id, category] of Object.entries(parsed.categories ?? {})) {
      const english = known.find((entry) => entry.category.id === id)!.category;
      for (const steps of ['userSteps', 'adminSteps'] as const)
        if (category[steps].length !== english[steps].length)
          throw TRANSLATION.error(
            file,
            TRANSLATION.at(
              parsed,
              ['categories', id, steps],
              `must have ${english[steps].length} steps, one for each English step`,
            ),
          );
    }
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
