import { expect } from 'chai';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { ChannelAccount } from 'botbuilder';
import { DirectoryUser } from '../../../src/directory/directoryUser';
import { listen, sampleTenantDir, startTestBot, TestBot } from '../../helpers/fixture';
import { postActivity } from '../../helpers/http';
import { tempDir } from '../../helpers/endOfRun';
import { eventually } from '../../helpers/realTime';
import { runTool } from '../../helpers/tools';
import { TAILSPIN, writeTailspin } from '../../helpers/otherTenant';

const HANNA: ChannelAccount = { id: 'hanna.hoek@contoso.com', name: 'Hanna Hoek' };
const ROSA: ChannelAccount = {
  id: TAILSPIN.agent.userPrincipalName,
  name: TAILSPIN.agent.displayName,
  aadObjectId: TAILSPIN.agent.id,
};
const REFUSAL = 'I can only show you your own sign-ins.';

/** A conversation over the bot's HTTP route: each message's replies, joined. */
function chat(base: string, from: ChannelAccount): (text: string) => Promise<string> {
  const conversation = {
    id: `another-tenant-${Math.random()}`,
    isGroup: false,
    conversationType: 'personal',
    name: 'c',
  };
  return async (text) => (await postActivity(base, { text, from, conversation })).texts.join('\n\n');
}

/** A question about someone who shares a first name with one of the sample's people, and the answer's first line. */
const SHARED_FIRST_NAMES: [say: string, found: string][] = [
  [
    'why did megan fail to sign in to expenses yesterday?',
    `Found 1 failed sign-in of ${TAILSPIN.megan.userPrincipalName} to Tailspin Expenses yesterday`,
  ],
  [
    'why did jane fail to sign in to teams yesterday?',
    `Found 1 failed sign-in of ${TAILSPIN.jane.userPrincipalName} to Microsoft Teams yesterday`,
  ],
];

describe('another tenant imported with --replace over the sample', () => {
  let bot: TestBot;
  let base: string;
  let store: string;
  const knows = (name: string): DirectoryUser | undefined => {
    const match = bot.app.names.current().users.resolve(name);
    return match.kind === 'one' ? match.user : undefined;
  };
  let tailspin: Awaited<ReturnType<typeof writeTailspin>>;
  const cli = (...args: string[]) =>
    runTool('import/index.js', args, { SIGNINS_FILE: store, DIRECTORY_FILE: tailspin.directory });

  before(async () => {
    const dir = await tempDir('another-tenant');
    await cp(await sampleTenantDir(), dir, { recursive: true });
    store = path.join(dir, 'signins.json');
    // The admin has exported Tailspin's directory and written its app words before importing its sign-ins.
    tailspin = await writeTailspin(dir);
    bot = await startTestBot(
      { SIGNINS_FILE: store, DIRECTORY_FILE: tailspin.directory, TENANT_APPS_FILE: tailspin.apps },
      { reloadIntervalMs: 20 },
    );
    base = await listen(bot);
  });
  after(() => bot.close());

  it("answers from the sample tenant's people and app words until the import", async () => {
    expect(await chat(base, HANNA)('why did henrietta fail to sign in to expenses yesterday?')).to.include(
      'Found 1 failed sign-in of henrietta.mueller@contoso.com to Contoso Expenses yesterday',
    );
    expect(knows('rosa')).to.equal(undefined);
  });

  describe('once npm run import -- --replace has read its export', () => {
    before(async () => {
      const { stdout } = await cli('--replace', tailspin.export);
      expect(stdout).to.include('now holds 3 sign-ins');
      expect(stdout).not.to.include('There is no directory file');
      await eventually('the bot picking up the import (it looks every 20 ms)', () => !!knows('rosa'));
    });

    for (const [say, found] of SHARED_FIRST_NAMES)
      it(`answers "${say}" about Tailspin's one person, without asking which one`, async () => {
        const answer = await chat(base, ROSA)(say);
        expect(answer).to.include(found);
        expect(answer).not.to.include('Which one?');
        expect(answer).not.to.include('contoso');
      });

    it("knows none of the sample's people: their names and addresses find no one", async () => {
      const ask = chat(base, ROSA);
      expect(await ask('why did adele.vance@contoso.com fail to sign in to teams yesterday?')).to.include(
        'I can\'t find anyone called "adele.vance@contoso.com"',
      );
      for (const name of ['adele.vance@contoso.com', 'henrietta mueller', 'hanna hoek'])
        expect(await ask(name)).to.include(`I can't find anyone called "${name}"`);
    });

    it("gives the sample's helpdesk agent no role: Hanna Hoek may no longer read anyone's sign-ins", async () => {
      expect(await chat(base, HANNA)('why did megan fail to sign in to expenses yesterday?')).to.include(
        REFUSAL,
      );
    });

    it("knows none of the sample's own apps", async () => {
      const ask = chat(base, ROSA);
      expect(await ask('why did megan fail to sign in to the hr portal yesterday?')).to.include(
        'Which app was Megan Kowalski signing in to?',
      );
      expect(await ask('hr portal')).to.include(`I don't know an app called "hr portal"`);
    });

    it("knows the sample's people and apps again after npm run import -- --tenant-sample", async () => {
      await cli('--tenant-sample');
      await eventually('the bot picking up the sample tenant', () => !knows('rosa'));
      expect(await chat(base, HANNA)('why did henrietta fail to sign in to expenses yesterday?')).to.include(
        'Found 1 failed sign-in of henrietta.mueller@contoso.com to Contoso Expenses yesterday',
      );
    });
  });
});

describe('another tenant imported with no directory file of its own', () => {
  let bot: TestBot;
  let base: string;
  let imported: string;
  before(async () => {
    const dir = await tempDir('another-tenant');
    const store = path.join(dir, 'signins.json');
    const directory = path.join(dir, 'no-directory.json');
    const tailspin = await writeTailspin(dir);
    imported = (
      await runTool('import/index.js', ['--replace', tailspin.export], {
        SIGNINS_FILE: store,
        DIRECTORY_FILE: directory,
      })
    ).stdout;
    bot = await startTestBot({
      SIGNINS_FILE: store,
      DIRECTORY_FILE: directory,
      TENANT_APPS_FILE: path.join(dir, 'no-app-words.json'),
      HELPDESK_STAFF: TAILSPIN.agent.userPrincipalName,
    });
    base = await listen(bot);
  });
  after(() => bot.close());

  it('is told by npm run import that nobody has a role, and how to name the helpdesk', () => {
    expect(imported).to.include('There is no directory file at');
    expect(imported).to.include('Name the helpdesk in HELPDESK_STAFF');
  });

  it('knows the people and apps its records name, and HELPDESK_STAFF says who may read them', async () => {
    const ask = chat(base, { ...ROSA, aadObjectId: undefined });
    // Megan used one app in the last 30 days: no "which app?".
    const reply = await ask('why did megan fail to sign in yesterday?');
    expect(reply).to.include(
      `Found 1 failed sign-in of ${TAILSPIN.megan.userPrincipalName} to Tailspin Expenses yesterday`,
    );
    expect(reply).to.not.include('Which app');
  });
});
