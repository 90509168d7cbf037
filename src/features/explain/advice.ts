import { Fact } from '../../cards/reply';
import { CatalogEntry, errorPageLink } from '../../catalog/catalogEntry';
import { Texts } from '../../text/en';

/** "AADSTS50126 InvalidUserNameOrPassword", "MFA result FAILED_PHONE_APP_DENIED (Mobile App Denied)". */
export function entryHeading(entry: CatalogEntry, texts: Texts): string {
  return texts.entryHeading[entry.kind](entry.code, entry.name);
}

/** What a code means and what to do about it, in parts: the card lays them out, the text joins them. */
export interface Advice {
  heading: string;
  about: Fact[];
  stepLists: { title: string; steps: string }[];
  notes: { text: string }[];
  links: { title: string; url: string }[];
}

/** For helpdesk staff both step lists, for the user themselves only theirs. */
export function advice(entry: CatalogEntry, staff: boolean, texts: Texts): Advice {
  const list = (steps: string[]): string => steps.map((step) => `- ${step}`).join('\n');
  const link = errorPageLink(entry);
  return {
    heading: entryHeading(entry, texts),
    about: [
      {
        title: texts.meaningHeading,
        value: `${entry.title}${entry.interrupt ? ` ${texts.interruptNote}` : ''}`,
      },
      { title: texts.causeHeading, value: entry.cause },
    ],
    // A list with no steps is left out: a heading with nothing under it told an end user nothing.
    stepLists: [
      { title: staff ? texts.userStepsHeading : texts.userStepsHeadingSelf, steps: list(entry.userSteps) },
      ...(staff ? [{ title: texts.adminStepsHeading, steps: list(entry.adminSteps) }] : []),
    ].filter((stepList) => stepList.steps !== ''),
    notes: [
      {
        text: `${(staff ? texts.fixedBy : texts.fixedBySelf)[entry.fixedBy]} ${texts.categoryLine(entry.category.label)}`,
      },
      ...(entry.related.length > 0 ? [{ text: texts.relatedCodes(entry.related) }] : []),
    ],
    links: link ? [{ title: texts.card.errorPage, url: link }] : [],
  };
}

/** The advice as text, without its heading. */
export function adviceText(parts: Advice, texts: Texts): string {
  return [
    ...parts.about.map((fact) => `**${fact.title}:** ${fact.value}`),
    ...parts.stepLists.map((list) => `**${list.title}:**\n${list.steps}`),
    ...parts.notes.map((note) => note.text),
    ...parts.links.map((link) => texts.moreInfo(link.url)),
  ].join('\n\n');
}
