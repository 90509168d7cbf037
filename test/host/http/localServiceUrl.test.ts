import { expect } from 'chai';
import { activityJson, APP_ID } from '../../helpers/hostile';
import { SharedBots, sharedBots } from '../../helpers/sharedBots';

/** Where a local bot would have posted its replies, or waited 11 s trying to (reserved names and addresses only). */
const ELSEWHERE = [
  'https://smba.example/emea/',
  'http://192.0.2.1/',
  'http://198.51.100.7:3978/',
  'http://127.0.0.1.example/',
  'http://localhost@attacker.example/',
  'http://[::2]/',
  'ftp://127.0.0.1/',
  'file:///etc/passwd',
  'not a url',
];

const LOOPBACK = [
  'http://127.0.0.1:9/unused',
  'https://127.5.6.7/',
  'http://localhost:9/',
  'http://LOCALHOST/',
  'http://[::1]:9/',
];

describe('serviceUrl in local mode: this machine only', () => {
  let bots: SharedBots;
  before(async () => (bots = await sharedBots()));
  const post = (base: string, serviceUrl: string, deliveryMode: string, authorization?: string) =>
    fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: activityJson({ serviceUrl, deliveryMode, conversation: { id: `url-${serviceUrl}` } }),
      signal: AbortSignal.timeout(2_000),
    });

  for (const serviceUrl of ELSEWHERE) {
    for (const deliveryMode of ['normal', 'expectReplies']) {
      it(`answers 400 at once to serviceUrl ${serviceUrl} (${deliveryMode})`, async () => {
        const response = await post(bots.local.base, serviceUrl, deliveryMode);
        expect(response.status).to.equal(400);
        expect(((await response.json()) as { error: string }).error).to.include('serviceUrl');
      });
    }
  }

  for (const serviceUrl of LOOPBACK) {
    it(`answers an activity whose serviceUrl is ${serviceUrl}`, async () => {
      const response = await post(bots.local.base, serviceUrl, 'expectReplies');
      expect(response.status).to.equal(200);
      expect(await response.text()).to.include('InvalidUserNameOrPassword');
    });
  }

  it('leaves the serviceUrl to the token in channel mode', async () => {
    const serviceUrl = 'https://smba.example/emea/';
    const token = `Bearer ${bots.keys.token(APP_ID, serviceUrl)}`;
    const response = await post(bots.channel.base, serviceUrl, 'expectReplies', token);
    expect(response.status).to.equal(200);
  });
});
