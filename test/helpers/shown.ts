import { Activity } from 'botbuilder';

/**
 * What a reply says: its text, or for an Adaptive Card its fallbackText (the bot's full text rendering of the card;
 * tests of the cards themselves read the card JSON).
 */
export function shownText(activity: Partial<Activity>): string {
  if (activity.text) return activity.text;
  const card = activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return (card?.content as { fallbackText?: string } | undefined)?.fallbackText ?? '';
}
