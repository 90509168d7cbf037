import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseJson, setAside } from '../jsonFile';
import { Logger } from '../log';
import { Ticket, ticketNumber } from './ticket';

interface TicketFile {
  lastNumber: number;
  tickets: Ticket[];
}

/** A new ticket's data; the store gives it its number and confirmation record. */
export type NewTicket = Omit<Ticket, 'id' | 'confirmationKey'>;

/**
 * Tickets in a lowdb file of their own (TICKETS_FILE). lowdb writes through steno: a temp file renamed over the old
 * one, so a killed process leaves the old or the new file, never half of one. Changes go one at a time through a
 * queue, each read-modify-write complete before the next starts.
 */
export class TicketStore {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Low<TicketFile>) {}

  static async open(file: string, now: Date, log: Logger): Promise<TicketStore> {
    await mkdir(path.dirname(file), { recursive: true });
    const db = new Low<TicketFile>(new JSONFile(file), { lastNumber: 0, tickets: [] });
    try {
      if (existsSync(file))
        db.data = parseJson(
          await readFile(file, 'utf8'),
          file,
          '[tickets]',
          'Restore tickets from it by hand.',
        ) as TicketFile;
      if (!Array.isArray(db.data?.tickets) || typeof db.data.lastNumber !== 'number')
        throw new Error(`[tickets] ${file} has no "tickets" list or "lastNumber".`);
    } catch (error) {
      if (!existsSync(file)) throw error;
      const aside = await setAside(file, now);
      log.error(
        { setAsideAs: aside, error: (error as Error).message },
        'the ticket file is unreadable: set it aside and started a new one; restore tickets from it by hand',
      );
      db.data = { lastNumber: 0, tickets: [] };
      await db.write();
    }
    return new TicketStore(db);
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
    return this.change(() => {
      const existing = this.byConfirmation(confirmationKey);
      if (existing) return { ticket: existing, created: false };
      const id = ticketNumber(++this.db.data.lastNumber);
      const filed: Ticket = { ...ticket, id, confirmationKey };
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

  private change<T>(apply: () => T): Promise<T> {
    const run = this.queue.then(async () => {
      const result = apply();
      await this.db.write();
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
