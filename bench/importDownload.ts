import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../src/host/config';
import { generateSampleTenant } from '../src/sample/generator';
import { readKnownApps } from '../src/apps/knownApps';
import { SignIn } from '../src/signins/signIn';

export interface ImportResult {
  records: number;
  fileMiB: number;
  seconds: number;
  peakRssMiB: number;
  added: number;
}

const HEADER = [
  'Date (UTC)',
  'Request ID',
  'User agent',
  'Correlation ID',
  'User ID',
  'User',
  'Username',
  'User type',
  'Incoming token type',
  'Application',
  'Application ID ',
  'Resource',
  'Resource ID ',
  'IP address',
  'Location',
  'Status',
  'Sign-in error code',
  'Failure reason',
  'Client app',
  'Device ID',
  'Browser',
  'Operating System',
  'Compliant',
  'Managed',
  'Join Type',
  'Multifactor authentication result',
  'Multifactor authentication auth method',
  'Authentication requirement',
  'Autonomous system  number',
  'Incoming token type',
  'Conditional Access',
];

/** Writes a portal-style CSV of `records` sign-ins (the sample tenant's, repeated with new IDs and days back). */
export async function writeDownload(file: string, records: number): Promise<void> {
  const tenant = generateSampleTenant(
    await readKnownApps(path.join(PROJECT_ROOT, 'data', 'apps.json')),
    new Date(),
  );
  const base = tenant.signIns.signIns;
  const out = createWriteStream(file);
  const write = (line: string): Promise<void> | void =>
    out.write(line) ? undefined : new Promise((resolve) => out.once('drain', resolve));
  await write(`\uFEFF${HEADER.map(quote).join(',')}\r\n`);
  for (let i = 0; i < records; i++) {
    const signIn: SignIn = base[i % base.length];
    const round = Math.floor(i / base.length);
    const time = new Date(Date.parse(signIn.createdDateTime) - round * 86_400_000).toISOString();
    const id = `${signIn.id.slice(0, 24)}${i.toString(16).padStart(12, '0')}`;
    const place = [signIn.location.city, signIn.location.state, signIn.location.countryOrRegion].join(', ');
    const code = signIn.status.errorCode;
    const row = [
      time,
      id,
      signIn.userAgent ?? '',
      signIn.correlationId,
      signIn.userId,
      signIn.userDisplayName,
      signIn.userPrincipalName,
      'Member',
      'none',
      signIn.appDisplayName,
      signIn.appId,
      signIn.resourceDisplayName ?? '',
      signIn.resourceId ?? '',
      signIn.ipAddress,
      place,
      code === 0 ? 'Success' : 'Failure',
      String(code),
      signIn.status.failureReason ?? 'Other.',
      signIn.clientAppUsed,
      signIn.deviceDetail.deviceId,
      signIn.deviceDetail.browser,
      signIn.deviceDetail.operatingSystem,
      String(signIn.deviceDetail.isCompliant ?? ''),
      String(signIn.deviceDetail.isManaged ?? ''),
      signIn.deviceDetail.trustType ?? '',
      '',
      '',
      signIn.authenticationRequirement ?? '',
      '1136',
      'none',
      signIn.conditionalAccessStatus,
    ];
    await write(`${row.map(quote).join(',')}\r\n`);
  }
  await new Promise((resolve) => out.end(resolve));
}

function quote(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** Generates the download, then imports it in a child process so its peak memory is the import's alone. */
export async function benchImport(records: number): Promise<ImportResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-import-'));
  try {
    const download = path.join(dir, `InteractiveSignIns_${records}.csv`);
    await writeDownload(download, records);
    const child = path.join(PROJECT_ROOT, 'lib', 'bench', 'importChild.js');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [child, path.join(dir, 'signins.json'), download],
      {
        maxBuffer: 1 << 20,
      },
    );
    const measured = JSON.parse(stdout) as { seconds: number; peakRssMiB: number; added: number };
    return { records, fileMiB: Math.round((await stat(download)).size / 2 ** 20), ...measured };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
