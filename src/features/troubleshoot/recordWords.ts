import { Catalog } from '../../catalog/catalog';
import { CatalogEntry } from '../../catalog/catalogEntry';
import { AuthenticationDetail, SignIn } from '../../signins/signIn';
import { Texts } from '../../text/en';

/**
 * A record's own values in the reader's words. The log writes its sentences in English and its values as Graph's
 * enum names; a Dutch reader gets Dutch beside the log's sentence, which stays verbatim so support can match it.
 */
export function failureReasonOf(signIn: SignIn, localEntry: CatalogEntry | undefined, texts: Texts): string {
  const reason = signIn.status.failureReason;
  if (!reason) return localEntry?.title ?? texts.record.notInLog;
  return texts.record.failureReason(reason, texts.language === 'en' ? undefined : localEntry?.title);
}

/** "Mobile app notification", "User declined the authentication" as the reader's language names them. */
export function mfaStepWords(
  step: AuthenticationDetail,
  catalog: Catalog,
  texts: Texts,
): { method: string; detail: string } {
  const found = catalog.named(step.authenticationStepResultDetail);
  const local = found && catalog.inLanguage(found, texts.language);
  const detail = step.authenticationStepResultDetail;
  return {
    method: texts.record.methods[step.authenticationMethod] ?? step.authenticationMethod,
    detail: local?.name || texts.record.stepDetails[detail] || texts.record.logWords(detail),
  };
}

/** "Browser", "Exchange ActiveSync" (a protocol's name stays), "Mobiele apps en desktopclients". */
export function clientAppOf(signIn: SignIn, texts: Texts): string {
  const client = signIn.clientAppUsed;
  return client ? (texts.record.clientApps[client] ?? client) : texts.record.notInLog;
}

export function conditionalAccessStatusOf(status: string, texts: Texts): string {
  return texts.record.conditionalAccessStatus[status] ?? texts.record.unknownValue(status);
}

export function policyResultOf(result: string, texts: Texts): string {
  return texts.record.policyResult[result] ?? texts.record.unknownValue(result);
}

/** Whether MFA was asked: unknown on Graph v1.0, which leaves the requirement out, never "not required". */
export function requirementOf(requirement: string | undefined, texts: Texts): string {
  if (!requirement) return texts.mfaUnknown;
  return texts.record.requirement[requirement] ?? texts.record.unknownValue(requirement);
}

/** The log writes some systems' names in its own case ("Ios 18.1", "MacOs"); people know them as iOS and macOS. */
const SYSTEM_NAMES: [RegExp, string][] = [
  [/^ios\b/i, 'iOS'],
  [/^ipados\b/i, 'iPadOS'],
  [/^mac ?os(?: ?x)?\b/i, 'macOS'],
];

export function operatingSystemOf<Logged extends string | undefined>(logged: Logged): Logged {
  if (!logged) return logged;
  const known = SYSTEM_NAMES.find(([pattern]) => pattern.test(logged));
  return (known ? logged.replace(known[0], known[1]) : logged) as Logged;
}
