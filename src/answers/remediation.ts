import { CatalogEntry, errorPageLink } from '../catalog/catalogEntry';
import { Texts } from '../text/en';

/** "AADSTS50126 InvalidUserNameOrPassword", "MFA result FAILED_PHONE_APP_DENIED (Mobile App Denied)". */
export function entryHeading(entry: CatalogEntry, texts: Texts): string {
  return texts.entryHeading[entry.kind](entry.code, entry.name);
}

/** What the code means and what to do, for helpdesk staff (both lists) or for the user themselves. */
export function remediation(entry: CatalogEntry, staff: boolean, texts: Texts): string {
  const steps = (heading: string, list: string[]): string =>
    `**${heading}:**\n${list.map((step) => `- ${step}`).join('\n')}`;
  const link = errorPageLink(entry);
  return [
    `**${texts.meaningHeading}:** ${entry.title}${entry.interrupt ? ` ${texts.interruptNote}` : ''}`,
    `**${texts.causeHeading}:** ${entry.cause}`,
    steps(texts.userStepsHeading, entry.userSteps),
    ...(staff ? [steps(texts.adminStepsHeading, entry.adminSteps)] : []),
    `${texts.fixedBy[entry.fixedBy]} ${texts.categoryLine(entry.category.label)}`,
    ...(entry.related.length > 0 ? [texts.relatedCodes(entry.related)] : []),
    ...(link ? [texts.moreInfo(link)] : []),
  ].join('\n\n');
}
