import { expect } from 'chai';
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/host/config';
import { renderText } from '../../../tools/chat/renderText';
import { sampleTenantDir } from '../../helpers/fixture';
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
async function chat(lines: string[], args: string[] = []): Promise<string> {
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

/** Runs the chat program with only `--colour`, and returns its exit code and what it printed to stderr. */
async function mistake(): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [
    path.join(PROJECT_ROOT, 'lib', 'tools', 'chat', 'index.js'),
    '--colour',
  ]);
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  return { code: await ended(child), output };
}

describe('terminal chat', function () {
  this.timeout(20_000);
  // Each run is a node process that loads the whole bot: they start together, before the tests, and overlap.
  let runs: { agent: Promise<string>; adele: Promise<string>; mistake: ReturnType<typeof mistake> };
  before(() => {
    runs = {
      agent: later(chat(['why did jane fail to sign in to teams yesterday?', 'quit'])),
      adele: later(
        chat(["why can't megan sign in to outlook yesterday?", 'quit'], ['--as', 'adele.vance@contoso.com']),
      ),
      mistake: later(mistake()),
    };
  });
  after(() => Promise.allSettled(Object.values(runs ?? {})));

  it('walks the troubleshooting flow as the sample helpdesk agent', async () => {
    const output = await runs.agent;
    expect(output).to.include('You are chatting as Hanna Hoek <hanna.hoek@contoso.com>');
    expect(output).to.include(
      'Found 5 failed sign-ins of jane.visser@contoso.com to Microsoft Teams yesterday',
    );
    expect(output).to.include('Error code: 50053');
    expect(output).not.to.include('**');
  });

  it('speaks as the person given with --as, who sees only their own sign-ins', async () => {
    const output = await runs.adele;
    expect(output).to.include('You are chatting as Adele Vance');
    expect(output).to.include('I can only show you your own sign-ins.');
  });

  it('names the mistake in its arguments', async () => {
    const { code, output } = await runs.mistake;
    expect(code).to.equal(1);
    expect(output).to.include('[chat] unknown argument "--colour"');
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
