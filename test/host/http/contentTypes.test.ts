import { expect } from 'chai';
import { activityJson, SERVICE_URL } from '../../helpers/hostile';
import { ServedBot, sharedBots } from '../../helpers/sharedBots';

/** The activity as a form would carry it; restify's body parser used to read it as the activity itself. */
const FORM = new URLSearchParams({
  type: 'message',
  text: 'what does 50126 mean?',
  'from[id]': 'hanna.hoek@contoso.com',
  'recipient[id]': 'bot',
  'conversation[id]': 'form',
  channelId: 'msteams',
  serviceUrl: SERVICE_URL,
  deliveryMode: 'expectReplies',
}).toString();

const CASES: [type: string | undefined, body: string, status: number][] = [
  ['application/x-www-form-urlencoded', FORM, 415],
  [
    'multipart/form-data; boundary=x',
    `--x\r\ncontent-disposition: form-data; name="type"\r\n\r\nmessage\r\n--x--`,
    415,
  ],
  ['application/xml', '<activity type="message"/>', 415],
  ['application/activity+json', activityJson(), 415],
  ['application/octet-stream', activityJson(), 415],
  [undefined, activityJson(), 415],
  // Answered 400 since the first release, and asserted so in server.test.ts.
  ['text/plain', activityJson(), 400],
  ['application/json', activityJson(), 200],
  ['application/json; charset=utf-8', activityJson(), 200],
  ['Application/JSON', activityJson(), 200],
];

describe('content types', () => {
  let served: ServedBot;
  before(async () => (served = (await sharedBots()).local));

  for (const [type, body, status] of CASES) {
    it(`answers ${status} to a body sent as ${type ?? 'no content type'}`, async () => {
      const response = await fetch(`${served.base}/api/messages`, {
        method: 'POST',
        headers: type ? { 'content-type': type } : {},
        body: new TextEncoder().encode(body),
        signal: AbortSignal.timeout(2_000),
      });
      expect(response.status).to.equal(status);
      const text = await response.text();
      if (status === 415) expect(text).to.include('application/json');
    });
  }
});
