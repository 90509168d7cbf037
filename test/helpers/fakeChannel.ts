import { shownText } from './shown';
import { Activity } from 'botbuilder';
import http from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * A Bot Framework channel's connector on 127.0.0.1: the bot POSTs its messages to
 * /v3/conversations/{id}/activities[/{replyToId}] at the activity's serviceUrl, as it does to Teams.
 */
export class FakeChannel {
  readonly received: Partial<Activity>[] = [];
  private server?: http.Server;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer(async (request, response) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      if (request.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities/.test(request.url ?? '')) {
        this.received.push(JSON.parse(body) as Partial<Activity>);
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ id: `sent-${this.received.length}` }));
        return;
      }
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  texts(): string[] {
    return this.received.map(shownText);
  }

  async waitFor(part: string, timeoutMs = 8_000): Promise<void> {
    const started = Date.now();
    while (!this.texts().some((text) => text.includes(part))) {
      if (Date.now() - started > timeoutMs)
        throw new Error(`the channel never received "${part}"; it got: ${JSON.stringify(this.texts())}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
