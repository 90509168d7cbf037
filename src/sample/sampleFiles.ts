import { access } from 'node:fs/promises';
import { readKnownApps } from '../apps/knownApps';
import { writeSignInFile } from '../signins/signInFile';
import { generateSampleTenant } from './generator';

export interface SamplePaths {
  /** Microsoft's apps (data/apps.json); the sample's own come with it. */
  appsFile: string;
  signInsFile: string;
}

/**
 * Writes the sample tenant's sign-ins for `today`. Its people and its own apps come with it (src/sample/) and are
 * known while the store holds it; the tenant's own directory and app files are left alone.
 */
export async function writeSampleTenant(
  paths: SamplePaths,
  today: Date,
): Promise<{ signIns: number; users: number }> {
  const tenant = generateSampleTenant(await readKnownApps(paths.appsFile), today);
  await writeSignInFile(paths.signInsFile, tenant.signIns);
  return { signIns: tenant.signIns.signIns.length, users: tenant.directory.users.length };
}

/** On first start there is no sign-in file yet: create the sample tenant so the bot has something to answer from. */
export async function ensureSampleTenant(paths: SamplePaths, today: Date): Promise<boolean> {
  if (await exists(paths.signInsFile)) return false;
  await writeSampleTenant(paths, today);
  return true;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
