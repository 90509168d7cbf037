import { expect } from 'chai';
import { openContainer } from '../../src/azure/blobContainer';
import { azurite } from '../helpers/azurite';
import { startAzurite } from '../helpers/azuriteProcess';
import { tempDir } from '../helpers/endOfRun';
import { freePort } from '../helpers/freePort';
import { capturedLog, messagesOf } from '../helpers/capturedLog';
import { listen, startTestBot } from '../helpers/fixture';
import { postActivity } from '../helpers/http';

describe('shared storage that goes away under a running bot (Azurite)', function () {
  this.timeout(30_000);

  it('shows no records it cannot record for audit, tells the user why, and logs it for the admin', async () => {
    const storage = await azurite();
    const name = storage.container();
    const { lines, logger } = capturedLog();
    // The audit trail in blobs, not the fixture's in-memory one.
    const bot = await startTestBot(storage.env(name), { audit: undefined }, logger);
    try {
      const base = await listen(bot);
      const chat = {
        ask: async (text: string) =>
          (
            await postActivity(base, {
              text,
              from: { id: 'hanna.hoek@contoso.com', name: 'Hanna' },
              conversation: { id: 'storage-down', conversationType: 'personal', isGroup: false, name: 'd' },
            })
          ).texts.join('\n'),
      };
      expect(await chat.ask("why couldn't megan sign in to outlook last week?")).to.include(
        'megan.bowen@contoso.com',
      );
      await storage.client(name).delete();
      const reply = await chat.ask("why couldn't megan sign in to outlook last week?");
      expect(reply).to.include("I can't reach the storage where I keep our conversations and tickets");
      expect(reply).not.to.include('megan.bowen@contoso.com');
      expect(messagesOf(lines)).to.include('turn failed');
      expect(lines.join('')).not.to.include('megan.bowen');
      await openContainer(storage.client(name));
      expect(await chat.ask("why couldn't megan sign in to outlook last week?")).to.include(
        'megan.bowen@contoso.com',
      );
    } finally {
      await bot.close();
    }
  });
});

describe('shared storage that is away when an instance gets its first message (Azurite stopped)', function () {
  this.timeout(60_000);

  it('apologises while it is away and answers again once it is back, without a restart', async () => {
    const location = await tempDir('azurite-down');
    const port = await freePort();
    let emulator = await startAzurite(location, port);
    const env = {
      STATE_STORE: 'blob',
      AZURE_STORAGE_CONNECTION_STRING: emulator.connectionString,
      AZURE_STORAGE_CONTAINER: 'away-at-first',
    };
    const { lines, logger } = capturedLog();
    const bot = await startTestBot(env, { audit: undefined }, logger);
    try {
      const base = await listen(bot);
      const ask = async (text: string): Promise<string> =>
        (
          await postActivity(base, {
            text,
            from: { id: 'hanna.hoek@contoso.com', name: 'Hanna' },
            conversation: { id: 'first-while-away', conversationType: 'personal', isGroup: false, name: 'f' },
          })
        ).texts.join('\n');
      await emulator.stop();
      expect(await ask('what does 50126 mean?')).to.include("I can't reach the storage");
      // The admin reads what failed: the turn, and the state it could not reset; the user was told.
      expect(messagesOf(lines)).to.include('turn failed');
      expect(messagesOf(lines)).to.include("could not reset the conversation's state");
      expect(messagesOf(lines)).not.to.include('could not tell the user');
      emulator = await startAzurite(location, port);
      expect(await ask('what does 50126 mean?')).to.include('50126');
      expect(await ask("why couldn't megan sign in to outlook last week?")).to.include(
        'megan.bowen@contoso.com',
      );
    } finally {
      await bot.close();
      await emulator.stop();
    }
  });
});
