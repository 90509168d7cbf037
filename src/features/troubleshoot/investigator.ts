import { LRUCache } from 'lru-cache';
import { AuditEntry, AuditOutcome, AuditSink, EVERYONE } from '../../access/auditLog';
import { ttlClock } from '../../shared/ttlClock';
import { Caller } from '../../access/caller';
import { decide, may } from '../../access/policy';
import { recordsShown } from './listing';
import { Catalog } from '../../catalog/catalog';
import { isInterrupted } from './signInFacts';
import { DirectoryUser } from '../../directory/directoryUser';
import { SignIn } from '../../signins/signIn';
import { SignInQuery, SignInSource, usesApp } from '../../signins/signInSource';
import { findPatterns, Pattern } from './patterns';
import { readSpan } from './nearby';
import { ErrorDetails } from '../../understanding/errorDetails';
import { DateWindow } from '../../understanding/dateWindow';

export interface Investigation {
  searched: number;
  failures: SignIn[];
  interrupts: SignIn[];
  successes: SignIn[];
  /** The person's sign-ins to any app over readSpan(): what the answer looks at when nothing failed. */
  around: SignIn[];
  /** What the records show beyond the one failure: a lockout chain, MFA fatigue, a password spray… */
  patterns: Pattern[];
}

export interface AppUsage {
  appId: string;
  displayName: string;
  count: number;
}

export interface DirectHit {
  signIn: SignIn;
  how: 'requestId' | 'correlationId';
  siblings: number;
}

export class AccessDenied extends Error {
  constructor() {
    super("[access] caller may not read this user's sign-ins");
  }
}

/** The directory could not say who the caller is or which roles they hold: no records until it can. */
export class CallerUnverified extends Error {
  constructor(readonly caller: Caller) {
    super(`[access] the caller could not be identified (${caller.unverified}), so no records are shown`);
  }
}

