import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importConfig, loadSettings } from '../../src/host/config';
import { FileReport, importFiles, ImportReport } from './importer';
import { ImportRefused } from './importRefusal';
import { ImportFileError } from './sourceFile';
import { writeSampleTenant } from '../../src/sample/sampleFiles';

const USAGE = `Usage:
  npm run import -- <file> [more files]   add sign-ins from portal downloads (CSV/JSON), Graph responses or Log Analytics exports
  npm run import -- --replace <files>     start from an empty store instead of adding
                                          (add --force when more than 10 % of the rows are rejected)
  npm run import -- --tenant-sample       put the embedded sample tenant back`;
/** Rejected rows printed per file; the full list goes to a file next to the store. */
const SHOWN = 20;

async function main(args: string[]): Promise<number> {
  const { config, workingFolder } = loadSettings(importConfig);
  const store = config.files.signIns;
  if (args.includes('--tenant-sample')) {
    const counts = await writeSampleTenant({ appsFile: config.files.apps, signInsFile: store }, new Date());
    console.log(
      `The sample tenant is back: ${counts.signIns} sign-ins of ${counts.users} people in ${store}.`,
    );
    return 0;
  }
  const files = args.filter((arg) => !arg.startsWith('--')).map((file) => path.resolve(workingFolder, file));
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--replace' && arg !== '--force');
  if (files.length === 0 || unknown.length > 0) {
    console.error(unknown.length > 0 ? `Unknown option ${unknown.join(', ')}.\n\n${USAGE}` : USAGE);
    return 2;
  }
  try {
    const report = await importFiles(store, files, {
      replace: args.includes('--replace'),
      force: args.includes('--force'),
    });
    await printFiles(report.files, store);
    printTotal(report, store);
    if (!existsSync(config.files.directory)) printNoDirectory(config.files.directory);
    return report.files.some((file) => file.rejected.length > 0) ? 1 : 0;
  } catch (error) {
    if (error instanceof ImportRefused) {
      await printFiles(error.files, store, true);
      console.error(`Nothing was imported: ${error.reason}. The store ${store} is unchanged.`);
      return 1;
    }
    if (!(error instanceof ImportFileError)) throw error;
    console.error(`Nothing was imported: ${error.file} ${error.reason}. The store ${store} is unchanged.`);
    return 1;
  }
}

const number = (value: number): string => value.toLocaleString('en-US');

/** Counts and rejected rows per file; for a refused import, only what was read and rejected (nothing was added). */
async function printFiles(files: FileReport[], store: string, refused = false): Promise<void> {
  const full: string[] = [];
  for (const file of files) {
    console.log(`${path.basename(file.file)} (${file.format}): ${counts(file, refused)}`);
    for (const row of file.rejected.slice(0, SHOWN)) console.log(`  rejected ${row.where}: ${row.reason}`);
    if (file.rejected.length > SHOWN)
      console.log(`  … and ${number(file.rejected.length - SHOWN)} more rejected rows`);
    full.push(...file.rejected.map((row) => `${file.file}\t${row.where}\t${row.reason}`));
  }
  if (files.some((file) => file.rejected.length > SHOWN)) {
    const list = path.join(path.dirname(store), 'state', 'import-rejected.tsv');
    await mkdir(path.dirname(list), { recursive: true });
    await writeFile(list, `file\twhere\treason\n${full.join('\n')}\n`);
    console.log(`Every rejected row is listed in ${list}.`);
  }
}

function printTotal(report: ImportReport, store: string): void {
  if (report.dropped.length > 0)
    console.log(
      `${number(report.dropped.length)} record${report.dropped.length === 1 ? '' : 's'} already in ${store} could not be read and ${report.dropped.length === 1 ? 'was' : 'were'} left out: ${report.dropped
        .slice(0, 5)
        .map((skipped) => `record ${skipped.record} (${skipped.reason})`)
        .join(', ')}${report.dropped.length > 5 ? ', …' : ''}.`,
    );
  if (report.started === 'sample')
    console.log(
      "The store held the sample tenant; it is replaced by your records, and the sample's people and apps go with it (npm run import -- --tenant-sample brings them back).",
    );
  console.log(
    `${store} now holds ${number(report.total)} sign-in${report.total === 1 ? '' : 's'}. A running bot picks them up within a few seconds.`,
  );
}

/** Without the tenant's directory, nobody has a role: say how to name the helpdesk. */
function printNoDirectory(file: string): void {
  console.log(
    `There is no directory file at ${file}, so the bot knows only the people your records name, none with a role. ` +
      'Name the helpdesk in HELPDESK_STAFF, or export your directory to that file (data/directory.schema.json).',
  );
}

function counts(file: FileReport, refused: boolean): string {
  const rejected = `rejected ${number(file.rejected.length)}`;
  if (refused) return `read ${number(file.read)}, ${rejected}`;
  return `read ${number(file.read)}, added ${number(file.added)}, duplicates ${number(file.duplicates)}, ${rejected}`;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
