import { expect } from 'chai';
import { Activity } from 'botbuilder';
import { listen, startAppIdTestBot, startTestBot, TestBot } from '../../helpers/fixture';
import { realDelay } from '../../helpers/realTime';
import { shownText } from '../../helpers/shown';

const HANNA = { id: 'hanna.hoek@contoso.com', name: 'Hanna' };

/** A Direct Line 3.0 client as Web Chat's botframework-directlinejs is one: start, post, poll with a watermark. */
class DirectLineClient {
  conversationId = '';
  token = '';
  watermark = '0';
  readonly received: Partial<Activity>[] = [];

  constructor(private readonly base: string) {}

  async start(): Promise<number> {
    const response = await fetch(`${this.base}/v3/directline/conversations`, { method: 'POST' });
    const body = (await response.json()) as { conversationId: string; token: string; expires_in: number };
    ({ conversationId: this.conversationId, token: this.token } = body);
    return response.status;
  }

  async post(activity: object, token = this.token, conversationId = this.conversationId): Promise<number> {
    const response = await fetch(`${this.base}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(activity),
    });
    await response.text();
    return response.status;
  }

  /** Polls until an activity from the bot shows `part`; returns every text seen so far. */
  async until(part: string): Promise<string[]> {
    for (let tries = 0; tries < 100; tries++) {
      const response = await fetch(
        `${this.base}/v3/directline/conversations/${this.conversationId}/activities?watermark=${this.watermark}`,
        { headers: { authorization: `Bearer ${this.token}` } },
      );
      const page = (await response.json()) as { activities: Partial<Activity>[]; watermark: string };
      this.received.push(...page.activities);
      this.watermark = page.watermark;
      const texts = this.received.map(shownText);
      if (texts.some((text) => text.includes(part))) return texts;
      await realDelay(50);
    }
    throw new Error(`no "${part}" in ${JSON.stringify(this.received.map(shownText))}`);
  }
}

describe('the local Direct Line (Web Chat without Azure)', () => {
  let bot: TestBot;
  let base: string;
  before(async () => {
    bot = await startTestBot();
    base = await listen(bot);
  });
  after(() => bot.close());

  it('runs a conversation through the same bot: the welcome on joining, a question, the answer, a pick', async () => {
    const client = new DirectLineClient(base);
    expect(await client.start()).to.equal(201);
    expect(await client.post({ type: 'event', name: 'webchat/join', from: HANNA, locale: 'en-US' })).to.equal(
      200,
    );
    await client.until('I find out why');
    const question = "why can't megan sign in to outlook yesterday?";
    const say = { type: 'message', from: HANNA, locale: 'en-US', localTimezone: 'Europe/Amsterdam' };
    expect(await client.post({ ...say, text: question })).to.equal(200);
    const texts = await client.until('Found 2 failed sign-ins of megan.bowen@contoso.com');
    // Like Direct Line, the user's own message comes back in order, before the answer.
    expect(texts.indexOf(question)).to.be.above(-1);
    expect(client.received.find((activity) => activity.text === question)?.from?.id).to.equal(HANNA.id);
    expect(await client.post({ ...say, text: '2' })).to.equal(200);
    await client.until('#2');
    // A poll with the latest watermark brings nothing again.
    const seen = client.received.length;
    const again = await fetch(
      `${base}/v3/directline/conversations/${client.conversationId}/activities?watermark=${client.watermark}`,
      { headers: { authorization: `Bearer ${client.token}` } },
    );
    expect(((await again.json()) as { activities: unknown[] }).activities).to.deep.equal([]);
    expect(client.received).to.have.length(seen);
  });

  it('refuses what a Direct Line client may not do, without touching the conversation', async () => {
    const [mine, theirs] = [new DirectLineClient(base), new DirectLineClient(base)];
    await mine.start();
    await theirs.start();
    const message = { type: 'message', text: 'hi', from: HANNA };
    const cases: [what: string, status: Promise<number>, expected: number][] = [
      ['a wrong token', mine.post(message, 'not-the-token'), 403],
      ["another conversation's token", mine.post(message, theirs.token), 403],
      ['an unknown conversation', mine.post(message, mine.token, 'no-such-conversation'), 403],
      ['no sender', mine.post({ type: 'message', text: 'hi' }), 400],
      ['an activity type a user does not send', mine.post({ type: 'invoke', from: HANNA }), 400],
    ];
    for (const [what, status, expected] of cases) expect(await status, what).to.equal(expected);
    const reply = await fetch(`${base}/v3/conversations/no-such-conversation/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'forged' }),
    });
    expect(reply.status, 'a reply to a conversation that does not exist').to.equal(404);
    const page = await fetch(`${base}/v3/directline/conversations/${mine.conversationId}/activities`, {
      headers: { authorization: `Bearer ${mine.token}` },
    });
    expect(((await page.json()) as { activities: unknown[] }).activities).to.deep.equal([]);
  });

  it('is off in channel mode (MicrosoftAppId set): Azure Bot Service is the Direct Line there', async () => {
    const channel = await startAppIdTestBot();
    try {
      const response = await fetch(`${await listen(channel)}/v3/directline/conversations`, {
        method: 'POST',
      });
      expect(response.status).to.be.oneOf([404, 405]);
    } finally {
      await channel.close();
    }
  });
});
