import { readTenantApps } from '../apps/knownApps';
import { Directory } from '../directory/directory';
import { Config } from '../host/config';
import { TenantOwn } from './tenantNames';

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

async function unlessMissing<T>(read: Promise<T>, missing: T): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (((error as Error).cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return missing;
    throw error;
  }
}
