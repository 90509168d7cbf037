import { expect } from 'chai';
import { Activity } from 'botbuilder';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { en } from '../../../src/text/en';
import { nl } from '../../../src/text/nl';
import { BotClient } from '../../../tools/chat/botClient';

/** An /api/messages that keeps what it is sent and answers with `status`. */
class FakeEndpoint {
  readonly received: Partial<Activity>[] = [];
  status = 200;
  private readonly server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      this.received.push(JSON.parse(body) as Partial<Activity>);
      response.writeHead(this.status, { 'content-type': 'application/json' });
      response.end(this.status === 200 ? '{"activities":[]}' : '{"error":"broken"}');
    });
  });

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/messages`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe("the terminal chat's bot client", () => {
  let endpoint: FakeEndpoint;
  beforeEach(async () => (endpoint = await new FakeEndpoint().start()));
  afterEach(() => endpoint.stop());

  const user = { id: 'hanna.hoek@contoso.com', name: 'Hanna Hoek' };

  for (const [locale, timeZone] of [
    ['nl-NL', 'Europe/Amsterdam'],
    ['en-US', 'America/New_York'],
  ])
    it(`sends ${locale} and ${timeZone} with every activity, as Teams does`, async () => {
      const client = new BotClient(endpoint.url, user, { locale, timeZone }, en.chat);
      await client.join();
      await client.say('why did jane fail to sign in to teams this morning?');
      expect(endpoint.received.map((activity) => activity.type)).to.deep.equal([
        'conversationUpdate',
        'message',
      ]);
      for (const activity of endpoint.received) {
        expect(activity.localTimezone, activity.type).to.equal(timeZone);
        expect(activity.locale, activity.type).to.equal(locale);
      }
    });

  it("says in the chat's language when the bot answers with an error", async () => {
    endpoint.status = 500;
    const client = new BotClient(
      endpoint.url,
      user,
      { locale: 'nl-NL', timeZone: 'Europe/Amsterdam' },
      nl.chat,
    );
    let failure: Error | undefined;
    await client.say('hallo').catch((error: Error) => (failure = error));
    expect(failure?.message).to.equal(nl.chat.botFailed(500, '{"error":"broken"}'));
  });
});
