import { Activity } from 'botbuilder';

/** A group chat or a team channel: everyone in it sees what the bot posts there. */
export function isGroupConversation(activity: Partial<Activity>): boolean {
  const conversation = activity.conversation;
  if (!conversation) return false;
  return conversation.conversationType
    ? conversation.conversationType !== 'personal'
    : conversation.isGroup === true;
}
