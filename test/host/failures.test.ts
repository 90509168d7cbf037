import { expect } from 'chai';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MemoryStorage, StoreItems } from 'botbuilder';
import { PROJECT_ROOT } from '../../src/host/config';
import { ensureSampleTenant } from '../../src/sample/sampleFiles';
import { SignInSource } from '../../src/signins/signInSource';
import { capturedLog } from '../helpers/capturedLog';
import { listen, NOW, startTestBot } from '../helpers/fixture';
import { postActivity } from '../helpers/http';
import { tempDir } from '../helpers/endOfRun';

/** A sign-in source that fails the way a remote log does, with personal data in its error message. */
const brokenSource: SignInSource = {
  find: async () => {
    throw new Error(
      "GET /auditLogs/signIns?$filter=userPrincipalName eq 'jane.visser@contoso.com' from 10.1.2.3: 503",
    );
  },
  describe: () => ({ includesNonInteractive: false }),
};

describe('when something fails', () => {
  it('tells the user the sign-in log is unreachable and logs the cause without personal data', async () => {
    const { lines, logger } = capturedLog();
    const bot = await startTestBot({}, { source: brokenSource }, logger);
    const base = await listen(bot);
    try {
      const reply = await postActivity(base, {
        id: 'a1',
        text: 'why did jane fail to sign in to teams yesterday?',
        from: { id: 'hanna.hoek@contoso.com', name: 'Hanna' },
        conversation: { id: 'broken-1', isGroup: false, conversationType: 'personal', name: 'broken' },
      });
      expect(reply.texts.join(' ')).to.include("I can't reach the sign-in log right now");
      const log = lines.join('');
      expect(log).to.include('the sign-in source failed');
      expect(log).not.to.include('jane');
      expect(log).not.to.include('10.1.2.3');
      expect(log).not.to.include('why did');
    } finally {
      await bot.close();
    }
  });

  it('apologises for a turn that throws with a reference the log has too, resets the conversation, and goes on', async () => {
    const { lines, logger } = capturedLog();
    /** Conversation state whose next read fails, the way a storage outage would. */
    class FlakyStorage extends MemoryStorage {
      failNext = false;
      async read(keys: string[]): Promise<StoreItems> {
        if (this.failNext) {
          this.failNext = false;
          throw new Error('storage unavailable for jane.visser@contoso.com');
        }
        return super.read(keys);
      }
    }
    const storage = new FlakyStorage();
    const bot = await startTestBot({}, { storage }, logger);
    const base = await listen(bot);
    const say = (text: string) =>
      postActivity(base, {
        text,
        from: { id: 'hanna.hoek@contoso.com', name: 'Hanna' },
        conversation: { id: 'throws-1', isGroup: false, conversationType: 'personal', name: 'throws' },
      });
    try {
      expect((await say("why can't megan sign in?")).texts.join()).to.include('Which app');
      storage.failNext = true;
      const apology = (await say('outlook')).texts.join();
      const reference = /\(ref ([0-9a-f]{8})\)/.exec(apology)?.[1];
      expect(apology).to.include('Sorry, something went wrong on my side');
      expect(reference).to.match(/^[0-9a-f]{8}$/);
      const logged = lines.map(
        (line) => JSON.parse(line) as { msg: string; reference?: string; error?: string },
      );
      const failure = logged.find((line) => line.msg === 'turn failed')!;
      expect(failure.reference).to.equal(reference);
      expect(failure.error).to.not.include('jane');
      expect((await say('outlook')).texts.join()).to.not.include('When did it happen');
      expect((await say('what does 50126 mean?')).texts.join()).to.include('InvalidUserNameOrPassword');
    } finally {
      await bot.close();
    }
  });

  it("writes only the sample's sign-ins on first start, leaving the tenant's directory file alone", async () => {
    const dir = await tempDir('first-start');
    await cp(path.join(PROJECT_ROOT, 'data', 'apps.json'), path.join(dir, 'apps.json'));
    await writeFile(path.join(dir, 'directory.json'), '{"users": []}');
    const paths = { appsFile: path.join(dir, 'apps.json'), signInsFile: path.join(dir, 'signins.json') };
    expect(await ensureSampleTenant(paths, NOW)).to.equal(true);
    expect(await readFile(path.join(dir, 'directory.json'), 'utf8')).to.equal('{"users": []}');
    expect(await ensureSampleTenant(paths, NOW)).to.equal(false);
  });
});
