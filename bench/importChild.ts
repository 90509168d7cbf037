import { importFiles } from '../tools/import/importer';

/** Runs one import and prints its time and peak memory as JSON: `node importChild.js <store> <file>`. */
async function main(): Promise<void> {
  const [store, file] = process.argv.slice(2);
  const started = process.hrtime.bigint();
  const report = await importFiles(store, [file]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(
    JSON.stringify({ seconds: Math.round(seconds * 100) / 100, peakRssMiB, added: report.files[0].added }),
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
