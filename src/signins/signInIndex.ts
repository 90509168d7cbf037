import { SignIn } from './signIn';
import { sampleShift, shifted } from './sampleDates';
import { SkippedRecord, usableSignIns } from './signInCheck';
import { SignInFileData } from './signInFile';
import { SignInQuery, SignInSource, SourceInfo, usesApp } from './signInSource';

interface TimeIndexed {
  /** Newest first. */
  signIns: SignIn[];
  /** The same order, as epoch milliseconds, for binary search. */
  times: number[];
}

/** Sign-ins held in memory, indexed by user and by ID, loaded from a lowdb file. */
export class SignInIndex implements SignInSource {
  private all!: TimeIndexed;
  private readonly byUser = new Map<string, TimeIndexed>();
  /** The helpdesk asks about one address across people ("sign-ins from 203.0.113.24", a password spray). */
  private readonly byIpAddress = new Map<string, TimeIndexed>();
  private readonly byRequestId = new Map<string, SignIn>();
  private readonly byCorrelationId = new Map<string, SignIn[]>();
  private readonly includesNonInteractive!: boolean;
  /** Records left out because the bot cannot read them. */
  skipped!: SkippedRecord[];
  /** The sample's anchorDate is not a date, so its records keep the dates they have. */
  anchorDateIgnored!: boolean;

  constructor(data: SignInFileData, now: Date = new Date()) {
    const steps = this.index(data, now);
    while (!steps.next().done);
    this.includesNonInteractive = data.meta.includesNonInteractive;
  }

  /** The same store, built a slice at a time so a running bot stays responsive while it loads a big file. */
  static async build(data: SignInFileData, now: Date = new Date()): Promise<SignInIndex> {
    const store = Object.create(SignInIndex.prototype) as SignInIndex;
    Object.assign(store, {
      byUser: new Map(),
      byIpAddress: new Map(),
      byRequestId: new Map(),
      byCorrelationId: new Map(),
      includesNonInteractive: data.meta.includesNonInteractive,
    });
    const steps = store.index(data, now);
    while (!steps.next().done) await new Promise((resolve) => setImmediate(resolve));
    return store;
  }

  /** Fills the indexes, pausing (yielding) every few thousand records. */
  private *index(data: SignInFileData, now: Date): Generator<void> {
    const usable = usableSignIns(data.signIns);
    this.skipped = usable.skipped;
    const shiftMs = sampleShift(data, now);
    this.anchorDateIgnored = Number.isNaN(shiftMs);
    const moved = shiftMs !== 0 && !this.anchorDateIgnored;
    const signIns = moved ? usable.signIns.map((signIn) => shifted(signIn, shiftMs)) : usable.signIns;
    const times = moved ? usable.times.map((time) => time + shiftMs) : usable.times;
    yield;
    this.all = indexByTime(signIns, times);
    yield;
    const perUser = new Map<string, SignIn[]>();
    const perAddress = new Map<string, SignIn[]>();
    for (let i = 0; i < this.all.signIns.length; i++) {
      const signIn = this.all.signIns[i];
      push(perUser, signIn.userId, signIn);
      push(perAddress, signIn.ipAddress, signIn);
      this.byRequestId.set(signIn.id.toLowerCase(), signIn);
      push(this.byCorrelationId, signIn.correlationId.toLowerCase(), signIn);
      if (i % 10_000 === 9_999) yield;
    }
    // Each person's and address's list keeps the order of `all`, newest first already.
    yield* timeIndexed(perUser, this.byUser);
    yield* timeIndexed(perAddress, this.byIpAddress);
  }

  get size(): number {
    return this.all.signIns.length;
  }

  /** Every app that appears in the records, for recognising app names. */
  apps(): { appId: string; displayName: string }[] {
    const apps = new Map<string, string>();
    for (const signIn of this.all.signIns)
      if (!apps.has(signIn.appId)) apps.set(signIn.appId, signIn.appDisplayName);
    return [...apps].map(([appId, displayName]) => ({ appId, displayName }));
  }

  describe(): SourceInfo {
    const { times } = this.all;
    return {
      includesNonInteractive: this.includesNonInteractive,
      ...(times.length > 0
        ? { span: { from: new Date(times[times.length - 1]), to: new Date(times[0]) } }
        : {}),
    };
  }

  async find(query: SignInQuery): Promise<SignIn[]> {
    let candidates: SignIn[];
    if (query.requestId) {
      const hit = this.byRequestId.get(query.requestId.toLowerCase());
      candidates = hit ? [hit] : [];
    } else if (query.correlationId) {
      candidates = this.byCorrelationId.get(query.correlationId.toLowerCase()) ?? [];
    } else {
      const indexed =
        query.userId !== undefined
          ? this.byUser.get(query.userId)
          : query.ipAddress !== undefined
            ? this.byIpAddress.get(query.ipAddress)
            : this.all;
      candidates = indexed ? window(indexed, query.from, query.to) : [];
    }
    return candidates.filter((signIn) => matches(signIn, query));
  }
}

/** Lists (newest first) with their times, a slice at a time. */
function* timeIndexed(lists: Map<string, SignIn[]>, into: Map<string, TimeIndexed>): Generator<void> {
  let done = 0;
  for (const [key, list] of lists) {
    into.set(key, { signIns: list, times: list.map((signIn) => Date.parse(signIn.createdDateTime)) });
    done += list.length;
    if (done >= 10_000) {
      done = 0;
      yield;
    }
  }
}

function matches(signIn: SignIn, query: SignInQuery): boolean {
  if (query.userId !== undefined && signIn.userId !== query.userId) return false;
  if (query.appId !== undefined && !usesApp(signIn, query.appId)) return false;
  if (query.ipAddress !== undefined && signIn.ipAddress !== query.ipAddress) return false;
  if (query.errorCode !== undefined && signIn.status.errorCode !== query.errorCode) return false;
  const time = Date.parse(signIn.createdDateTime);
  if (query.from && time < query.from.getTime()) return false;
  if (query.to && time >= query.to.getTime()) return false;
  if (query.status === 'success') return signIn.status.errorCode === 0;
  if (query.status === 'failure') return signIn.status.errorCode !== 0;
  return true;
}

function window(indexed: TimeIndexed, from?: Date, to?: Date): SignIn[] {
  const start = to ? firstAtOrBefore(indexed.times, to.getTime() - 1) : 0;
  const end = from ? firstAtOrBefore(indexed.times, from.getTime() - 1) : indexed.times.length;
  return indexed.signIns.slice(start, end);
}

/** Index of the first entry (times are descending) whose time is at or before `limit`. */
function firstAtOrBefore(times: number[], limit: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (times[mid] > limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Newest first. Times are parsed once, not in every comparison (that alone took seconds on 250,000 records). */
function indexByTime(signIns: SignIn[], times: number[]): TimeIndexed {
  if (times.every((time, i) => i === 0 || times[i - 1] >= time)) return { signIns, times };
  const order = times.map((_, i) => i).sort((a, b) => times[b] - times[a]);
  return { signIns: order.map((i) => signIns[i]), times: order.map((i) => times[i]) };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
