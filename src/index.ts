import { createApp } from './app';
import { loadSettings } from './host/config';
import { createLogger } from './host/log';

async function main(): Promise<void> {
  const config = loadSettings();
  const log = createLogger(config.logLevel, { pii: config.logPii });
  process.on('unhandledRejection', (reason) =>
    log.error({ error: log.redact(String(reason)) }, 'unhandled rejection'),
  );

  const app = await createApp(config, log);
  app.server.listen(config.port, config.host, () => {
    const address = app.server.address();
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${address.port}/api/messages`;
    log.info({ url, signIns: app.signIns }, 'sign-in helpdesk bot listening');
    if (config.localMode) {
      log.info({ chat: url.replace(/api\/messages$/, '') }, 'chat in a browser: open this address');
      log.warn(
        'local mode: MicrosoftAppId is empty, so channel authentication is OFF. Anyone who can reach this port can talk to the bot as anyone. Use it on this machine only.',
      );
    }
  });
  const stop = (): void => {
    // The ticket outbox's lock goes to another instance now, not when its lease runs out.
    void Promise.resolve(app.outbox?.stop()).finally(() => {
      app.close();
      app.server.close(() => process.exit(0));
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
