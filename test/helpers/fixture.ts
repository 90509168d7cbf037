import os from 'node:os';
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AuditEntry, AuditSink } from '../../src/access/auditLog';
import { App, AppOverrides, createApp } from '../../src/app';
import { Config, loadConfig, PROJECT_ROOT } from '../../src/host/config';
import { createLogger, Logger } from '../../src/host/log';
import { sampleDirectory } from '../../src/sample/generator';
import { writeSampleTenant } from '../../src/sample/sampleFiles';
import { checkAtEndOfRun, tempDir } from './endOfRun';
// Fails the run when a test prints to console.error or console.warn.
import './console';

/** The fixed moment every test runs at: Monday 23 November 2026, 10:00 UTC. */
export const NOW = new Date('2026-11-23T10:00:00Z');
export const ZONE = 'Europe/Amsterdam';

export class MemoryAudit implements AuditSink {
  readonly entries: AuditEntry[] = [];
  async append(entry: AuditEntry): Promise<void> {
    this.entries.push(entry);
  }
  async read(): Promise<AuditEntry[]> {
    return [...this.entries];
  }
}

export interface TestBot {
  app: App;
  audit: MemoryAudit;
  config: Config;
  dir: string;
  /** Closes the server and its connections if it listens, and stops the app's watchers and timers. Safe to repeat. */
  close(): Promise<void>;
}

/** Bots started and not closed yet, with the test file that started each: the run fails if any is left at its end. */
const openBots = new Map<TestBot, string>();
checkAtEndOfRun(() => [...openBots.values()].map((where) => `a test bot started by ${where}`));

let tenantDir: Promise<string> | undefined;

/**
 * A folder with the sample tenant for NOW (generated once per test run) plus the shipped catalog and apps, and the
 * sample's people as a directory file: tests read their IDs there, and test bots name it as DIRECTORY_FILE, the
 * directory of whatever tenant they import.
 */
export function sampleTenantDir(): Promise<string> {
  tenantDir ??= (async () => {
    const dir = await tempDir('signin-bot');
    for (const file of ['catalog.json', 'catalog.nl.json', 'apps.json'])
      await cp(path.join(PROJECT_ROOT, 'data', file), path.join(dir, file));
    await writeSampleTenant(
      { appsFile: path.join(dir, 'apps.json'), signInsFile: path.join(dir, 'signins.json') },
      NOW,
    );
    await writeFile(path.join(dir, 'directory.json'), `${JSON.stringify(sampleDirectory(), null, 2)}\n`);
    return dir;
  })();
  return tenantDir;
}

export async function startTestBot(
  env: NodeJS.ProcessEnv = {},
  overrides: AppOverrides = {},
  logger: Logger = createLogger('silent'),
): Promise<TestBot> {
  const dir = await sampleTenantDir();
  // Every bot files its tickets in a folder of its own, never in the project's data/state.
  const state = await tempDir('signin-bot-state');
  const config = loadConfig({
    SIGNINS_FILE: path.join(dir, 'signins.json'),
    DIRECTORY_FILE: path.join(dir, 'directory.json'),
    CATALOG_FILE: path.join(dir, 'catalog.json'),
    // One index cache for the whole run: the first bot builds it, the others load it.
    CATALOG_INDEX_FILE: path.join(os.tmpdir(), 'signin-bot-test-catalog-index.json'),
    APPS_FILE: path.join(dir, 'apps.json'),
    AUDIT_FILE: path.join(dir, 'audit.jsonl'),
    TICKETS_FILE: path.join(state, 'tickets.json'),
    LOG_LEVEL: 'silent',
    ...env,
  });
  const audit = new MemoryAudit();
  let app: App | undefined = await createApp(config, logger, { now: () => NOW, audit, ...overrides });
  let closing: Promise<void> | undefined;
  const bot: TestBot = {
    // Let go of a closed bot (its sign-in store is tens of MB): mocha keeps every describe's variables to the end.
    get app(): App {
      if (!app) throw new Error('[test] this test bot is closed');
      return app;
    },
    audit,
    config,
    dir,
    close: () =>
      (closing ??= closeApp(bot.app).finally(() => {
        openBots.delete(bot);
        app = undefined;
      })),
  };
  openBots.set(bot, startedBy(new Error().stack));
  return bot;
}

async function closeApp(app: App): Promise<void> {
  app.close();
  const http = app.server.server;
  if (!http.listening) return;
  http.closeAllConnections();
  await new Promise<void>((resolve) => app.server.close(() => resolve()));
}

/** The test file in a stack trace: the first frame under test/ that is not a helper. */
function startedBy(stack = ''): string {
  const frame = stack
    .split('\n')
    .find((line) => /[/\\]test[/\\]/.test(line) && !/[/\\]helpers[/\\]/.test(line));
  return frame?.trim().replace(/^at /, '') ?? 'a test';
}

/** A test bot with a Microsoft App ID that no test sends a token to: for what channel mode turns off or refuses. */
export function startAppIdTestBot(env: NodeJS.ProcessEnv = {}): Promise<TestBot> {
  return startTestBot({
    MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
    MicrosoftAppPassword: 'not-a-real-secret',
    MicrosoftAppType: 'MultiTenant',
    HOST: '127.0.0.1',
    ...env,
  });
}

/** A test bot in channel mode, its tokens checked against the keys at `metadataUrl` (FakeBotFrameworkKeys). */
export function startChannelTestBot(
  appId: string,
  metadataUrl: string,
  overrides: AppOverrides = {},
  logger?: Logger,
): Promise<TestBot> {
  const env = {
    MicrosoftAppId: appId,
    MicrosoftAppPassword: 'not-a-real-secret',
    MicrosoftAppType: 'MultiTenant',
    HOST: '127.0.0.1',
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
  };
  return startTestBot(env, overrides, logger);
}

/** Starts the bot's HTTP server on a free loopback port, unless it listens already; returns its base URL. */
export async function listen(bot: TestBot): Promise<string> {
  if (!bot.app.server.server.listening)
    await new Promise<void>((resolve) => bot.app.server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${bot.app.server.address().port}`;
}

/** One test bot serving HTTP for the enclosing `describe`: started before its tests, closed after them. */
export function servedTestBot(): { bot: TestBot; base: string } {
  const served = {} as { bot: TestBot; base: string };
  before(async () => {
    served.bot = await startTestBot();
    served.base = await listen(served.bot);
  });
  after(() => served.bot.close());
  return served;
}
