import { ContainerClient } from '@azure/storage-blob';
import { SignInBudget } from '../graph/graphParts';
import { RequestGate } from '../graph/graphClient';
import { backOff, readBlob, writeBlobIf } from './blobContainer';

const NAME = 'graph/sign-in-budget.json';

/**
 * Graph's budget for sign-in reports shared by every instance: a blob holds when the last requests started, and an
 * instance may start one only by adding its start with a write conditional on the ETag it read. When the window is
 * full it waits until the oldest start leaves it. Instances' clocks are compared, so the window has a margin.
 */
export class BlobBudget implements RequestGate {
  constructor(
    private readonly container: ContainerClient,
    private readonly budget: SignInBudget,
    private readonly clock: () => number = Date.now,
  ) {}

  async take(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const read = await readBlob(this.container, NAME);
      const now = this.clock();
      const starts = startsIn(read?.text).filter((start) => start > now - this.budget.perMs);
      if (starts.length < this.budget.requests) {
        const text = JSON.stringify({ starts: [...starts, now] });
        if (await writeBlobIf(this.container, NAME, text, read?.etag)) return;
        await backOff(attempt);
      } else {
        const wait = starts[0] + this.budget.perMs - now;
        await new Promise((resolve) => setTimeout(resolve, wait + Math.random() * 100));
      }
    }
  }
}

function startsIn(text: string | undefined): number[] {
  try {
    const starts = (JSON.parse(text ?? '{}') as { starts?: unknown }).starts;
    return Array.isArray(starts)
      ? starts.filter((start) => typeof start === 'number').sort((a, b) => a - b)
      : [];
  } catch {
    return [];
  }
}
