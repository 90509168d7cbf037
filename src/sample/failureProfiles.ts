import { PolicyKey } from './tenant';

/** How a sign-in with this error code looks in the log of the sample tenant. */
export interface FailureProfile {
  reason: string;
  /** The Conditional Access policy that failed, if CA caused it. */
  failedPolicy?: PolicyKey;
  /** Primary authentication did not succeed, so Conditional Access was never evaluated. */
  beforeConditionalAccess?: boolean;
  /**
   * The second-factor step failed, and said this (Microsoft's wording: a denial reason from howto-mfa-reporting, or
   * "MFA required in Azure AD" when the challenge was asked for and not yet answered). Without it, a sign-in that
   * needed MFA and failed for another reason after the password shows a succeeded MFA step.
   */
  mfaResult?: string;
  /** Conditional Access stopped the sign-in before a second factor was asked: no MFA step. */
  stopsBeforeMfa?: boolean;
}

export const FAILURE_PROFILES: Record<number, FailureProfile> = {
  16000: {
    reason: 'The user has to pick or add an account before the sign-in can go on.',
    beforeConditionalAccess: true,
  },
  50020: {
    reason: 'The account from the external identity provider is not a member or guest of this tenant.',
    beforeConditionalAccess: true,
  },
  50034: { reason: 'No account with this user name exists in the directory.', beforeConditionalAccess: true },
  50053: {
    reason:
      'The account is locked: too many wrong passwords, or sign-ins from an address flagged as malicious.',
    beforeConditionalAccess: true,
  },
  50055: { reason: 'The password has expired.', beforeConditionalAccess: true },
  50057: { reason: 'The user account is disabled.', beforeConditionalAccess: true },
  50058: {
    reason: 'A silent sign-in was tried, but no signed-in session was found.',
    beforeConditionalAccess: true,
  },
  50072: {
    reason: 'The user has to register for multifactor authentication first.',
    mfaResult: "User doesn't have any verification methods registered",
  },
  50074: {
    reason: 'A second factor is required and was asked for.',
    failedPolicy: 'mfaAll',
    mfaResult: 'MFA required in Azure AD',
  },
  50076: {
    reason: 'A policy or a new location calls for multifactor authentication on this resource.',
    failedPolicy: 'mfaAll',
    mfaResult: 'MFA required in Azure AD',
  },
  50079: {
    reason: 'The user must register security info for multifactor authentication.',
    mfaResult: "User doesn't have any verification methods registered",
  },
  50089: { reason: 'The flow token expired before the sign-in was finished.', beforeConditionalAccess: true },
  50097: { reason: 'The resource requires the device to authenticate.' },
  50105: { reason: 'The user is not assigned to a role in this application.' },
  50126: { reason: 'The user name or password is wrong.', beforeConditionalAccess: true },
  50133: {
    reason: 'The session ended because the password was changed or has expired.',
    beforeConditionalAccess: true,
  },
  50140: { reason: 'The user was asked whether to stay signed in.' },
  50158: { reason: 'An external security challenge was not completed.' },
  50173: {
    reason: 'The refresh token was revoked, most likely by a password change; a fresh sign-in is needed.',
    beforeConditionalAccess: true,
  },
  53000: {
    reason: 'Conditional Access requires a compliant device, and this device is not compliant.',
    failedPolicy: 'compliantSharePoint',
  },
  53003: {
    reason: 'A Conditional Access policy blocked the sign-in.',
    failedPolicy: 'blockLegacy',
    stopsBeforeMfa: true,
  },
  53004: {
    reason: 'Registering for multifactor authentication is blocked because of the user risk level.',
    stopsBeforeMfa: true,
  },
  65001: { reason: 'Nobody has consented to let this application read the data it asks for.' },
  81010: {
    reason: 'Seamless single sign-on failed: the Kerberos ticket has expired or is not valid.',
    beforeConditionalAccess: true,
  },
  90072: {
    reason: 'The external account does not exist in this tenant, so it cannot complete MFA here.',
    beforeConditionalAccess: true,
  },
  500011: { reason: 'The resource the application asked for is not registered in this tenant.' },
  500121: {
    reason: 'The second authentication step failed.',
    failedPolicy: 'mfaAll',
    mfaResult: 'User declined the authentication',
  },
  530032: { reason: 'A security policy of the tenant blocked the sign-in.', stopsBeforeMfa: true },
  700016: { reason: 'The application was not found in this tenant.', beforeConditionalAccess: true },
  700082: {
    reason: 'The refresh token expired because it was not used for too long.',
    beforeConditionalAccess: true,
  },
  7000215: {
    reason: 'The application sent a client secret that is not valid.',
    beforeConditionalAccess: true,
  },
};

/** Codes that fail a silent, token-based (non-interactive) sign-in. */
export const NON_INTERACTIVE_CODES = [50173, 700082, 50133, 50089, 50058, 81010] as const;

/** Background failures of interactive sign-ins, with their relative frequency. */
export const BACKGROUND_CODES: readonly (readonly [number, number])[] = [
  [50126, 30],
  [50074, 14],
  [50140, 14],
  [50076, 8],
  [16000, 6],
  [50058, 5],
  [500121, 4],
  [50097, 3],
  [50055, 2],
  [53003, 2],
  [65001, 1],
];
