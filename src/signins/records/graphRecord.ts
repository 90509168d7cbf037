import { AppliedConditionalAccessPolicy, AuthenticationDetail, SignIn } from '../signIn';
import { accepted, Conversion, rejected } from './conversion';
import { parseErrorCode, parseUtcTime, text } from './values';

type Raw = Record<string, unknown>;

const CA_STATUS = ['success', 'failure', 'notApplied', 'unknownFutureValue'] as const;

/**
 * A Graph `signIn` (v1.0 or beta, as Graph returns it or as the admin center's JSON download has it) in the bot's
 * shape. Tolerates what the published examples show: `"status": {}`, null device fields, missing beta fields.
 */
export function fromGraph(value: unknown): Conversion {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return rejected('it is not a JSON object');
  const raw = value as Raw;
  const status = (raw.status ?? {}) as Raw;
  const errorCode = parseErrorCode(status.errorCode ?? 0);
  if (errorCode === undefined) return rejected(`its error code "${text(status.errorCode)}" is not a number`);
  const device = (raw.deviceDetail ?? {}) as Raw;
  const location = (raw.location ?? {}) as Raw;
  const caStatus = text(raw.conditionalAccessStatus);
  const signIn: SignIn = {
    id: text(raw.id),
    createdDateTime: parseUtcTime(text(raw.createdDateTime)) ?? '',
    userDisplayName: text(raw.userDisplayName),
    userPrincipalName: text(raw.userPrincipalName).toLowerCase(),
    userId: text(raw.userId),
    appId: text(raw.appId),
    appDisplayName: text(raw.appDisplayName),
    resourceId: text(raw.resourceId) || undefined,
    resourceDisplayName: text(raw.resourceDisplayName) || undefined,
    ipAddress: text(raw.ipAddress),
    clientAppUsed: text(raw.clientAppUsed),
    correlationId: text(raw.correlationId),
    // A value newer than the bot is "unknown", never "not applied"; a record without one says nothing was applied.
    conditionalAccessStatus: (CA_STATUS as readonly string[]).includes(caStatus)
      ? (caStatus as SignIn['conditionalAccessStatus'])
      : caStatus
        ? 'unknownFutureValue'
        : 'notApplied',
    isInteractive: raw.isInteractive !== false,
    status: {
      errorCode,
      failureReason: text(status.failureReason) || null,
      additionalDetails: text(status.additionalDetails) || null,
    },
    deviceDetail: {
      deviceId: text(device.deviceId),
      displayName: text(device.displayName) || null,
      operatingSystem: text(device.operatingSystem),
      browser: text(device.browser),
      isCompliant: typeof device.isCompliant === 'boolean' ? device.isCompliant : null,
      isManaged: typeof device.isManaged === 'boolean' ? device.isManaged : null,
      trustType: text(device.trustType) || null,
    },
    location: {
      city: text(location.city),
      state: text(location.state),
      countryOrRegion: text(location.countryOrRegion),
    },
    appliedConditionalAccessPolicies: policies(raw.appliedConditionalAccessPolicies),
  };
  const requirement = text(raw.authenticationRequirement);
  if (requirement === 'singleFactorAuthentication' || requirement === 'multiFactorAuthentication')
    signIn.authenticationRequirement = requirement;
  const steps = authenticationSteps(raw.authenticationDetails, signIn.createdDateTime);
  if (steps.length > 0) signIn.authenticationDetails = steps;
  if (Array.isArray(raw.signInEventTypes)) {
    signIn.signInEventTypes = raw.signInEventTypes.map(text);
    if (signIn.signInEventTypes.includes('nonInteractiveUser')) signIn.isInteractive = false;
  }
  const userType = text(raw.userType).toLowerCase();
  if (userType === 'member' || userType === 'guest') signIn.userType = userType;
  if (raw.userAgent) signIn.userAgent = text(raw.userAgent);
  return accepted(signIn);
}

function policies(value: unknown): AppliedConditionalAccessPolicy[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is Raw => Boolean(item) && typeof item === 'object')
    .map((item) => ({
      id: text(item.id),
      displayName: text(item.displayName),
      enforcedGrantControls: Array.isArray(item.enforcedGrantControls)
        ? item.enforcedGrantControls.map(text)
        : [],
      enforcedSessionControls: Array.isArray(item.enforcedSessionControls)
        ? item.enforcedSessionControls.map(text)
        : [],
      result: (text(item.result) || 'unknown') as AppliedConditionalAccessPolicy['result'],
    }));
}

function authenticationSteps(value: unknown, fallbackTime: string): AuthenticationDetail[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is Raw => Boolean(item) && typeof item === 'object')
    .map((item) => ({
      authenticationMethod: text(item.authenticationMethod),
      authenticationMethodDetail: text(item.authenticationMethodDetail) || null,
      authenticationStepDateTime: parseUtcTime(text(item.authenticationStepDateTime)) ?? fallbackTime,
      authenticationStepRequirement: text(item.authenticationStepRequirement),
      authenticationStepResultDetail: text(item.authenticationStepResultDetail),
      succeeded: item.succeeded === true,
    }));
}
