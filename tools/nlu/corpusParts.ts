import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/host/config';
import { CorpusUtterance, readCorpus } from '../../src/understanding/corpus';

export const CORPUS_DIR = path.join(PROJECT_ROOT, 'data', 'corpus');
export { MODEL_FILE } from '../../src/understanding/intentModel';
export const LANGUAGES = ['en', 'nl'] as const;

/** Which part of the corpus: what the model learns from, the development part kept out of it, the held-out test. */
export type Part = 'train' | 'dev' | 'test';

/** A fixed 15 % of the training files, chosen by a hash of the text, is kept aside for checking work in progress. */
export function isDev(text: string): boolean {
  return createHash('sha256').update(text).digest()[0] % 100 < 15;
}

export async function readPart(part: Part, language: string): Promise<CorpusUtterance[]> {
  const all: CorpusUtterance[] = [];
  for (const file of await filesOf(part === 'test' ? 'test' : 'train', language))
    all.push(...(await readCorpus(file)));
  if (part === 'test') return all;
  return all.filter((utterance) => isDev(utterance.text) === (part === 'dev'));
}

/** A hash of the training files: the model records it, and a test compares. */
export async function trainingHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const language of LANGUAGES)
    for (const file of await filesOf('train', language)) hash.update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

/** A language's files in a folder: `en.json`, and more hands' `en-*.json`, in a fixed order. */
async function filesOf(folder: string, language: string): Promise<string[]> {
  const names = (await readdir(path.join(CORPUS_DIR, folder))).filter((name) =>
    new RegExp(`^${language}(?:-[a-z0-9]+)?\\.json$`).test(name),
  );
  return names.sort().map((name) => path.join(CORPUS_DIR, folder, name));
}
