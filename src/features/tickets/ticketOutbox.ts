import { retryWait } from '../../shared/retry';
import { Logger } from '../../host/log';
import { Ticket } from './ticket';
import { TicketFormat, ticketPayload } from './ticketPayload';
import { TicketRecords } from './ticketRecords';

export interface TicketWebhook {
  url: string;
  format: TicketFormat;
  /** "Basic …" or "Bearer …". */
  authorization?: string;
  timeoutMs: number;
}

/**
 * Which instance delivers: with several instances on shared storage, one holds a lease and the others wait to take it
 * over. On one machine there is nobody to share with.
 */
export interface OutboxLock {
  /** True while this instance may deliver (it takes the lock when it is free). */
  hold(): Promise<boolean>;
  release(): Promise<void>;
}

const ALWAYS_MINE: OutboxLock = { hold: async () => true, release: async () => undefined };

const MAX_ATTEMPTS = 12;
const FIRST_WAIT_MS = 2000;
const LONGEST_WAIT_MS = 15 * 60 * 1000;

/**
 * Delivers stored tickets to the ticket system. A ticket is stored first and delivered after; a failure that may pass
 * (timeout, refused connection, 408, 429, 5xx) is retried with exponential backoff and jitter, also after a restart
 * (the schedule is in the ticket file); any other 4xx stops and marks the ticket for attention. Every try carries
 * the ticket's ID as Idempotency-Key, so a retry after a lost response does not file it twice. A try is counted before
 * it is sent, so the one after a crash mid-send asks ServiceNow first whether the ticket arrived.
 */
