import { readTenantApps } from '../apps/knownApps';
import { Directory } from '../directory/directory';
import { Config } from '../host/config';
import { sampleOwn } from '../sample/sampleOwn';
import { readSignInHeader } from '../signins/signInFile';
import { TenantNames, TenantOwn } from './tenantNames';

/**
 * The tenant's own directory (DIRECTORY_FILE, unless Graph names the people) and the words for its own apps
 * (TENANT_APPS_FILE), each checked against its schema. Either file may be missing: the tenant then has only the people
 * its records name, none with a role, or only its apps' names.
 */
export async function readTenantOwn(files: Config['files'], withDirectory = true): Promise<TenantOwn> {
  const [directory, apps] = await Promise.all([
    withDirectory ? unlessMissing(Directory.read(files.directory), new Directory([])) : new Directory([]),
    unlessMissing(readTenantApps(files.tenantApps), []),
  ]);
  return { directory, apps };
}

/** For the tools: the people of the tenant whose records SIGNINS_FILE holds, as the bot knows them. */
export async function peopleInUse(files: Config['files']): Promise<Directory> {
  const [tenant, records] = await Promise.all([
    readTenantOwn(files),
    readSignInHeader(files.signIns).catch(() => undefined),
  ]);
  const inUse = records && {
    kind: records.meta.kind,
    importedUsers: () => records.users ?? [],
    apps: () => [],
  };
  return new TenantNames([], sampleOwn()).people(tenant, inUse);
}

async function unlessMissing<T>(read: Promise<T>, missing: T): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (((error as Error).cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return missing;
    throw error;
  }
}
