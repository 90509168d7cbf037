import { expect } from 'chai';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importFiles } from '../../../tools/import/importer';
import { importFixture, PORTAL as PORTAL_FILE } from './importFixtures';
import { runTool } from '../../helpers/tools';
import { tempDir } from '../../helpers/endOfRun';

const EXAMPLE = importFixture('graph-v1.0-example.json');
const PORTAL = importFixture(PORTAL_FILE);

/** A folder with a store of 4 imported sign-ins, and a way to write download files next to it. */
async function storeOfFour(): Promise<{
  store: string;
  write: (name: string, text: string) => Promise<string>;
}> {
  const dir = await tempDir('refused-import');
  const write = async (name: string, text: string): Promise<string> => {
    await writeFile(path.join(dir, name), text);
    return path.join(dir, name);
  };
  const store = path.join(dir, 'signins.json');
  await importFiles(store, [await write('four.json', await graphRecords('old', 4, 0))]);
  return { store, write };
}

/** A Graph download with `good` sign-ins and `bad` ones whose error code is not a number. */
async function graphRecords(prefix: string, good: number, bad: number): Promise<string> {
  const [record] = (JSON.parse(await readFile(EXAMPLE, 'utf8')) as { value: Record<string, unknown>[] })
    .value;
  const records = Array.from({ length: good + bad }, (_, n) => ({
    ...record,
    id: `${prefix}-${n}`,
    ...(n < good ? {} : { status: { errorCode: 'fifty' } }),
  }));
  return JSON.stringify(records);
}

const headerOnly = async (): Promise<string> => (await readFile(PORTAL, 'utf8')).split('\n')[0] + '\n';

/** The download, the options, and what happens: refused (and why) or the store's size afterwards. */
const CASES: [name: string, text: () => Promise<string>, options: string[], outcome: RegExp | number][] = [
  ['every row rejected', () => graphRecords('new', 0, 3), [], /none of the 3 rows could be imported/],
  ['every row rejected', () => graphRecords('new', 0, 3), ['--replace'], /none of the 3 rows/],
  ['a header-only CSV', headerOnly, [], /the files hold no sign-ins/],
  ['a header-only CSV', headerOnly, ['--replace'], /the files hold no sign-ins/],
  ['an empty JSON array', async () => '[]', [], /the files hold no sign-ins/],
  ['an empty JSON array', async () => '[]', ['--replace'], /the files hold no sign-ins/],
  ['20 % rejected', () => graphRecords('new', 8, 2), ['--replace'], /2 of 10 rows \(20 %\).*add --force/],
  ['20 % rejected', () => graphRecords('new', 8, 2), ['--replace', '--force'], 8],
  ['5 % rejected', () => graphRecords('new', 19, 1), ['--replace'], 19],
  ['20 % rejected', () => graphRecords('new', 8, 2), [], 12],
];

describe('an import that would empty or gut the store', () => {
  for (const [name, text, options, outcome] of CASES)
    it(`${typeof outcome === 'number' ? 'goes ahead' : 'is refused, the store untouched,'} for ${name} ${options.join(' ') || '(adding)'}`, async () => {
      const { store, write } = await storeOfFour();
      const before = await readFile(store);
      const file = await write(name.startsWith('a header') ? 'download.csv' : 'download.json', await text());
      const flags = { replace: options.includes('--replace'), force: options.includes('--force') };
      const result = await importFiles(store, [file], flags).then(
        (report) => report.total,
        (error: Error) => error.message,
      );
      if (typeof outcome === 'number') expect(result).to.equal(outcome);
      else {
        expect(result).to.match(outcome);
        expect((await readFile(store)).equals(before)).to.equal(true);
      }
    });

  const cli = (store: string, ...args: string[]) =>
    runTool('import/index.js', args, { SIGNINS_FILE: store }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it('makes npm run import exit non-zero saying why, and --force lets --replace go ahead', async () => {
    const { store, write } = await storeOfFour();
    const before = await readFile(store);
    const nothing = await cli(store, await write('bad.json', await graphRecords('new', 0, 3)));
    expect(nothing.code).to.equal(1);
    expect(nothing.stderr).to.include(`Nothing was imported: none of the 3 rows could be imported`);
    expect(nothing.stderr).to.include(`The store ${store} is unchanged.`);

    const mostly = await write('mostly.json', await graphRecords('new', 8, 2));
    const refused = await cli(store, '--replace', mostly);
    expect(refused.code).to.equal(1);
    expect(refused.stdout).to.include('rejected record 9: its error code "fifty" is not a number');
    expect(refused.stderr).to.include('add --force to replace the store anyway');
    expect((await readFile(store)).equals(before)).to.equal(true);

    const forced = await cli(store, '--replace', '--force', mostly);
    expect(forced.stdout).to.include(`${store} now holds 8 sign-ins`);
  });
});

describe('an import into a store that already holds bad records', () => {
  it('adds the new records, leaves the bad ones out and says which they were', async () => {
    const { store, write } = await storeOfFour();
    const data = JSON.parse(await readFile(store, 'utf8')) as { signIns: unknown[] };
    data.signIns.splice(1, 0, null, { id: 'broken' });
    await writeFile(store, JSON.stringify(data));

    const report = await importFiles(store, [await write('new.json', await graphRecords('new', 2, 0))]);

    expect(report.total).to.equal(6);
    expect(report.dropped.map((skipped) => skipped.record)).to.deep.equal([2, 3]);
    const stored = JSON.parse(await readFile(store, 'utf8')) as { signIns: { id: string }[] };
    expect(stored.signIns.map((signIn) => signIn.id).sort()).to.deep.equal([
      'new-0',
      'new-1',
      'old-0',
      'old-1',
      'old-2',
      'old-3',
    ]);
  });
});
