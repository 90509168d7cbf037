import { readFile } from 'node:fs/promises';
import { writeFileDurably } from '../../shared/jsonFile';

/** 123 for "SIGNIN-000123"; 0 for anything else. */
export function numberOf(id: unknown): number {
  const match = typeof id === 'string' ? /^SIGNIN-(\d+)$/i.exec(id) : null;
  return match ? Number(match[1]) : 0;
}

/** The highest ticket number a ticket file that cannot be parsed still shows: its lastNumber, or a ticket ID. */
export function highestNumberIn(text: string): number {
  let highest = 0;
  for (const match of text.matchAll(/"lastNumber"\s*:\s*(\d+)|"id"\s*:\s*"SIGNIN-(\d+)"/gi))
    highest = Math.max(highest, Number(match[1] ?? match[2]));
  return highest;
}

/**
 * The highest ticket number ever given, in a small file of its own next to the tickets, written (and flushed to
 * disk) before a number is used. It outlives a ticket file that is lost or set aside, so numbers and the
 * Idempotency-Keys made from them never repeat.
 */
export class TicketCounter {
  readonly file: string;

  constructor(ticketsFile: string) {
    this.file = `${ticketsFile}.last-number`;
  }

  /** 0 when there is no counter yet (or it holds no number): the ticket file says the rest. */
  async read(): Promise<number> {
    try {
      const value = Number((await readFile(this.file, 'utf8')).trim());
      return Number.isSafeInteger(value) && value > 0 ? value : 0;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw new Error(
        `[tickets] cannot read ${this.file}: ${(error as Error).message}. Check its permissions.`,
        {
          cause: error,
        },
      );
    }
  }

  record(number: number): Promise<void> {
    return writeFileDurably(this.file, `${number}\n`);
  }
}
