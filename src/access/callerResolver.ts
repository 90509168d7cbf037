import { Activity } from 'botbuilder';
import { DirectoryUser } from '../directory/directoryUser';
import { GraphError } from '../graph/graphError';
import { Logger } from '../host/log';
import { GUID_PATTERN, UPN_ONLY } from '../shared/patterns';
import { Caller, callerFor, StaffRules } from './caller';
import { IdentityLookup } from './identityCache';

export interface CallerResolverOptions extends StaffRules {
  /** No channel authentication: identities in activities are not verified. */
  localMode: boolean;
  /** Who a local caller that gives no identity at all is taken to be (the sample helpdesk agent by default). */
  localDefaultUpn?: string;
}

/** The only channel whose token vouches for `from.aadObjectId`: Teams fills it from the signed-in Entra account. */
const VOUCHING_CHANNEL = 'msteams';

/**
 * Who sent an activity, never a name typed in the message.
 * - With channel authentication, the Entra object ID Teams sends; on any other channel (Web Chat, Direct Line) the
 *   client writes `from` itself, so the caller is unidentified and sees no records.
 * - In local mode nothing is verified: `from.aadObjectId`, else `from.id`, cleaned of spaces and invisible characters.
 *   A UPN or object ID is that person, known to the directory or not; only an empty identity means LOCAL_DEFAULT_USER.
 * Roles come from the identity lookup (the directory file, or Graph); when it fails the caller sees no records.
 */
export class CallerResolver {
  constructor(
    private readonly identities: IdentityLookup,
    private readonly options: CallerResolverOptions,
    private readonly log?: Logger,
  ) {}

  async resolve(activity: Partial<Activity>): Promise<Caller> {
    const claimed = this.claimedId(activity);
    if (claimed === undefined) return { isStaff: false, unverified: 'unidentified' };
    try {
      const person = await this.identities.person(claimed);
      if (person) return callerFor(person.user, this.options, person.groups);
    } catch (error) {
      this.log?.warn(
        { error: (error as Error).message },
        "could not read the caller's roles; no records shown",
      );
      return { isStaff: false, unverified: error instanceof GraphError ? error.problem : 'unavailable' };
    }
    return this.options.localMode ? callerFor(stranger(claimed), this.options) : { isStaff: false };
  }

  /** The identity the activity claims, as far as this mode trusts it; undefined when it trusts none. */
  private claimedId(activity: Partial<Activity>): string | undefined {
    const objectId = clean(activity.from?.aadObjectId);
    if (!this.options.localMode)
      return activity.channelId === VOUCHING_CHANNEL && GUID_PATTERN.test(objectId) ? objectId : undefined;
    return objectId || clean(activity.from?.id) || this.options.localDefaultUpn || undefined;
  }
}

/** Spaces, zero-width and other invisible characters are never part of an identity. */
function clean(id: string | undefined): string {
  return (id ?? '').replace(/[\p{Z}\p{Cc}\p{Cf}\s]/gu, '');
}

/** A local caller the directory does not know: named as they gave themselves, with no roles. */
function stranger(id: string): DirectoryUser {
  const upn = UPN_ONLY.test(id) ? id.toLowerCase() : '';
  return {
    id: upn || id,
    userPrincipalName: upn,
    displayName: upn || id,
    givenName: '',
    surname: '',
    mail: upn,
    userType: 'member',
    accountEnabled: true,
    roles: [],
  };
}
