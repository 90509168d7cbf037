import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * What a test run undoes once every test file has run, in one root `after` hook (registered when this module is first
 * imported, so it runs under `mocha --no-config <file>` too): what was shared between files is closed, temporary
 * folders are removed, and then the run fails if anything a test opened is still open.
 */
const closers: (() => Promise<void> | void)[] = [];
const checks: (() => string[])[] = [];

/** Closes something shared between test files (a bot, a fake server) when the run ends, last opened first closed. */
export function closeAtEndOfRun(close: () => Promise<void> | void): void {
  closers.push(close);
}

/** Adds a check that names what is still open when the run ends (an empty list when nothing is). */
export function checkAtEndOfRun(check: () => string[]): void {
  checks.push(check);
}

/** A new folder under the system's temporary folder, removed when the run ends. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  closeAtEndOfRun(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Handles that keep a process waiting or working: a listening server, a child process, a file watcher. */
const LEFT_OPEN = new Set(['TCPServerWrap', 'ProcessWrap', 'FSEventWrap', 'StatWatcher']);

checkAtEndOfRun(() => {
  const left = process.getActiveResourcesInfo().filter((resource) => LEFT_OPEN.has(resource));
  return left.length ? [`still open: ${left.join(', ')}`] : [];
});

after(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  // A closed server's handle goes at the end of the event loop's turn: let two turns pass before looking.
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
  const problems = checks.flatMap((check) => check());
  if (problems.length) throw new Error(`The test run did not end clean:\n${problems.join('\n')}`);
});
