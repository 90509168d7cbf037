import { readFile } from 'node:fs/promises';
import { parseJson, setAside } from '../jsonFile';
import { Logger } from '../log';
import { Ticket } from './ticket';
import { highestNumberIn, numberOf } from './ticketNumbers';

export interface TicketFile {
  lastNumber: number;
  tickets: Ticket[];
}

/**
 * The ticket file as the store starts from, and whether to write it back. A file that is not a ticket file is set
 * aside and a new one started, with `lastNumber` at or above every number the old file shows, so no number is given
 * twice.
 */
export async function readTicketFile(
  file: string,
  now: Date,
  log: Logger,
): Promise<{ data: TicketFile; changed: boolean }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { data: empty(0), changed: false };
    throw new Error(`[tickets] cannot read ${file}: ${(error as Error).message}. Check its permissions.`, {
      cause: error,
    });
  }
  let parsed: Partial<TicketFile> | null;
  try {
    parsed = parseJson(
      text,
      file,
      '[tickets]',
      'Restore tickets from it by hand.',
    ) as Partial<TicketFile> | null;
    if (!Array.isArray(parsed?.tickets) || typeof parsed.lastNumber !== 'number')
      throw new Error(`[tickets] ${file} has no "tickets" list or "lastNumber".`);
  } catch (error) {
    const aside = await setAside(file, now);
    log.error(
      { setAsideAs: aside, error: (error as Error).message },
      'the ticket file is unreadable: set it aside and started a new one; restore tickets from it by hand',
    );
    return { data: empty(highestNumberIn(text)), changed: true };
  }
  const entries: unknown[] = parsed.tickets;
  const lastNumber = entries.reduce<number>(
    (highest, entry) => Math.max(highest, numberOf((entry as { id?: unknown } | null)?.id)),
    parsed.lastNumber,
  );
  return { data: { lastNumber, tickets: entries as Ticket[] }, changed: false };
}

function empty(lastNumber: number): TicketFile {
  return { lastNumber, tickets: [] };
}
