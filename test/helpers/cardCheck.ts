import type * as Cards from 'adaptivecards';
import { Activity } from 'botbuilder';

// The package's ES build (lib/) has extensionless imports that Node cannot load; its UMD bundle (dist/) loads fine.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof Cards;

export const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

export interface CardJson {
  type: string;
  version: string;
  body: Element[];
  actions?: Action[];
  fallbackText?: string;
}
interface Element {
  type: string;
  text?: string;
  facts?: { title: string; value: string }[];
  items?: Element[];
  columns?: { items: Element[] }[];
  actions?: Action[];
  selectAction?: Action;
}
export interface Action {
  type: string;
  title?: string;
  url?: string;
  data?: Record<string, unknown>;
  /** Action.ShowCard: the card it opens. */
  card?: { body: Element[]; actions?: Action[] };
}

/**
 * Problems with a card, as Teams would meet them: what the Adaptive Cards SDK reports when it parses the card for
 * version 1.5 (unknown or newer elements, invalid properties), plus the rules this bot keeps: version 1.5, no empty
 * text, facts with a title and a value, buttons with a title and data, https links.
 */
export function cardProblems(card: CardJson): string[] {
  const problems: string[] = [];
  if (card.type !== 'AdaptiveCard') problems.push(`type is ${card.type}`);
  if (card.version !== '1.5') problems.push(`version is ${card.version}`);
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`SDK: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents) problems.push(`SDK: ${event.message}`);
  const visit = (element: Element): void => {
    if (element.type === 'TextBlock' && !element.text?.trim()) problems.push('a TextBlock without text');
    for (const fact of element.facts ?? [])
      if (!fact.title || typeof fact.value !== 'string' || !fact.value)
        problems.push(`fact ${fact.title} empty`);
    element.items?.forEach(visit);
    element.columns?.forEach((column) => column.items.forEach(visit));
    [...(element.actions ?? []), ...(element.selectAction ? [element.selectAction] : [])].forEach(
      checkAction,
    );
  };
  const checkAction = (action: Action): void => {
    if (!action.title) problems.push(`${action.type} without a title`);
    if (action.type === 'Action.Submit' && (typeof action.data !== 'object' || !action.data?.action))
      problems.push(`${action.title} submits no action`);
    if (action.type === 'Action.OpenUrl' && !/^https:\/\//.test(action.url ?? ''))
      problems.push(`${action.title} opens ${action.url}`);
    if (action.type === 'Action.ShowCard') {
      if (!action.card?.body.length) problems.push(`${action.title} shows an empty card`);
      action.card?.body.forEach(visit);
      action.card?.actions?.forEach(checkAction);
    }
  };
  card.body.forEach(visit);
  (card.actions ?? []).forEach(checkAction);
  return problems;
}

export function cardsOf(activities: Partial<Activity>[]): CardJson[] {
  return activities.flatMap((activity) =>
    (activity.attachments ?? [])
      .filter((attachment) => attachment.contentType === ADAPTIVE)
      .map((attachment) => attachment.content as CardJson),
  );
}

/** Every text a person sees on the card (text blocks, fact titles and values), in order. */
export function cardText(card: CardJson): string {
  const parts: string[] = [];
  const visit = (element: Element): void => {
    if (element.text) parts.push(element.text);
    for (const fact of element.facts ?? []) parts.push(`${fact.title}: ${fact.value}`);
    element.items?.forEach(visit);
    element.columns?.forEach((column) => column.items.forEach(visit));
  };
  card.body.forEach(visit);
  return parts.join('\n');
}

/** Every button: its title and what it submits or opens. */
export function buttonsOf(card: CardJson): Action[] {
  const found: Action[] = [...(card.actions ?? [])];
  const visit = (element: Element): void => {
    found.push(...(element.actions ?? []));
    element.items?.forEach(visit);
    element.columns?.forEach((column) => column.items.forEach(visit));
  };
  card.body.forEach(visit);
  return found;
}

/** The card a ShowCard button opens, as a card of its own (for cardText and cardProblems). */
export function shownBy(card: CardJson, title: string): CardJson {
  const action = (card.actions ?? []).find((each) => each.type === 'Action.ShowCard' && each.title === title);
  if (!action?.card) throw new Error(`no "${title}" button that shows a card`);
  return { type: 'AdaptiveCard', version: card.version, ...action.card };
}

/** The lines a card shows before any button is pressed: each text block's lines and each fact. */
export function visibleLines(card: CardJson): number {
  return cardText(card)
    .split('\n')
    .filter((line) => line.trim()).length;
}
