import Ajv, { ErrorObject } from 'ajv';
import path from 'node:path';
import { PROJECT_ROOT } from '../host/config';
import { readJsonFile } from '../shared/jsonFile';
import { CatalogCategory, CatalogEntry, Escalation, EntryKind, Fixer } from './catalogEntry';

/** An entry as stored: steps, fixer and escalation may be left to its category. */
interface StoredEntry {
  code: string;
  kind: EntryKind;
  name: string;
  category: string;
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
const HINT = 'It ships with the bot; restore it from git.';

/** Reads the catalog, checks it against its JSON schema and fills each entry in from its category. */
export async function readCatalogFile(file: string): Promise<CatalogEntry[]> {
  const schema = (await readJsonFile(CATALOG_SCHEMA, '[catalog]', HINT)) as object;
  const data = await readJsonFile(file, '[catalog]', HINT);
  const validate = new Ajv({ allErrors: false }).compile<StoredCatalog>(schema);
  if (!validate(data)) throw new Error(`[catalog] ${describe(validate.errors![0], data)}. Fix ${file}.`);
  return resolve(data, file);
}

function resolve(data: StoredCatalog, file: string): CatalogEntry[] {
  const fail = (where: string, problem: string): never => {
    throw new Error(`[catalog] ${where}: ${problem}. Fix ${file}.`);
  };
  const categories = new Map(data.categories.map((category) => [category.id, category]));
  const codes = new Set<string>();
  const entries = data.entries.map((stored, index): CatalogEntry => {
    const where = `entry ${index} (code ${stored.code})`;
    if (codes.has(stored.code)) fail(where, 'the code appears twice');
    codes.add(stored.code);
    const category =
      categories.get(stored.category) ?? fail(where, `"category" ${stored.category} is not defined`);
    const handWritten = stored.userSteps !== undefined;
    return {
      ...stored,
      category,
      userSteps: stored.userSteps ?? category.userSteps,
      adminSteps: stored.adminSteps ?? category.adminSteps,
      fixedBy: stored.fixedBy ?? category.fixedBy,
      escalate: stored.escalate ?? category.escalate,
      interrupt: stored.interrupt ?? false,
      related: stored.related ?? [],
      handWritten,
    };
  });
  entries.forEach((entry, index) => {
    const unknown = entry.related.find((code) => !codes.has(code));
    if (unknown)
      fail(`entry ${index} (code ${entry.code})`, `"related" names ${unknown}, which is not in the catalog`);
  });
  return entries;
}

const RULES: Record<string, string> = {
  required: 'is missing',
  additionalProperties: 'is not a field the catalog knows',
};

/** "entry 12 (code 50126): "title" must not be empty", from the first schema error. */
function describe(error: ErrorObject, data: unknown): string {
  const [list, index, field] = error.instancePath.split('/').slice(1);
  const item =
    index === undefined ? undefined : (data as Record<string, Record<string, unknown>[]>)[list][+index];
  const where =
    item === undefined
      ? 'the file'
      : list === 'entries'
        ? `entry ${index}${typeof item.code === 'string' ? ` (code ${item.code})` : ''}`
        : `category ${index}${typeof item.id === 'string' ? ` (${item.id})` : ''}`;
  const property =
    (error.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ??
    (error.params as { additionalProperty?: string }).additionalProperty ??
    field;
  const rule =
    RULES[error.keyword] ??
    (error.keyword === 'pattern' && error.schemaPath.includes('text') ? 'must not be empty' : error.message);
  const allowed =
    error.keyword === 'enum'
      ? `: ${(error.params as { allowedValues: string[] }).allowedValues.join(', ')}`
      : '';
  return `${where}: ${property ? `"${property}" ` : ''}${rule}${allowed}`;
}
