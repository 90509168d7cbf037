import http from 'node:http';
import { AddressInfo } from 'node:net';

/** How the fake ticket system answers one request. */
export type Answer = 201 | 400 | 429 | 500 | 503 | 'hang';

export interface Received {
  key: string;
  authorization?: string;
  body: Record<string, unknown>;
}

/**
 * A ticket system on 127.0.0.1: answers each POST with the next planned answer (201 once the plan is used up),
 * remembers what it received, and files each Idempotency-Key once, as ServiceNow's or any careful receiver would.
 */
export class FakeTicketSystem {
  readonly received: Received[] = [];
  /** Tickets filed, by idempotency key, with their number. */
  readonly filed = new Map<string, string>();
  plan: Answer[] = [];
  /** Files the ticket, then waits this long before answering: a kill in between loses the answer, not the ticket. */
  answerDelayMs = 0;
  private server?: http.Server;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/api/now/table/incident`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Stops listening: deliveries meet a refused connection until start() again (same port). */
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  async until(check: () => boolean, timeoutMs = 8000): Promise<void> {
    const started = Date.now();
    while (!check()) {
      if (Date.now() - started > timeoutMs)
        throw new Error('the ticket system never got what the test waited for');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    let text = '';
    for await (const chunk of request) text += chunk;
    const key = String(request.headers['idempotency-key'] ?? '');
    this.received.push({ key, authorization: request.headers.authorization, body: JSON.parse(text) });
    const answer = this.plan.shift() ?? 201;
    if (answer === 'hang') return;
    if (answer !== 201) {
      response.writeHead(answer, {
        'content-type': 'application/json',
        ...(answer === 503 ? { 'retry-after': '1' } : {}),
      });
      response.end(JSON.stringify({ error: { message: 'planned failure' } }));
      return;
    }
    if (!this.filed.has(key)) this.filed.set(key, `INC${String(10001 + this.filed.size).padStart(7, '0')}`);
    if (this.answerDelayMs) await new Promise((resolve) => setTimeout(resolve, this.answerDelayMs));
    if (response.destroyed) return;
    response.writeHead(201, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ result: { number: this.filed.get(key), sys_id: key } }));
  }
}
