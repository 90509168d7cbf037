import { DirectoryUser } from '../directory/directoryUser';

export interface Person {
  user: DirectoryUser;
  /** IDs of the groups the person is in (directly or nested), lower case. */
  groups: string[];
}

/** Who has an object ID, with roles and groups: the directory file, or Microsoft Graph. Throws when it cannot tell. */
export interface IdentityLookup {
  person(objectId: string): Promise<Person | undefined>;
}

interface Cached {
  person: Person | undefined;
  until: number;
}

/**
 * Remembers role decisions for a while (15 minutes by default) so a conversation does not cost two Graph calls per
 * message; a role removed in Entra stops counting within that time. Failures are never remembered.
 */
export class IdentityCache implements IdentityLookup {
  private readonly entries = new Map<string, Cached>();

  constructor(
    private readonly inner: IdentityLookup,
    private readonly ttlMs = 15 * 60 * 1000,
    private readonly maxEntries = 10_000,
    private readonly clock: () => number = Date.now,
  ) {}

  async person(objectId: string): Promise<Person | undefined> {
    const key = objectId.toLowerCase();
    const hit = this.entries.get(key);
    if (hit && hit.until > this.clock()) return hit.person;
    this.entries.delete(key);
    const person = await this.inner.person(objectId);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { person, until: this.clock() + this.ttlMs });
    return person;
  }
}
