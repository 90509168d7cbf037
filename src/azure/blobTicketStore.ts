import { ContainerClient } from '@azure/storage-blob';
import { createHash } from 'node:crypto';
import { Logger } from '../host/log';
import { Ticket, ticketNumber } from '../features/tickets/ticket';
import { NewTicket, TicketRecords } from '../features/tickets/ticketRecords';
import { numberOf } from '../features/tickets/ticketNumbers';
import { ticketCheck } from '../features/tickets/ticketFile';
import { BlobCounter } from './blobCounter';
import { backOff, inBatches, readBlob, writeBlobIf } from './blobContainer';

const TICKETS = 'tickets/';
const CONFIRMATIONS = 'ticket-confirmations/';
const COUNTER = 'counters/ticket-number';
/** A list of the tickets is reused this long: "my tickets" twice in a row lists the container once. */
const LISTED_FOR_MS = 2000;
const MAX_TRIES = 50;

/**
 * Tickets shared by every instance: one blob per ticket, numbers from a shared counter, and a blob per confirmation
 * that names the ticket it made. A confirmation is claimed with a create-only write before its ticket is written, so
 * the same "File this ticket" reaching two instances makes one ticket; changes are conditional on the ETag read.
 */
export class BlobTicketStore implements TicketRecords {
  private readonly counter: BlobCounter;
  /** What was read of each ticket blob, by name, with its ETag: a new list downloads only what changed. */
  private readonly known = new Map<string, { etag: string; ticket: Ticket }>();
  private listed?: { at: number; tickets: Promise<Ticket[]> };

  /** `numberedBefore`: the last ticket number given before tickets moved to blobs; numbers go on from it. */
  constructor(
    private readonly container: ContainerClient,
    private readonly log: Pick<Logger, 'warn'>,
    numberedBefore: () => Promise<number> = async () => 0,
    private readonly clock: () => number = Date.now,
  ) {
    this.counter = new BlobCounter(container, COUNTER, numberedBefore);
  }

  all(): Promise<readonly Ticket[]> {
    if (this.listed && this.clock() - this.listed.at < LISTED_FOR_MS) return this.listed.tickets;
    const tickets = this.list();
    this.listed = { at: this.clock(), tickets };
    tickets.catch(() => (this.listed = undefined));
    return tickets;
  }

  async get(id: string): Promise<Ticket | undefined> {
    if (!/^SIGNIN-\d{6,}$/i.test(id)) return undefined;
    return (await this.read(nameOf(id.toUpperCase())))?.ticket;
  }

  async byConfirmation(key: string): Promise<Ticket | undefined> {
    const claim = await readBlob(this.container, confirmationOf(key));
    return claim && this.get(idIn(claim.text));
  }

  async create(confirmationKey: string, ticket: NewTicket): Promise<{ ticket: Ticket; created: boolean }> {
    const claimed = confirmationOf(confirmationKey);
    let claim = await readBlob(this.container, claimed);
    if (!claim) {
      const text = JSON.stringify({ id: ticketNumber(await this.counter.next()) });
      // Another instance claimed it since: its number stands, this one is left unused.
      claim = (await writeBlobIf(this.container, claimed, text, undefined))
        ? { text, etag: '' }
        : await readBlob(this.container, claimed);
    }
    const id = idIn(claim!.text);
    const existing = await this.get(id);
    if (existing) return { ticket: existing, created: false };
    const filed: Ticket = { ...ticket, id, confirmationKey };
    const etag = await writeBlobIf(this.container, nameOf(id), JSON.stringify(filed), undefined);
    if (!etag) return { ticket: (await this.get(id))!, created: false };
    this.changed(nameOf(id), etag, filed);
    return { ticket: filed, created: true };
  }

  async update(id: string, change: (ticket: Ticket) => void): Promise<Ticket | undefined> {
    const name = nameOf(id.toUpperCase());
    for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
      const read = await this.read(name);
      if (!read) return undefined;
      change(read.ticket);
      const etag = await writeBlobIf(this.container, name, JSON.stringify(read.ticket), read.etag);
      if (etag) {
        this.changed(name, etag, read.ticket);
        return read.ticket;
      }
      await backOff(attempt);
    }
    throw new Error(`[tickets] ${id} kept changing under this instance; the change was not stored`);
  }

  private async list(): Promise<Ticket[]> {
    const names = new Set<string>();
    const changed: string[] = [];
    for await (const item of this.container.listBlobsFlat({ prefix: TICKETS })) {
      names.add(item.name);
      if (this.known.get(item.name)?.etag !== item.properties.etag) changed.push(item.name);
    }
    await inBatches(changed, 16, (name) => this.read(name));
    for (const name of this.known.keys()) if (!names.has(name)) this.known.delete(name);
    return [...this.known.values()]
      .map((known) => known.ticket)
      .sort((a, b) => numberOf(a.id) - numberOf(b.id));
  }

  /** A fresh copy of the ticket and its ETag; a blob that is not a ticket is logged and left out. */
  private async read(name: string): Promise<{ ticket: Ticket; etag: string } | undefined> {
    const blob = await readBlob(this.container, name);
    if (!blob) {
      this.known.delete(name);
      return undefined;
    }
    const validate = await ticketCheck();
    let ticket: unknown;
    try {
      ticket = JSON.parse(blob.text);
    } catch {
      ticket = undefined;
    }
    if (!validate(ticket)) {
      const problem = validate.errors?.[0];
      const reason = problem ? `${problem.instancePath || 'the ticket'} ${problem.message}` : 'not JSON';
      this.log.warn({ blob: name, reason }, 'left out a ticket blob that is not a whole ticket');
      return undefined;
    }
    this.remember(name, blob.etag, ticket);
    return { ticket: structuredClone(ticket), etag: blob.etag };
  }

  private remember(name: string, etag: string, ticket: Ticket): void {
    this.known.set(name, { etag, ticket: structuredClone(ticket) });
  }

  /** After this instance's own change, the next list shows it. */
  private changed(name: string, etag: string, ticket: Ticket): void {
    this.remember(name, etag, ticket);
    this.listed = undefined;
  }
}

function nameOf(id: string): string {
  return `${TICKETS}${id}.json`;
}

/** Conversation IDs can be long and hold any character: the blob is named by a hash of the key. */
function confirmationOf(key: string): string {
  return `${CONFIRMATIONS}${createHash('sha256').update(key).digest('hex')}.json`;
}

function idIn(claim: string): string {
  return (JSON.parse(claim) as { id: string }).id;
}
