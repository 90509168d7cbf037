import { SignIn } from '../../src/signins/signIn';

export const TEAMS = { appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', appDisplayName: 'Microsoft Teams' };
export const OUTLOOK = {
  appId: '00000002-0000-0ff1-ce00-000000000000',
  appDisplayName: 'Office 365 Exchange Online',
};

let next = 0;

/** A sign-in built for a test: Jane, Teams, interactive, from one office address, with the code and time given. */
export function builtSignIn(at: string, code: number, more: Partial<SignIn> = {}): SignIn {
  next++;
  const id = `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
  return {
    id,
    createdDateTime: at,
    userDisplayName: 'Jane Visser',
    userPrincipalName: 'jane.visser@contoso.com',
    userId: '11111111-0000-4000-8000-000000000001',
    ...TEAMS,
    ipAddress: '145.53.112.122',
    clientAppUsed: 'Browser',
    correlationId: id,
    conditionalAccessStatus: 'notApplied',
    isInteractive: true,
    status: { errorCode: code, failureReason: code === 0 ? null : 'failed', additionalDetails: null },
    deviceDetail: {
      deviceId: '',
      displayName: null,
      operatingSystem: 'Windows 11',
      browser: 'Edge 131.0.0',
      isCompliant: true,
      isManaged: true,
      trustType: null,
    },
    location: { city: 'Amsterdam', state: 'Noord-Holland', countryOrRegion: 'NL' },
    appliedConditionalAccessPolicies: [],
    ...more,
  };
}

/** Newest first, as every sign-in source returns them. */
export function newestFirst(signIns: SignIn[]): SignIn[] {
  return [...signIns].sort((a, b) => Date.parse(b.createdDateTime) - Date.parse(a.createdDateTime));
}
