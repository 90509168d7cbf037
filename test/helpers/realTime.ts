import { EventEmitter } from 'node:events';

/**
 * Waits in real time, for what a test cannot fake: another process, a socket, a file watcher. The timer functions are
 * taken when this module loads, before any test installs sinon's fake timers, so these waits keep working under them.
 */
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

/** `ms` real milliseconds, or less when `cancel` aborts first (a fake server whose client has gone). */
export function realDelay(ms: number, cancel?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      realClearTimeout(timer);
      cancel?.removeEventListener('abort', done);
      resolve();
    };
    const timer = realSetTimeout(done, ms);
    cancel?.addEventListener('abort', done, { once: true });
  });
}

/** `promise`, or a failure saying what did not happen when it has not settled within `deadlineMs` real milliseconds. */
export async function within<T>(deadlineMs: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = realSetTimeout(() => reject(new Error(`${what}: not within ${deadlineMs} ms`)), deadlineMs);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    realClearTimeout(timer);
  }
}

/**
 * Resolves once `check` holds, looking again each time `emitter` emits `event`; fails with `what()` (which can say
 * what arrived instead) when it still does not hold after `deadlineMs` real milliseconds.
 */
export function whenTrue(
  emitter: EventEmitter,
  event: string,
  check: () => boolean,
  deadlineMs: number,
  what: () => string,
): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const look = (): void => {
      if (!check()) return;
      stop();
      resolve();
    };
    const stop = (): void => {
      realClearTimeout(timer);
      emitter.off(event, look);
    };
    const timer = realSetTimeout(() => {
      stop();
      reject(new Error(`${what()} (waited ${deadlineMs} ms)`));
    }, deadlineMs);
    emitter.on(event, look);
  });
}

/**
 * Looks at `check` every `everyMs` until it holds; fails with `what` (and `detail()`, what was seen instead) when it
 * still does not after `deadlineMs`. Only for conditions nothing announces: a process coming up, a file reloaded.
 */
export async function eventually(
  what: string,
  check: () => boolean | Promise<boolean>,
  {
    deadlineMs = 10_000,
    everyMs = 10,
    detail,
  }: { deadlineMs?: number; everyMs?: number; detail?: () => string } = {},
): Promise<void> {
  const started = performance.now();
  while (!(await check())) {
    if (performance.now() - started > deadlineMs)
      throw new Error(`${what}: not within ${deadlineMs} ms${detail ? `; ${detail()}` : ''}`);
    await realDelay(everyMs);
  }
}
