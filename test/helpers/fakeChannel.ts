import { shownText } from './shown';
import { Activity, ConversationParameters } from 'botbuilder';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { whenTrue } from './realTime';

/**
 * A Bot Framework channel's connector on 127.0.0.1: the bot POSTs its messages to
 * /v3/conversations/{id}/activities[/{replyToId}] at the activity's serviceUrl, as it does to Teams, and opens a 1:1
 * chat with POST /v3/conversations. `refuseNewChats` answers that with 403, as Teams does when it may not.
 */
export class FakeChannel {
  readonly received: Partial<Activity>[] = [];
  /** Every activity with the conversation it was posted to. */
  readonly delivered: { conversationId: string; activity: Partial<Activity> }[] = [];
  /** The parameters of every conversation the bot opened. */
  readonly opened: ConversationParameters[] = [];
  refuseNewChats = false;
  private server?: http.Server;
  /** Emits 'activity' after each one arrives, for waitFor. */
  private readonly arrivals = new EventEmitter().setMaxListeners(0);

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    // A request the fake cannot handle is a bug in the test: its rejection goes unhandled, and mocha fails the run.
    this.server = http.createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of request) body += chunk;
    const posted = /^\/v3\/conversations\/([^/]+)\/activities/.exec(request.url ?? '');
    if (request.method === 'POST' && posted) {
      const activity = JSON.parse(body) as Partial<Activity>;
      this.received.push(activity);
      this.delivered.push({ conversationId: decodeURIComponent(posted[1]), activity });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `sent-${this.received.length}` }));
      this.arrivals.emit('activity');
      return;
    }
    if (request.method === 'POST' && request.url === '/v3/conversations') {
      if (this.refuseNewChats) {
        response.writeHead(403, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { code: 'BotNotInConversationRoster', message: 'no' } }));
        return;
      }
      const parameters = JSON.parse(body) as ConversationParameters;
      this.opened.push(parameters);
      // Like Teams: one 1:1 chat per person, whatever number of times it is asked for.
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `a:private-${parameters.members?.[0]?.id ?? 'nobody'}` }));
      return;
    }
    response.writeHead(404).end();
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  texts(): string[] {
    return this.received.map(shownText);
  }

  /** What one conversation was sent, as text. */
  textsIn(conversationId: string): string[] {
    return this.delivered
      .filter((delivery) => delivery.conversationId === conversationId)
      .map((delivery) => shownText(delivery.activity));
  }

  /** Resolves when a message containing `part` has arrived; fails saying what did arrive after `deadlineMs`. */
  waitFor(part: string, deadlineMs = 8_000): Promise<void> {
    return this.waitUntil(() => this.texts(), part, deadlineMs);
  }

  /** Resolves when a message containing `part` has arrived in one conversation. */
  waitForIn(conversationId: string, part: string, deadlineMs = 8_000): Promise<void> {
    return this.waitUntil(() => this.textsIn(conversationId), part, deadlineMs);
  }

  /** Resolves with the first text of a conversation that `check` accepts, as soon as it arrives. */
  async firstIn(
    conversationId: string,
    check: (text: string) => boolean,
    deadlineMs: number,
  ): Promise<string> {
    const found = () => this.textsIn(conversationId).find(check);
    await whenTrue(
      this.arrivals,
      'activity',
      () => found() !== undefined,
      deadlineMs,
      () =>
        `no awaited message arrived in ${conversationId}; it got: ${JSON.stringify(this.textsIn(conversationId))}`,
    );
    return found()!;
  }

  private waitUntil(texts: () => string[], part: string, deadlineMs: number): Promise<void> {
    return whenTrue(
      this.arrivals,
      'activity',
      () => texts().some((text) => text.includes(part)),
      deadlineMs,
      () => `the channel never received "${part}"; it got: ${JSON.stringify(texts())}`,
    );
  }
}
