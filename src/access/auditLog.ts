import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface AuditEntry {
  at: string;
  askedBy: string;
  target: string;
  appId?: string;
  from?: string;
  to?: string;
  shown: number;
  allowed: boolean;
}

export interface AuditSink {
  append(entry: AuditEntry): Promise<void>;
}

/** Append-only JSON lines: the bot adds entries and never edits or removes one. */
export class AuditLog implements AuditSink {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  append(entry: AuditEntry): Promise<void> {
    this.queue = this.queue.then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, `${JSON.stringify(entry)}\n`);
    });
    return this.queue;
  }
}
