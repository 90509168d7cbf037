import { closeAtEndOfRun } from './endOfRun';
import { FakeBotFrameworkKeys } from './fakeBotFrameworkKeys';
import { listen, startChannelTestBot, startTestBot, TestBot } from './fixture';
import { APP_ID } from './hostile';

export interface ServedBot {
  bot: TestBot;
  base: string;
  port: number;
}

export interface SharedBots {
  local: ServedBot;
  /** Channel mode: tokens signed by `keys` for APP_ID. */
  channel: ServedBot;
  keys: FakeBotFrameworkKeys;
}

/** How long the shared bots give a request's body: short, so slow-body tests need not wait 10 s. */
export const SHARED_BODY_DEADLINE_MS = 150;

let shared: Promise<SharedBots> | undefined;

/**
 * One local and one channel-mode bot for the tests that only send requests, started on first use (each start
 * costs most of a second) and closed once every test file has run.
 */
export function sharedBots(): Promise<SharedBots> {
  shared ??= (async () => {
    const keys = await new FakeBotFrameworkKeys().start();
    closeAtEndOfRun(() => keys.stop());
    const overrides = { bodyDeadlineMs: SHARED_BODY_DEADLINE_MS };
    const [local, channel] = await Promise.all([
      serve(startTestBot({}, overrides)),
      serve(startChannelTestBot(APP_ID, keys.metadataUrl, overrides)),
    ]);
    return { local, channel, keys };
  })();
  return shared;
}

async function serve(starting: Promise<TestBot>): Promise<ServedBot> {
  const bot = await starting;
  closeAtEndOfRun(() => bot.close());
  const base = await listen(bot);
  return { bot, base, port: Number(new URL(base).port) };
}
