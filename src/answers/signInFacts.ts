import { Catalog } from '../catalog/catalog';
import { AuthenticationDetail, SignIn } from '../signins/signIn';
import { Texts } from '../text/en';
import { describeTime } from './period';

/** The facts of one sign-in a helpdesk needs, as a list of labelled lines. */
export function signInFacts(signIn: SignIn, catalog: Catalog, timeZone: string, texts: Texts): string {
  const f = texts.field;
  const code = signIn.status.errorCode;
  const status =
    code === 0
      ? texts.status.success
      : isInterrupted(signIn, catalog)
        ? texts.status.interrupted
        : texts.status.failure;
  const device = signIn.deviceDetail;
  const place = [signIn.location.city, signIn.location.state, signIn.location.countryOrRegion]
    .filter(Boolean)
    .join(', ');
  const rows: [string, string][] = [
    [f.time, describeTime(signIn.createdDateTime, timeZone, texts)],
    [f.user, `${signIn.userDisplayName} (${signIn.userPrincipalName})`],
    [f.app, `${signIn.appDisplayName} (${signIn.appId})`],
    ...(signIn.resourceDisplayName && signIn.resourceId !== signIn.appId
      ? [[f.resource, signIn.resourceDisplayName] as [string, string]]
      : []),
    [f.clientApp, signIn.clientAppUsed || texts.unknown],
    [f.ip, signIn.ipAddress || texts.unknown],
    [f.location, place || texts.unknown],
    [
      f.device,
      [
        device.displayName,
        device.operatingSystem,
        device.browser,
        texts.compliant(device.isCompliant),
        texts.managed(device.isManaged),
      ]
        .filter(Boolean)
        .join(' · '),
    ],
    [f.status, status],
    ...(code === 0
      ? []
      : ([
          [f.errorCode, String(code)],
          [f.failureReason, signIn.status.failureReason ?? texts.unknown],
        ] as [string, string][])),
    [f.conditionalAccess, conditionalAccess(signIn, texts)],
    [f.mfa, mfa(signIn, texts)],
    [f.interactive, signIn.isInteractive ? texts.yes : texts.no],
    [f.requestId, signIn.id],
    [f.correlationId, signIn.correlationId],
  ];
  return rows.map(([label, value]) => `- **${label}:** ${value}`).join('\n');
}

function conditionalAccess(signIn: SignIn, texts: Texts): string {
  const policies = signIn.appliedConditionalAccessPolicies ?? [];
  const failed = policies.filter((policy) => policy.result === 'failure').map((policy) => policy.displayName);
  if (failed.length > 0) return texts.caFailed(failed);
  const passed = policies.filter((policy) => policy.result === 'success').map((policy) => policy.displayName);
  return passed.length > 0 ? texts.caSucceeded(passed) : texts.caNotApplied;
}

/** The second-factor step of a sign-in, when one was recorded. */
/** The source's own word first (the portal's Status "Interrupted"), then what the catalog knows of the code. */
export function isInterrupted(signIn: SignIn, catalog: Catalog): boolean {
  return signIn.interrupted === true || catalog.isInterrupt(signIn.status.errorCode);
}

export function mfaStepOf(signIn: SignIn): AuthenticationDetail | undefined {
  return signIn.authenticationDetails?.find((detail) => detail.authenticationStepRequirement === 'MFA');
}

function mfa(signIn: SignIn, texts: Texts): string {
  const step = mfaStepOf(signIn);
  if (step)
    return texts.mfaStep(step.authenticationMethod, step.authenticationStepResultDetail, step.succeeded);
  return signIn.authenticationRequirement === 'multiFactorAuthentication'
    ? texts.mfaRequiredNoStep
    : texts.mfaNotRequired;
}
