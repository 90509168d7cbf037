import { readFile, rename } from 'node:fs/promises';

/** Reads a JSON data file; on failure the message carries the module's prefix and what to do about it. */
export async function readJsonFile(path: string, prefix: string, hint: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${prefix} cannot read ${path}: ${(error as Error).message}. ${hint}`, { cause: error });
  }
}

/** Moves a file the bot cannot read out of the way (kept for inspection, never overwritten); returns its new path. */
export async function setAside(path: string, now: Date): Promise<string> {
  const aside = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  await rename(path, aside);
  return aside;
}
