import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KnownAppEntry } from '../../src/apps/knownApps';
import { DirectoryUser } from '../../src/directory/directoryUser';

/**
 * A real tenant other than the sample, as its admin brings it: an export of its sign-ins, its directory and the words
 * for its own apps. Two of its people share a first name with the sample's (Megan Bowen, Jane Visser), and it has an
 * expenses app of its own, as the sample does (Contoso Expenses). Its IDs are made up: it is a test's tenant.
 */
export const TAILSPIN = {
  agent: person('1', 'Rosa', 'Martin', ['Helpdesk Administrator']),
  megan: person('2', 'Megan', 'Kowalski'),
  /** Named only by the sign-in records: she is not in the directory file. */
  jane: person('3', 'Jane', 'Okafor'),
  expenses: { appId: '7a115e00-0000-4000-8000-0000000000e1', displayName: 'Tailspin Expenses' },
  teams: { appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', displayName: 'Microsoft Teams' },
};

/** The words its people use for its own apps: TENANT_APPS_FILE. */
export const TAILSPIN_APPS: KnownAppEntry[] = [
  { ...TAILSPIN.expenses, aliases: ['expenses', 'expense claims'] },
];

/** Its failures, yesterday as the tests see it (NOW is Monday 23 November 2026): who, which app, when, which code. */
const FAILURES: [
  who: DirectoryUser,
  app: { appId: string; displayName: string },
  at: string,
  code: number,
][] = [
  [TAILSPIN.megan, TAILSPIN.expenses, '2026-11-22T09:10:00Z', 50126],
  [TAILSPIN.jane, TAILSPIN.teams, '2026-11-22T11:20:00Z', 50053],
  [TAILSPIN.agent, TAILSPIN.teams, '2026-11-22T08:00:00Z', 50074],
];

/** Writes the tenant's files into `dir`: a Graph export of its sign-ins, its directory and its app words. */
export async function writeTailspin(
  dir: string,
): Promise<{ export: string; directory: string; apps: string }> {
  const files = {
    export: path.join(dir, 'tailspin-signins.json'),
    directory: path.join(dir, 'tailspin-directory.json'),
    apps: path.join(dir, 'tailspin-apps.json'),
  };
  const records = FAILURES.map(([who, app, at, code], n) => ({
    id: `7a115e00-0000-4000-8000-00000000010${n}`,
    createdDateTime: at,
    userDisplayName: who.displayName,
    userPrincipalName: who.userPrincipalName,
    userId: who.id,
    appId: app.appId,
    appDisplayName: app.displayName,
    ipAddress: '203.0.113.7',
    clientAppUsed: 'Browser',
    correlationId: `7a115e00-0000-4000-8000-00000000020${n}`,
    conditionalAccessStatus: 'notApplied',
    isInteractive: true,
    status: { errorCode: code, failureReason: 'Sign-in failed.', additionalDetails: null },
    deviceDetail: { operatingSystem: 'Windows 10', browser: 'Edge 130.0' },
    location: { city: 'Leeds', state: 'England', countryOrRegion: 'GB' },
  }));
  await writeFile(files.export, JSON.stringify({ value: records }, null, 2));
  await writeFile(files.directory, JSON.stringify({ users: [TAILSPIN.agent, TAILSPIN.megan] }, null, 2));
  await writeFile(files.apps, JSON.stringify({ apps: TAILSPIN_APPS }, null, 2));
  return files;
}

function person(n: string, givenName: string, surname: string, roles: string[] = []): DirectoryUser {
  const upn = `${givenName}.${surname}@tailspintoys.com`.toLowerCase();
  return {
    id: `7a115e00-0000-4000-8000-00000000000${n}`,
    userPrincipalName: upn,
    displayName: `${givenName} ${surname}`,
    givenName,
    surname,
    mail: upn,
    userType: 'member',
    accountEnabled: true,
    roles,
  };
}
