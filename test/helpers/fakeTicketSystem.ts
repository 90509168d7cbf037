import http from 'node:http';
import { AddressInfo } from 'node:net';
import { realDelay } from './realTime';

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
  /** Behave like ServiceNow: ignore Idempotency-Key, answer GET ?sysparm_query=correlation_id=… */
  servicenow = false;
  /** Incidents filed twice for the same correlation_id (ServiceNow mode). */
  duplicates = 0;
  /** Files the ticket, then waits this long before answering: a kill in between loses the answer, not the ticket. */
  answerDelayMs = 0;
  private server?: http.Server;
  private port = 0;

  /** Forgets what earlier tests planned, received and filed. */
  reset(): void {
    this.received.length = 0;
    this.filed.clear();
    this.plan = [];
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/api/now/table/incident`;
  }

  async start(): Promise<this> {
    // A request the fake cannot handle is a bug in the test: its rejection goes unhandled, and mocha fails the run.
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

  private query(request: http.IncomingMessage, response: http.ServerResponse): void {
    const query = new URL(request.url!, 'http://x').searchParams.get('sysparm_query') ?? '';
    const id = /^correlation_id=(.+)$/.exec(query)?.[1] ?? '';
    const number = this.filed.get(id);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ result: number ? [{ number }] : [] }));
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    let text = '';
    for await (const chunk of request) text += chunk;
    if (request.method === 'GET') return this.query(request, response);
    const body = JSON.parse(text) as Record<string, unknown>;
    // ServiceNow files every POST; only the generic receiver honours Idempotency-Key.
    const key = this.servicenow
      ? String(body.correlation_id)
      : String(request.headers['idempotency-key'] ?? '');
    if (this.servicenow && this.filed.has(key)) this.duplicates++;
    this.received.push({ key, authorization: request.headers.authorization, body });
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
    if (this.answerDelayMs) {
      // Real time, under a test's fake clock too; cut short when the client gives up and closes the connection.
      const gone = new AbortController();
      response.once('close', () => gone.abort());
      await realDelay(this.answerDelayMs, gone.signal);
    }
    if (response.destroyed) return;
    response.writeHead(201, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ result: { number: this.filed.get(key), sys_id: key } }));
  }
}
