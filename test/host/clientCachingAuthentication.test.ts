import { Activity, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { expect } from 'chai';
import {
  BoundedCache,
  ClientCachingAuthentication,
  MAX_CACHED_CLIENTS,
} from '../../src/host/clientCachingAuthentication';
import { FakeChannel } from '../helpers/fakeChannel';
import { listen, startTestBot } from '../helpers/fixture';
import { postActivity } from '../helpers/http';

describe('ClientCachingAuthentication', () => {
  const authentication = () =>
    new ClientCachingAuthentication(new ConfigurationBotFrameworkAuthentication({}));
  const connectorFor = async (auth: ClientCachingAuthentication, serviceUrl: string) => {
    const result = await auth.authenticateRequest({ serviceUrl } as Activity, '');
    return result.connectorFactory!.create(serviceUrl, result.audience);
  };

  it('gives every activity from one service URL the same connector client, and each URL its own', async () => {
    const auth = authentication();
    const first = await connectorFor(auth, 'https://smba.trafficmanager.net/emea/');
    const again = await connectorFor(auth, 'https://smba.trafficmanager.net/emea/');
    const other = await connectorFor(auth, 'https://smba.trafficmanager.net/amer/');
    expect(again).to.equal(first);
    expect(other).to.not.equal(first);
  });

  it(`keeps at most ${MAX_CACHED_CLIENTS} clients when activities name ever new service URLs`, async () => {
    const auth = authentication();
    const first = await connectorFor(auth, 'http://127.0.0.1:1/0');
    for (let i = 1; i <= MAX_CACHED_CLIENTS; i++) await connectorFor(auth, `http://127.0.0.1:1/${i}`);
    expect(await connectorFor(auth, 'http://127.0.0.1:1/0')).to.not.equal(first);
  });

  it('does not keep a client whose creation failed', async () => {
    const cache = new BoundedCache<string>(2);
    await cache.get('a', () => Promise.reject(new Error('no credentials'))).catch(() => undefined);
    expect(cache.size).to.equal(0);
    expect(await cache.get('a', () => Promise.resolve('client'))).to.equal('client');
  });

  it('sends each reply to the channel its conversation came from', async () => {
    const [emea, amer] = [await new FakeChannel().start(), await new FakeChannel().start()];
    const bot = await startTestBot();
    const base = await listen(bot);
    const send = (channel: FakeChannel, text: string) =>
      postActivity(base, {
        text,
        from: { id: 'hanna.hoek@contoso.com', name: 'Hanna' },
        conversation: { id: `at-${channel.url}`, isGroup: false, conversationType: 'personal', name: 'x' },
        deliveryMode: 'normal',
        serviceUrl: channel.url,
      });
    try {
      for (const [channel, code] of [
        [emea, '50053'],
        [amer, '50126'],
        [emea, '53003'],
      ] as const)
        expect((await send(channel, `what does ${code} mean?`)).status).to.equal(200);
      const titles = (channel: FakeChannel) => channel.texts().map((text) => /AADSTS\d+/.exec(text)?.[0]);
      expect(titles(emea)).to.deep.equal(['AADSTS50053', 'AADSTS53003']);
      expect(titles(amer)).to.deep.equal(['AADSTS50126']);
    } finally {
      await bot.close();
      await Promise.all([emea.stop(), amer.stop()]);
    }
  });
});
