import { MemoryStorage, StoreItems } from 'botbuilder';

export interface StateLimits {
  /** Most conversations kept; the one idle longest goes first. */
  maxConversations: number;
  /** A conversation untouched this long is forgotten. */
  idleMs: number;
}

/**
 * Conversation state in memory, bounded: at most `maxConversations` keys, each forgotten after `idleMs` without a
 * message. botbuilder's MemoryStorage keeps every conversation forever, so a bot that runs for months grows without end.
 */
export class BoundedMemoryStorage extends MemoryStorage {
  /** Keys in order of last use, oldest first (a Map keeps insertion order). */
  private readonly lastUsed = new Map<string, number>();

  constructor(
    private readonly limits: StateLimits,
    private readonly clock: () => number = Date.now,
  ) {
    super();
  }

  get size(): number {
    return this.lastUsed.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    this.expire();
    keys.forEach((key) => this.touch(key));
    return super.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await super.write(changes);
    Object.keys(changes).forEach((key) => this.touch(key));
    this.expire();
  }

  async delete(keys: string[]): Promise<void> {
    await super.delete(keys);
    keys.forEach((key) => this.lastUsed.delete(key));
  }

  private touch(key: string): void {
    if (!(key in this.memory)) return;
    this.lastUsed.delete(key);
    this.lastUsed.set(key, this.clock());
  }

  private expire(): void {
    const oldestAllowed = this.clock() - this.limits.idleMs;
    for (const [key, at] of this.lastUsed) {
      if (this.lastUsed.size <= this.limits.maxConversations && at >= oldestAllowed) break;
      this.lastUsed.delete(key);
      delete this.memory[key];
    }
  }
}
