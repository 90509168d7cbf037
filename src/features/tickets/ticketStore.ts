import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Logger } from '../../host/log';
import { Ticket, ticketNumber } from './ticket';
import { readTicketFile, TicketFile } from './ticketFile';
import { TicketCounter } from './ticketNumbers';

/** A new ticket's data; the store gives it its number and confirmation record. */
export type NewTicket = Omit<Ticket, 'id' | 'confirmationKey'>;

/**
 * Tickets in a lowdb file of their own (TICKETS_FILE). lowdb writes through steno: a temp file renamed over the old
 * one, so a killed process leaves the old or the new file, never half of one. Changes go one at a time through a
 * queue, each read-modify-write complete before the next starts.
 */
export class TicketStore {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: Low<TicketFile>,
    private readonly counter: TicketCounter,
  ) {}

  static async open(file: string, now: Date, log: Logger): Promise<TicketStore> {
    await mkdir(path.dirname(file), { recursive: true });
    const { data, changed } = await readTicketFile(file, now, log);
    const counter = new TicketCounter(file);
    const counted = await counter.read();
    if (counted < data.lastNumber) await counter.record(data.lastNumber);
    const db = new Low<TicketFile>(new JSONFile(file), {
      ...data,
      lastNumber: Math.max(data.lastNumber, counted),
    });
    if (changed) await db.write();
    return new TicketStore(db, counter);
  }

  all(): readonly Ticket[] {
    return this.db.data.tickets;
  }

  get(id: string): Ticket | undefined {
    return this.db.data.tickets.find((ticket) => ticket.id.toLowerCase() === id.toLowerCase());
  }

  byConfirmation(key: string): Ticket | undefined {
    return this.db.data.tickets.find((ticket) => ticket.confirmationKey === key);
  }

  /** Files a ticket once per confirmation key: a repeated confirmation returns the ticket it made the first time. */
  create(confirmationKey: string, ticket: NewTicket): Promise<{ ticket: Ticket; created: boolean }> {
    return this.change(async () => {
      const existing = this.byConfirmation(confirmationKey);
      if (existing) return { ticket: existing, created: false };
      const number = this.db.data.lastNumber + 1;
      await this.counter.record(number);
      this.db.data.lastNumber = number;
      const filed: Ticket = { ...ticket, id: ticketNumber(number), confirmationKey };
      this.db.data.tickets.push(filed);
      return { ticket: filed, created: true };
    });
  }

  /** Changes one ticket in place and writes the file. */
  update(id: string, change: (ticket: Ticket) => void): Promise<Ticket | undefined> {
    return this.change(() => {
      const ticket = this.get(id);
      if (ticket) change(ticket);
      return ticket;
    });
  }

  private change<T>(apply: () => T | Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      const result = await apply();
      await this.db.write();
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
