import { expect } from 'chai';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { listen, startAppIdTestBot } from '../../helpers/fixture';

const SECRET = 'the-direct-line-secret';

/** Azure Bot Service's token endpoint on 127.0.0.1: POST /v3/directline/tokens/generate with the secret. */
async function fakeDirectLine(refuse = false) {
  const asked: { authorization?: string; body: string }[] = [];
  const answer = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    let body = '';
    for await (const chunk of request) body += chunk;
    asked.push({ authorization: request.headers.authorization, body });
    const ok = !refuse && request.url === '/v3/directline/tokens/generate' && request.method === 'POST';
    response.writeHead(ok ? 200 : 403, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify(ok ? { conversationId: 'abc123', token: 'a-conversation-token', expires_in: 1800 } : {}),
    );
  };
  const server = http.createServer((request, response) => void answer(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, asked, stop: () => new Promise((resolve) => server.close(resolve)) };
}

describe('/api/directline/token (channel mode)', () => {
  it('exchanges DIRECT_LINE_SECRET for a conversation token bound to a user ID it makes, never showing the secret', async () => {
    const directLine = await fakeDirectLine();
    const bot = await startAppIdTestBot({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_URL: directLine.url });
    try {
      const base = await listen(bot);
      const [first, second] = [
        await fetch(`${base}/api/directline/token`, { method: 'POST' }),
        await fetch(`${base}/api/directline/token`, { method: 'POST' }),
      ];
      const answer = await first.text();
      expect(first.status).to.equal(200);
      expect(answer).to.not.include(SECRET);
      const token = JSON.parse(answer) as { token: string; conversationId: string; userId: string };
      expect(token).to.include({ token: 'a-conversation-token', conversationId: 'abc123' });
      expect(directLine.asked[0].authorization).to.equal(`Bearer ${SECRET}`);
      const bound = (JSON.parse(directLine.asked[0].body) as { user: { id: string } }).user.id;
      expect(bound)
        .to.match(/^dl_[0-9a-f]{24}$/)
        .and.to.equal(token.userId);
      // Every page gets a user ID of its own.
      expect(((await second.json()) as { userId: string }).userId).to.not.equal(token.userId);
    } finally {
      await bot.close();
      await directLine.stop();
    }
  });

  const REFUSALS: [what: string, env: (url: string) => NodeJS.ProcessEnv, refuse: boolean, status: number][] =
    [
      ['without DIRECT_LINE_SECRET', () => ({}), false, 503],
      [
        'when Azure Bot Service refuses the secret',
        (url) => ({ DIRECT_LINE_SECRET: 'wrong', DIRECT_LINE_URL: url }),
        true,
        502,
      ],
    ];
  for (const [what, env, refuse, status] of REFUSALS)
    it(`gives no token ${what} (${status})`, async () => {
      const directLine = await fakeDirectLine(refuse);
      const bot = await startAppIdTestBot(env(directLine.url));
      try {
        const response = await fetch(`${await listen(bot)}/api/directline/token`, { method: 'POST' });
        expect(response.status).to.equal(status);
        expect(await response.text()).to.not.include('wrong');
      } finally {
        await bot.close();
        await directLine.stop();
      }
    });
});
