import { expect } from 'chai';
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/host/config';
import { en } from '../../../src/text/en';
import { nl } from '../../../src/text/nl';
import { renderText } from '../../../tools/chat/renderText';
import { listen, sampleTenantDir, startTestBot, TestBot } from '../../helpers/fixture';
import { within } from '../../helpers/realTime';
import { awaitedLater as later, TOOL_DEADLINE_MS } from '../../helpers/tools';

/** The exit code of a chat process, once it has ended; killed, and a failure, when it has not within the deadline. */
async function ended(child: ChildProcess): Promise<number | null> {
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  try {
    return await within(TOOL_DEADLINE_MS, 'npm run chat ending', closed);
  } catch (error) {
    child.kill('SIGKILL');
    await closed;
    throw error;
  }
}

/** Runs `npm run chat`'s program with the given lines typed in, and returns everything it printed. */
async function chat(lines: string[], args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const dir = await sampleTenantDir();
  const child = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, 'lib', 'tools', 'chat', 'index.js'), ...args],
    {
      env: {
        ...process.env,
        SIGNINS_FILE: path.join(dir, 'signins.json'),
        DIRECTORY_FILE: path.join(dir, 'directory.json'),
        AUDIT_FILE: path.join(dir, 'chat-audit.jsonl'),
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        NODE_NO_WARNINGS: '1',
        ...env,
      },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  child.stdin.end(`${lines.join('\n')}\n`);
  const code = await ended(child);
  expect(code, output).to.equal(0);
  return output;
}

/** Runs the chat program with mistaken arguments, and returns its exit code and what it printed to stderr. */
async function mistake(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [
    path.join(PROJECT_ROOT, 'lib', 'tools', 'chat', 'index.js'),
    ...args,
  ]);
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  return { code: await ended(child), output };
}

describe('terminal chat', function () {
  this.timeout(20_000);
  // Each run is a node process: they start together, before the tests, and overlap. Only the first starts a whole
  // bot; the other chats talk to one bot in this process (--url), whose clock is the tests' NOW. That bot and the
  // sample tenant are ready before any process starts, so no work of this process eats into a process's deadline.
  let bot: TestBot | undefined;
  let runs: {
    agent: Promise<string>;
    adele: Promise<string>;
    dutch: Promise<string>;
    colour: ReturnType<typeof mistake>;
    newYork: Promise<string>;
    mars: ReturnType<typeof mistake>;
  };
  before(async () => {
    bot = await startTestBot();
    const url = `${await listen(bot)}/api/messages`;
    runs = {
      agent: later(chat(['why did jane fail to sign in to teams yesterday?', 'details', 'quit'])),
      adele: later(
        chat(
          ["why can't megan sign in to outlook yesterday?", 'quit'],
          ['--as', 'adele.vance@contoso.com', '--url', url],
        ),
      ),
      dutch: later(
        chat(
          ['waarom lukte het aanmelden van jane bij teams vanochtend niet?', 'quit'],
          ['--locale', 'nl-NL', '--tz', 'Europe/Amsterdam', '--url', url],
        ),
      ),
      colour: later(mistake(['--colour'])),
      // Without --tz, the machine's own zone.
      newYork: later(
        chat(['why did jane fail to sign in to teams this morning?', 'quit'], ['--url', url], {
          TZ: 'America/New_York',
        }),
      ),
      mars: later(mistake(['--locale', 'nl-NL', '--tz', 'Mars/Olympus_Mons'])),
    };
  });
  after(async () => {
    await Promise.allSettled(Object.values(runs ?? {}));
    await bot?.close();
  });

  it('walks the troubleshooting flow as the sample helpdesk agent', async () => {
    const output = await runs.agent;
    expect(output).to.include('You are chatting as Hanna Hoek <hanna.hoek@contoso.com>');
    expect(output).to.include(
      'Found 5 failed sign-ins of jane.visser@contoso.com to Microsoft Teams yesterday',
    );
    expect(output).to.include('Say details for the whole record');
    expect(output).to.include('Error code: 50053');
    expect(output).not.to.include('**');
  });

  it('speaks as the person given with --as, who sees only their own sign-ins', async () => {
    const output = await runs.adele;
    expect(output).to.include('You are chatting as Adele Vance');
    expect(output).to.include('I can only show you your own sign-ins.');
  });

  it("speaks Dutch for --locale nl-NL, its own words as well as the bot's", async () => {
    const output = await runs.dutch;
    expect(output).to.include(
      'Je chat als Hanna Hoek <hanna.hoek@contoso.com>, Helpdeskbeheerder, Rapportlezer.',
    );
    expect(output).to.include(nl.chat.zoneAndQuit('Europe/Amsterdam'));
    expect(output).to.include(nl.chat.you);
    expect(output).to.include('mislukte aanmeldingen van jane.visser@contoso.com');
    expect(output).not.to.include('You are chatting');
    expect(output).not.to.include(en.chat.you);
  });

  it('sends the --tz zone, so "vanochtend" is the morning in Amsterdam', async () => {
    const output = await runs.dutch;
    expect(output).to.include('tussen ma 23 nov 00:00 en ma 23 nov 12:00');
    const lookup = bot!.audit.entries.find((entry) => entry.from === '2026-11-22T23:00:00.000Z');
    expect(lookup?.to).to.equal('2026-11-23T11:00:00.000Z');
  });

  it("sends the machine's time zone when no --tz is given", async () => {
    const output = await runs.newYork;
    expect(output).to.include(en.chat.zoneAndQuit('America/New_York'));
    expect(output).to.include('between Mon 23 Nov 00:00 and Mon 23 Nov 12:00 (America/New_York time)');
    const lookup = bot!.audit.entries.find((entry) => entry.from === '2026-11-23T05:00:00.000Z');
    expect(lookup?.to).to.equal('2026-11-23T17:00:00.000Z');
  });

  it('names the mistake in its arguments, shows how to use it, and exits with 2', async () => {
    const { code, output } = await runs.colour;
    expect(code).to.equal(2);
    expect(output).to.include('[chat] unknown argument "--colour"');
    expect(output).to.include(en.chat.usage);
  });

  it('refuses a time zone that does not exist, in the language asked for, and exits with 2', async () => {
    const { code, output } = await runs.mars;
    expect(code).to.equal(2);
    expect(output).to.include(nl.chat.unknownZone('Mars/Olympus_Mons'));
    expect(output).to.include(nl.chat.usage);
  });
});

describe('renderText', () => {
  it('drops markdown marks and lists suggested replies', () => {
    const text = renderText({
      text: '**Error code:** `50126`',
      suggestedActions: { to: [], actions: [{ type: 'imBack', title: 'Today', value: 'Today' }] },
    });
    expect(text).to.equal('Error code: 50126\n  (Today)');
  });
});
