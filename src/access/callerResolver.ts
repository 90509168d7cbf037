import { Activity } from 'botbuilder';
import { GraphError } from '../graph/graphError';
import { Logger } from '../log';
import { Caller, callerFor, StaffRules } from './caller';
import { IdentityLookup } from './identityCache';

export interface CallerResolverOptions extends StaffRules {
  /** No channel authentication: identities in activities are not verified. */
  localMode: boolean;
  /** Who an unrecognised local caller is taken to be (the sample helpdesk agent by default). */
  localDefaultUpn?: string;
}

/**
 * Who sent an activity: the Entra object ID the channel gives, never a name typed in the message. Roles and groups
 * come from the identity lookup (the directory file, or Graph); when it fails, the caller is unverified and sees no
 * records ("fail closed").
 */
export class CallerResolver {
  constructor(
    private readonly identities: IdentityLookup,
    private readonly options: CallerResolverOptions,
    private readonly log?: Logger,
  ) {}

  async resolve(activity: Partial<Activity>): Promise<Caller> {
    try {
      for (const id of this.candidates(activity)) {
        const person = await this.identities.person(id);
        if (person) return callerFor(person.user, this.options, person.groups);
      }
    } catch (error) {
      this.log?.warn(
        { error: (error as Error).message },
        "could not read the caller's roles; no records shown",
      );
      return { isStaff: false, unverified: error instanceof GraphError ? error.problem : 'unavailable' };
    }
    return { isStaff: false };
  }

  /**
   * Object IDs (or UPNs) to try, in order: the channel's Entra object ID; without channel authentication also from.id
   * (the terminal chat's --as) and the local default user.
   */
  private candidates(activity: Partial<Activity>): string[] {
    const ids = [activity.from?.aadObjectId];
    if (this.options.localMode) ids.push(activity.from?.id, this.options.localDefaultUpn);
    return [...new Set(ids.filter((id): id is string => Boolean(id)))];
  }
}
