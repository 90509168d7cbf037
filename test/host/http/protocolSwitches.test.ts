import { expect } from 'chai';
import { activityJson } from '../../helpers/hostile';
import { rawExchange } from '../../helpers/rawHttp';
import { ServedBot, sharedBots } from '../../helpers/sharedBots';

const ACTIVITY = activityJson();

/** Requests that leave Node's HTTP handling: once closed without a word, or held open for good. */
const CASES: [name: string, head: string[], body: string[], status: number][] = [
  ['CONNECT to the route', ['CONNECT /api/messages HTTP/1.1'], [], 405],
  ['CONNECT to another host', ['CONNECT 127.0.0.1:22 HTTP/1.1'], [], 405],
  [
    'an activity asking to upgrade to websocket',
    [
      'POST /api/messages HTTP/1.1',
      'content-type: application/json',
      `content-length: ${ACTIVITY.length}`,
      'connection: upgrade',
      'upgrade: websocket',
    ],
    [ACTIVITY],
    400,
  ],
  [
    'a health probe asking to upgrade to h2c',
    ['GET /healthz HTTP/1.1', 'connection: upgrade', 'upgrade: h2c'],
    [],
    400,
  ],
];

describe('CONNECT and Upgrade', () => {
  let served: ServedBot;
  before(async () => (served = (await sharedBots()).local));

  for (const [name, head, body, status] of CASES) {
    it(`answers ${status} to ${name} and closes the connection`, async () => {
      const port = Number(new URL(served.base).port);
      const answer = await rawExchange(port, { head, body });
      expect([answer.outcome, answer.status]).to.deep.equal(['answered', status]);
      expect(answer.headers.connection).to.equal('close');
      expect((await fetch(`${served.base}/healthz`)).status).to.equal(200);
    });
  }
});
