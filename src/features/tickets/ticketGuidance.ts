import { Fact } from '../../cards/reply';
import { CatalogEntry } from '../../catalog/catalogEntry';
import { SignIn } from '../../signins/signIn';
import { Texts } from '../../text/en';
import { readRecord } from '../troubleshoot/signInFacts';

export interface TicketDraft {
  heading: string;
  when: string;
  title: string;
  facts: Fact[];
}

/** When to escalate, and a ticket text with every field a support engineer needs, ready to copy. */
export function ticketGuidance(signIn: SignIn, entry: CatalogEntry | undefined, texts: Texts): string {
  const draft = ticketDraft(signIn, entry, texts);
  const lines = [draft.title, ...draft.facts.map((fact) => `${fact.title}: ${fact.value}`)];
  return `**${draft.heading}:** ${draft.when}\n\n\`\`\`\n${lines.join('\n')}\n\`\`\``;
}

export function ticketDraft(signIn: SignIn, entry: CatalogEntry | undefined, texts: Texts): TicketDraft {
  const when =
    entry?.escalate === 'yes'
      ? texts.escalateNow
      : entry?.escalate === 'no'
        ? texts.escalateNo
        : texts.escalateIfPersists;
  const f = texts.field;
  const reading = readRecord(signIn);
  const policies = reading.decidedPolicies
    .map((policy) => `${policy.displayName}=${policy.result}`)
    .join('; ');
  const mfaStep = reading.mfaStep;
  const place = [signIn.location.city, signIn.location.countryOrRegion].filter(Boolean).join(', ');
  const device = reading.device;
  const fact = (title: string, value: string): Fact => ({ title, value });
  return {
    heading: texts.ticketHeading,
    when,
    title: texts.ticketTitle(signIn.status.errorCode, signIn.userPrincipalName, signIn.appDisplayName),
    facts: [
      fact(f.user, `${signIn.userDisplayName} <${signIn.userPrincipalName}> (object ID ${signIn.userId})`),
      fact(f.app, `${signIn.appDisplayName} (app ID ${signIn.appId})`),
      fact(f.time, signIn.createdDateTime),
      fact(f.errorCode, `${signIn.status.errorCode}${entry ? ` (${entry.name || entry.title})` : ''}`),
      fact(f.failureReason, signIn.status.failureReason ?? texts.unknown),
      fact(f.requestId, signIn.id),
      fact(f.correlationId, signIn.correlationId),
      fact(f.clientApp, signIn.clientAppUsed),
      fact(f.ip, signIn.ipAddress),
      fact(f.location, place),
      fact(
        f.device,
        [device.operatingSystem, device.browser, texts.compliant(device.isCompliant)]
          .filter(Boolean)
          .join(', '),
      ),
      fact(f.conditionalAccess, `${signIn.conditionalAccessStatus}${policies ? ` (${policies})` : ''}`),
      fact(
        f.mfa,
        mfaStep
          ? `${mfaStep.authenticationMethod}: ${mfaStep.authenticationStepResultDetail}`
          : (signIn.authenticationRequirement ?? texts.unknown),
      ),
    ],
  };
}
