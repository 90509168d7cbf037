import { MemoryStorage, StoreItems } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import { ttlClock } from '../shared/ttlClock';

export interface StateLimits {
  /** Most conversations kept; the one idle longest goes first. */
  maxConversations: number;
  /** A conversation untouched this long is forgotten. */
  idleMs: number;
}

/**
 * Conversation state in memory, bounded: at most `maxConversations` keys, each forgotten after `idleMs` without a
 * message. botbuilder's MemoryStorage keeps every conversation forever, so a bot that runs for months grows without end.
 * MemoryStorage keeps the items and their eTags; an LRU of the keys decides which go.
 */
export class BoundedMemoryStorage extends MemoryStorage {
  private readonly inUse: LRUCache<string, true>;
  private lastSweep: number;

  constructor(
    private readonly limits: StateLimits,
    private readonly clock: () => number = Date.now,
  ) {
    super();
    this.lastSweep = clock();
    this.inUse = new LRUCache<string, true>({
      max: limits.maxConversations,
      ttl: limits.idleMs,
      updateAgeOnGet: true,
      ...ttlClock(clock),
      dispose: (_value, key, reason) => {
        if (reason !== 'set') delete this.memory[key];
      },
    });
  }

  get size(): number {
    return this.inUse.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    this.sweep();
    // get() drops a key that has been idle too long, and with it the conversation.
    keys.forEach((key) => this.inUse.get(key));
    return super.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await super.write(changes);
    Object.keys(changes).forEach((key) => this.inUse.set(key, true));
  }

  async delete(keys: string[]): Promise<void> {
    await super.delete(keys);
    keys.forEach((key) => this.inUse.delete(key));
  }

  /** Idle conversations nobody asks about again are swept out now and then: purgeStale() looks at every key. */
  private sweep(): void {
    const now = this.clock();
    if (now - this.lastSweep < Math.min(this.limits.idleMs, 60_000)) return;
    this.lastSweep = now;
    this.inUse.purgeStale();
  }
}
