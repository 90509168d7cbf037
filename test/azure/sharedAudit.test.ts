import { expect } from 'chai';
import { azurite } from '../helpers/azurite';
import { Conversation } from '../helpers/conversation';
import { startTestBot, TestBot } from '../helpers/fixture';
import { identityOf } from '../helpers/identity';

const HANNA = 'hanna.hoek@contoso.com';
const ADELE = 'adele.vance@contoso.com';

describe('one audit trail for two instances (Azurite)', function () {
  this.timeout(30_000);

  it('answers "who looked up jane\'s sign-ins?" on one instance with the lookups made on both', async () => {
    const storage = await azurite();
    const env = storage.env(storage.container());
    // The audit trail in blobs, not the fixture's in-memory one.
    const bots: TestBot[] = await Promise.all([
      startTestBot(env, { audit: undefined }),
      startTestBot(env, { audit: undefined }),
    ]);
    try {
      const [a, b] = bots;
      const ask = (bot: TestBot, upn: string, text: string): Promise<string> =>
        new Conversation(bot.app, identityOf(bot.app, upn)).ask(text);
      await ask(a, HANNA, 'why did jane fail to sign in to teams yesterday?');
      await ask(b, ADELE, 'why did jane fail to sign in to teams yesterday?');
      const reply = await ask(b, HANNA, "who looked up jane's sign-ins?");
      expect(reply).to.include('Lookups of the sign-ins of Jane Visser, newest first:');
      expect(reply).to.include('Adele Vance was refused');
      expect(reply).to.include('Hanna Hoek saw');
    } finally {
      await Promise.all(bots.map((bot) => bot.close()));
    }
  });
});
