import { SignIn } from './signIn';

/** A record in the sign-in file the bot cannot answer from: its position (from 1) and why, never its content. */
export interface SkippedRecord {
  record: number;
  reason: string;
}

/**
 * The records the bot can answer from, with their times as epoch milliseconds (parsed once here, as the index needs
 * them), and each record it cannot.
 */
export function usableSignIns(records: unknown[]): {
  signIns: SignIn[];
  times: number[];
  skipped: SkippedRecord[];
} {
  const signIns: SignIn[] = [];
  const times: number[] = [];
  const skipped: SkippedRecord[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const reason = unusable(record);
    const time = reason ? NaN : Date.parse((record as SignIn).createdDateTime);
    if (Number.isNaN(time))
      skipped.push({ record: i + 1, reason: reason ?? '"createdDateTime" is not a time' });
    else {
      signIns.push(record as SignIn);
      times.push(time);
    }
  }
  return { signIns, times, skipped };
}

/** Why the bot cannot index or answer from a record: the fields it reads without checking. Field by field, not in a
 * loop over names: this runs for every record of a 250,000-record store and a loop made it several times slower. */
function unusable(value: unknown): string | undefined {
  if (!isObject(value)) return 'it is not an object';
  const record = value as { [field in keyof SignIn]?: unknown };
  if (typeof record.id !== 'string') return missing('id');
  if (typeof record.createdDateTime !== 'string') return missing('createdDateTime');
  if (typeof record.userId !== 'string') return missing('userId');
  if (typeof record.userPrincipalName !== 'string') return missing('userPrincipalName');
  if (typeof record.appId !== 'string') return missing('appId');
  if (typeof record.appDisplayName !== 'string') return missing('appDisplayName');
  if (typeof record.correlationId !== 'string') return missing('correlationId');
  if (!isObject(record.status) || typeof record.status.errorCode !== 'number')
    return '"status.errorCode" is missing or not a number';
  if (!isObject(record.deviceDetail)) return '"deviceDetail" is missing or not an object';
  if (!isObject(record.location)) return '"location" is missing or not an object';
  const steps = record.authenticationDetails;
  if (steps !== undefined && !(Array.isArray(steps) && steps.every(isObject)))
    return '"authenticationDetails" is not a list of steps';
  return undefined;
}

function missing(field: keyof SignIn): string {
  return `"${field}" is missing or not text`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
