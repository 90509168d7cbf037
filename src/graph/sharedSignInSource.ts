import { LRUCache } from 'lru-cache';
import { SignIn } from '../signins/signIn';
import { SignInQuery, SignInSource, SourceInfo } from '../signins/signInSource';
import { ttlClock } from '../shared/ttlClock';
import { FairLimiter } from './fairLimiter';

/** The log is still filling for the last 2 hours: a window that reaches into them is read afresh. */
const FILLING_MS = 2 * 60 * 60 * 1000;
const SETTLED_TTL_MS = 10 * 60 * 1000;

/**
 * Graph shared by a busy helpdesk: identical questions in flight make one request, answers about windows the log has
 * finished filling are kept for 10 minutes, and every request waits its fair turn within Graph's budget.
 */
export class SharedSignInSource implements SignInSource {
  private readonly inFlight = new Map<string, Promise<SignIn[]>>();
  private readonly settled: LRUCache<string, SignIn[]>;

  constructor(
    private readonly inner: SignInSource,
    private readonly limiter: FairLimiter,
    private readonly now: () => number = Date.now,
  ) {
    this.settled = new LRUCache({ max: 500, ttl: SETTLED_TTL_MS, ...ttlClock(now) });
  }

  describe(): SourceInfo {
    return this.inner.describe();
  }

  /** About how long a question asked now waits for its turn at Graph, in milliseconds. */
  expectedWaitMs(): number {
    return this.limiter.expectedWaitMs();
  }

  find(query: SignInQuery): Promise<SignIn[]> {
    const key = keyOf(query);
    const kept = this.settled.get(key);
    if (kept) return Promise.resolve(kept);
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const asked = this.limiter
      .run(query.userId ?? query.ipAddress ?? 'tenant', () => this.inner.find(query))
      .then((signIns) => {
        if (query.to && query.to.getTime() < this.now() - FILLING_MS) this.settled.set(key, signIns);
        return signIns;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, asked);
    return asked;
  }
}

function keyOf(query: SignInQuery): string {
  return JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));
}
