import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../src/host/config';
import { Summary } from './stats';

export interface StoreResult {
  records: number;
  people: number;
  buildSeconds: number;
  peakRssMiB: number;
  averageFound: number;
  lookup: Summary;
  scan: Summary;
  speedup: number;
  /** One person's story and patterns: a day, one app, the week before, the spray check. */
  story: Summary;
  /** Failures by code across everyone over an hour, and one code over a day. */
  tenantHour: Summary;
  tenantDay: Summary;
}

/** One store size, measured in a child process of its own (so its memory is its own, with room for 1 M records). */
export async function benchStore(records: number, queries: number, scans: number): Promise<StoreResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--max-old-space-size=8192',
      path.join(PROJECT_ROOT, 'lib', 'bench', 'storeChild.js'),
      String(records),
      String(queries),
      String(scans),
    ],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout) as StoreResult;
}
