import { appendFile, mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AuditBatches } from './auditBatches';

/** What came of a lookup: records shown, a refusal, or a sign-in log that could not be read. */
export type AuditOutcome = 'shown' | 'refused' | 'error';

export interface AuditEntry {
  at: string;
  /** The caller's object ID (in local mode: the identity they gave). */
  askedBy: string;
  /** Whose sign-ins; "unknown" when a pasted ID could not be looked up. */
  target: string;
  appId?: string;
  from?: string;
  to?: string;
  /** How many records the search found (entries before 0.2 lack it). */
  matched?: number;
  /** How many records the caller was shown in detail. */
  shown: number;
  allowed: boolean;
  /** Entries before 0.2 lack it: read `allowed` there. */
  outcome?: AuditOutcome;
}

/** The audit target of a search across people (everyone's failures, everyone's sign-ins from one address). */
export const EVERYONE = 'everyone';

/** The outcome of any entry, old or new. */
export function outcomeOf(entry: AuditEntry): AuditOutcome {
  return entry.outcome ?? (entry.allowed ? 'shown' : 'refused');
}

export interface AuditSink {
  append(entry: AuditEntry): Promise<void>;
  /** Every entry, oldest first. */
  read(): Promise<AuditEntry[]>;
}

/** Append-only JSON lines in a file: the bot adds entries in batches and never edits or removes one. */
export class AuditLog implements AuditSink {
  private readonly batches = new AuditBatches((text) => this.write(text));
  /** The file is known to end with a whole line: this process's last write completed. */
  private endsWithNewline = false;

  constructor(private readonly file: string) {}

  append(entry: AuditEntry): Promise<void> {
    return this.batches.add(`${JSON.stringify(entry)}\n`);
  }

  /** The entries written so far; a line that is not a whole entry (a crash mid-write) is skipped, not fatal. */
  async read(): Promise<AuditEntry[]> {
    await this.batches.settled();
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new Error(`[audit] cannot read ${this.file}: ${(error as Error).message}`, { cause: error });
    }
    return entriesIn(text);
  }

  private async write(text: string): Promise<void> {
    // A line torn by a crash (or a write that failed half-way) would swallow the next entry: start a fresh line.
    const lines = this.endsWithNewline || (await endsWithNewline(this.file)) ? text : `\n${text}`;
    this.endsWithNewline = false;
    try {
      await appendFile(this.file, lines);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, lines);
    }
    this.endsWithNewline = true;
  }
}

/** The whole entries of JSON lines; a line torn by a crash is skipped, not fatal. */
export function entriesIn(text: string): AuditEntry[] {
  return text.split('\n').flatMap((line) => {
    try {
      const entry = JSON.parse(line) as AuditEntry;
      return typeof entry.at === 'string' && typeof entry.target === 'string' ? [entry] : [];
    } catch {
      return [];
    }
  });
}

/** True for a missing or empty file too: the next entry starts a line either way. */
async function endsWithNewline(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!handle) return true;
  try {
    const { size } = await handle.stat();
    if (size === 0) return true;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    await handle.close();
  }
}
