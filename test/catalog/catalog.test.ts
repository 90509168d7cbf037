import { expect } from 'chai';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Catalog } from '../../src/catalog/catalog';
import { CatalogEntry } from '../../src/catalog/catalogEntry';
import { PROJECT_ROOT } from '../../src/config';
import { readSignInFile } from '../../src/signins/signInFile';
import { sampleTenantDir } from '../helpers/fixture';

const CATALOG = path.join(PROJECT_ROOT, 'data', 'catalog.json');

describe('Catalog', () => {
  let catalog: Catalog;
  let valid: CatalogEntry;
  before(async () => {
    catalog = await Catalog.read(CATALOG);
    valid = catalog.entries[0];
  });

  it('has an entry for every error code in the sample tenant', async () => {
    const file = await readSignInFile(path.join(await sampleTenantDir(), 'signins.json'));
    const codes = new Set(file.signIns.map((signIn) => signIn.status.errorCode).filter((code) => code !== 0));
    expect([...codes].filter((code) => !catalog.get(code))).to.deep.equal([]);
  });

  it('marks the usual interrupts as interrupts and real failures as failures', () => {
    expect([50074, 50140, 16000, 50072].map((code) => catalog.isInterrupt(code))).to.deep.equal([
      true,
      true,
      true,
      true,
    ]);
    expect([50126, 53003, 500121].map((code) => catalog.isInterrupt(code))).to.deep.equal([
      false,
      false,
      false,
    ]);
  });

  const SEARCHES: [query: string, code: number][] = [
    ['50126', 50126],
    ['AADSTS50126', 50126],
    ['aadsts 50053', 50053],
    ['error code: 53003', 53003],
    ['IdsLocked', 50053],
    ['InvalidUserNameOrPassword', 50126],
    ['account locked', 50053],
    ['password expired', 50055],
    ['wachtwoord verlopen', 50055],
    ['blocked by conditional access', 53003],
    ['device not compliant', 53000],
    ['account geblokkeerd', 50053],
    ['mfa denied', 500121],
  ];
  for (const [query, code] of SEARCHES) {
    it(`finds ${code} first for "${query}"`, () => {
      expect(catalog.search(query)[0]?.entry.code).to.equal(code);
    });
  }

  it('finds nothing for words that describe no sign-in problem', () => {
    expect(catalog.search('pizza delivery')).to.deep.equal([]);
  });

  const BROKEN: [name: string, change: (entry: Record<string, unknown>) => void, message: string][] = [
    ['a missing title', (entry) => delete entry.title, '"title" must be a non-empty string'],
    ['a code that is text', (entry) => (entry.code = 'abc'), '"code" must be a positive whole number'],
    ['an unknown fixer', (entry) => (entry.fixedBy = 'nobody'), '"fixedBy" must be one of'],
    ['an empty step', (entry) => (entry.userSteps = ['']), '"userSteps" must be a list of non-empty strings'],
  ];
  for (const [name, change, message] of BROKEN) {
    it(`refuses to load an entry with ${name}, naming the entry`, () => {
      const entry = JSON.parse(JSON.stringify(valid));
      change(entry);
      return loadEntries([valid, entry]).then(
        () => expect.fail('loaded a broken catalog'),
        (error: Error) => {
          expect(error.message).to.include('[catalog] entry 1');
          expect(error.message).to.include(message);
        },
      );
    });
  }

  it('refuses a catalog with the same code twice', async () => {
    const error = await loadEntries([valid, valid]).catch((e: Error) => e);
    expect((error as Error).message).to.include(`code ${valid.code} appears twice`);
  });

  it('ships a catalog whose text is not empty anywhere', async () => {
    const raw = JSON.parse(await readFile(CATALOG, 'utf8')) as { entries: CatalogEntry[] };
    expect(raw.entries.length).to.be.at.least(30);
    for (const entry of raw.entries)
      expect(entry.userSteps.length + entry.adminSteps.length, String(entry.code)).to.be.above(0);
  });
});

async function loadEntries(entries: unknown[]): Promise<Catalog> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'catalog-')), 'catalog.json');
  await writeFile(file, JSON.stringify({ entries }));
  return Catalog.read(file);
}
