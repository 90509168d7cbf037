/**
 * Lines that arrive while a write is under way go out together in the next one, so a busy bot makes one write per
 * batch rather than one per lookup, and each caller still waits until its own line is stored. A failed write fails
 * its batch only.
 */
export class AuditBatches {
  private queue: Promise<void> = Promise.resolve();
  private batch?: { lines: string[]; written: Promise<void> };

  constructor(private readonly write: (text: string) => Promise<void>) {}

  add(line: string): Promise<void> {
    if (!this.batch) {
      const lines: string[] = [];
      const written = this.queue.then(() => {
        this.batch = undefined;
        return this.write(lines.join(''));
      });
      this.queue = written.catch(() => undefined);
      this.batch = { lines, written };
    }
    this.batch.lines.push(line);
    return this.batch.written;
  }

  /** Resolves when every write asked for so far is done. */
  settled(): Promise<void> {
    return this.queue;
  }
}
