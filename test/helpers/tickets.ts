import { TicketPerson } from '../../src/features/tickets/ticket';
import { NewTicket } from '../../src/features/tickets/ticketRecords';

export const MEGAN: TicketPerson = {
  id: 'a3c1e7b2-0000-0000-0000-000000000000',
  userPrincipalName: 'megan.bowen@contoso.com',
  displayName: 'Megan Bowen',
};

/** A complete ticket as the desk drafts it, queued for the ticket system; `raisedBy` Megan unless told. */
export function aTicket(changes: Partial<NewTicket> = {}): NewTicket {
  return {
    createdAt: '2026-11-23T09:00:00.000Z',
    raisedBy: MEGAN,
    subject: MEGAN,
    errorCode: 53003,
    title: 'Sign-in failure 53003 for megan.bowen@contoso.com on Office 365 Exchange Online',
    facts: [{ title: 'Error code', value: '53003 (BlockedByConditionalAccess)' }],
    meaning: 'A Conditional Access policy blocked the sign-in.',
    stepsSuggested: ['Use the Outlook app instead of the built-in mail app.'],
    stepsTried: false,
    note: '',
    summary: 'Found 2 failed sign-ins of megan.bowen@contoso.com',
    priority: 3,
    assignmentGroup: 'Service Desk',
    incidentSuggested: false,
    requestId: '5e2c7d1a-0000-0000-0000-000000000001',
    correlationId: '9b4f0c3e-0000-0000-0000-000000000001',
    signInTime: '2026-11-22T09:17:07Z',
    status: 'open',
    updates: [],
    delivery: { state: 'queued', attempts: 0 },
    ...changes,
  };
}
