import { createApp } from '../../src/app';
import { Config } from '../../src/host/config';
import { createLogger } from '../../src/host/log';

/** The whole bot on a free loopback port, for a chat without --url. */
export async function startLocalBot(config: Config): Promise<{ endpoint: string; close: () => void }> {
  const app = await createApp(config, createLogger(config.logLevel, { pii: config.logPii }));
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${app.server.address().port}/api/messages`,
    close: () => app.server.close(),
  };
}
