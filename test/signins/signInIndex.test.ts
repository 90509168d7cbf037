import { expect } from 'chai';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SignIn } from '../../src/signins/signIn';
import { SignInIndex } from '../../src/signins/signInIndex';
import { readSignInFile, SignInFileData } from '../../src/signins/signInFile';
import { SignInQuery } from '../../src/signins/signInSource';
import { Random } from '../../src/sample/random';
import { NOW, sampleTenantDir } from '../helpers/fixture';
import { tempDir } from '../helpers/endOfRun';

describe('SignInIndex', () => {
  let data: SignInFileData;
  let store: SignInIndex;
  before(async () => {
    data = await readSignInFile(path.join(await sampleTenantDir(), 'signins.json'));
    store = new SignInIndex(data, NOW);
  });

  it('answers user + app + window + status queries exactly as a full scan does', async () => {
    const random = new Random(42);
    const users = [...new Set(data.signIns.map((signIn) => signIn.userId))];
    const apps = [...new Set(data.signIns.map((signIn) => signIn.appId))];
    for (let i = 0; i < 300; i++) {
      const from = new Date(NOW.getTime() - random.int(0, 30) * 86_400_000 - random.int(0, 86_400_000));
      const query: SignInQuery = {
        userId: random.chance(0.9) ? random.pick(users) : undefined,
        appId: random.chance(0.6) ? random.pick(apps) : undefined,
        from,
        to: new Date(from.getTime() + random.int(1, 5) * 86_400_000),
        status: random.pick(['success', 'failure', undefined] as const),
      };
      expect(
        (await store.find(query)).map((signIn) => signIn.id),
        JSON.stringify(query),
      ).to.deep.equal(scan(data.signIns, query));
    }
  });

  it('finds a record by request ID and by correlation ID, in any letter case', async () => {
    const record = data.signIns[100];
    expect((await store.find({ requestId: record.id.toUpperCase() }))[0].id).to.equal(record.id);
    expect((await store.find({ correlationId: record.correlationId }))[0].id).to.equal(record.id);
    expect(await store.find({ requestId: '00000000-0000-0000-0000-000000000000' })).to.deep.equal([]);
  });

  it('moves the sample tenant up to today, whole days at a time', async () => {
    const later = new SignInIndex(data, new Date('2026-11-26T08:00:00Z'));
    const newest = (await later.find({}))[0];
    const original = (await store.find({}))[0];
    expect(Date.parse(newest.createdDateTime) - Date.parse(original.createdDateTime)).to.equal(
      3 * 86_400_000,
    );
  });

  it('does not move imported records', async () => {
    const imported = new SignInIndex(
      { ...data, meta: { ...data.meta, kind: 'import' } },
      new Date('2027-01-01T00:00:00Z'),
    );
    expect((await imported.find({}))[0].createdDateTime).to.equal((await store.find({}))[0].createdDateTime);
  });

  it('says how to fix a missing file and a file that is not JSON', async () => {
    const dir = await tempDir('store');
    const missing = await readSignInFile(path.join(dir, 'none.json')).catch((error: Error) => error.message);
    expect(missing).to.include('npm run data:generate');
    await writeFile(path.join(dir, 'broken.json'), '{"meta": {');
    const broken = await readSignInFile(path.join(dir, 'broken.json')).catch((error: Error) => error.message);
    expect(broken).to.include('is not valid JSON');
  });
});

function scan(signIns: SignIn[], query: SignInQuery): string[] {
  return signIns
    .filter((signIn) => {
      const time = Date.parse(signIn.createdDateTime);
      if (query.userId && signIn.userId !== query.userId) return false;
      if (query.appId && signIn.appId !== query.appId && signIn.resourceId !== query.appId) return false;
      if (query.from && time < query.from.getTime()) return false;
      if (query.to && time >= query.to.getTime()) return false;
      if (query.status === 'success') return signIn.status.errorCode === 0;
      if (query.status === 'failure') return signIn.status.errorCode !== 0;
      return true;
    })
    .sort((a, b) => Date.parse(b.createdDateTime) - Date.parse(a.createdDateTime))
    .map((signIn) => signIn.id);
}
