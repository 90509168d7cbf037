import { expect } from 'chai';
import { Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { SharedConversationStorage, StateConflict } from '../../src/state/sharedConversationStorage';
import { azurite } from '../helpers/azurite';
import { AGENT, Conversation } from '../helpers/conversation';
import { startTestBot, TestBot } from '../helpers/fixture';

async function sharedStorage(container: string): Promise<SharedConversationStorage> {
  return new SharedConversationStorage(new BlobsStorage((await azurite()).connectionString, container));
}

describe('conversation state in Azure Blob Storage shared by two instances (Azurite)', function () {
  this.timeout(30_000);
  const bots: TestBot[] = [];
  afterEach(async () => {
    for (const bot of bots.splice(0)) await bot.close();
  });

  it('carries one conversation on when its turns alternate between two instances', async () => {
    const container = (await azurite()).container();
    for (let n = 0; n < 2; n++)
      bots.push(await startTestBot({}, { storage: await sharedStorage(container) }));
    const [a, b] = bots.map((bot) => new Conversation(bot.app, AGENT));
    expect(await a.ask("why couldn't megan sign in?")).to.include('Which app was Megan Bowen signing in to?');
    expect(await b.ask('outlook')).to.include('When did it happen?');
    const answer = await a.ask('last week');
    expect(answer).to.include('megan.bowen@contoso.com');
    expect(answer).to.match(/\b\d{5,6}\b/);
  });

  it('refuses to write over what another instance stored during the turn, and says so', async () => {
    const container = (await azurite()).container();
    const other = await sharedStorage(container);
    const real = await sharedStorage(container);
    let crossed = true;
    // The other instance answers a message of the same conversation while this turn runs, and stores first.
    const storage: Storage = {
      read: (keys) => real.read(keys),
      delete: (keys) => real.delete(keys),
      write: async (changes: StoreItems) => {
        if (!crossed) {
          crossed = true;
          const [key] = Object.keys(changes);
          const stored = (await other.read([key]))[key] ?? {};
          await other.write({ [key]: { ...stored, eTag: '*', marker: 'from the other instance' } });
        }
        return real.write(changes);
      },
    };
    bots.push(await startTestBot({}, { storage }));
    const conversation = new Conversation(bots[0].app, AGENT);
    expect(await conversation.ask("why couldn't megan sign in?")).not.to.include('Two of your messages');
    crossed = false;
    const replies = await conversation.ask('outlook');
    expect(replies).to.include('When did it happen?');
    expect(replies).to.include('Two of your messages reached me at the same moment');
    const [key] = Object.keys(await real.read(['test/conversations/Convo1']));
    expect((await other.read([key]))[key]).to.include({ marker: 'from the other instance' });
  });

  it('fails a write with the ETag it read once another write came between, and keeps keys of any shape', async () => {
    const container = (await azurite()).container();
    const [a, b] = [await sharedStorage(container), await sharedStorage(container)];
    const key = 'msteams/conversations/19:abc?d#e;messageid=1/members/a%3A1%2F2';
    await a.write({ [key]: { step: 1, eTag: '*' } });
    const readByA = (await a.read([key]))[key];
    const readByB = (await b.read([key]))[key];
    await b.write({ [key]: { ...readByB, step: 2, eTag: '*' } });
    const refused = await a
      .write({ [key]: { ...readByA, step: 3, eTag: '*' } })
      .catch((error: Error) => error);
    expect(refused).to.be.instanceOf(StateConflict);
    expect((await a.read([key]))[key]).to.include({ step: 2 });
    await a.delete([key]);
    expect(await b.read([key])).to.deep.equal({});
  });
});
