import { DirectoryUser } from '../directory/directoryUser';

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

export function mayReadAudit(caller: Caller): boolean {
  return caller.user?.roles.some((role) => READER_ROLES.includes(role)) ?? false;
}

/** Who is asking, as the channel identified them (never what they typed). */
export interface Caller {
  user?: DirectoryUser;
  isStaff: boolean;
}

/** Staff: one of the reader roles or Helpdesk Administrator, or named in HELPDESK_STAFF (UPN or object ID). */
export function callerFor(user: DirectoryUser | undefined, namedStaff: string[] = []): Caller {
  if (!user) return { isStaff: false };
  const named =
    namedStaff.includes(user.id.toLowerCase()) || namedStaff.includes(user.userPrincipalName.toLowerCase());
  return { user, isStaff: named || user.roles.some((role) => STAFF_ROLES.includes(role)) };
}

export function mayRead(caller: Caller, targetUserId: string): boolean {
  return caller.isStaff || caller.user?.id === targetUserId;
}
