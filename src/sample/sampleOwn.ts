import { Directory } from '../directory/directory';
import { TenantOwn } from '../tenant/tenantNames';
import { sampleDirectory } from './generator';
import { SAMPLE_APPS } from './sampleApps';

/** The sample tenant's own people and apps: whom and what the bot knows while the sign-in store holds the sample. */
export function sampleOwn(): TenantOwn {
  return { directory: new Directory(sampleDirectory().users), apps: SAMPLE_APPS };
}
