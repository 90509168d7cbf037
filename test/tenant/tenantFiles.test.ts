import { expect } from 'chai';
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Config } from '../../src/host/config';
import { peopleInUse, readTenantOwn } from '../../src/tenant/tenantFiles';
import { tempDir } from '../helpers/endOfRun';
import { sampleTenantDir } from '../helpers/fixture';
import { TAILSPIN, TAILSPIN_APPS, writeTailspin } from '../helpers/otherTenant';
import { importFiles } from '../../tools/import/importer';

const DIRECTORY = JSON.stringify({ users: [TAILSPIN.agent, TAILSPIN.megan] });
const APPS = JSON.stringify({ apps: TAILSPIN_APPS });

/** What the tenant's two files hold, the directory and the app words (undefined: missing), and what is read. */
const FILES: [
  name: string,
  directory: string | undefined,
  apps: string | undefined,
  read: RegExp | string,
][] = [
  ['neither file', undefined, undefined, '0 people, 0 app words'],
  ["the tenant's directory and app words", DIRECTORY, APPS, '2 people, 1 app words'],
  ['a directory only', DIRECTORY, undefined, '2 people, 0 app words'],
  ['app words only', undefined, APPS, '0 people, 1 app words'],
  [
    'a directory that is not JSON',
    '{"users": [',
    undefined,
    /^\[directory\] .*directory\.json is not valid JSON: it ends too soon, at line 1, column 12\. It is the tenant's own directory: fix it, or export it again\.$/,
  ],
  [
    'app words without aliases',
    undefined,
    '{"apps": [{"appId": "a", "displayName": "Expenses"}]}',
    /^\[apps\] .*apps\.json: \/apps\/0\/aliases is missing\. It is the tenant's own list of app words: fix it, or remove it\.$/,
  ],
];

describe("the tenant's own files", () => {
  let tailspin: Awaited<ReturnType<typeof writeTailspin>>;
  before(async () => {
    tailspin = await writeTailspin(await tempDir('tenant-files'));
  });

  /** A folder of its own with the tenant's files holding `directory` and `apps`; a file left undefined is missing. */
  const files = async (directory?: string, apps?: string): Promise<Config['files']> => {
    const folder = await tempDir('tenant-files');
    const place = async (name: string, text?: string): Promise<string> => {
      if (text !== undefined) await writeFile(path.join(folder, name), text);
      return path.join(folder, name);
    };
    return {
      directory: await place('directory.json', directory),
      tenantApps: await place('apps.json', apps),
      signIns: path.join(folder, 'signins.json'),
    } as Config['files'];
  };

  for (const [name, directory, apps, read] of FILES)
    it(`${typeof read === 'string' ? 'reads' : 'refuses'} ${name}${typeof read === 'string' ? `: ${read}` : ''}`, async () => {
      const result = await readTenantOwn(await files(directory, apps)).then(
        (own) => `${own.directory.users.length} people, ${own.apps.length} app words`,
        (error: Error) => error.message,
      );
      if (typeof read === 'string') expect(result).to.equal(read);
      else expect(result).to.match(read);
    });

  it('gives the tools the people of the tenant whose sign-ins the store holds', async () => {
    const tenant = await files(DIRECTORY);
    const store = tenant.signIns;
    await copyFile(path.join(await sampleTenantDir(), 'signins.json'), store);
    const sample = await peopleInUse(tenant);
    expect(sample.users).to.have.length(33);
    expect(sample.findByUpn(TAILSPIN.agent.userPrincipalName)).to.equal(undefined);

    await importFiles(store, [tailspin.export], { replace: true });
    const imported = await peopleInUse(tenant);
    expect(imported.users.map((user) => user.displayName)).to.have.members([
      'Rosa Martin',
      'Megan Kowalski',
      'Jane Okafor',
    ]);
    expect(imported.findByUpn('hanna.hoek@contoso.com')).to.equal(undefined);
  });
});
