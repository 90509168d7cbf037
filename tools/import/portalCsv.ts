import { Conversion } from '../../src/signins/records/conversion';
import { CsvRow } from './csvRows';
import { fromGraph } from '../../src/signins/records/graphRecord';
import { parseBoolean, parseErrorCode, parseLocation, parseUtcTime } from '../../src/signins/records/values';

/** The columns the bot cannot do without; the others (the set changes every few months) are optional. */
export const PORTAL_REQUIRED = ['date (utc)', 'request id', 'username', 'sign-in error code'];
const CA_STATUS: Record<string, string> = {
  success: 'success',
  failure: 'failure',
  'not applied': 'notApplied',
};

export function isPortalCsv(headers: string[]): boolean {
  return headers.includes('request id') && headers.includes('date (utc)');
}

/** One row of the Entra admin center's sign-in download, matched by header name, in the Graph shape. */
export function fromPortalRow(row: CsvRow, interactive: boolean): Conversion {
  const code = parseErrorCode(row.get('sign-in error code'));
  if (code === undefined)
    return { reason: `its sign-in error code "${row.get('sign-in error code')}" is not a number` };
  const status = row.get('status').toLowerCase();
  const mfaResult = row.get('multifactor authentication result');
  const converted = fromGraph({
    id: row.get('request id'),
    createdDateTime: parseUtcTime(row.get('date (utc)')) ?? '',
    userDisplayName: row.get('user'),
    userPrincipalName: row.get('username'),
    userId: row.get('user id'),
    userType: row.get('user type'),
    userAgent: row.get('user agent'),
    appDisplayName: row.get('application'),
    appId: row.get('application id'),
    resourceDisplayName: row.get('resource'),
    resourceId: row.get('resource id'),
    ipAddress: row.get('ip address'),
    location: parseLocation(row.get('location')),
    status: { errorCode: code, failureReason: code === 0 ? null : row.get('failure reason') },
    clientAppUsed: row.get('client app'),
    deviceDetail: {
      deviceId: row.get('device id'),
      browser: row.get('browser'),
      operatingSystem: row.get('operating system'),
      isCompliant: parseBoolean(row.get('compliant')),
      isManaged: parseBoolean(row.get('managed')),
      trustType: row.get('join type'),
    },
    authenticationRequirement: row.get('authentication requirement'),
    conditionalAccessStatus: CA_STATUS[row.get('conditional access').toLowerCase()] ?? 'notApplied',
    isInteractive: interactive,
    authenticationDetails: mfaResult
      ? [
          {
            authenticationStepRequirement: 'MFA',
            authenticationMethod: row.get('multifactor authentication auth method'),
            authenticationMethodDetail: row.get('multifactor authentication auth detail'),
            authenticationStepResultDetail: mfaResult,
            succeeded: status === 'success' || /succe|complet|satisf/i.test(mfaResult),
          },
        ]
      : undefined,
  });
  if (!('signIn' in converted)) return converted;
  if (status === 'interrupted') converted.signIn.interrupted = true;
  return converted;
}