/** The sign-in log could not be read (file, network, Graph): the user hears so, the admin gets the cause in the log. */
export class SourceUnavailable extends Error {
  constructor(cause: unknown) {
    super(`[signins] the sign-in source failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

const RECENT_DAYS = 30;
const RECENT_RECORDS = 20_000;
const RECENT_MS = 10 * 60_000;
const SPRAY_ADDRESSES = 2;

function within(signIn: SignIn, from: Date, to: Date): boolean {
  const time = Date.parse(signIn.createdDateTime);
  return time >= from.getTime() && time < to.getTime();
}

/** Filters the sign-in log the way the docs teach (user, app, date, status) and checks who may see what. */
export class SignInInvestigator {
  /**
   * The records the latest answers read, by request ID: "details", "2", "more" and a ticket draft open them again, and
   * on Graph each would be a request of its own. Sign-in records never change; who may see one is checked every time.
   */
  private readonly recent: LRUCache<string, SignIn>;

  constructor(
    private readonly source: SignInSource,
    private readonly catalog: Catalog,
    private readonly audit: AuditSink,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.recent = new LRUCache({
      max: RECENT_RECORDS,
      ttl: RECENT_MS,
      ...ttlClock(() => this.now().getTime()),
    });
  }

  async investigate(
    caller: Caller,
    user: DirectoryUser,
    appId: string | undefined,
    window: DateWindow,
  ): Promise<Investigation> {
    const query = { userId: user.id, appId, from: window.from, to: window.to };
    // One request for the window and the days around it (Graph allows about 5 per 10 s per tenant).
    const around = await this.lookup(caller, user.id, { userId: user.id, ...readSpan(window, this.now()) });
    for (const signIn of around) this.recent.set(signIn.id.toLowerCase(), signIn);
    const inWindow = around.filter((signIn) => within(signIn, window.from, window.to));
    const signIns = inWindow.filter((signIn) => appId === undefined || usesApp(signIn, appId));
    const failed = signIns.filter((signIn) => signIn.status.errorCode !== 0);
    const found: Investigation = {
      searched: signIns.length,
      failures: failed.filter((signIn) => !isInterrupted(signIn, this.catalog)),
      interrupts: failed.filter((signIn) => isInterrupted(signIn, this.catalog)),
      successes: signIns.filter((signIn) => signIn.status.errorCode === 0),
      around,
      patterns: [],
    };
    await this.record(caller, user.id, query, 'shown', found.searched, recordsShown(found));
    found.patterns = findPatterns({
      window: inWindow,
      before: around.filter((signIn) => within(signIn, new Date(0), window.from)),
      sameAddress: await this.sameAddress(caller, inWindow, around, window),
      asked: found.failures,
      appId,
    });
    return found;
  }

  /**
   * Everyone's sign-ins from the addresses this person's wrong passwords came from, for the helpdesk only: a password
   * spray shows as many people failing from one address. An address the person also signed in from successfully is
   * their own network, not an attacker's, and is not asked about. One request per address, at most SPRAY_ADDRESSES.
   */
  private async sameAddress(
    caller: Caller,
    signIns: SignIn[],
    around: SignIn[],
    window: DateWindow,
  ): Promise<SignIn[]> {
    if (!may(caller, 'readSignIns')) return [];
    const own = new Set(
      around.filter((signIn) => signIn.status.errorCode === 0).map((signIn) => signIn.ipAddress),
    );
    const addresses = [
      ...new Set(
        signIns
          .filter((signIn) => [50126, 50053].includes(signIn.status.errorCode) && !own.has(signIn.ipAddress))
          .map((signIn) => signIn.ipAddress),
      ),
    ].slice(0, SPRAY_ADDRESSES);
    const found: SignIn[] = [];
    for (const ipAddress of addresses) {
      const query = { ipAddress, from: window.from, to: window.to };
      const records = await this.find(caller, query, EVERYONE);
      await this.record(caller, EVERYONE, query, 'shown', records.length, 0);
      found.push(...records);
    }
    return found;
  }

  /** The apps a person signed in to lately, most used first: what to offer when asking "which app?". */
  async recentApps(caller: Caller, user: DirectoryUser): Promise<AppUsage[]> {
    // From the start of the hour, so the same question within the hour is the same request (and may be cached). A
    // file's "lately" is the 30 days before its newest record: an export from April 2021 still has its apps.
    const newest = Math.min(this.now().getTime(), this.source.describe().span?.to.getTime() ?? Infinity);
    const hour = Math.floor(newest / 3_600_000) * 3_600_000;
    const from = new Date(hour - RECENT_DAYS * 24 * 60 * 60 * 1000);
    const signIns = await this.lookup(caller, user.id, { userId: user.id, from, fields: 'apps' });
    const usage = new Map<string, AppUsage>();
    for (const signIn of signIns) {
      const entry = usage.get(signIn.appId) ?? {
        appId: signIn.appId,
        displayName: signIn.appDisplayName,
        count: 0,
      };
      entry.count++;
      usage.set(signIn.appId, entry);
      if (signIn.resourceId && signIn.resourceId !== signIn.appId && !usage.has(signIn.resourceId)) {
        usage.set(signIn.resourceId, {
          appId: signIn.resourceId,
          displayName: signIn.resourceDisplayName ?? '',
          count: 0,
        });
      }
    }
    return [...usage.values()].sort((a, b) => b.count - a.count);
  }

  /** A sign-in named by a pasted error screen or a bare ID: request ID first, then correlation ID. */
  async findByDetails(caller: Caller, details: ErrorDetails): Promise<DirectHit | undefined> {
    const requestId = details.requestId ?? details.unlabeledId;
    if (requestId) {
      const [signIn] = await this.find(caller, { requestId });
      if (signIn) return this.allowed(caller, { signIn, how: 'requestId', siblings: 1 });
      if (details.requestId) return undefined;
    }
    const correlationId = details.correlationId ?? details.unlabeledId;
    if (!correlationId) return undefined;
    const related = await this.find(caller, { correlationId });
    if (related.length === 0) return undefined;
    const failed = related.filter((signIn) => signIn.status.errorCode !== 0);
    const best =
      failed.find((signIn) => signIn.status.errorCode === details.errorCode) ?? failed[0] ?? related[0];
    return this.allowed(caller, { signIn: best, how: 'correlationId', siblings: related.length });
  }

  /** One record by request ID, if the caller may read it. */
  async byRequestId(caller: Caller, requestId: string): Promise<SignIn | undefined> {
    const signIn = this.recent.get(requestId.toLowerCase()) ?? (await this.find(caller, { requestId }))[0];
    if (!signIn) return undefined;
    return (await this.allowed(caller, { signIn, how: 'requestId', siblings: 1 }))?.signIn;
  }

  /** Someone else's record looks exactly like a missing one to a caller who may not read it. */
  private async allowed(caller: Caller, hit: DirectHit): Promise<DirectHit | undefined> {
    const decision = decide(caller, 'readSignIns', { userIds: [hit.signIn.userId] });
    await this.record(
      caller,
      hit.signIn.userId,
      {},
      decision.allowed ? 'shown' : 'refused',
      1,
      decision.allowed ? 1 : 0,
    );
    if (!decision.allowed && decision.refusal === 'callerUnverified') throw new CallerUnverified(caller);
    return decision.allowed ? hit : undefined;
  }

  /** Who looked up `targetUserId`'s sign-ins, newest first; only for the reader roles. */
  async lookupsOf(caller: Caller, targetUserId: string, limit = 10): Promise<AuditEntry[]> {
    if (!may(caller, 'readAudit', targetUserId)) throw new AccessDenied();
    const entries = await this.audit.read();
    return entries
      .filter((entry) => entry.target === targetUserId)
      .reverse()
      .slice(0, limit);
  }

  /** Reads one person's sign-ins after the policy's yes; a no is recorded, and so is a log that cannot be read. */
  private async lookup(caller: Caller, userId: string, query: SignInQuery): Promise<SignIn[]> {
    const decision = decide(caller, 'readSignIns', { userIds: [userId] });
    if (!decision.allowed) {
      await this.record(caller, userId, query, 'refused', 0, 0);
      throw decision.refusal === 'callerUnverified' ? new CallerUnverified(caller) : new AccessDenied();
    }
    return this.find(caller, query, userId);
  }

  private async find(caller: Caller, query: SignInQuery, target = 'unknown'): Promise<SignIn[]> {
    try {
      return await this.source.find(query);
    } catch (error) {
      await this.record(caller, target, query, 'error', 0, 0).catch(() => undefined);
      throw new SourceUnavailable(error);
    }
  }

  private record(
    caller: Caller,
    target: string,
    query: SignInQuery,
    outcome: AuditOutcome,
    matched: number,
    shown: number,
  ): Promise<void> {
    return this.audit.append({
      at: this.now().toISOString(),
      askedBy: caller.user?.id ?? 'unknown',
      target,
      appId: query.appId,
      from: query.from?.toISOString(),
      to: query.to?.toISOString(),
      matched,
      shown,
      allowed: outcome === 'shown',
      outcome,
    });
  }
}
