import { readFile } from 'node:fs/promises';

/** Reads a JSON data file; on failure the message carries the module's prefix and what to do about it. */
export async function readJsonFile(path: string, prefix: string, hint: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${prefix} cannot read ${path}: ${(error as Error).message}. ${hint}`, { cause: error });
  }
}
