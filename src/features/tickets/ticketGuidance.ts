import { Fact } from '../../cards/reply';
import { CatalogEntry } from '../../catalog/catalogEntry';
import { SignIn } from '../../signins/signIn';
import { Texts } from '../../text/en';
import { Catalog } from '../../catalog/catalog';
import {
  clientAppOf,
  conditionalAccessStatusOf,
  failureReasonOf,
  mfaStepWords,
  operatingSystemOf,
  policyResultOf,
  requirementOf,
} from '../troubleshoot/recordWords';
import { readRecord } from '../troubleshoot/signInFacts';

export interface TicketDraft {
  heading: string;
  when: string;
  title: string;
  facts: Fact[];
}

/** When to escalate, and a ticket text with every field a support engineer needs, ready to copy. */
export function ticketGuidance(
  signIn: SignIn,
  entry: CatalogEntry | undefined,
  texts: Texts,
  catalog: Catalog,
): string {
  const draft = ticketDraft(signIn, entry, texts, catalog);
  const lines = [draft.title, ...draft.facts.map((fact) => `${fact.title}: ${fact.value}`)];
  return `**${draft.heading}:** ${draft.when}\n\n\`\`\`\n${lines.join('\n')}\n\`\`\``;
}

/** `entry` is the code's entry in the reader's language; the catalog names the MFA step's detail. */
export function ticketDraft(
  signIn: SignIn,
  entry: CatalogEntry | undefined,
  texts: Texts,
  catalog: Catalog,
): TicketDraft {
  const when =
    entry?.escalate === 'yes'
      ? texts.escalateNow
      : entry?.escalate === 'no'
        ? texts.escalateNo
        : texts.escalateIfPersists;
  const f = texts.field;
  const reading = readRecord(signIn);
  const policies = reading.decidedPolicies
    .map((policy) => `${policy.displayName}=${policyResultOf(policy.result, texts)}`)
    .join('; ');
  const mfaStep = reading.mfaStep && mfaStepWords(reading.mfaStep, catalog, texts);
  const ids = texts.record;
  const place = [signIn.location.city, signIn.location.countryOrRegion].filter(Boolean).join(', ');
  const device = reading.device;
  const fact = (title: string, value: string): Fact => ({ title, value });
  return {
    heading: texts.ticketHeading,
    when,
    title: texts.ticketTitle(signIn.status.errorCode, signIn.userPrincipalName, signIn.appDisplayName),
    facts: [
      fact(
        f.user,
        [
          signIn.userDisplayName,
          signIn.userPrincipalName && `<${signIn.userPrincipalName}>`,
          signIn.userId && `(${ids.objectId} ${signIn.userId})`,
        ]
          .filter(Boolean)
          .join(' '),
      ),
      fact(
        f.app,
        [signIn.appDisplayName, signIn.appId && `(${ids.appId} ${signIn.appId})`].filter(Boolean).join(' '),
      ),
      fact(f.time, signIn.createdDateTime),
      fact(f.errorCode, `${signIn.status.errorCode}${entry ? ` (${entry.name || entry.title})` : ''}`),
      fact(f.failureReason, failureReasonOf(signIn, entry, texts)),
      fact(f.requestId, signIn.id || ids.notInLog),
      fact(f.correlationId, signIn.correlationId || ids.notInLog),
      fact(f.clientApp, signIn.clientAppUsed ? clientAppOf(signIn, texts) : ''),
      fact(f.ip, signIn.ipAddress),
      fact(f.location, place),
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
          .join(', '),
      ),
      fact(
        f.conditionalAccess,
        `${conditionalAccessStatusOf(signIn.conditionalAccessStatus, texts)}${policies ? ` (${policies})` : ''}`,
      ),
      fact(
        f.mfa,
        mfaStep
          ? `${mfaStep.method}: ${mfaStep.detail}`
          : requirementOf(signIn.authenticationRequirement, texts),
      ),
      // An optional field the record leaves empty is left out, not shown as "IP address: ".
    ].filter((line) => line.value !== ''),
  };
}
