import { LRUCache } from 'lru-cache';
import { ttlClock } from '../shared/ttlClock';
import { DirectoryUser } from '../directory/directoryUser';

export interface Identity {
  user: DirectoryUser;
  /** IDs of the groups the person is in (directly or nested), lower case. */
  groups: string[];
}

/** Who has an object ID, with roles and groups: the directory file, or Microsoft Graph. Throws when it cannot tell. */
export interface IdentityLookup {
  person(objectId: string): Promise<Identity | undefined>;
}

/**
 * Remembers role decisions for a while (15 minutes by default) so a conversation does not cost two Graph calls per
 * message; a role removed in Entra stops counting within that time. Failures are never remembered.
 */
export class IdentityCache implements IdentityLookup {
  /** Wrapped, because lru-cache keeps no undefined: "nobody has this ID" is an answer worth keeping too. */
  private readonly entries: LRUCache<string, { person: Identity | undefined }>;

  constructor(
    private readonly inner: IdentityLookup,
    ttlMs = 15 * 60 * 1000,
    maxEntries = 10_000,
    clock: () => number = Date.now,
  ) {
    this.entries = new LRUCache({ max: maxEntries, ttl: ttlMs, ...ttlClock(clock) });
  }

  async person(objectId: string): Promise<Identity | undefined> {
    const key = objectId.toLowerCase();
    const hit = this.entries.get(key);
    if (hit) return hit.person;
    const person = await this.inner.person(objectId);
    this.entries.set(key, { person });
    return person;
  }
}
