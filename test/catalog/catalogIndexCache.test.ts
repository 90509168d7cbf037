import { expect } from 'chai';
import { cp, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Catalog } from '../../src/catalog/catalog';
import { PROJECT_ROOT } from '../../src/host/config';
import { tempDir } from '../helpers/endOfRun';

const QUESTIONS = ['account geblokkeerd', 'it keeps asking me to approve', 'AADSTS50126', 'pasword expierd'];
const answers = (catalog: Catalog): string[][] =>
  QUESTIONS.map((question) => catalog.search(question).map((hit) => hit.entry.code));

/** A copy of the shipped catalog and its translation, and where its index cache goes. */
async function catalogCopy(): Promise<{ file: string; cache: string }> {
  const dir = await tempDir('catalog-index-cache');
  for (const name of ['catalog.json', 'catalog.nl.json', 'catalog.schema.json', 'catalog.nl.schema.json'])
    await cp(path.join(PROJECT_ROOT, 'data', name), path.join(dir, name));
  return { file: path.join(dir, 'catalog.json'), cache: path.join(dir, 'catalog-index.json') };
}

describe('CatalogIndexCache', () => {
  it('writes the index on the first start, folder and all, and answers the same from it on the next', async () => {
    const { file, cache: beside } = await catalogCopy();
    const cache = path.join(path.dirname(beside), 'state', 'catalog-index.json');
    const built = await Catalog.read(file, cache);
    const written = await stat(cache);
    const loaded = await Catalog.read(file, cache);
    expect((await stat(cache)).mtimeMs).to.equal(written.mtimeMs);
    expect(answers(loaded)).to.deep.equal(answers(built));
    expect(answers(loaded)[0][0]).to.equal('50053');
  });

  it('rebuilds the index when the catalog changed since it was written', async () => {
    const { file, cache } = await catalogCopy();
    await Catalog.read(file, cache);
    const before = await readFile(cache, 'utf8');
    const catalog = JSON.parse(await readFile(file, 'utf8')) as {
      entries: { code: string; synonyms: string[] }[];
    };
    catalog.entries.find((entry) => entry.code === '50053')!.synonyms.push('the vault door slammed shut');
    await writeFile(file, JSON.stringify(catalog));
    const changed = await Catalog.read(file, cache);
    expect(await readFile(cache, 'utf8')).to.not.equal(before);
    expect(changed.search('vault door slammed shut')[0]?.entry.code).to.equal('50053');
  });

  it('rebuilds from a damaged cache and starts even where the cache cannot be written', async () => {
    const { file, cache } = await catalogCopy();
    await writeFile(cache, '{"signature": "torn');
    expect(answers(await Catalog.read(file, cache))[0][0]).to.equal('50053');
    // A folder that cannot be made: its name is taken by a file.
    await writeFile(`${cache}.blocked`, '');
    const unwritable = path.join(`${cache}.blocked`, 'catalog-index.json');
    expect(answers(await Catalog.read(file, unwritable))[0][0]).to.equal('50053');
  });
});
