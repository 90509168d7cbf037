export const FIXERS = ['user', 'helpdesk', 'admin', 'appOwner', 'microsoft'] as const;
export const ESCALATIONS = ['no', 'ifPersists', 'yes'] as const;

/** One error code explained for the helpdesk, in the project's own words. */
export interface CatalogEntry {
  code: number;
  /** Microsoft's name for the code, when it has one. */
  name: string;
  /** What happened, in one line an end user understands. */
  title: string;
  cause: string;
  userSteps: string[];
  adminSteps: string[];
  fixedBy: (typeof FIXERS)[number];
  /** An interrupt is a normal step of the sign-in (MFA prompt, "stay signed in?"), not a failure. */
  interrupt: boolean;
  escalate: (typeof ESCALATIONS)[number];
  related: number[];
  synonyms: string[];
}

export function errorPageLink(code: number): string {
  return `https://login.microsoftonline.com/error?code=${code}`;
}

/** Checks one entry; the message names the entry and the field so the data file can be fixed. */
export function validateEntry(value: unknown, index: number): CatalogEntry {
  const entry = value as Partial<CatalogEntry>;
  const where = `entry ${index}${typeof entry?.code === 'number' ? ` (code ${entry.code})` : ''}`;
  const fail = (field: string, rule: string): never => {
    throw new Error(`[catalog] ${where}: "${field}" ${rule}. Fix data/catalog.json.`);
  };
  if (!entry || typeof entry !== 'object') fail('entry', 'must be an object');
  if (!Number.isInteger(entry.code) || entry.code! <= 0) fail('code', 'must be a positive whole number');
  if (typeof entry.name !== 'string') fail('name', 'must be a string (empty when Microsoft gives none)');
  for (const field of ['title', 'cause'] as const) {
    if (typeof entry[field] !== 'string' || entry[field]!.trim() === '')
      fail(field, 'must be a non-empty string');
  }
  for (const field of ['userSteps', 'adminSteps', 'synonyms'] as const) {
    const list = entry[field];
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item.trim() === '')) {
      fail(field, 'must be a list of non-empty strings');
    }
  }
  if (entry.userSteps!.length + entry.adminSteps!.length === 0)
    fail('userSteps', 'and adminSteps cannot both be empty');
  if (!FIXERS.includes(entry.fixedBy!)) fail('fixedBy', `must be one of ${FIXERS.join(', ')}`);
  if (!ESCALATIONS.includes(entry.escalate!)) fail('escalate', `must be one of ${ESCALATIONS.join(', ')}`);
  if (typeof entry.interrupt !== 'boolean') fail('interrupt', 'must be true or false');
  if (!Array.isArray(entry.related) || entry.related.some((code) => !Number.isInteger(code))) {
    fail('related', 'must be a list of error codes');
  }
  return entry as CatalogEntry;
}
