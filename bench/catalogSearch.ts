import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Catalog } from '../src/catalog/catalog';
import { PROJECT_ROOT } from '../src/host/config';
import { Random } from '../src/sample/random';
import { since, summarize, Summary } from './stats';

export interface CatalogSearchResult {
  entries: number;
  queries: number;
  /** Reading the files and building the index (and writing its cache), as on a first start. */
  loadMs: number;
  /** Reading the files and loading the index from the cache the first start wrote. */
  loadCachedMs: number;
  /** Catalog.warmUp(), as the bot runs it at start. */
  warmUpMs: number;
  /** Each evaluation query asked once, on a freshly loaded and warmed catalog. */
  firstTime: Summary;
  /** The evaluation queries asked over and over. */
  repeated: Summary;
  /** Queries with a random slip each, so every one is new to the catalog's caches. */
  unseen: Summary;
}

/** Times catalog search over the labelled questions of both parts (test/catalog/questions/). */
export async function benchCatalogSearch(rounds: number): Promise<CatalogSearchResult> {
  const queries: string[] = [];
  for (const part of ['dev', 'test']) {
    const file = path.join(PROJECT_ROOT, 'test', 'catalog', 'questions', `${part}.json`);
    const { questions } = JSON.parse(await readFile(file, 'utf8')) as { questions: { query: string }[] };
    queries.push(...questions.map((item) => item.query));
  }
  const file = path.join(PROJECT_ROOT, 'data', 'catalog.json');
  const cache = path.join(await mkdtemp(path.join(os.tmpdir(), 'bench-catalog-')), 'catalog-index.json');
  const loading = process.hrtime.bigint();
  await Catalog.read(file, cache);
  const loadMs = since(loading);
  const loadingCached = process.hrtime.bigint();
  const catalog = await Catalog.read(file, cache);
  const loadCachedMs = since(loadingCached);
  const warming = process.hrtime.bigint();
  catalog.warmUp();
  const warmUpMs = since(warming);
  const time = (query: string): number => {
    const start = process.hrtime.bigint();
    catalog.search(query);
    return since(start);
  };
  const firstTime = queries.map(time);
  const repeated: number[] = [];
  for (let round = 0; round < rounds; round++) for (const query of queries) repeated.push(time(query));
  const random = new Random(20261123);
  const unseen: number[] = [];
  for (let round = 0; round < rounds; round++)
    for (const query of queries) unseen.push(time(slip(query, random)));
  return {
    entries: catalog.entries.length,
    queries: queries.length,
    loadMs: Math.round(loadMs),
    loadCachedMs: Math.round(loadCachedMs),
    warmUpMs: Math.round(warmUpMs),
    firstTime: summarize(firstTime),
    repeated: summarize(repeated),
    unseen: summarize(unseen),
  };
}

/** The query with one letter doubled somewhere, as a hurried typist would. */
function slip(query: string, random: Random): string {
  const at = random.int(0, query.length - 1);
  return query.slice(0, at + 1) + query.slice(at);
}
