import { access, writeFile } from 'node:fs/promises';
import { readKnownApps } from '../apps/knownApps';
import { writeSignInFile } from '../signins/signInFile';
import { generateSampleTenant, SampleTenant } from './generator';

export interface SamplePaths {
  appsFile: string;
  signInsFile: string;
  directoryFile: string;
}

/** Writes the sample tenant's sign-ins and directory for `today`. */
export async function writeSampleTenant(
  paths: SamplePaths,
  today: Date,
): Promise<{ signIns: number; users: number }> {
  const tenant = generateSampleTenant(await readKnownApps(paths.appsFile), today);
  await writeSignInFile(paths.signInsFile, tenant.signIns);
  await writeDirectory(paths.directoryFile, tenant);
  return { signIns: tenant.signIns.signIns.length, users: tenant.directory.users.length };
}

/**
 * On first start there is no sign-in file yet: create the sample tenant so the bot has something to answer from.
 * An existing directory file is left alone (the generator's is the same as the shipped one).
 */
export async function ensureSampleTenant(paths: SamplePaths, today: Date): Promise<boolean> {
  if (await exists(paths.signInsFile)) return false;
  const tenant = generateSampleTenant(await readKnownApps(paths.appsFile), today);
  await writeSignInFile(paths.signInsFile, tenant.signIns);
  if (!(await exists(paths.directoryFile))) await writeDirectory(paths.directoryFile, tenant);
  return true;
}

async function writeDirectory(file: string, tenant: SampleTenant): Promise<void> {
  await writeFile(file, `${JSON.stringify(tenant.directory, null, 2)}\n`);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
