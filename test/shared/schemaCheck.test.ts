import { expect } from 'chai';
import Ajv from 'ajv';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readKnownApps } from '../../src/apps/knownApps';
import { Catalog } from '../../src/catalog/catalog';
import { Directory } from '../../src/directory/directory';
import { PROJECT_ROOT } from '../../src/host/config';
import { sampleDirectory } from '../../src/sample/generator';
import { SchemaCheck } from '../../src/shared/schemaCheck';

type Fields = Record<string, unknown>;
type Steps = Fields & { userSteps: unknown; adminSteps?: unknown; cause?: unknown; titel?: unknown };

/** A broken variant of a shipped file: what is wrong, how to break it, and what the bot says after "<prefix> <file>: ". */
type Case<T> = [problem: string, breakIt: (data: T) => unknown, said: string];

/** A data file the bot reads at start-up, how it is read, and its broken variants. */
interface CheckedFile<T> {
  name: string;
  prefix: string;
  hint: string;
  /** Shipped files the reader needs next to it. */
  companions: string[];
  /** The file as a tenant would write it, for a file that does not ship in data/. */
  example?: () => T;
  read: (dir: string) => Promise<unknown>;
  /** `breakIt` changes the data in place or returns what to write instead. */
  cases: Case<T>[];
}

const DIRECTORY: CheckedFile<{ users: Fields[] }> = {
  name: 'directory.json',
  prefix: '[directory]',
  hint: "It is the tenant's own directory: fix it, or export it again.",
  companions: [],
  // No directory ships: the tenant's is its own. The sample's people, written as one, stand in for it.
  example: () => sampleDirectory() as unknown as { users: Fields[] },
  read: (dir) => Directory.read(path.join(dir, 'directory.json')),
  cases: [
    ['a Graph response instead of the file', (data) => ({ value: data.users }), '/users is missing'],
    ['users that are not a list', () => ({ users: {} }), '/users must be array'],
    ['a top level that is a list', (data) => data.users, 'the top level must be object'],
    [
      'a user who is null',
      (data) => ({ users: data.users.map((user, i) => (i === 3 ? null : user)) }),
      '/users/3 must be object',
    ],
    [
      'a user without a UPN',
      (data) => void delete data.users[3].userPrincipalName,
      '/users/3/userPrincipalName is missing',
    ],
    ['a user without a surname', (data) => void delete data.users[3].surname, '/users/3/surname is missing'],
    [
      'an empty display name',
      (data) => void (data.users[3].displayName = ' '),
      '/users/3/displayName must not be empty',
    ],
    [
      'mail that is null, as Graph has it',
      (data) => void (data.users[3].mail = null),
      '/users/3/mail must be string',
    ],
    [
      'accountEnabled as text',
      (data) => void (data.users[3].accountEnabled = 'yes'),
      '/users/3/accountEnabled must be boolean',
    ],
    [
      'a userType capitalised, as Graph has it',
      (data) => void (data.users[3].userType = 'Member'),
      '/users/3/userType must be equal to one of the allowed values: member, guest',
    ],
    [
      'roles as one text',
      (data) => void (data.users[3].roles = 'Reports Reader'),
      '/users/3/roles must be array',
    ],
  ],
};

const APPS: CheckedFile<{ apps: Fields[]; version?: number }> = {
  name: 'apps.json',
  prefix: '[apps]',
  hint: 'It ships with the bot: fix it, or restore it from git.',
  companions: [],
  read: (dir) => readKnownApps(path.join(dir, 'apps.json')),
  cases: [
    ['no apps list', () => ({}), '/apps is missing'],
    ['apps that are not a list', (data) => ({ apps: { teams: data.apps[0] } }), '/apps must be array'],
    ['a top level that is a list', (data) => data.apps, 'the top level must be object'],
    ['an app without aliases', (data) => void delete data.apps[2].aliases, '/apps/2/aliases is missing'],
    [
      'aliases that are one word',
      (data) => void (data.apps[2].aliases = 'spo'),
      '/apps/2/aliases must be array',
    ],
    [
      'an empty alias',
      (data) => void (data.apps[2].aliases = ['spo', '']),
      '/apps/2/aliases/1 must not be empty',
    ],
    ['an app ID that is a number', (data) => void (data.apps[2].appId = 3), '/apps/2/appId must be string'],
    [
      'a misspelt field',
      (data) => void (data.apps[2].alias = ['spo']),
      '/apps/2/alias is not a field the app list knows',
    ],
    [
      'an unknown top-level field',
      (data) => void (data.version = 2),
      '/version is not a field the app list knows',
    ],
  ],
};

