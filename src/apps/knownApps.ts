import { readJsonFile } from '../shared/jsonFile';

/** An app the bot knows by name, with the words people use for it. */
export interface KnownAppEntry {
  appId: string;
  displayName: string;
  aliases: string[];
}

export async function readKnownApps(path: string): Promise<KnownAppEntry[]> {
  const parsed = await readJsonFile(path, '[apps]', 'It ships with the bot; restore it from git.');
  const apps = (parsed as { apps?: unknown }).apps;
  if (!Array.isArray(apps)) throw new Error(`[apps] ${path} has no "apps" list.`);
  apps.forEach((app: Partial<KnownAppEntry>, index) => {
    if (typeof app.appId !== 'string' || typeof app.displayName !== 'string' || !Array.isArray(app.aliases)) {
      throw new Error(`[apps] entry ${index} of ${path} needs appId, displayName and aliases.`);
    }
  });
  return apps as KnownAppEntry[];
}
