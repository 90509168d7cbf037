import { FileHandle, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { jsonBreak } from './jsonPosition';

/** What to do when a trained model (data/model/) cannot be read. */
export const MODEL_HINT = 'Hint: run `npm run train`.';

/** Reads a JSON data file; on failure the message carries the module's prefix and what to do about it. */
export async function readJsonFile(path: string, prefix: string, hint: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`${prefix} cannot read ${path}: ${(error as Error).message}. ${hint}`, { cause: error });
  }
  return parseJson(text, path, prefix, hint);
}

/**
 * Parses a data file's text (or its line `firstLine` on): text that is not JSON fails naming the file and where it
 * breaks, never its content.
 */
export function parseJson(text: string, path: string, prefix: string, hint: string, firstLine = 1): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not passed on as the cause: the parser's message quotes the file, which may hold names and addresses.
    throw new Error(`${prefix} ${path} is not valid JSON: ${whereJsonBreaks(text, firstLine)}. ${hint}`);
  }
}

/** "it breaks at line 3, column 80", "it ends too soon, at line 9, column 1" or "it is empty". */
export function whereJsonBreaks(text: string, firstLine = 1): string {
  if (text.trim() === '') return 'it is empty';
  const at = jsonBreak(text, firstLine);
  if (!at) return 'it cannot be parsed';
  return `it ${at.atEnd ? 'ends too soon, at' : 'breaks at'} line ${at.line}, column ${at.column}`;
}

/** Moves a file the bot cannot read out of the way (kept for inspection, never overwritten); returns its new path. */
export async function setAside(path: string, now: Date): Promise<string> {
  const aside = asideName(path, 'corrupt', now);
  await rename(path, aside);
  return aside;
}

/** `tickets.json.corrupt-2026-11-23T10-00-00-000Z`: next to the file, named for why and when. */
export function asideName(path: string, why: string, now: Date): string {
  return `${path}.${why}-${now.toISOString().replace(/[:.]/g, '-')}`;
}

/** Writes a whole file into a temporary one next to it, flushed to disk, then renamed over the old one. */
export async function writeFileDurably(path: string, text: string): Promise<void> {
  await writeDurably(path, (handle) => handle.writeFile(text));
}

/**
 * Atomic replacement, as lowdb's steno writer does it, plus a flush to disk: `write` fills a temporary file next to
 * `path`, which is then renamed over it, so a reader or a crash never sees half a file.
 */
export async function writeDurably(
  path: string,
  write: (handle: FileHandle) => Promise<void>,
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const handle = await open(temporary, 'w');
  try {
    await write(handle);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, path);
}