const CATALOG: CheckedFile<{ categories: Fields[]; entries: Fields[] }> = {
  name: 'catalog.json',
  prefix: '[catalog]',
  hint: 'It ships with the bot: fix it, or restore it from git.',
  companions: ['catalog.nl.json'],
  read: (dir) => Catalog.read(path.join(dir, 'catalog.json')),
  cases: [
    [
      'no categories',
      (data) => void delete (data as Partial<typeof data>).categories,
      '/categories is missing',
    ],
    ['entries that are not a list', (data) => void (data.entries = {} as Fields[]), '/entries must be array'],
    ['a top level that is a list', (data) => data.entries, 'the top level must be object'],
    [
      'an entry without a title',
      (data) => void delete data.entries[1].title,
      '/entries/1/title, in entry 1 (code 16001): "title" is missing',
    ],
    [
      'an entry of an unknown kind',
      (data) => void (data.entries[1].kind = 'aadsts2'),
      '/entries/1/kind, in entry 1 (code 16001): "kind" must be equal to one of the allowed values: aadsts, mfaResult, mfaDetail',
    ],
    [
      'a category with a field the catalog does not know',
      (data) => void (data.categories[0].colour = 'red'),
      '/categories/0/colour, in category 0 (password): "colour" is not a field the catalog knows',
    ],
    [
      'a related code that is not in the catalog',
      (data) => void (data.entries[1].related = ['16000', '12345']),
      '/entries/1/related/1, in entry 1 (code 16001): "related" names 12345, which is not in the catalog',
    ],
  ],
};

const DUTCH: CheckedFile<{
  categories: Record<string, Steps & { label?: unknown }>;
  entries: Record<string, Steps>;
}> = {
  name: 'catalog.nl.json',
  prefix: '[catalog]',
  hint: 'Fix it, or restore it from git.',
  companions: ['catalog.json'],
  read: (dir) => Catalog.read(path.join(dir, 'catalog.json')),
  cases: [
    ['entries as a list', (data) => void (data.entries = [] as never), '/entries must be object'],
    ['a top level that is a list', () => [], 'the top level must be object'],
    [
      'an entry without a cause',
      (data) => void delete data.entries['50126'].cause,
      '/entries/50126/cause must have property cause when property title is present',
    ],
    [
      'fewer steps than the English entry',
      (data) => void (data.entries['50126'].userSteps = []),
      '/entries/50126/userSteps has 0 steps where the English entry has 3',
    ],
    [
      'an entry without its steps',
      (data) => void delete data.entries['50126'].adminSteps,
      '/entries/50126/adminSteps is missing: the English entry has 2 of its own',
    ],
    [
      "steps for a code that shares its category's",
      (data) =>
        void (data.entries['16001'] = {
          title: 'Tegel',
          cause: 'Sessie',
          userSteps: ['Stap'],
          adminSteps: ['Stap'],
        }),
      "/entries/16001/userSteps must be left out: this code shares its category's steps",
    ],
    [
      'a misspelt field',
      (data) => void (data.entries['50126'].titel = 'Fout wachtwoord'),
      '/entries/50126/titel is not a field the translation knows',
    ],
    [
      'an unknown top-level field',
      (data) => ({ ...data, entry: {} }),
      '/entry is not a field the translation knows',
    ],
    [
      'a category given as its label alone',
      (data) => void (data.categories.mfa = 'Mfa' as never),
      '/categories/mfa must be object',
    ],
    [
      "a category with fewer steps than the English one's",
      (data) => void (data.categories.mfa.userSteps = ['Stap']),
      '/categories/mfa/userSteps must have 2 steps, one for each English step',
    ],
    [
      'a code the catalog does not have',
      (data) => void (data.entries['99999'] = data.entries['50126']),
      '/entries/99999 is not a code in the catalog',
    ],
    [
      'a category the catalog does not have, its name escaped in the path',
      (data) => void (data.categories['mfa/sms'] = data.categories.mfa),
      '/categories/mfa~1sms is not a category in the catalog',
    ],
  ],
};

