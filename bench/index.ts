import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { benchCatalogSearch } from './catalogSearch';
import { benchImport } from './importDownload';

/** `npm run bench [-- --quick]`: measures, prints a table, and writes bench/results.json. */
async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const machine = {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
  console.log(
    `Benchmark on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`,
  );

  const catalog = await benchCatalogSearch(quick ? 20 : 200);
  const imported = await benchImport(quick ? 50_000 : 250_000);
  const checks = [
    {
      target: 'import of 250,000 records < 10 s',
      value: imported.seconds,
      unit: 's',
      ok: quick || imported.seconds < 10,
    },
    {
      target: 'import peak RSS < 1024 MiB',
      value: imported.peakRssMiB,
      unit: 'MiB',
      ok: imported.peakRssMiB < 1024,
    },
    {
      target: 'catalog search p99 < 2 ms (repeated queries)',
      value: catalog.repeated.p99,
      unit: 'ms',
      ok: catalog.repeated.p99 < 2,
    },
    {
      target: 'catalog search p99 < 2 ms (unseen queries)',
      value: catalog.unseen.p99,
      unit: 'ms',
      ok: catalog.unseen.p99 < 2,
    },
  ];
  console.log(
    `\nCatalog search: ${catalog.entries} entries, ${catalog.queries} labelled queries, loaded in ${catalog.loadMs} ms`,
  );
  console.table({
    'first time': catalog.firstTime,
    repeated: catalog.repeated,
    unseen: catalog.unseen,
  });
  console.log(
    `\nImport: a portal CSV download of ${imported.records.toLocaleString('en-US')} records (${imported.fileMiB} MiB) ` +
      `in ${imported.seconds} s, peak RSS ${imported.peakRssMiB} MiB, ${imported.added.toLocaleString('en-US')} added`,
  );
  console.log('Targets:');
  for (const check of checks)
    console.log(`  ${check.ok ? 'met   ' : 'MISSED'} ${check.target}: ${check.value} ${check.unit}`);

  const results = {
    ranAt: new Date().toISOString(),
    quick,
    machine,
    catalogSearch: catalog,
    import: imported,
    checks,
  };
  await writeFile(path.join(PROJECT_ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  if (checks.some((check) => !check.ok)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
