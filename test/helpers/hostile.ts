import { gzipSync } from 'node:zlib';

export const APP_ID = '2c1b0a99-8877-4665-9443-322110fedcba';
export const SERVICE_URL = 'http://127.0.0.1:9/unused';

/** A message as a channel posts it, answered in the HTTP response; `patch` replaces fields, undefined removes them. */
export function activityJson(patch: Record<string, unknown> = {}): string {
  return JSON.stringify({
    type: 'message',
    id: 'hostile-1',
    text: 'what does 50126 mean?',
    from: { id: 'hanna.hoek@contoso.com', name: 'Hanna' },
    recipient: { id: 'bot' },
    conversation: { id: 'hostile' },
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    deliveryMode: 'expectReplies',
    ...patch,
  });
}

/** `mib` MiB of zeros in about 1 KB each: one small gzip member repeated, which gunzip inflates one after another. */
export function gzipBomb(mib: number): Buffer {
  const member = gzipSync(Buffer.alloc(2 ** 20));
  return Buffer.concat(Array.from({ length: mib }, () => member));
}

/** The highest resident set size seen while `work` runs, sampled every few milliseconds. */
export async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; growthMiB: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMiB: (peak - before) / 2 ** 20 };
  } finally {
    clearInterval(sampler);
  }
}
