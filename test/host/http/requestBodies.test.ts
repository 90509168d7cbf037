import { expect } from 'chai';
import { activityJson, APP_ID, gzipBomb, peakRss, SERVICE_URL } from '../../helpers/hostile';
import { RawExchange, rawExchange } from '../../helpers/rawHttp';
import { SharedBots, sharedBots } from '../../helpers/sharedBots';

const POST = 'POST /api/messages HTTP/1.1';
const JSON_TYPE = 'content-type: application/json';
const BOMB = gzipBomb(200);
const OVER_LIMIT = Buffer.alloc(300 * 1024, 'x');

/** What a caller notices: the status, within the exchange's deadline, with the bot still answering afterwards. */
const CASES: [
  name: string,
  mode: 'local' | 'channel',
  exchange: (token: string) => RawExchange,
  status: number,
][] = [
  [
    'a gzip bomb (200 MB inflated) without a token',
    'channel',
    () => ({
      head: [POST, JSON_TYPE, 'content-encoding: gzip', `content-length: ${BOMB.length}`],
      body: [BOMB],
    }),
    401,
  ],
  [
    'a gzip bomb with a valid token',
    'channel',
    (token) => ({
      head: [POST, JSON_TYPE, 'content-encoding: gzip', `content-length: ${BOMB.length}`, token],
      body: [BOMB],
    }),
    415,
  ],
  [
    'a gzip bomb in local mode',
    'local',
    () => ({
      head: [POST, JSON_TYPE, 'content-encoding: gzip', `content-length: ${BOMB.length}`],
      body: [BOMB],
    }),
    415,
  ],
  [
    'the first KB of a 200 KB body without a token (answered before the rest)',
    'channel',
    () => ({
      head: [POST, JSON_TYPE, `content-length: ${200 * 1024}`],
      body: [Buffer.alloc(1024, ' ')],
    }),
    401,
  ],
  [
    'a 300 KB chunked body that never ends (read no further than the limit)',
    'local',
    () => ({
      head: [POST, JSON_TYPE, 'transfer-encoding: chunked'],
      body: [`${OVER_LIMIT.length.toString(16)}\r\n`, OVER_LIMIT, '\r\n'],
    }),
    413,
  ],
  [
    'a 300 KB body without content-length with a valid token',
    'channel',
    (token) => ({
      head: [POST, JSON_TYPE, 'transfer-encoding: chunked', token],
      body: [`${OVER_LIMIT.length.toString(16)}\r\n`, OVER_LIMIT, '\r\n0\r\n\r\n'],
    }),
    413,
  ],
  [
    'a body that stops after 10 of its 1,000 bytes',
    'local',
    () => ({ head: [POST, JSON_TYPE, 'content-length: 1000'], body: ['{"type": "m'] }),
    408,
  ],
  [
    'a body that stops half-way, with a valid token',
    'channel',
    (token) => ({
      head: [POST, JSON_TYPE, 'content-length: 1000', token],
      body: [activityJson().slice(0, 100)],
    }),
    408,
  ],
];

describe('request bodies: read after the headers, within a size and a time limit', () => {
  let bots: SharedBots;
  before(async () => (bots = await sharedBots()));

  for (const [name, mode, exchange, status] of CASES) {
    it(`answers ${status} within 2 s to ${name}, holding little memory`, async () => {
      const { port } = bots[mode];
      const token = `authorization: Bearer ${bots.keys.token(APP_ID, SERVICE_URL)}`;
      const { result: answer, growthMiB } = await peakRss(() => rawExchange(port, exchange(token)));
      expect([answer.outcome, answer.status], answer.body).to.deep.equal(['answered', status]);
      expect(growthMiB).to.be.below(50);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).to.equal(200);
    });
  }

  it('keeps serving after a client sends half a body and leaves', async () => {
    const { port } = bots.local;
    const answer = await rawExchange(port, {
      head: [POST, JSON_TYPE, 'content-length: 1000'],
      body: ['{"type": "m'],
      then: 'leave',
    });
    expect(answer.outcome).to.equal('left');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).to.equal(200);
  });
});
