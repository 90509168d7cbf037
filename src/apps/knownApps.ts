import path from 'node:path';
import { PROJECT_ROOT } from '../host/config';
import { SchemaCheck } from '../shared/schemaCheck';

/** An app the bot knows by name, with the words people use for it. */
export interface KnownAppEntry {
  appId: string;
  displayName: string;
  aliases: string[];
}

const APPS = new SchemaCheck<{ apps: KnownAppEntry[] }>({
  schema: path.join(PROJECT_ROOT, 'data', 'apps.schema.json'),
  prefix: '[apps]',
  hint: 'It ships with the bot: fix it, or restore it from git.',
  knownBy: 'the app list',
});

const TENANT_APPS = new SchemaCheck<{ apps: KnownAppEntry[] }>({
  ...APPS.options,
  hint: "It is the tenant's own list of app words: fix it, or remove it.",
});

/** Reads Microsoft's apps (APPS_FILE), checked against data/apps.schema.json. */
export async function readKnownApps(file: string): Promise<KnownAppEntry[]> {
  return (await APPS.read(file)).apps;
}

/** Reads the words for a tenant's own apps (TENANT_APPS_FILE), checked against the same schema. */
export async function readTenantApps(file: string): Promise<KnownAppEntry[]> {
  return (await TENANT_APPS.read(file)).apps;
}