export class TicketOutbox {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly store: TicketRecords,
    private readonly webhook: TicketWebhook,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
    private readonly timing: { tickMs?: number; firstWaitMs?: number } = {},
    private readonly lock: OutboxLock = ALWAYS_MINE,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops delivering; resolves once another instance may take over (at once, rather than when the lease runs out). */
  stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    return this.lock.release().catch(() => undefined);
  }

  /** Try what is due now (after a new ticket, say) instead of waiting for the next tick. */
  kick(): void {
    this.schedule(0);
  }

  /** Delivers every ticket that is due; resolves when this round is done. */
  async deliverDue(): Promise<void> {
    this.running ??= this.round().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Resolves when the round under way, if any, is done (a test that moves a fake clock waits for it). */
  async settled(): Promise<void> {
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // Nothing awaits a timer: a round that fails (the ticket file cannot be written) is logged, and the next comes.
      this.deliverDue()
        .catch((error: Error) =>
          this.log.error({ error: this.log.redact(error.message) }, 'ticket delivery round failed'),
        )
        .finally(() => this.schedule(this.timing.tickMs ?? 1000));
    }, ms).unref();
  }

  private async round(): Promise<void> {
    if (!(await this.lock.hold())) return;
    const now = this.now().getTime();
    const due = (await this.store.all())
      .filter((ticket) => ticket.delivery.state === 'queued')
      .filter(
        (ticket) => Date.parse(ticket.delivery.nextAttemptAt ?? '') <= now || !ticket.delivery.nextAttemptAt,
      );
    for (const ticket of due) {
      // The lock can be lost during a round (storage unreachable for longer than the lease): another instance goes on.
      if (this.stopped || !(await this.lock.hold())) return;
      await this.deliver(ticket);
    }
  }

  private async deliver(listed: Ticket): Promise<void> {
    const attempts = listed.delivery.attempts + 1;
    const ticket = await this.store.update(listed.id, (stored) => {
      if (stored.delivery.state === 'queued') stored.delivery.attempts = attempts;
    });
    // Delivered in the meantime by the instance that held the lock before.
    if (ticket?.delivery.state !== 'queued') return;
    const earlier = attempts > 1 ? await this.alreadyFiled(ticket) : undefined;
    const outcome = earlier ? { ok: true as const, externalId: earlier } : await this.post(ticket);
    await this.store.update(ticket.id, (stored) => {
      if (outcome.ok) {
        stored.delivery = { state: 'delivered', attempts, externalId: outcome.externalId };
      } else if (!outcome.retry || attempts >= MAX_ATTEMPTS) {
        stored.delivery = { state: 'attention', attempts, lastError: outcome.reason };
      } else {
        const wait = retryWait(
          attempts,
          outcome.retryAfter,
          {
            firstWaitMs: this.timing.firstWaitMs ?? FIRST_WAIT_MS,
            longestBackoffMs: LONGEST_WAIT_MS,
            maxWaitMs: LONGEST_WAIT_MS,
          },
          () => this.now().getTime(),
        );
        stored.delivery = {
          state: 'queued',
          attempts,
          lastError: outcome.reason,
          nextAttemptAt: new Date(this.now().getTime() + wait).toISOString(),
        };
      }
    });
    const level = outcome.ok ? 'info' : outcome.retry ? 'warn' : 'error';
    this.log[level](
      { ticket: ticket.id, attempts, ...(outcome.ok ? {} : { reason: outcome.reason }) },
      outcome.ok
        ? 'delivered a ticket'
        : outcome.retry
          ? 'ticket delivery failed; will retry'
          : 'ticket delivery refused; needs attention',
    );
  }

  /**
   * ServiceNow ignores Idempotency-Key, so before trying again the outbox asks whether an incident with this ticket's
   * correlation_id exists already (an earlier try may have been filed and only its answer lost).
   */
  private async alreadyFiled(ticket: Ticket): Promise<string | undefined> {
    if (this.webhook.format !== 'servicenow') return undefined;
    const url = new URL(this.webhook.url);
    url.searchParams.set('sysparm_query', `correlation_id=${ticket.id}`);
    url.searchParams.set('sysparm_fields', 'number');
    url.searchParams.set('sysparm_limit', '1');
    try {
      const response = await fetch(url, {
        headers: {
          accept: 'application/json',
          ...(this.webhook.authorization ? { authorization: this.webhook.authorization } : {}),
        },
        signal: AbortSignal.timeout(this.webhook.timeoutMs),
      });
      if (!response.ok) return undefined;
      const found = (await response.json()) as { result?: { number?: string }[] };
      return found.result?.[0]?.number;
    } catch {
      return undefined;
    }
  }

  private async post(
    ticket: Ticket,
  ): Promise<
    | { ok: true; externalId?: string }
    | { ok: false; retry: boolean; reason: string; retryAfter?: string | null }
  > {
    let response: Response;
    try {
      response = await fetch(this.webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'idempotency-key': ticket.id,
          ...(this.webhook.authorization ? { authorization: this.webhook.authorization } : {}),
        },
        body: JSON.stringify(ticketPayload(ticket, this.webhook.format)),
        signal: AbortSignal.timeout(this.webhook.timeoutMs),
      });
    } catch (error) {
      const { name, cause } = error as Error & { cause?: { code?: string } };
      const reason =
        name === 'TimeoutError' ? `no answer within ${this.webhook.timeoutMs} ms` : (cause?.code ?? name);
      return { ok: false, retry: true, reason };
    }
    const text = await response.text().catch(() => '');
    if (response.ok) return { ok: true, externalId: externalIdOf(text, response.headers.get('location')) };
    const retry = response.status === 408 || response.status === 429 || response.status >= 500;
    return {
      ok: false,
      retry,
      reason: `HTTP ${response.status}`,
      retryAfter: response.headers.get('retry-after'),
    };
  }
}

/** ServiceNow answers {"result": {"number": "INC0010001"}}; other systems an id or number, or a Location. */
function externalIdOf(body: string, location: string | null): string | undefined {
  try {
    const parsed = JSON.parse(body) as {
      result?: { number?: string };
      number?: string;
      id?: string | number;
    };
    const value = parsed.result?.number ?? parsed.number ?? parsed.id;
    if (value !== undefined) return String(value).slice(0, 64);
  } catch {
    // not JSON: fall back to the Location header
  }
  return location ? location.split('/').pop()?.slice(0, 64) : undefined;
}
