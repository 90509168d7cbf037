/** A sign-in record in the Microsoft Graph `signIn` shape (v1.0 plus the beta fields the bot reads). */
export interface SignIn {
  id: string;
  createdDateTime: string;
  userDisplayName: string;
  userPrincipalName: string;
  userId: string;
  appId: string;
  appDisplayName: string;
  resourceId?: string;
  resourceDisplayName?: string;
  ipAddress: string;
  clientAppUsed: string;
  correlationId: string;
  conditionalAccessStatus: 'success' | 'failure' | 'notApplied' | 'unknownFutureValue';
  isInteractive: boolean;
  status: SignInStatus;
  deviceDetail: DeviceDetail;
  location: SignInLocation;
  appliedConditionalAccessPolicies: AppliedConditionalAccessPolicy[];
  authenticationRequirement?: 'singleFactorAuthentication' | 'multiFactorAuthentication';
  authenticationDetails?: AuthenticationDetail[];
  signInEventTypes?: string[];
  userType?: 'member' | 'guest';
  userAgent?: string;
  /** Set when the source marks the sign-in as interrupted (the portal's Status column), whatever its code. */
  interrupted?: boolean;
}

export interface SignInStatus {
  errorCode: number;
  failureReason: string | null;
  additionalDetails: string | null;
}

export interface DeviceDetail {
  deviceId: string;
  displayName: string | null;
  operatingSystem: string;
  browser: string;
  isCompliant: boolean | null;
  isManaged: boolean | null;
  trustType: string | null;
}

export interface SignInLocation {
  city: string;
  state: string;
  countryOrRegion: string;
}

export interface AppliedConditionalAccessPolicy {
  id: string;
  displayName: string;
  enforcedGrantControls: string[];
  enforcedSessionControls: string[];
  result:
    | 'success'
    | 'failure'
    | 'notApplied'
    | 'notEnabled'
    | 'unknown'
    | 'reportOnlyFailure'
    | 'reportOnlySuccess';
}

export interface AuthenticationDetail {
  authenticationMethod: string;
  authenticationMethodDetail: string | null;
  authenticationStepDateTime: string;
  authenticationStepRequirement: string;
  authenticationStepResultDetail: string;
  succeeded: boolean;
}

/** Client apps of legacy authentication (`clientAppUsed`): they cannot do MFA, so Conditional Access often blocks them. */
export const LEGACY_CLIENTS: ReadonlySet<string> = new Set([
  'Exchange ActiveSync',
  'IMAP4',
  'POP3',
  'Authenticated SMTP',
  'Other clients',
]);
