import { ContainerClient } from '@azure/storage-blob';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import { SignIn } from '../signins/signIn';
import { AnswerCache } from '../graph/sharedSignInSource';
import { readBlob } from './blobContainer';

const ANSWERS = 'graph/answers/';

/**
 * Graph's answers about settled windows, shared by every instance: a blob per question with the time it expires,
 * and a copy in memory in front. A blob that cannot be read or written is a miss, never a failed answer.
 */
export class BlobAnswerCache implements AnswerCache {
  private readonly near = new LRUCache<string, { signIns: SignIn[]; expiresAt: number }>({ max: 500 });

  constructor(
    private readonly container: ContainerClient,
    private readonly clock: () => number = Date.now,
  ) {}

  async get(key: string): Promise<SignIn[] | undefined> {
    const near = this.near.get(key);
    if (near && near.expiresAt > this.clock()) return near.signIns;
    const name = nameOf(key);
    const blob = await readBlob(this.container, name).catch(() => undefined);
    if (!blob) return undefined;
    try {
      const kept = JSON.parse(blob.text) as { signIns: SignIn[]; expiresAt: number };
      if (kept.expiresAt > this.clock()) {
        this.near.set(key, kept);
        return kept.signIns;
      }
    } catch {
      // not whole: asked again and written over
    }
    // Sign-ins are personal data: an expired answer is not left lying about.
    await this.container.deleteBlob(name, { conditions: { ifMatch: blob.etag } }).catch(() => undefined);
    return undefined;
  }

  async set(key: string, signIns: SignIn[], ttlMs: number): Promise<void> {
    const kept = { signIns, expiresAt: this.clock() + ttlMs };
    this.near.set(key, kept);
    const body = JSON.stringify(kept);
    await this.container
      .getBlockBlobClient(nameOf(key))
      .upload(body, Buffer.byteLength(body), { blobHTTPHeaders: { blobContentType: 'application/json' } })
      .catch(() => undefined);
  }
}

/** The question holds a user's object ID: the blob is named by its hash. */
function nameOf(key: string): string {
  return `${ANSWERS}${createHash('sha256').update(key).digest('hex')}.json`;
}
