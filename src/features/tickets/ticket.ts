import { Fact } from '../../cards/reply';
import { Fixer } from '../../catalog/catalogEntry';
import { Language } from '../../catalog/catalogTranslation';

export type DeliveryState = 'queued' | 'delivered' | 'attention' | 'local';

/** Where a ticket is on its way to the ticket system. */
export interface Delivery {
  state: DeliveryState;
  attempts: number;
  /** ISO time of the next try, while queued. */
  nextAttemptAt?: string;
  /** The ticket system's own number (INC0010001) once delivered. */
  externalId?: string;
  /** Why the last try failed: a status and short reason, never a body. */
  lastError?: string;
}

export interface TicketPerson {
  id: string;
  userPrincipalName: string;
  displayName: string;
}

/** A support ticket about one failed sign-in, with everything a support engineer needs to act without asking. */
export interface Ticket {
  /** SIGNIN-000123 */
  id: string;
  /** Conversation + draft: the same confirmation never makes two tickets. */
  confirmationKey: string;
  createdAt: string;
  raisedBy: TicketPerson;
  subject: TicketPerson;
  errorCode: number;
  title: string;
  /** The sign-in's facts as labelled values, in the language the ticket was raised in. */
  facts: Fact[];
  /** That language; tickets from before it was kept were raised in English. */
  language?: Language;
  meaning: string;
  stepsSuggested: string[];
  /** null: the answer to "did they try the steps?" said neither yes nor no (it went into the note). */
  stepsTried: boolean | null;
  note: string;
  summary: string;
  priority: 1 | 2 | 3 | 4;
  assignmentGroup: string;
  /** Several people failed with the same code within the hour. */
  incidentSuggested: boolean;
  requestId: string;
  correlationId: string;
  signInTime: string;
  status: 'open' | 'closed';
  updates: { at: string; by: string; note: string }[];
  delivery: Delivery;
}

/** Who fixes it decides the queue; urgency follows from who is blocked and whether it must always be escalated. */
export const ASSIGNMENT: Record<Fixer, { group: string; priority: 1 | 2 | 3 | 4 }> = {
  user: { group: 'Service Desk', priority: 4 },
  helpdesk: { group: 'Service Desk', priority: 3 },
  admin: { group: 'Identity and Access', priority: 2 },
  appOwner: { group: 'Application Owners', priority: 3 },
  microsoft: { group: 'Identity and Access', priority: 2 },
};

export function ticketNumber(n: number): string {
  return `SIGNIN-${String(n).padStart(6, '0')}`;
}

export const TICKET_ID = /\bSIGNIN-\d{6,}\b/i;
