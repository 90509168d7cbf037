import { DateTime } from 'luxon';
import { TurnAudience } from '../src/host/audience';
import { TicketDesk } from '../src/features/tickets/ticketDesk';
import { Ticket } from '../src/features/tickets/ticket';
import { Intent } from '../src/understanding/intent';
import { ticketState } from './ticketReplies';

type TicketIntent = Extract<Intent, { type: 'fileTicket' | 'myTickets' | 'openTickets' | 'ticketStatus' }>;

/** "my tickets", "open tickets", "ticket SIGNIN-000123", and a "File this ticket" press after the draft has closed. */
export class TicketQuestions {
  constructor(private readonly tickets: Pick<TicketDesk, 'byConfirmation' | 'get' | 'mine' | 'open'>) {}

  async answer(intent: TicketIntent, conversationId: string, to: TurnAudience): Promise<string> {
    const t = to.texts.tickets;
    const desk = this.tickets;
    switch (intent.type) {
      case 'fileTicket': {
        const filed = await desk.byConfirmation(`${conversationId}:${intent.draft}`);
        const ticket = filed && (await desk.get(filed.id, to.caller));
        return ticket ? t.alreadyFiled(ticket.id, ticketState(ticket, to, false)) : t.draftGone;
      }
      case 'myTickets':
        return this.list(t.mine, await desk.mine(to.caller), to);
      case 'openTickets': {
        const open = await desk.open(to.caller);
        return open ? this.list(t.open, open, to) : t.openOnlyStaff;
      }
      case 'ticketStatus': {
        const ticket = await desk.get(intent.id, to.caller);
        if (!ticket) return t.notFound(intent.id);
        // The note filed with the ticket first, then each added one, at the reader's local time.
        const at = (iso: string): string => localMoment(iso, to);
        const notes = [
          ...(ticket.note ? [`- ${at(ticket.createdAt)} ${ticket.note}`] : []),
          ...ticket.updates.map((update) => `- ${at(update.at)} ${update.note}`),
        ];
        return [
          t.detail(
            ticket.id,
            ticket.title,
            ticketState(ticket, to, false),
            ticket.assignmentGroup,
            ticket.priority,
          ),
          ...(notes.length > 0 ? [notes.join('\n')] : []),
        ].join('\n\n');
      }
    }
  }

  private list(heading: string, tickets: Ticket[], to: TurnAudience): string {
    const t = to.texts.tickets;
    if (tickets.length === 0) return t.none;
    const rows = [...tickets]
      .reverse()
      .slice(0, 10)
      .map((ticket) =>
        t.row(
          ticket.id,
          ticket.subject.displayName,
          ticket.errorCode,
          ticketState(ticket, to, true),
          localMoment(ticket.createdAt, to),
        ),
      );
    return `${heading}\n\n${rows.map((row) => `- ${row}`).join('\n')}`;
  }
}

/** "30 Nov 20:12" in the reader's time zone and language. */
function localMoment(iso: string, to: TurnAudience): string {
  return DateTime.fromISO(iso, { zone: to.timeZone }).setLocale(to.texts.dateLocale).toFormat('d LLL HH:mm');
}
