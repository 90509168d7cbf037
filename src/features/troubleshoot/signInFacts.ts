import { Catalog } from '../../catalog/catalog';
import { AuthenticationDetail, SignIn } from '../../signins/signIn';
import { Texts } from '../../text/en';
import { describeTime } from './period';
import { localEntry } from './rows';
import { clientAppOf, failureReasonOf, mfaStepWords, operatingSystemOf } from './recordWords';
import { Fact } from '../../cards/reply';

/** The MFA step details that say the person refused: "User declined the authentication", "Mobile App Denied". */
const MFA_DENIED = /declined|denied/i;

export interface FactGroup {
  title: string;
  facts: Fact[];
}

/** What a sign-in record says beyond its plain fields, worked out once for the card, the text and the ticket. */
export interface RecordReading {
  /** City, state, country: the parts the record has. */
  place: string[];
  device: SignIn['deviceDetail'];
  /** Conditional Access policies that applied (failed or passed), in the record's order, and by what they did. */
  decidedPolicies: { displayName: string; result: string }[];
  failedPolicies: string[];
  passedPolicies: string[];
  mfaStep: AuthenticationDetail | undefined;
}

export function readRecord(signIn: SignIn): RecordReading {
  const policies = signIn.appliedConditionalAccessPolicies ?? [];
  const named = (result: string) =>
    policies.filter((policy) => policy.result === result).map((policy) => policy.displayName);
  return {
    decidedPolicies: policies.filter((policy) => policy.result === 'failure' || policy.result === 'success'),
    place: [signIn.location.city, signIn.location.state, signIn.location.countryOrRegion].filter(
      (part): part is string => Boolean(part),
    ),
    device: signIn.deviceDetail,
    failedPolicies: named('failure'),
    passedPolicies: named('success'),
    mfaStep: mfaStepOf(signIn),
  };
}

/** The facts of one sign-in a helpdesk needs, grouped as the card shows them. */
export function signInGroups(signIn: SignIn, catalog: Catalog, timeZone: string, texts: Texts): FactGroup[] {
  const f = texts.field;
  const g = texts.card.groups;
  const code = signIn.status.errorCode;
  const status =
    code === 0
      ? texts.status.success
      : isInterrupted(signIn, catalog)
        ? texts.status.interrupted
        : texts.status.failure;
  const reading = readRecord(signIn);
  const device = reading.device;
  const place = reading.place.join(', ');
  const fact = (title: string, value: string): Fact => ({ title, value });
  return [
    {
      title: g.who,
      facts: [
        fact(f.time, describeTime(signIn.createdDateTime, timeZone, texts)),
        fact(f.user, withId(signIn.userDisplayName, signIn.userPrincipalName)),
        fact(f.app, withId(signIn.appDisplayName, signIn.appId)),
        ...(signIn.resourceDisplayName && signIn.resourceId !== signIn.appId
          ? [fact(f.resource, signIn.resourceDisplayName)]
          : []),
        fact(f.clientApp, clientAppOf(signIn, texts)),
        fact(f.interactive, signIn.isInteractive ? texts.yes : texts.no),
      ],
    },
    {
      title: g.where,
      facts: [
        fact(f.ip, signIn.ipAddress || texts.record.notInLog),
        fact(f.location, place || texts.record.notInLog),
        fact(
          f.device,
          [
            device.displayName,
            operatingSystemOf(device.operatingSystem),
            device.browser,
            texts.compliant(device.isCompliant),
            texts.managed(device.isManaged),
          ]
            .filter(Boolean)
            .join(' · '),
        ),
      ],
    },
    {
      title: g.result,
      facts: [
        fact(f.status, status),
        ...(code === 0
          ? []
          : [
              fact(f.errorCode, String(code)),
              fact(f.failureReason, failureReasonOf(signIn, localEntry(catalog, code, { texts }), texts)),
            ]),
      ],
    },
    {
      title: g.conditionalAccess,
      facts: [fact(f.conditionalAccess, conditionalAccess(signIn, reading, texts))],
    },
    { title: g.mfa, facts: [fact(f.mfa, mfa(signIn, reading, catalog, texts))] },
    {
      title: g.ids,
      facts: [
        fact(f.requestId, signIn.id),
        fact(f.correlationId, signIn.correlationId || texts.record.notInLog),
      ],
    },
  ];
}

/** "Megan Bowen (megan.bowen@…)", or the one the record has when the other is empty. */
export function withId(name: string | undefined, id: string | undefined): string {
  return name && id ? `${name} (${id})` : name || id || '';
}

/** The same facts as labelled lines, for channels without cards. */
export function signInFacts(signIn: SignIn, catalog: Catalog, timeZone: string, texts: Texts): string {
  return signInGroups(signIn, catalog, timeZone, texts)
    .flatMap((group) => group.facts)
    .map(({ title, value }) => `- **${title}:** ${value}`)
    .join('\n');
}

/** The policies that decided, by name; without names (no Policy.Read.All) what the record's status says. */
function conditionalAccess(signIn: SignIn, reading: RecordReading, texts: Texts): string {
  if (reading.failedPolicies.length > 0) return texts.caFailed(reading.failedPolicies);
  if (reading.passedPolicies.length > 0) return texts.caSucceeded(reading.passedPolicies);
  switch (signIn.conditionalAccessStatus) {
    case 'failure':
      return texts.caFailedUnnamed;
    case 'success':
      return texts.caSucceededUnnamed;
    case 'notApplied':
      return texts.caNotApplied;
    default:
      return texts.record.unknownValue(signIn.conditionalAccessStatus);
  }
}

/** The source's own word first (the portal's Status "Interrupted"), then what the catalog knows of the code. */
export function isInterrupted(signIn: SignIn, catalog: Catalog): boolean {
  return signIn.interrupted === true || catalog.isInterrupt(signIn.status.errorCode);
}

/** The second-factor step of a sign-in, when one was recorded. */
/** The person pressed Deny (or its like) on the MFA request: not a slip of the phone but their own answer. */
export function refusedMfa(signIn: SignIn): boolean {
  const step = mfaStepOf(signIn);
  return !!step && !step.succeeded && MFA_DENIED.test(step.authenticationStepResultDetail);
}

export function mfaStepOf(signIn: SignIn): AuthenticationDetail | undefined {
  return signIn.authenticationDetails?.find((detail) => detail.authenticationStepRequirement === 'MFA');
}

function mfa(signIn: SignIn, reading: RecordReading, catalog: Catalog, texts: Texts): string {
  const step = reading.mfaStep;
  if (step) {
    const words = mfaStepWords(step, catalog, texts);
    return texts.mfaStep(words.method, words.detail, step.succeeded);
  }
  if (signIn.authenticationRequirement === 'multiFactorAuthentication') return texts.mfaRequiredNoStep;
  return signIn.authenticationRequirement === 'singleFactorAuthentication'
    ? texts.mfaNotRequired
    : texts.mfaUnknown;
}
