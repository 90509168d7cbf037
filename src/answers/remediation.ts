import { CatalogEntry, errorPageLink } from '../catalog/catalogEntry';
import { Texts } from '../text/en';

/** What the code means and what to do, for helpdesk staff (both lists) or for the user themselves. */
export function remediation(entry: CatalogEntry, staff: boolean, texts: Texts): string {
  const steps = (heading: string, list: string[]): string =>
    `**${heading}:**\n${list.map((step) => `- ${step}`).join('\n')}`;
  return [
    `**${texts.meaningHeading}:** ${entry.title}${entry.interrupt ? ` ${texts.interruptNote}` : ''}`,
    `**${texts.causeHeading}:** ${entry.cause}`,
    steps(texts.userStepsHeading, entry.userSteps),
    ...(staff && entry.adminSteps.length > 0 ? [steps(texts.adminStepsHeading, entry.adminSteps)] : []),
    texts.fixedBy[entry.fixedBy],
    ...(entry.related.length > 0 ? [texts.relatedCodes(entry.related)] : []),
    texts.moreInfo(errorPageLink(entry.code)),
  ].join('\n\n');
}
