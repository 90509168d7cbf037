/** How long to wait between tries of a call that may succeed later (throttling, a server error, a timeout). */
export interface RetryPolicy {
  /** The first backoff; each later one doubles, up to `longestBackoffMs`. */
  firstWaitMs: number;
  longestBackoffMs: number;
  /** The longest wait of all, whatever Retry-After says. */
  maxWaitMs: number;
}

/**
 * The wait before try number `attempt + 1` (`attempt` tries have failed): the server's Retry-After when it gave one,
 * otherwise exponential backoff between half and the whole of its ceiling, so callers that failed together do not
 * come back together; never longer than `maxWaitMs`.
 */
export function retryWait(
  attempt: number,
  retryAfterHeader: string | null | undefined,
  policy: RetryPolicy,
  now: () => number = Date.now,
  random: () => number = Math.random,
): number {
  const asked = retryAfter(retryAfterHeader, now());
  const ceiling = Math.min(policy.firstWaitMs * 2 ** (attempt - 1), policy.longestBackoffMs);
  const wait = asked ?? Math.round(ceiling * (0.5 + random() / 2));
  return Math.min(wait, policy.maxWaitMs);
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from `now`; undefined when absent or unreadable. */
function retryAfter(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
