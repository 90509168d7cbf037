import path from 'node:path';
import { PROJECT_ROOT } from '../host/config';
import { SchemaCheck } from '../shared/schemaCheck';
import { CatalogCategory, CatalogEntry, Escalation, EntryKind, Fixer } from './catalogEntry';

/** An entry as stored: steps, fixer and escalation may be left to its category. */
interface StoredEntry {
  code: string;
  kind: EntryKind;
  name: string;
  category: string;
  common?: boolean;
  title: string;
  cause: string;
  userSteps?: string[];
  adminSteps?: string[];
  fixedBy?: Fixer;
  escalate?: Escalation;
  interrupt?: boolean;
  related?: string[];
  synonyms: string[];
}

interface StoredCatalog {
  categories: CatalogCategory[];
  entries: StoredEntry[];
}

export const CATALOG_SCHEMA = path.join(PROJECT_ROOT, 'data', 'catalog.schema.json');

const CATALOG = new SchemaCheck<StoredCatalog>({
  schema: CATALOG_SCHEMA,
  prefix: '[catalog]',
  hint: 'It ships with the bot: fix it, or restore it from git.',
  knownBy: 'the catalog',
  itemName: nameOf,
});

/** Reads the catalog, checks it against its JSON schema and fills each entry in from its category. */
export async function readCatalogFile(file: string): Promise<CatalogEntry[]> {
  return resolve(await CATALOG.read(file), file);
}

function resolve(data: StoredCatalog, file: string): CatalogEntry[] {
  const fail = (path: (string | number)[], problem: string): never => {
    throw CATALOG.error(file, CATALOG.at(data, path.map(String), problem));
  };
  const categories = new Map(data.categories.map((category) => [category.id, category]));
  const codes = new Set<string>();
  const entries = data.entries.map((stored, index): CatalogEntry => {
    if (codes.has(stored.code)) fail(['entries', index], 'the code appears twice');
    codes.add(stored.code);
    const category =
      categories.get(stored.category) ??
      fail(['entries', index, 'category'], `${stored.category} is not defined`);
    const handWritten = stored.userSteps !== undefined;
    return {
      ...stored,
      category,
      userSteps: stored.userSteps ?? category.userSteps,
      adminSteps: stored.adminSteps ?? category.adminSteps,
      fixedBy: stored.fixedBy ?? category.fixedBy,
      escalate: stored.escalate ?? category.escalate,
      common: stored.common ?? false,
      interrupt: stored.interrupt ?? false,
      related: stored.related ?? [],
      handWritten,
    };
  });
  entries.forEach((entry, index) => {
    const unknown = entry.related.findIndex((code) => !codes.has(code));
    if (unknown !== -1)
      fail(
        ['entries', index, 'related', unknown],
        `names ${entry.related[unknown]}, which is not in the catalog`,
      );
  });
  return entries;
}

/** "entry 12 (code 50126)", "category 3 (mfa)": the catalog's items by place and by what people search for. */
function nameOf(data: unknown, [list, index]: string[]): { name: string; depth: number } | undefined {
  const items = (data as Record<string, unknown> | null)?.[list];
  if (index === undefined || !Array.isArray(items) || !((+index) in items)) return undefined;
  const item = items[+index] as { code?: unknown; id?: unknown } | null;
  if (list === 'entries')
    return {
      name: `entry ${index}${typeof item?.code === 'string' ? ` (code ${item.code})` : ''}`,
      depth: 2,
    };
  return { name: `category ${index}${typeof item?.id === 'string' ? ` (${item.id})` : ''}`, depth: 2 };
}
