import { readFile, rename } from 'node:fs/promises';
import { jsonBreak } from './jsonPosition';

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
  const aside = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  await rename(path, aside);
  return aside;
}
