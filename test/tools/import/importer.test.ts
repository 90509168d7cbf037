import { expect } from 'chai';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/host/config';
import { FileReport, importFiles } from '../../../tools/import/importer';
import { readSignInFile } from '../../../src/signins/signInFile';
import { sampleTenantDir } from '../../helpers/fixture';
import { importFixture as fixture, PORTAL } from './importFixtures';
import { awaitedLater, runTool } from '../../helpers/tools';
import { tempDir } from '../../helpers/endOfRun';

type Counts = Pick<FileReport, 'format' | 'read' | 'added' | 'duplicates'> & { rejected: string[] };

const FILES: [file: string, counts: Counts][] = [
  [
    PORTAL,
    {
      format: 'portal CSV',
      read: 6,
      added: 4,
      duplicates: 0,
      rejected: ['line 8: its date is missing or not a date', 'line 9: it has no request ID'],
    },
  ],
  ['portal-reordered-excel.csv', { format: 'portal CSV', read: 2, added: 2, duplicates: 0, rejected: [] }],
  [
    'SigninLogs-loganalytics.csv',
    {
      format: 'Log Analytics CSV',
      read: 3,
      added: 2,
      duplicates: 0,
      rejected: ['line 4: its error code "fifty" is not a number'],
    },
  ],
  ['SigninLogs-loganalytics.json', { format: 'JSON', read: 2, added: 2, duplicates: 0, rejected: [] }],
  [
    'graph-beta-mfa-denied.json',
    {
      format: 'JSON',
      read: 2,
      added: 1,
      duplicates: 0,
      rejected: [
        'record 2: it names no user (service principal and managed identity sign-ins are not imported)',
      ],
    },
  ],
  ['graph-v1.0-example.json', { format: 'JSON', read: 1, added: 1, duplicates: 0, rejected: [] }],
  ['graph-beta-examples.json', { format: 'JSON', read: 2, added: 2, duplicates: 0, rejected: [] }],
];

const MALFORMED: [file: string, reason: RegExp][] = [
  ['truncated.json', /is not valid JSON after record 1/],
  ['wrong-header.csv', /has a header this importer does not know \(starts "name", "email", "department"\)/],
  ['unclosed-quote.csv', /is not a readable CSV file \(Quote Not Closed/],
  ['screenshot.png', /is a binary file, not a CSV or JSON download/],
  ['empty.csv', /is empty/],
  ['no-such-file.csv', /cannot be opened \(ENOENT\)/],
];

describe('importing sign-in downloads', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('import');
  });

  for (const [file, expected] of FILES) {
    it(`reads ${file} as ${expected.format}, naming every rejected row`, async () => {
      const report = await importFiles(path.join(dir, 'signins.json'), [fixture(file)]);
      const { format, read, added, duplicates, rejected } = report.files[0];
      expect({ format, read, added, duplicates }).to.deep.equal({
        format: expected.format,
        read: expected.read,
        added: expected.added,
        duplicates: expected.duplicates,
      });
      expect(rejected.map((row) => `${row.where}: ${row.reason}`)).to.deep.equal(expected.rejected);
    });
  }

  it('maps the portal columns by name, with their quirks, into the Graph shape', async () => {
    const store = path.join(dir, 'signins.json');
    await importFiles(store, [fixture(PORTAL)]);
    const { signIns, users, meta } = await readSignInFile(store);
    const byId = new Map(signIns.map((signIn) => [signIn.id.slice(-1), signIn]));
    const failure = byId.get('1')!;
    expect(failure).to.include({
      createdDateTime: '2026-11-22T08:15:04.000Z',
      userPrincipalName: 'ruud.devries@fabrikam.nl',
      appId: '5d661950-3df1-4a1b-8d0b-2f6e6d0fbd4c',
      resourceId: '00000002-0000-0ff1-ce00-000000000000',
      clientAppUsed: 'Mobile Apps and Desktop clients',
      isInteractive: true,
    });
    expect(failure.status.errorCode).to.equal(50126);
    expect(failure.location).to.deep.equal({
      city: 'Amsterdam',
      state: 'Noord-Holland',
      countryOrRegion: 'NL',
    });
    expect(failure.deviceDetail).to.include({
      isCompliant: false,
      isManaged: true,
      trustType: 'Hybrid Azure AD joined',
    });
    expect(byId.get('2')!.interrupted).to.equal(true);
    expect(byId.get('2')!.authenticationDetails![0]).to.include({
      authenticationStepRequirement: 'MFA',
      authenticationStepResultDetail: 'MFA required, challenge sent',
      succeeded: false,
    });
    expect(byId.get('3')!.status).to.deep.equal({
      errorCode: 0,
      failureReason: null,
      additionalDetails: null,
    });
    expect(byId.get('4')!.status.failureReason).to.include('\nSecond line of the reason.');
    expect(users).to.deep.equal([
      {
        id: '7a1f0c55-2b8e-4c1d-9f3a-0d5e6b7c8a91',
        userPrincipalName: 'ruud.devries@fabrikam.nl',
        displayName: 'Ruud de Vries',
        userType: 'member',
      },
    ]);
    expect(meta).to.include({ kind: 'import', includesNonInteractive: false });
  });

  it('adds nothing when the same file is imported again', async () => {
    const store = path.join(dir, 'signins.json');
    await importFiles(store, [fixture(PORTAL), fixture('graph-beta-mfa-denied.json')]);
    const again = await importFiles(store, [fixture(PORTAL), fixture('graph-beta-mfa-denied.json')]);
    expect(again.files.map((file) => [file.added, file.duplicates])).to.deep.equal([
      [0, 4],
      [0, 1],
    ]);
    expect(again.total).to.equal(5);
  });

  it('reads a Log Analytics export whose times are in UTC+02:00 as UTC, and refuses one in local time', async () => {
    const csv = await readFile(fixture('SigninLogs-loganalytics.csv'), 'utf8');
    const variant = async (header: string): Promise<string> => {
      const file = path.join(dir, `loganalytics-${header.replace(/\W+/g, '-')}.csv`);
      await writeFile(file, csv.replace('CreatedDateTime [UTC]', `CreatedDateTime [${header}]`));
      return file;
    };
    const times = async (file: string): Promise<string[]> => {
      const store = path.join(await tempDir('zone'), 'signins.json');
      await importFiles(store, [file]);
      return (await readSignInFile(store)).signIns.map((signIn) => signIn.createdDateTime).sort();
    };
    const utc = await times(fixture('SigninLogs-loganalytics.csv'));
    const shifted = await times(await variant('UTC+02:00'));
    expect(shifted).to.deep.equal(
      utc.map((time) => new Date(Date.parse(time) - 2 * 3_600_000).toISOString()),
    );
    const store = path.join(dir, 'local.json');
    const error = await importFiles(store, [await variant('Local Time')]).catch((failure: Error) => failure);
    expect((error as Error).message).to.match(
      /has its times in "createddatetime \[local time\]", which names no time zone/,
    );
  });

  for (const [file, reason] of MALFORMED) {
    it(`leaves the store as it was when ${file} cannot be read`, async () => {
      const store = path.join(dir, 'signins.json');
      await importFiles(store, [fixture(PORTAL)]);
      const before = await readFile(store, 'utf8');
      const error = await importFiles(store, [fixture('graph-beta-mfa-denied.json'), fixture(file)]).catch(
        (failure: Error) => failure,
      );
      expect((error as Error).message).to.match(reason);
      expect(await readFile(store, 'utf8')).to.equal(before);
    });
  }

  it('replaces the sample tenant rather than mixing real records into it, and --replace starts empty', async () => {
    const store = path.join(dir, 'signins.json');
    await copyFile(path.join(await sampleTenantDir(), 'signins.json'), store);
    const report = await importFiles(store, [fixture('SigninLogs-loganalytics.json')]);
    expect(report).to.include({ started: 'sample', total: 2 });
    const replaced = await importFiles(store, [fixture('graph-v1.0-example.json')], { replace: true });
    expect(replaced).to.include({ started: 'empty', total: 1 });
  });
});

