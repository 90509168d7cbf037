import { ContainerClient, RestError } from '@azure/storage-blob';
import { AuditBatches } from '../access/auditBatches';
import { AuditEntry, AuditSink, entriesIn } from '../access/auditLog';
import { inBatches, readBlob } from './blobContainer';

const AUDIT = 'audit/';

/**
 * The audit trail in append blobs, one per UTC day (audit/2026-11-30/000.jsonl). Each batch of entries is one block:
 * Azure appends a block whole or not at all, so a crash tears no line, and instances appending at the same moment
 * never interleave inside one. A blob that reaches Azure's 50,000 blocks goes on in the next part (001, …).
 */
export class BlobAuditLog implements AuditSink {
  private readonly batches = new AuditBatches((text) => this.write(text));
  private day = '';
  private part = 0;
  private created?: string;

  constructor(
    private readonly container: ContainerClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  append(entry: AuditEntry): Promise<void> {
    return this.batches.add(`${JSON.stringify(entry)}\n`);
  }

  async read(): Promise<AuditEntry[]> {
    await this.batches.settled();
    const names: string[] = [];
    for await (const item of this.container.listBlobsFlat({ prefix: AUDIT })) names.push(item.name);
    // A year of days is 365 blobs: read 16 at a time, not all at once.
    const texts = await inBatches(names.sort(), 16, (name) => readBlob(this.container, name));
    return texts.flatMap((blob) => (blob ? entriesIn(blob.text) : []));
  }

  private async write(text: string): Promise<void> {
    // A block starts on a line of its own, whatever anyone else appended before it.
    const body = Buffer.from(`\n${text}`, 'utf8');
    const day = this.now().toISOString().slice(0, 10);
    if (day !== this.day) [this.day, this.part] = [day, 0];
    for (let recreated = false; ;) {
      const name = `${AUDIT}${day}/${String(this.part).padStart(3, '0')}.jsonl`;
      const blob = this.container.getAppendBlobClient(name);
      if (this.created !== name) {
        await blob.createIfNotExists({ blobHTTPHeaders: { blobContentType: 'application/x-ndjson' } });
        this.created = name;
      }
      try {
        await blob.appendBlock(body, body.length);
        return;
      } catch (error) {
        const code = error instanceof RestError ? error.code : undefined;
        if (code === 'BlockCountExceedsLimit') this.part++;
        // Removed since this instance created it (a retention clean-up, say): create it again, once.
        else if (code === 'BlobNotFound' && !recreated) [this.created, recreated] = [undefined, true];
        else throw error;
      }
    }
  }
}
