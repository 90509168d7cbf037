import { CatalogEntry } from '../catalog/catalogEntry';
import { SignIn } from '../signins/signIn';
import { Texts } from '../text/en';
import { mfaStepOf } from './signInFacts';

/** When to escalate, and a ticket text with every field a support engineer needs, ready to copy. */
export function ticketGuidance(signIn: SignIn, entry: CatalogEntry | undefined, texts: Texts): string {
  const when =
    entry?.escalate === 'yes'
      ? texts.escalateNow
      : entry?.escalate === 'no'
        ? texts.escalateNo
        : texts.escalateIfPersists;
  const f = texts.field;
  const policies = signIn.appliedConditionalAccessPolicies
    .filter((policy) => policy.result === 'failure' || policy.result === 'success')
    .map((policy) => `${policy.displayName}=${policy.result}`)
    .join('; ');
  const mfaStep = mfaStepOf(signIn);
  const place = [signIn.location.city, signIn.location.countryOrRegion].filter(Boolean).join(', ');
  const device = signIn.deviceDetail;
  const lines = [
    texts.ticketTitle(signIn.status.errorCode, signIn.userPrincipalName, signIn.appDisplayName),
    `${f.user}: ${signIn.userDisplayName} <${signIn.userPrincipalName}> (object ID ${signIn.userId})`,
    `${f.app}: ${signIn.appDisplayName} (app ID ${signIn.appId})`,
    `${f.time}: ${signIn.createdDateTime}`,
    `${f.errorCode}: ${signIn.status.errorCode}${entry ? ` (${entry.name || entry.title})` : ''}`,
    `${f.failureReason}: ${signIn.status.failureReason ?? texts.unknown}`,
    `${f.requestId}: ${signIn.id}`,
    `${f.correlationId}: ${signIn.correlationId}`,
    `${f.clientApp}: ${signIn.clientAppUsed}`,
    `${f.ip}: ${signIn.ipAddress}`,
    `${f.location}: ${place}`,
    `${f.device}: ${[device.operatingSystem, device.browser, texts.compliant(device.isCompliant)].join(', ')}`,
    `${f.conditionalAccess}: ${signIn.conditionalAccessStatus}${policies ? ` (${policies})` : ''}`,
    `${f.mfa}: ${mfaStep ? `${mfaStep.authenticationMethod}: ${mfaStep.authenticationStepResultDetail}` : (signIn.authenticationRequirement ?? texts.unknown)}`,
  ];
  return `**${texts.ticketHeading}:** ${when}\n\n\`\`\`\n${lines.join('\n')}\n\`\`\``;
}