describe('npm run import', () => {
  const cli = async (...args: string[]) => {
    const store = path.join(await tempDir('import-cli'), 'signins.json');
    return runTool('import/index.js', args, { SIGNINS_FILE: store }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
  };
  const tenantSample = async () => {
    const dir = await tempDir('import-cli');
    await copyFile(path.join(PROJECT_ROOT, 'data', 'apps.json'), path.join(dir, 'apps.json'));
    const result = await runTool('import/index.js', ['--tenant-sample'], {
      SIGNINS_FILE: path.join(dir, 'signins.json'),
      APPS_FILE: path.join(dir, 'apps.json'),
      DIRECTORY_FILE: path.join(dir, 'directory.json'),
    });
    return { dir, result };
  };
  // Each run is a node process: they start together, before the tests that read them, and overlap.
  let runs: {
    portal: ReturnType<typeof cli>;
    screenshot: ReturnType<typeof cli>;
    sample: ReturnType<typeof tenantSample>;
  };
  before(() => {
    runs = {
      portal: awaitedLater(cli(fixture(PORTAL))),
      screenshot: awaitedLater(cli(fixture('screenshot.png'))),
      sample: awaitedLater(tenantSample()),
    };
  });
  after(() => Promise.allSettled(Object.values(runs ?? {})));

  it('reports counts and rejected rows, and exits with 1 when rows were rejected', async () => {
    const result = await runs.portal;
    expect(result.code).to.equal(1);
    expect(result.stdout).to.include(`${PORTAL} (portal CSV): read 6, added 4, duplicates 0, rejected 2`);
    expect(result.stdout).to.include('rejected line 9: it has no request ID');
    expect(result.stdout).to.include('now holds 4 sign-ins');
  });

  it('says nothing was imported and the store is unchanged for a file it cannot read', async () => {
    const result = await runs.screenshot;
    expect(result.code).to.equal(1);
    expect(result.stderr).to.include('Nothing was imported:');
    expect(result.stderr).to.include('is a binary file, not a CSV or JSON download. The store');
  });

  it('puts the sample tenant back with --tenant-sample', async () => {
    const { dir, result } = await runs.sample;
    expect(result.stdout).to.match(/The sample tenant is back: \d+ sign-ins of 33 people/);
    expect((await readSignInFile(path.join(dir, 'signins.json'))).meta.kind).to.equal('sample');
  });
});
