import { Activity } from 'botbuilder';
import { Directory } from '../directory/directory';
import { Caller, callerFor } from './caller';

export interface CallerResolverOptions {
  /** No channel authentication: identities in activities are not verified. */
  localMode: boolean;
  /** Who an unrecognised local caller is taken to be (the sample helpdesk agent by default). */
  localDefaultUpn?: string;
  /** HELPDESK_STAFF: UPNs or object IDs, lower case. */
  namedStaff?: string[];
}

/** Who sent an activity: the Entra object ID the channel gives, never a name typed in the message. */
export class CallerResolver {
  constructor(
    private readonly directory: Directory,
    private readonly options: CallerResolverOptions,
  ) {}

  resolve(activity: Partial<Activity>): Caller {
    const staff = this.options.namedStaff ?? [];
    const from = activity.from;
    const byObjectId = from?.aadObjectId ? this.directory.findById(from.aadObjectId) : undefined;
    if (byObjectId || !this.options.localMode) return callerFor(byObjectId, staff);
    const byId = from?.id
      ? (this.directory.findById(from.id) ?? this.directory.findByUpn(from.id))
      : undefined;
    if (byId) return callerFor(byId, staff);
    const fallback = this.options.localDefaultUpn
      ? this.directory.findByUpn(this.options.localDefaultUpn)
      : undefined;
    return callerFor(fallback, staff);
  }
}
