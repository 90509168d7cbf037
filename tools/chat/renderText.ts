import { Activity } from 'botbuilder';

/** A bot reply as plain terminal text: markdown marks removed, suggested replies listed under it. */
export function renderText(activity: Partial<Activity>): string {
  const text = (activity.text ?? '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/^```\s*$/gm, '')
    .replace(/`([^`]+)`/g, '$1');
  const actions = activity.suggestedActions?.actions ?? [];
  const suggestions = actions.length > 0 ? `\n  (${actions.map((action) => action.title).join(' | ')})` : '';
  return `${text.trim()}${suggestions}`;
}
