import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Logger } from '../../host/log';
import { Ticket, ticketNumber } from './ticket';
import { readTicketFile, TicketFile } from './ticketFile';
import { TicketCounter } from './ticketNumbers';
import { NewTicket, TicketRecords } from './ticketRecords';

/**
 * Tickets in a lowdb file of their own (TICKETS_FILE). lowdb writes through steno: a temp file renamed over the old
 * one, so a killed process leaves the old or the new file, never half of one. Changes go one at a time through a
 * queue, each read-modify-write complete before the next starts.
 */
export class TicketStore implements TicketRecords {
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

  async all(): Promise<readonly Ticket[]> {
    return this.db.data.tickets;
  }

  async get(id: string): Promise<Ticket | undefined> {
    return this.find(id);
  }

  async byConfirmation(key: string): Promise<Ticket | undefined> {
    return this.db.data.tickets.find((ticket) => ticket.confirmationKey === key);
  }

  create(confirmationKey: string, ticket: NewTicket): Promise<{ ticket: Ticket; created: boolean }> {
    return this.change(async () => {
      const existing = this.db.data.tickets.find((ticket) => ticket.confirmationKey === confirmationKey);
      if (existing) return { ticket: existing, created: false };
      const number = this.db.data.lastNumber + 1;
      await this.counter.record(number);
      this.db.data.lastNumber = number;
      const filed: Ticket = { ...ticket, id: ticketNumber(number), confirmationKey };
      this.db.data.tickets.push(filed);
      return { ticket: filed, created: true };
    });
  }

  update(id: string, change: (ticket: Ticket) => void): Promise<Ticket | undefined> {
    return this.change(() => {
      const ticket = this.find(id);
      if (ticket) change(ticket);
      return ticket;
    });
  }

  private find(id: string): Ticket | undefined {
    return this.db.data.tickets.find((ticket) => ticket.id.toLowerCase() === id.toLowerCase());
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
