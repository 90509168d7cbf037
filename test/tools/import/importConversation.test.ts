import { expect } from 'chai';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { importFiles } from '../../../tools/import/importer';
import { Conversation } from '../../helpers/conversation';
import { sampleTenantDir, startTestBot, TestBot } from '../../helpers/fixture';
import { identityOf } from '../../helpers/identity';
import { eventually } from '../../helpers/realTime';
import { IMPORTS } from './importFixtures';
import { tempDir } from '../../helpers/endOfRun';

const QUESTIONS: [format: string, say: string, wanted: string[]][] = [
  [
    'portal CSV',
    'why did ruud fail to sign in to outlook yesterday?',
    [
      'Found 1 failed sign-in of ruud.devries@fabrikam.nl',
      '**Error code:** 50126',
      '**Location:** Amsterdam, Noord-Holland, NL',
    ],
  ],
  [
    'portal CSV re-saved by Excel',
    'why did ruud fail to sign in to microsoft azure powershell yesterday?',
    ['50076'],
  ],
  [
    'Log Analytics CSV',
    "why can't sanne bakker sign in to outlook mobile yesterday?",
    ['sanne.bakker@fabrikam.nl', '53000', 'blocked by "Require compliant device for Exchange"'],
  ],
  [
    'Log Analytics JSON',
    'why did pim fail to sign in to teams yesterday?',
    ['pim.jansen@fabrikam.nl', '50053'],
  ],
  [
    'Graph beta JSON',
    'why did lotte smit fail to sign in to the azure portal yesterday?',
    ['500121', '**The MFA step says "User declined the authentication":**'],
  ],
];

describe('the conversation on imported sign-ins', () => {
  let bot: TestBot;
  before(async () => {
    const dir = await tempDir('imported');
    await cp(await sampleTenantDir(), dir, { recursive: true });
    bot = await startTestBot(
      {
        SIGNINS_FILE: path.join(dir, 'signins.json'),
        DIRECTORY_FILE: path.join(dir, 'directory.json'),
      },
      { reloadIntervalMs: 20 },
    );
    const files = [
      'InteractiveSignIns_2026-11-16_2026-11-23.csv',
      'portal-reordered-excel.csv',
      'SigninLogs-loganalytics.csv',
      'SigninLogs-loganalytics.json',
      'graph-beta-mfa-denied.json',
    ].map((file) => path.join(IMPORTS, file));
    await importFiles(path.join(dir, 'signins.json'), files);
    await eventually(
      'the bot picking up the import (it looks every 20 ms)',
      () => bot.app.names.current().users.resolve('ruud').kind === 'one',
    );
  });
  after(() => bot.close());

  for (const [format, say, wanted] of QUESTIONS) {
    it(`finds the failure from the ${format} file`, async () => {
      const chat = new Conversation(bot.app, identityOf(bot.app, 'hanna.hoek@contoso.com'));
      const reply = `${await chat.ask(say)}\n\n${await chat.ask('details')}`;
      for (const part of wanted) expect(reply).to.include(part);
    });
  }

  it('no longer answers from the sample tenant the import replaced', async () => {
    const reply = await new Conversation(bot.app, identityOf(bot.app, 'hanna.hoek@contoso.com')).ask(
      'why did jane fail to sign in to teams yesterday?',
    );
    expect(reply).to.not.include('Found 5 failed sign-ins');
  });
});
