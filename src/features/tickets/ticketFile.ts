import { ErrorObject, ValidateFunction } from 'ajv';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../host/config';
import { asideName, parseJson, setAside, writeFileDurably } from '../../shared/jsonFile';
import { SchemaCheck } from '../../shared/schemaCheck';
import { Logger } from '../../host/log';
import { Ticket } from './ticket';
import { highestNumberIn, numberOf } from './ticketNumbers';

export interface TicketFile {
  lastNumber: number;
  tickets: Ticket[];
}

/** Checked entry by entry (`definition('ticket')`), so one bad entry does not condemn the whole file. */
const TICKETS = new SchemaCheck<TicketFile>({
  schema: path.join(PROJECT_ROOT, 'data', 'ticket.schema.json'),
  prefix: '[tickets]',
  hint: 'Restore tickets from it by hand.',
});

/** Tells a whole ticket from anything else, wherever tickets are kept. */
export function ticketCheck(): Promise<ValidateFunction<Ticket>> {
  return TICKETS.definition<Ticket>('ticket');
}

interface Rejected {
  /** From 1, as the entry stood in the file. */
  position: number;
  reason: string;
  entry: unknown;
}

/**
 * The ticket file as the store starts from, and whether to write it back. A file that is not a ticket file is set
 * aside and a new one started; entries that are not whole tickets go to a file of their own and the rest are kept.
 * Either way `lastNumber` stays at or above every number the old file shows, so no number is given twice.
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
  const validate = await ticketCheck();
  const tickets: Ticket[] = [];
  const rejected: Rejected[] = [];
  entries.forEach((entry, i) => {
    if (validate(entry)) tickets.push(entry);
    else rejected.push({ position: i + 1, reason: reasonOf(validate.errors![0]), entry });
  });
  if (rejected.length > 0) await setRejectedAside(file, rejected, tickets.length, now, log);
  return { data: { lastNumber, tickets }, changed: rejected.length > 0 };
}

function empty(lastNumber: number): TicketFile {
  return { lastNumber, tickets: [] };
}

/** Written before the ticket file is rewritten without them: a crash in between loses nothing. */
async function setRejectedAside(
  file: string,
  rejected: Rejected[],
  kept: number,
  now: Date,
  log: Logger,
): Promise<void> {
  const aside = asideName(file, 'rejected', now);
  const record = { from: path.basename(file), rejectedAt: now.toISOString(), entries: rejected };
  await writeFileDurably(aside, `${JSON.stringify(record, null, 2)}\n`);
  const shown = rejected.slice(0, SHOWN);
  const positions = shown.map((item) => item.position).join(', ');
  const reasons = shown.map((item) => `${item.position}: ${item.reason}`).join('; ');
  const more = rejected.length > SHOWN ? ` and ${rejected.length - SHOWN} more` : '';
  log.warn(
    { rejectedAs: aside, rejected: rejected.length, kept },
    `set aside entr${rejected.length === 1 ? 'y' : 'ies'} ${positions}${more} of ${file}: not whole tickets ` +
      `(${reasons}). Kept the other ${kept} ticket${kept === 1 ? '' : 's'}; the entries set aside are in ${aside}, ` +
      'to fix and add back by hand.',
  );
}

/** Bad entries named one by one in the log; the rest are counted. */
const SHOWN = 10;

/** '"subject" is missing', '"delivery.state" must be equal to one of the allowed values': where and what, no value. */
function reasonOf(error: ErrorObject): string {
  const field = error.instancePath.slice(1).replace(/\//g, '.');
  const missing = (error.params as { missingProperty?: string }).missingProperty;
  if (missing) return `"${field ? `${field}.` : ''}${missing}" is missing`;
  return field ? `"${field}" ${error.message}` : 'it is not an object';
}
