import { ContainerClient } from '@azure/storage-blob';
import { backOff, readBlob, writeBlobIf } from './blobContainer';

const MAX_TRIES = 100;

/**
 * A number that only goes up, shared by every instance: read with its ETag, write the next one only if nobody wrote
 * in between, else read again. Two instances asking at the same moment never get the same number.
 */
export class BlobCounter {
  /** This instance's own requests take their turn: only other instances' writes can cross one. */
  private queue: Promise<unknown> = Promise.resolve();
  private floor?: Promise<number>;

  constructor(
    private readonly container: ContainerClient,
    private readonly name: string,
    /** The last number this machine gave before there was a shared counter (0 when none): it never goes below. */
    private readonly givenBefore: () => Promise<number> = async () => 0,
  ) {}

  next(): Promise<number> {
    const next = this.queue.then(() => this.take());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async take(): Promise<number> {
    for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
      const current = await readBlob(this.container, this.name);
      this.floor ??= this.givenBefore();
      const last = Math.max(current ? Number(current.text.trim()) : 0, await this.floor);
      if (!Number.isSafeInteger(last) || last < 0)
        throw new Error(
          `[storage] the counter ${this.name} holds "${current!.text.slice(0, 20)}", not a number`,
        );
      if (await writeBlobIf(this.container, this.name, `${last + 1}\n`, current?.etag)) return last + 1;
      await backOff(attempt);
    }
    throw new Error(`[storage] ${this.name}: ${MAX_TRIES} instances' writes crossed this one; try again`);
  }
}
