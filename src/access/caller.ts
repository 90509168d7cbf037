import { DirectoryUser } from '../directory/directoryUser';
import { GraphProblem } from '../graph/graphError';
import { Person } from '../text/en';

/** Roles that may read everyone's sign-ins (the seeds' list), plus the helpdesk role this bot serves. */
export const STAFF_ROLES = [
  'Global Administrator',
  'Security Administrator',
  'Security Reader',
  'Global Reader',
  'Reports Reader',
  'Helpdesk Administrator',
];

/** The roles of the seeds that may read everyone's sign-ins; only they may also see who looked up whom. */
export const READER_ROLES = STAFF_ROLES.filter((role) => role !== 'Helpdesk Administrator');

/** How an answer names someone: "you" to the person themself, else by name. */
export function personFor(caller: Caller, userId: string, name: string): Person {
  return { name, self: caller.user?.id === userId };
}

/** Who is asking, as the channel identified them (never what they typed). */
export interface Caller {
  user?: DirectoryUser;
  isStaff: boolean;
  /**
   * No records for this caller: the directory could not say who they are (and why), or the channel vouches for
   * nobody ("unidentified": Web Chat and Direct Line write `from` themselves).
   */
  unverified?: GraphProblem | 'unidentified';
}

export interface StaffRules {
  /** HELPDESK_STAFF: UPNs or object IDs, lower case. */
  namedStaff?: string[];
  /** HELPDESK_GROUP_ID, lower case. */
  helpdeskGroupId?: string;
}

/** Staff: a reader role or Helpdesk Administrator, named in HELPDESK_STAFF, or in the HELPDESK_GROUP_ID group. */
export function callerFor(
  user: DirectoryUser | undefined,
  rules: StaffRules = {},
  groups: string[] = [],
): Caller {
  if (!user) return { isStaff: false };
  const named = rules.namedStaff ?? [];
  const isStaff =
    named.includes(user.id.toLowerCase()) ||
    named.includes(user.userPrincipalName.toLowerCase()) ||
    (rules.helpdeskGroupId !== undefined && groups.includes(rules.helpdeskGroupId)) ||
    user.roles.some((role) => STAFF_ROLES.includes(role));
  return { user, isStaff };
}
