import { expect } from 'chai';
import { retryWait } from '../../src/shared/retry';

const POLICY = { firstWaitMs: 1000, longestBackoffMs: 16_000, maxWaitMs: 30_000 };
const NOW = Date.parse('2026-11-23T10:00:00Z');

describe('retryWait', () => {
  const CASES: [name: string, attempt: number, header: string | null, random: number, waitMs: number][] = [
    ['the first backoff, at its lowest', 1, null, 0, 500],
    ['the first backoff, at its highest', 1, null, 1, 1000],
    ['doubling with each try', 3, null, 1, 4000],
    ['no longer than the longest backoff', 10, null, 1, 16_000],
    ['Retry-After in seconds, without jitter', 1, '7', 0, 7000],
    ['Retry-After as an HTTP date', 1, 'Mon, 23 Nov 2026 10:00:12 GMT', 0, 12_000],
    ['Retry-After in the past: at once', 1, 'Mon, 23 Nov 2026 09:00:00 GMT', 0, 0],
    ['Retry-After past the longest wait: the longest wait', 1, '3600', 0, 30_000],
    ['an unreadable Retry-After: backoff', 2, 'soon', 1, 2000],
  ];
  for (const [name, attempt, header, random, waitMs] of CASES) {
    it(`waits ${waitMs} ms: ${name}`, () => {
      expect(
        retryWait(
          attempt,
          header,
          POLICY,
          () => NOW,
          () => random,
        ),
      ).to.equal(waitMs);
    });
  }
});
