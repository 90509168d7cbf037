import { Ticket } from './ticket';

/** A new ticket's data; the store gives it its number and confirmation record. */
export type NewTicket = Omit<Ticket, 'id' | 'confirmationKey'>;

/** Where tickets are kept: a file on one machine (TicketStore) or blobs shared by every instance (BlobTicketStore). */
export interface TicketRecords {
  /** Every ticket, oldest first. */
  all(): Promise<readonly Ticket[]>;
  get(id: string): Promise<Ticket | undefined>;
  byConfirmation(key: string): Promise<Ticket | undefined>;
  /** Files a ticket once per confirmation key: a repeated confirmation returns the ticket it made the first time. */
  create(confirmationKey: string, ticket: NewTicket): Promise<{ ticket: Ticket; created: boolean }>;
  /** Changes one ticket and stores it; undefined when there is no such ticket. */
  update(id: string, change: (ticket: Ticket) => void): Promise<Ticket | undefined>;
}
