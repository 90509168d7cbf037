import { expect } from 'chai';
import path from 'node:path';
import { LiveSignInStore } from '../../src/signins/liveSignInStore';
import { SignIn } from '../../src/signins/signIn';
import { readSignInFile, SignInFileData, writeSignInFile } from '../../src/signins/signInFile';
import { capturedLog, messagesOf } from '../helpers/capturedLog';
import { listen, NOW, sampleTenantDir, startTestBot } from '../helpers/fixture';
import { postActivity } from '../helpers/http';
import { identityOf } from '../helpers/identity';
import { tempDir } from '../helpers/endOfRun';

const SECRET = 'jane.visser@contoso.com';

/** Records a hand edit or a half-finished tool can leave in signins.json. */
const BAD: [name: string, record: (good: SignIn) => unknown][] = [
  ['an ID and nothing else', () => ({ id: 'broken' })],
  ['null', () => null],
  ['an empty object', () => ({})],
  ['an ID that is a number', (good) => ({ ...good, id: 42 })],
  ['a time that is not a time', (good) => ({ ...good, id: 'bad-time', createdDateTime: SECRET })],
  ['no status', (good) => ({ ...good, id: 'no-status', status: undefined })],
];

let sampleData: Promise<SignInFileData> | undefined;

/** The sample tenant's sign-in file, read once for the whole file (14 MB): no test changes what it is given. */
function sample(): Promise<SignInFileData> {
  // Records up to NOW only: the sample's later hours of its last day are hidden as not yet happened.
  sampleData ??= sampleTenantDir()
    .then((dir) => readSignInFile(path.join(dir, 'signins.json')))
    .then((data) => ({
      ...data,
      signIns: data.signIns.filter((signIn) => Date.parse(signIn.createdDateTime) <= NOW.getTime()),
    }));
  return sampleData;
}

/** Writes `data` with `bad` as its second record; returns the file. */
async function withBadRecords(data: SignInFileData, bad: unknown[]): Promise<string> {
  const file = path.join(await tempDir('bad-records'), 'signins.json');
  const [first, ...rest] = data.signIns;
  await writeSignInFile(file, { ...data, signIns: [first, ...bad, ...rest] as SignIn[] });
  return file;
}

describe('bad records in signins.json', () => {
  after(() => (sampleData = undefined));

  for (const [name, bad] of BAD)
    it(`are skipped and counted by position, at start-up and on reload (${name})`, async () => {
      const data = await sample();
      const good = data.signIns.slice(0, 3);
      const file = await withBadRecords({ ...data, signIns: good }, [bad(good[1])]);
      const { lines, logger } = capturedLog();
      const store = await LiveSignInStore.open(file, () => NOW, logger);
      await store.reload();
      expect(store.size).to.equal(3);
      for (const signIn of good) expect(await store.find({ requestId: signIn.id })).to.have.length(1);
      const log = messagesOf(lines);
      expect(
        log.match(/skipped 1 sign-in record in .*signins\.json that the bot cannot read \(record 2: /g),
      ).to.have.length(2);
      expect(log).not.to.include(SECRET);
      expect(log).not.to.include('Invalid time value');
    });

  it('with a bad anchorDate in the sample, are read with the dates they have, and the log says so', async () => {
    const data = await sample();
    const file = await withBadRecords({ ...data, meta: { ...data.meta, anchorDate: 'last Monday' } }, []);
    const { lines, logger } = capturedLog();
    const store = await LiveSignInStore.open(file, () => NOW, logger);
    expect(store.size).to.equal(data.signIns.length);
    const newest = (await store.find({}))[0];
    expect(newest.createdDateTime).to.equal(data.signIns[0].createdDateTime);
    expect(messagesOf(lines)).to.match(/signins\.json: "meta.anchorDate" is not a date \(YYYY-MM-DD\)/);
  });

  it('leave the bot answering from the good ones, with the count in /healthz', async () => {
    const data = await sample();
    const file = await withBadRecords(
      data,
      BAD.map(([, bad]) => bad(data.signIns[1])),
    );
    const bot = await startTestBot({ SIGNINS_FILE: file });
    const base = await listen(bot);
    try {
      const health = (await (await fetch(`${base}/healthz`)).json()) as Record<string, unknown>;
      expect(health).to.include({ status: 'ok', signIns: data.signIns.length, skippedSignIns: BAD.length });
      const reply = await postActivity(base, {
        text: "why can't megan sign in to outlook yesterday?",
        from: identityOf(bot.app, 'hanna.hoek@contoso.com'),
        conversation: { id: 'bad-records', isGroup: false, conversationType: 'personal', name: 'b' },
      });
      expect(reply.texts.join('\n')).to.include('Found 2 failed sign-ins of megan.bowen@contoso.com');
    } finally {
      await bot.close();
    }
  });
});