function describeFile<T>(file: CheckedFile<T>): void {
  describe(`${file.name} against its schema`, () => {
    it(`passes ${file.example ? 'as a tenant writes it' : 'as shipped'}`, async () => {
      const dir = await copyOfData(file, file.example?.());
      await file.read(dir);
    });

    for (const [problem, breakIt, said] of file.cases)
      it(`refuses ${problem}: ${said}`, async () => {
        const shipped =
          file.example?.() ??
          (JSON.parse(await readFile(path.join(PROJECT_ROOT, 'data', file.name), 'utf8')) as T);
        const dir = await copyOfData(file, breakIt(shipped) ?? shipped);
        const error = await file.read(dir).then(
          () => undefined,
          (failure: Error) => failure,
        );
        expect(error?.message).to.equal(`${file.prefix} ${path.join(dir, file.name)}: ${said}. ${file.hint}`);
      });
  });
}

/** A folder with the shipped file (or `content` in its place) and its companions. */
async function copyOfData<T>(file: CheckedFile<T>, content: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'schema-check-'));
  for (const name of [...(content === undefined ? [file.name] : []), ...file.companions])
    await cp(path.join(PROJECT_ROOT, 'data', name), path.join(dir, name));
  if (content !== undefined) await writeFile(path.join(dir, file.name), JSON.stringify(content, null, 2));
  return dir;
}

describeFile(DIRECTORY);
describeFile(APPS);
describeFile(CATALOG);
describeFile(DUTCH);

describe('directory.json from an export', () => {
  it('may carry fields the bot does not read, and leave roles out', async () => {
    const shipped = DIRECTORY.example!();
    const exported = {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users',
      users: shipped.users.map(({ roles: _roles, ...user }) => ({ ...user, jobTitle: 'Engineer' })),
    };
    const dir = await copyOfData(DIRECTORY, exported);
    const { users } = await Directory.read(path.join(dir, 'directory.json'));
    expect(users).to.have.length(shipped.users.length);
    expect(users.every((user) => user.roles.length === 0)).to.equal(true);
  });
});

describe('SchemaCheck', () => {
  const schema = path.join(PROJECT_ROOT, 'data', 'apps.schema.json');

  it('is given schemas that are valid draft-07 (the bot does not check them at start-up)', async () => {
    const names = (await readdir(path.join(PROJECT_ROOT, 'data'))).filter((name) =>
      name.endsWith('.schema.json'),
    );
    expect(names).to.have.length(6);
    for (const name of names) {
      const ajv = new Ajv();
      const parsed = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'data', name), 'utf8')) as object;
      expect(ajv.validateSchema(parsed), `${name}: ${ajv.errorsText()}`).to.equal(true);
      expect(() => ajv.compile(parsed), name).not.to.throw();
    }
  });

  it('compiles a schema once, however many checks use it', async () => {
    const first = new SchemaCheck({ schema, prefix: '[a]', hint: '' });
    const second = new SchemaCheck({ schema, prefix: '[b]', hint: '' });
    expect(await first.validator()).to.equal(await second.validator());
    expect(await first.definition('app')).to.equal(await first.definition('app'));
  });

  it('fails with its prefix when the schema itself is missing', async () => {
    const missing = path.join(os.tmpdir(), 'no-such.schema.json');
    const check = new SchemaCheck({ schema: missing, prefix: '[apps]', hint: '' });
    const error = await check.validator().catch((failure: Error) => failure);
    expect((error as Error).message).to.match(/^\[apps\] cannot read .*no-such\.schema\.json: /);
    expect((error as Error).message).to.match(/It ships with the bot; restore it from git\.$/);
  });
});
