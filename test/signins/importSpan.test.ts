import { expect } from 'chai';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Directory } from '../../src/directory/directory';
import { Conversation } from '../helpers/conversation';
import { tempDir } from '../helpers/endOfRun';
import { sampleTenantDir, startTestBot, TestBot } from '../helpers/fixture';
import { identityOf } from '../helpers/identity';
import { builtSignIn } from '../helpers/builtSignIns';

/** An export from April 2021: a file answers for the dates it holds, not only the 30 days Graph keeps. */
describe('an imported log from long ago', () => {
  let bot: TestBot;
  before(async () => {
    const sample = await sampleTenantDir();
    const { users } = await Directory.read(path.join(sample, 'directory.json'));
    const jane = users.find((user) => user.userPrincipalName === 'jane.visser@contoso.com')!;
    const hers = {
      userId: jane.id,
      userPrincipalName: jane.userPrincipalName,
      userDisplayName: jane.displayName,
    };
    const file = path.join(await tempDir('old-import'), 'signins.json');
    const signIns = [
      builtSignIn('2021-05-03T09:00:00Z', 0, hers),
      builtSignIn('2021-04-28T09:05:00Z', 50053, hers),
      builtSignIn('2021-04-28T09:00:00Z', 50126, hers),
    ];
    const meta = { kind: 'import', includesNonInteractive: false, generatedAt: '2021-05-04T00:00:00.000Z' };
    await writeFile(file, JSON.stringify({ meta, users: [], signIns }));
    bot = await startTestBot({ SIGNINS_FILE: file, DIRECTORY_FILE: path.join(sample, 'directory.json') });
  });
  after(() => bot.close());

  const chat = (): Conversation => new Conversation(bot.app, identityOf(bot.app, 'hanna.hoek@contoso.com'));

  it('answers for a day it holds, however long ago', async () => {
    expect(await chat().ask('why did jane fail to sign in to teams on 28 april 2021?')).to.include(
      'Found 2 failed sign-ins of jane.visser@contoso.com to Microsoft Teams on Wed 28 Apr 2021',
    );
  });

  it('offers the apps of its last 30 days, not of the 30 days before today', async () => {
    expect(await chat().ask('why did jane fail to sign in on 28 april 2021?')).to.include('Microsoft Teams');
  });

  it('says where its records start for a day before them, not that the log keeps 30 days', async () => {
    const reply = await chat().ask('why did jane fail to sign in to teams on 1 april 2021?');
    expect(reply).to.include("This log's sign-ins start on Wed 28 Apr 2021, so I can't see Thu 1 Apr 2021.");
    expect(reply).to.not.include('30 days');
  });
});
