import { GUIDS } from '../shared/patterns';
import { retryWait } from '../shared/retry';
import { GraphError, problemOf } from './graphError';

/** Waits until a request may be sent: Graph's budget shared by several instances. */
export interface RequestGate {
  take(): Promise<void>;
}

export interface GraphClientOptions {
  /** Graph's root with version: https://graph.microsoft.com/beta. */
  baseUrl: string;
  /** A bearer token for https://graph.microsoft.com/.default. */
  token: () => Promise<string>;
  timeoutMs: number;
  /** Retries of a throttled (429) or unavailable (503, 504, network) request. */
  maxRetries?: number;
  /** The longest wait for one retry, whatever Retry-After says. */
  maxWaitMs?: number;
  /** No more retries once the waits would pass this: the person is still waiting for an answer. */
  giveUpAfterMs?: number;
  /** Asked before every request, retries and further pages included. */
  gate?: RequestGate;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { status: number | string; waitMs: number; attempt: number }) => void;
  /** Graph refused a request (400, 403, …; not 404): for the admin's log, since a user only sees an apology. */
  onRefused?: (info: { status: number; code: string; path: string }) => void;
}

interface Page {
  value?: unknown[];
  '@odata.nextLink'?: string;
}

const RETRIED = new Set([429, 500, 502, 503, 504]);

/** The few Graph calls the bot makes, with throttling, retries and a timeout on every request. */
export class GraphClient {
  private readonly maxRetries: number;
  private readonly maxWaitMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: GraphClientOptions) {
    this.maxRetries = options.maxRetries ?? 4;
    this.maxWaitMs = options.maxWaitMs ?? 30_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Every item of a list, following @odata.nextLink, until `limit` items or the last page. */
  async list(pathAndQuery: string, limit: number): Promise<unknown[]> {
    const items: unknown[] = [];
    let url: string | undefined = `${this.options.baseUrl}${pathAndQuery}`;
    while (url && items.length < limit) {
      const page: Page = await this.get(url);
      items.push(...(page.value ?? []));
      url = page['@odata.nextLink'];
    }
    return items.slice(0, limit);
  }

  /** One object, or undefined when Graph says it does not exist (404). */
  async item(pathAndQuery: string): Promise<unknown> {
    try {
      return await this.get(`${this.options.baseUrl}${pathAndQuery}`);
    } catch (error) {
      if (error instanceof GraphError && error.status === 404) return undefined;
      throw error;
    }
  }

  private async get(url: string): Promise<Page> {
    let waited = 0;
    for (let attempt = 0; ; attempt++) {
      const response = await this.send(url);
      if (typeof response !== 'string' && response.ok) return (await response.json()) as Page;
      const body = typeof response === 'string' ? '' : await response.text();
      const status = typeof response === 'string' ? response : response.status;
      const after = typeof response === 'string' ? undefined : response.headers.get('retry-after');
      const waitMs = this.waitFor(attempt, after);
      const outOfTime = waited + waitMs > (this.options.giveUpAfterMs ?? Infinity);
      if ((typeof status === 'number' && !RETRIED.has(status)) || attempt >= this.maxRetries || outOfTime) {
        const problem = typeof status === 'string' ? 'unavailable' : problemOf(status, errorCode(body));
        if (typeof status === 'number' && status >= 400 && status < 500 && status !== 404)
          this.options.onRefused?.({ status, code: errorCode(body), path: path(url) });
        throw new GraphError(problem, `GET ${path(url)} failed: ${status} ${errorCode(body)}`.trim(), {
          status: typeof status === 'number' ? status : undefined,
        });
      }
      waited += waitMs;
      this.options.onRetry?.({ status, waitMs, attempt: attempt + 1 });
      await this.sleep(waitMs);
    }
  }

  /** The response, or why there was none (timeout, connection refused). A token failure is final. */
  private async send(url: string): Promise<Response | string> {
    try {
      await this.options.gate?.take();
    } catch (error) {
      throw new GraphError(
        'unavailable',
        `the shared Graph budget could not be read: ${(error as Error).message.split('\n')[0]}`,
        {
          cause: error,
        },
      );
    }
    let token: string;
    try {
      token = await this.options.token();
    } catch (error) {
      throw new GraphError('credentials', `no token: ${(error as Error).message.split('\n')[0]}`, {
        cause: error,
      });
    }
    try {
      return await fetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      const { name, message, cause } = error as Error & { cause?: { code?: string; message?: string } };
      if (name === 'TimeoutError') return `no answer within ${this.options.timeoutMs} ms`;
      return cause?.code ?? cause?.message ?? message;
    }
  }

  /**
   * Retry-After when Graph gives one, plus up to a second of jitter so that requests told the same time do not all
   * come back at once; otherwise exponential backoff with jitter. Never longer than maxWaitMs.
   */
  private waitFor(attempt: number, retryAfter: string | null | undefined): number {
    const random = this.options.random ?? Math.random;
    const policy = { firstWaitMs: 1000, longestBackoffMs: 16_000, maxWaitMs: this.maxWaitMs };
    const wait = retryWait(attempt + 1, retryAfter, policy, Date.now, random);
    const jitter = retryAfter ? Math.round(random() * 1000) : 0;
    return Math.min(wait + jitter, this.maxWaitMs);
  }
}

function errorCode(body: string): string {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code ?? '';
  } catch {
    return '';
  }
}

/** The path without the query and with IDs blanked, for logs: paths and filters can hold a user's object ID. */
function path(url: string): string {
  return new URL(url).pathname.replace(GUIDS, '{id}');
}
