import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CompoundSplitter } from '../text/compounds';
import { Speller } from '../text/speller';
import { CatalogIndex, indexingSignature, PrebuiltIndex } from './catalogIndex';
import { analysisSignature, SearchTerms } from './searchTerms';

interface CacheFile {
  signature: string;
  prebuilt: PrebuiltIndex;
}

/**
 * The catalog's MiniSearch index and phrasing terms as worked out last time, so a start loads them (about 60 ms)
 * instead of stemming and indexing every word again (about 400 ms). It is used only while its signature matches: the catalog files and the code that turns
 * text into terms. A cache that is missing, stale or unreadable is rebuilt; one that cannot be written is skipped.
 */
export class CatalogIndexCache {
  constructor(private readonly file: string) {}

  /** What the index depends on: the catalog's text, the code that indexes it and the word lists that code reads. */
  static signature(catalogTexts: string[]): string {
    const hash = createHash('sha256');
    for (const part of [
      ...catalogTexts,
      ...[SearchTerms, CatalogIndex, Speller, CompoundSplitter].map(String),
      ...indexingSignature(),
      ...analysisSignature(),
    ])
      hash.update(part).update('\0');
    return hash.digest('hex');
  }

  async read(signature: string): Promise<PrebuiltIndex | undefined> {
    try {
      const cached = JSON.parse(await readFile(this.file, 'utf8')) as CacheFile;
      return cached.signature === signature ? cached.prebuilt : undefined;
    } catch {
      return undefined;
    }
  }

  async write(signature: string, prebuilt: PrebuiltIndex): Promise<void> {
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(temporary, JSON.stringify({ signature, prebuilt } satisfies CacheFile));
      await rename(temporary, this.file);
    } catch {
      // A read-only disk only costs the next start the indexing time.
    }
  }
}
