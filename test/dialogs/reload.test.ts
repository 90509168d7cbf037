import { expect } from 'chai';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { importFiles } from '../../tools/import/importer';
import { Conversation } from '../helpers/conversation';
import { sampleTenantDir, startTestBot, TestBot } from '../helpers/fixture';
import { identityOf } from '../helpers/identity';
import { tempDir } from '../helpers/endOfRun';
import { eventually } from '../helpers/realTime';
import { PROJECT_ROOT } from '../../src/host/config';

const IMPORTS = path.join(PROJECT_ROOT, 'test', 'fixtures', 'imports');

describe('a reload in the middle of a conversation', () => {
  let bot: TestBot;
  let store: string;
  const knows = (name: string) => bot.app.names.current().users.resolve(name).kind === 'one';

  before(async () => {
    const dir = await tempDir('reload');
    await cp(await sampleTenantDir(), dir, { recursive: true });
    store = path.join(dir, 'signins.json');
    bot = await startTestBot(
      { SIGNINS_FILE: store, DIRECTORY_FILE: path.join(dir, 'directory.json') },
      { reloadIntervalMs: 20 },
    );
    await importFiles(store, [path.join(IMPORTS, 'InteractiveSignIns_2026-11-16_2026-11-23.csv')]);
    await eventually('the bot picking up the import (it looks every 20 ms)', () => knows('ruud'));
  });
  after(() => bot.close());

  it('finishes the question about a person the reload removed, instead of failing', async () => {
    const chat = new Conversation(bot.app, identityOf(bot.app, 'hanna.hoek@contoso.com'));
    expect(await chat.ask("why can't ruud sign in?")).to.include('Which app was Ruud');

    await importFiles(store, [path.join(IMPORTS, 'graph-v1.0-example.json')], { replace: true });
    await eventually('the bot picking up the replaced store', () => !knows('ruud'));

    await chat.ask('outlook');
    const answer = await chat.ask('yesterday');
    expect(answer).to.include('ruud.devries@fabrikam.nl');
    expect(answer).not.to.include('something went wrong');
  });
});
