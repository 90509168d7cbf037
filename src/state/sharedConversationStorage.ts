import { Storage, StoreItems } from 'botbuilder';
import { LRUCache } from 'lru-cache';

/** Another instance changed the conversation's state during this turn; this turn's changes were not stored. */
export class StateConflict extends Error {
  constructor(cause: unknown) {
    super('[state] another instance changed this conversation during the turn; its state was kept', {
      cause,
    });
  }
}

/**
 * Conversation state in storage that several instances share (BlobsStorage), under `conversations/`. botbuilder's
 * BotState writes with eTag "*" (last writer wins); this puts back the ETag the turn read, so a turn whose
 * conversation another instance changed meanwhile fails with StateConflict instead of overwriting it.
 */
export class SharedConversationStorage implements Storage {
  /** The ETag each conversation had when this instance last read it. */
  private readonly readETags = new LRUCache<string, string>({ max: 100_000 });

  constructor(private readonly inner: Storage) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.inner.read(keys.map(prefixed));
    const found: StoreItems = {};
    for (const key of keys) {
      const item = items[prefixed(key)] as { eTag?: string } | undefined;
      if (item?.eTag) this.readETags.set(key, item.eTag);
      else this.readETags.delete(key);
      if (item) found[key] = item;
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    const written: StoreItems = {};
    for (const [key, item] of Object.entries(changes)) {
      const eTag = (item as { eTag?: string }).eTag;
      written[prefixed(key)] = { ...item, eTag: eTag === '*' ? (this.readETags.get(key) ?? '*') : eTag };
    }
    try {
      await this.inner.write(written);
    } catch (error) {
      if (/eTag conflict/i.test((error as Error).message)) throw new StateConflict(error);
      throw error;
    } finally {
      // Written (or refused): the next turn reads the ETag afresh.
      Object.keys(changes).forEach((key) => this.readETags.delete(key));
    }
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys.map(prefixed));
  }
}

function prefixed(key: string): string {
  return `conversations/${key}`;
}
