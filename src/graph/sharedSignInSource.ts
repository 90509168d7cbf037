import { LRUCache } from 'lru-cache';
import { SignIn } from '../signins/signIn';
import { SignInQuery, SignInSource, SourceInfo } from '../signins/signInSource';
import { ttlClock } from '../shared/ttlClock';
import { FairLimiter } from './fairLimiter';

/** The log is still filling for the last 2 hours: a window that reaches into them is read afresh. */
const FILLING_MS = 2 * 60 * 60 * 1000;
const SETTLED_TTL_MS = 10 * 60 * 1000;

/** Where answers about settled windows are kept: in memory (one instance) or in blobs (shared by all). */
export interface AnswerCache {
  get(key: string): Promise<SignIn[] | undefined>;
  set(key: string, signIns: SignIn[], ttlMs: number): Promise<void>;
}

/** Answers kept in this process only. */
export class MemoryAnswerCache implements AnswerCache {
  private readonly kept: LRUCache<string, SignIn[]>;

  constructor(now: () => number = Date.now) {
    this.kept = new LRUCache({ max: 500, ttl: SETTLED_TTL_MS, ...ttlClock(now) });
  }

  async get(key: string): Promise<SignIn[] | undefined> {
    return this.kept.get(key);
  }

  async set(key: string, signIns: SignIn[], ttlMs: number): Promise<void> {
    this.kept.set(key, signIns, { ttl: ttlMs });
  }
}

/**
 * Graph shared by a busy helpdesk: identical questions in flight make one request, answers about windows the log has
 * finished filling are kept for 10 minutes, and every request waits its fair turn within Graph's budget.
 */
export class SharedSignInSource implements SignInSource {
  private readonly inFlight = new Map<string, Promise<SignIn[]>>();

  constructor(
    private readonly inner: SignInSource,
    private readonly limiter: FairLimiter,
    private readonly now: () => number = Date.now,
    private readonly settled: AnswerCache = new MemoryAnswerCache(now),
  ) {}

  describe(): SourceInfo {
    return this.inner.describe();
  }

  /** About how long a question asked now waits for its turn at Graph, in milliseconds. */
  expectedWaitMs(): number {
    return this.limiter.expectedWaitMs();
  }

  find(query: SignInQuery): Promise<SignIn[]> {
    const key = keyOf(query);
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const asked = this.ask(key, query).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, asked);
    return asked;
  }

  private async ask(key: string, query: SignInQuery): Promise<SignIn[]> {
    const kept = await this.settled.get(key);
    if (kept) return kept;
    const signIns = await this.limiter.run(query.userId ?? query.ipAddress ?? 'tenant', () =>
      this.inner.find(query),
    );
    if (query.to && query.to.getTime() < this.now() - FILLING_MS)
      await this.settled.set(key, signIns, SETTLED_TTL_MS);
    return signIns;
  }
}

function keyOf(query: SignInQuery): string {
  return JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));
}
