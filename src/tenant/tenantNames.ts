import { AppRef, AppResolver } from '../apps/appResolver';
import { KnownAppEntry } from '../apps/knownApps';
import { Directory } from '../directory/directory';
import { UserResolver } from '../directory/userResolver';
import { ImportedUser } from '../signins/signInFile';

/** A tenant's own people and the words for its own apps. */
export interface TenantOwn {
  directory: Directory;
  apps: KnownAppEntry[];
}

/** The sign-in records in use, as far as names go (LiveSignInStore). */
export interface RecordsInUse {
  /** `sample`: the embedded sample tenant's records; `import`: a real tenant's. */
  readonly kind: 'sample' | 'import';
  /** The people the records name. */
  importedUsers(): ImportedUser[];
  /** The apps the records name. */
  apps(): AppRef[];
}

/**
 * Whom and which apps the bot knows for the records in use. Microsoft's own apps are known with every tenant. While
 * the records are the sample tenant's, the sample's own people and apps are known and nothing of the real tenant's;
 * otherwise the tenant's own directory and app words, plus the people and apps its records name, and nothing of the
 * sample's. With no records (Graph), it is the tenant's.
 */
export class TenantNames {
  constructor(
    private readonly microsoftApps: KnownAppEntry[],
    private readonly sample: TenantOwn,
  ) {}

  /** The people: the directory of the tenant in use plus those only its records name. */
  people(tenant: TenantOwn, records?: RecordsInUse): Directory {
    return this.own(tenant, records).directory.including(records?.importedUsers() ?? []);
  }

  /** The resolvers for people and apps named in a message. */
  names(tenant: TenantOwn, records?: RecordsInUse): { users: UserResolver; apps: AppResolver } {
    return {
      users: new UserResolver(this.people(tenant, records)),
      apps: new AppResolver(this.knownApps(tenant, records), records?.apps() ?? []),
    };
  }

  /** Microsoft's apps and the tenant's own, with the words people use for them. */
  knownApps(tenant: TenantOwn, records?: RecordsInUse): KnownAppEntry[] {
    return [...this.microsoftApps, ...this.own(tenant, records).apps];
  }

  private own(tenant: TenantOwn, records?: RecordsInUse): TenantOwn {
    return records?.kind === 'sample' ? this.sample : tenant;
  }
}
