import { textsFor } from '../../text/texts';
import { Ticket } from './ticket';

export type TicketFormat = 'json' | 'servicenow';

/** ServiceNow urgency and impact: 1 high, 2 medium, 3 low. */
const SERVICENOW_LEVEL: Record<Ticket['priority'], { urgency: string; impact: string }> = {
  1: { urgency: '1', impact: '1' },
  2: { urgency: '2', impact: '2' },
  3: { urgency: '2', impact: '3' },
  4: { urgency: '3', impact: '3' },
};

/** The body POSTed to TICKET_WEBHOOK_URL: the ticket as it is, or a ServiceNow Table API incident record. */
export function ticketPayload(ticket: Ticket, format: TicketFormat): object {
  if (format === 'json') {
    const body: Partial<Ticket> & { source: string } = { ...ticket, source: 'signin-helpdesk-bot' };
    delete body.confirmationKey;
    delete body.delivery;
    return body;
  }
  return {
    short_description: ticket.title,
    description: describe(ticket),
    caller_id: ticket.subject.userPrincipalName,
    category: 'inquiry',
    subcategory: 'Sign-in failure',
    ...SERVICENOW_LEVEL[ticket.priority],
    assignment_group: ticket.assignmentGroup,
    correlation_id: ticket.id,
    correlation_display: 'signin-helpdesk-bot',
  };
}

/** The ticket as plain text, for ticket systems that take one description field. */
/** "yes", "no" or "not said", in the ticket's words. */
export function triedText(tried: boolean | null, t: { yes: string; no: string; notSaid: string }): string {
  return (tried === null ? t.notSaid : tried ? t.yes : t.no).toLowerCase();
}

export function describe(ticket: Ticket): string {
  const t = textsFor(ticket.language ?? 'en').tickets;
  const f = t.fields;
  const raisedBy = `${ticket.raisedBy.displayName} <${ticket.raisedBy.userPrincipalName}>`;
  return [
    ticket.title,
    '',
    ...ticket.facts.map((fact) => `${fact.title}: ${fact.value}`),
    '',
    `${f.meaning}: ${ticket.meaning}`,
    `${f.suggested}:\n${ticket.stepsSuggested.map((step) => `- ${step}`).join('\n')}`,
    `${f.tried}: ${triedText(ticket.stepsTried, t)}`,
    ...(ticket.note ? [`${f.note}: ${ticket.note}`] : []),
    `${f.summary}: ${ticket.summary}`,
    ...(ticket.incidentSuggested ? [t.incidentLine] : []),
    `${f.raisedBy}: ${t.raisedVia(raisedBy, ticket.id)}`,
  ].join('\n');
}
