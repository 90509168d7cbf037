import { Reply } from '../src/cards/reply';
import { TurnAudience } from '../src/host/audience';
import { Ticket } from '../src/features/tickets/ticket';
import { NewTicket } from '../src/features/tickets/ticketRecords';
import { triedText } from '../src/features/tickets/ticketPayload';

/** The draft as a card (with "File this ticket" and "Cancel") and as text. */
export function ticketDraftReply(draft: NewTicket, key: string, to: TurnAudience): Reply {
  const t = to.texts;
  const f = t.tickets.fields;
  const facts = [
    ...draft.facts,
    { title: f.meaning, value: draft.meaning || t.unknown },
    ...(draft.stepsSuggested.length > 0
      ? [{ title: f.suggested, value: draft.stepsSuggested.join(' · ') }]
      : []),
    { title: f.tried, value: triedText(draft.stepsTried, t.tickets) },
    ...(draft.note ? [{ title: f.note, value: draft.note }] : []),
    { title: f.summary, value: draft.summary },
    { title: f.raisedBy, value: `${draft.raisedBy.displayName} (${draft.raisedBy.userPrincipalName})` },
  ];
  const routing = t.tickets.routing(draft.priority, draft.assignmentGroup, draft.incidentSuggested);
  return {
    text: [
      `**${t.tickets.draftHeading}**: ${draft.title}`,
      routing,
      facts.map((fact) => `- **${fact.title}:** ${fact.value}`).join('\n'),
    ].join('\n\n'),
    card: {
      name: 'ticket',
      data: {
        heading: t.tickets.draftHeading,
        when: routing,
        title: draft.title,
        facts,
        buttons: [
          { title: t.card.fileTicket, data: { action: 'fileTicket', draft: key } },
          { title: t.card.cancel, data: { action: 'cancel' } },
        ],
      },
    },
  };
}

/** Where a ticket is: queued, delivered (with the external number), needs attention, or kept locally. */
export function ticketState(ticket: Ticket, to: TurnAudience, short: boolean): string {
  const { delivery } = ticket;
  if (short) {
    const s = to.texts.tickets.stateShort;
    if (delivery.state === 'delivered') return s.delivered(delivery.externalId);
    return s[delivery.state];
  }
  const s = to.texts.tickets.state;
  if (delivery.state === 'delivered') return s.delivered(delivery.externalId);
  if (delivery.state === 'attention') return s.attention(delivery.lastError ?? '?');
  return s[delivery.state];
}
