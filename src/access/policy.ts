import { Intent } from '../understanding/intent';
import { Caller, READER_ROLES } from './caller';

/** Everything the bot can be asked that touches someone's personal data. */
export type Action = 'readSignIns' | 'readAudit' | 'seeTicket' | 'listOpenTickets' | 'seeAdminSteps';

/**
 * Why the answer is no, as the text key the caller hears. A refusal depends on who asks and what they ask, never on
 * whether the person asked about exists: "notAllowed" for a colleague and for a stranger alike.
 */
export type Refusal =
  'callerUnverified' | 'notAllowed' | 'auditOnlyReaders' | 'ticketNotFound' | 'openOnlyStaff';

export type Decision = { allowed: true } | { allowed: false; refusal: Refusal };

/** Whose data an action is about: the person whose sign-ins or audit trail, or the people on a ticket. */
export interface Target {
  userIds: string[];
}

const ALLOWED: Decision = { allowed: true };
const refuse = (refusal: Refusal): Decision => ({ allowed: false, refusal });

/**
 * Every access decision of the bot, in one place. Staff (the seeds' reader roles, Helpdesk Administrator,
 * HELPDESK_STAFF and HELPDESK_GROUP_ID) read everyone's sign-ins and tickets; only the seeds' reader roles see the
 * audit trail; everyone else sees their own sign-ins and the tickets they raised or that are about them. A caller the
 * directory could not identify sees no personal data at all.
 */
export function decide(caller: Caller, action: Action, target: Target = { userIds: [] }): Decision {
  if (caller.unverified) return refuse('callerUnverified');
  const self = caller.user?.id;
  const isSelf = self !== undefined && target.userIds.includes(self);
  switch (action) {
    case 'readSignIns':
      return caller.isStaff || isSelf ? ALLOWED : refuse('notAllowed');
    case 'readAudit':
      return isReader(caller) ? ALLOWED : refuse('auditOnlyReaders');
    case 'seeTicket':
      return caller.isStaff || isSelf ? ALLOWED : refuse('ticketNotFound');
    case 'listOpenTickets':
      return caller.isStaff ? ALLOWED : refuse('openOnlyStaff');
    case 'seeAdminSteps':
      return caller.isStaff ? ALLOWED : refuse('notAllowed');
  }
}

/** Shorthand for the yes/no questions. */
export function may(caller: Caller, action: Action, ...userIds: string[]): boolean {
  return decide(caller, action, { userIds }).allowed;
}

function isReader(caller: Caller): boolean {
  return caller.user?.roles.some((role) => READER_ROLES.includes(role)) ?? false;
}

/** What may be answered where everyone in a group chat or channel reads it: nothing about any person. */
const ANSWERED_IN_GROUP: ReadonlySet<Intent['type']> = new Set([
  'greeting',
  'help',
  'thanks',
  'askCode',
  'askIds',
  'answer',
  'cancel',
  'explain',
  'unknown',
]);

/**
 * In a group chat or channel, anything that can show personal data (sign-in records, tickets, the audit trail, even
 * the apps someone used) goes to the asker alone in a 1:1 chat; error-code explanations and help are answered in place.
 */
export function answersInGroup(intent: Intent['type']): boolean {
  return ANSWERED_IN_GROUP.has(intent);
}
