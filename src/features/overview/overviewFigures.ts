import { SignIn } from '../../signins/signIn';

/** Failures of one code: how many, how many people, to which apps, first and last. */
export interface CodeCount {
  code: number;
  failures: number;
  people: number;
  apps: { name: string; failures: number }[];
  first: string;
  last: string;
}

/** Failures by code, most first (ties: the lower code). */
export function countByCode(failures: SignIn[]): CodeCount[] {
  const byCode = new Map<number, SignIn[]>();
  for (const signIn of failures) {
    const list = byCode.get(signIn.status.errorCode);
    if (list) list.push(signIn);
    else byCode.set(signIn.status.errorCode, [signIn]);
  }
  return [...byCode]
    .map(([code, records]) => {
      const apps = new Map<string, number>();
      for (const signIn of records)
        apps.set(signIn.appDisplayName, (apps.get(signIn.appDisplayName) ?? 0) + 1);
      const times = records.map((signIn) => signIn.createdDateTime).sort();
      return {
        code,
        failures: records.length,
        people: new Set(records.map((signIn) => signIn.userId)).size,
        apps: [...apps]
          .map(([name, count]) => ({ name, failures: count }))
          .sort((a, b) => b.failures - a.failures),
        first: times[0],
        last: times[times.length - 1],
      };
    })
    .sort((a, b) => b.failures - a.failures || a.code - b.code);
}

export interface Rate {
  total: number;
  failed: number;
}

/** Below this many sign-ins in the hour, a failure rate says nothing. */
export const LEAST_SIGN_INS = 10;
/** An outage: at least this many failures, at twice the usual rate and at least 10 points above it. */
export const OUTAGE = { failures: 5, times: 2, points: 0.1 };
/** Clearly more than usual, short of an outage. */
export const HIGHER = { times: 1.5, points: 0.05 };

export type Verdict = 'tooFew' | 'outage' | 'higher' | 'normal';

/** The last hour's failure rate against the same hour on the days before. */
export function outageVerdict(
  now: Rate,
  usual: Rate[],
): { verdict: Verdict; rate: number; usualRate: number } {
  const rate = now.total === 0 ? 0 : now.failed / now.total;
  const total = usual.reduce((sum, hour) => sum + hour.total, 0);
  const usualRate = total === 0 ? 0 : usual.reduce((sum, hour) => sum + hour.failed, 0) / total;
  if (now.total < LEAST_SIGN_INS) return { verdict: 'tooFew', rate, usualRate };
  if (now.failed >= OUTAGE.failures && rate >= usualRate * OUTAGE.times && rate >= usualRate + OUTAGE.points)
    return { verdict: 'outage', rate, usualRate };
  if (rate >= usualRate * HIGHER.times && rate >= usualRate + HIGHER.points)
    return { verdict: 'higher', rate, usualRate };
  return { verdict: 'normal', rate, usualRate };
}
