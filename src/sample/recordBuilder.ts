import { DirectoryUser, signInName } from '../directory/directoryUser';
import {
  AppliedConditionalAccessPolicy,
  AuthenticationDetail,
  LEGACY_CLIENTS,
  SignIn,
} from '../signins/signIn';
import { FAILURE_PROFILES } from './failureProfiles';
import { Random } from './random';
import { Device, Place, POLICIES, PolicyKey } from './tenant';

export interface SampleApp {
  appId: string;
  displayName: string;
  resourceId: string;
  resourceDisplayName: string;
}

export interface Attempt {
  user: DirectoryUser;
  app: SampleApp;
  at: Date;
  code: number;
  interactive: boolean;
  clientApp: string;
  place: Place;
  hostOctet: number;
  device: Device;
  deviceId: string;
}

const ALLOWED_COUNTRIES = new Set(['NL', 'BE', 'US']);
/** What the log gives as the "browser" of an app that signs in with Microsoft's authentication library. */
const APP_CLIENT = 'Rich Client 4.66.1.0';

/** Turns one attempt into a record shaped like Microsoft Graph's `signIn`. */
export function buildSignIn(random: Random, attempt: Attempt): SignIn {
  const { user, app, device, place, code } = attempt;
  const profile = FAILURE_PROFILES[code];
  if (code !== 0 && !profile) throw new Error(`[sample] no failure profile for error code ${code}`);
  const policies = evaluatePolicies(attempt);
  const caStatus = policies.some((p) => p.result === 'failure')
    ? 'failure'
    : policies.some((p) => p.result === 'success')
      ? 'success'
      : 'notApplied';
  const mfaRequired = attempt.interactive && policies.some((p) => p.enforcedGrantControls.includes('Mfa'));
  const client = clientOf(attempt);
  return {
    id: random.uuid(),
    createdDateTime: attempt.at.toISOString(),
    userDisplayName: user.displayName,
    // The log names a B2B guest by their home UPN (tom.wouters@fabrikam.com), not the directory's #EXT# one.
    userPrincipalName: signInName(user),
    userId: user.id,
    appId: app.appId,
    appDisplayName: app.displayName,
    resourceId: app.resourceId,
    resourceDisplayName: app.resourceDisplayName,
    ipAddress: `${place.network}.${attempt.hostOctet}`,
    clientAppUsed: attempt.clientApp,
    correlationId: random.uuid(),
    conditionalAccessStatus: caStatus,
    isInteractive: attempt.interactive,
    status: { errorCode: code, failureReason: code === 0 ? null : profile.reason, additionalDetails: null },
    deviceDetail: {
      deviceId: device.isManaged ? attempt.deviceId : '',
      displayName: device.isManaged ? `CONTOSO-${attempt.deviceId.slice(0, 6).toUpperCase()}` : null,
      operatingSystem: device.operatingSystem,
      browser: client.browser,
      isCompliant: device.isCompliant,
      isManaged: device.isManaged,
      trustType: device.trustType,
    },
    location: { city: place.city, state: place.state, countryOrRegion: place.countryOrRegion },
    appliedConditionalAccessPolicies: policies,
    authenticationRequirement: mfaRequired ? 'multiFactorAuthentication' : 'singleFactorAuthentication',
    authenticationDetails: authenticationSteps(attempt, mfaRequired),
    signInEventTypes: [attempt.interactive ? 'interactiveUser' : 'nonInteractiveUser'],
    userType: user.userType,
    userAgent: client.userAgent,
  };
}

/**
 * What signed in, as the log reports it: a browser by its name, an app as a rich client, a phone's mail app over
 * Exchange ActiveSync by its own user agent and no browser, other legacy protocols (IMAP4, POP3, SMTP) with neither.
 */
function clientOf({ clientApp, device }: Attempt): { browser: string; userAgent: string } {
  switch (clientApp) {
    case 'Browser':
      return {
        browser: device.browser,
        userAgent: `Mozilla/5.0 (${device.operatingSystem}) ${device.browser}`,
      };
    case 'Mobile Apps and Desktop clients':
      return { browser: APP_CLIENT, userAgent: `${APP_CLIENT} (${device.operatingSystem})` };
    case 'Exchange ActiveSync':
      return { browser: '', userAgent: device.mailAgent ?? '' };
    default:
      return { browser: '', userAgent: '' };
  }
}

function evaluatePolicies(attempt: Attempt): AppliedConditionalAccessPolicy[] {
  const profile = FAILURE_PROFILES[attempt.code];
  const evaluated = !profile?.beforeConditionalAccess;
  const legacy = LEGACY_CLIENTS.has(attempt.clientApp);
  const applies: Record<PolicyKey, boolean> = {
    mfaAll: attempt.user.userType === 'member' && !legacy,
    blockLegacy: legacy,
    compliantSharePoint: attempt.app.resourceDisplayName === 'Office 365 SharePoint Online',
    mfaAdmins: attempt.app.resourceDisplayName === 'Windows Azure Service Management API',
    blockCountries: !ALLOWED_COUNTRIES.has(attempt.place.countryOrRegion),
    guestTerms: attempt.user.userType === 'guest',
  };
  const failed =
    profile?.failedPolicy === 'blockLegacy' && !legacy ? 'blockCountries' : profile?.failedPolicy;
  return (Object.keys(POLICIES) as PolicyKey[]).map((key) => {
    const policy = POLICIES[key];
    let result: AppliedConditionalAccessPolicy['result'] = 'notApplied';
    if (evaluated && (applies[key] || key === failed)) result = key === failed ? 'failure' : 'success';
    return {
      id: policy.id,
      displayName: policy.displayName,
      enforcedGrantControls: result === 'notApplied' ? [] : [policy.grant],
      enforcedSessionControls: [],
      result,
    };
  });
}

function authenticationSteps(attempt: Attempt, mfaRequired: boolean): AuthenticationDetail[] {
  const at = attempt.at.toISOString();
  const profile = FAILURE_PROFILES[attempt.code];
  if (!attempt.interactive) {
    const ok = attempt.code === 0;
    return [
      step(
        at,
        'Previously satisfied',
        'Primary authentication',
        ok ? 'First factor requirement satisfied by claim in the token' : profile.reason,
        ok,
      ),
    ];
  }
  const passwordOk = !profile?.beforeConditionalAccess;
  const steps = [
    step(
      at,
      'Password',
      'Primary authentication',
      passwordOk ? 'Correct password' : profile.reason,
      passwordOk,
    ),
  ];
  // A wrong password ends the sign-in at the first step; a block stops it before a second factor is asked.
  if (!passwordOk || profile?.stopsBeforeMfa) return steps;
  if (profile?.mfaResult) steps.push(step(at, 'Mobile app notification', 'MFA', profile.mfaResult, false));
  // MFA done, and the sign-in failed (if it did) for something after it: consent, assignment, device, "stay signed in?"
  else if (mfaRequired)
    steps.push(step(at, 'Mobile app notification', 'MFA', 'MFA successfully completed', true));
  return steps;
}

function step(
  at: string,
  method: string,
  requirement: string,
  detail: string,
  succeeded: boolean,
): AuthenticationDetail {
  return {
    authenticationMethod: method,
    authenticationMethodDetail: null,
    authenticationStepDateTime: at,
    authenticationStepRequirement: requirement,
    authenticationStepResultDetail: detail,
    succeeded,
  };
}
