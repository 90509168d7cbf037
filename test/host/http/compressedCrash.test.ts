import { expect } from 'chai';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ChildBot, running, startChildBot } from '../../helpers/childBot';
import { FakeBotFrameworkKeys } from '../../helpers/fakeBotFrameworkKeys';
import { tempDir } from '../../helpers/endOfRun';
import { sampleTenantDir } from '../../helpers/fixture';
import { activityJson, APP_ID, SERVICE_URL } from '../../helpers/hostile';
import { rawExchange } from '../../helpers/rawHttp';
import { sharedBots } from '../../helpers/sharedBots';

const ACTIVITY = activityJson();

const BODIES: [name: string, encoding: string, body: Buffer][] = [
  ['one byte', 'gzip', Buffer.from('x')],
  ['text that is not gzip', 'gzip', Buffer.from('not gzip')],
  ['a gzip stream cut in half', 'gzip', gzipSync(ACTIVITY).subarray(0, 40)],
  ['a whole gzip stream', 'gzip', gzipSync(ACTIVITY)],
  ['deflate garbage', 'deflate', Buffer.from('x')],
];

/** The bot as a process, so an unhandled 'error' event shows as what it is: the bot gone. */
describe('the bot process and compressed bodies', function () {
  this.timeout(30_000);
  let keys: FakeBotFrameworkKeys;
  const bots: Record<string, ChildBot> = {};

  before(async () => {
    const dir = await sampleTenantDir();
    const state = await tempDir('gzip');
    keys = (await sharedBots()).keys;
    const files = {
      SIGNINS_FILE: path.join(dir, 'signins.json'),
      DIRECTORY_FILE: path.join(dir, 'directory.json'),
      CATALOG_FILE: path.join(dir, 'catalog.json'),
      APPS_FILE: path.join(dir, 'apps.json'),
      AUDIT_FILE: path.join(state, 'audit.jsonl'),
      TICKETS_FILE: path.join(state, 'tickets.json'),
    };
    const [local, channel] = await Promise.allSettled([
      startChildBot(files),
      startChildBot({
        ...files,
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-a-real-secret',
        ToBotFromChannelOpenIdMetadataUrl: keys.metadataUrl,
      }),
    ]);
    if (local.status === 'fulfilled') bots.local = local.value;
    if (channel.status === 'fulfilled') bots.channel = channel.value;
    for (const outcome of [local, channel]) if (outcome.status === 'rejected') throw outcome.reason;
  });
  after(() => Promise.all(Object.values(bots).map((bot) => bot.kill())));

  const MODES: [mode: string, bot: string, authorization: () => string | undefined, status: number][] = [
    ['local mode', 'local', () => undefined, 415],
    ['channel mode without a token', 'channel', () => undefined, 401],
    ['channel mode with a valid token', 'channel', () => `Bearer ${keys.token(APP_ID, SERVICE_URL)}`, 415],
  ];
  for (const [mode, which, authorization, status] of MODES) {
    for (const [name, encoding, body] of BODIES) {
      it(`answers ${status} to ${name} as ${encoding} in ${mode}, and lives`, async () => {
        const bot = bots[which];
        const token = authorization();
        const answer = await rawExchange(bot.port, {
          head: [
            'POST /api/messages HTTP/1.1',
            'content-type: application/json',
            `content-encoding: ${encoding}`,
            `content-length: ${body.length}`,
            ...(token ? [`authorization: ${token}`] : []),
          ],
          body: [body],
        });
        expect([answer.outcome, answer.status]).to.deep.equal(['answered', status]);
        expect((await fetch(`${bot.base}/healthz`)).status).to.equal(200);
        expect(running(bot.child)).to.equal(true);
      });
    }
  }
});
