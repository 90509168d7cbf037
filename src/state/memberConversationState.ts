import { Activity, BotState, Storage } from 'botbuilder';
import { isGroupConversation } from '../features/groupChats/groupConversation';

/**
 * Conversation state that belongs to one person in a group chat or channel, and to the conversation in a personal
 * chat. In a group, one member's prompt is never answered by another member's message: each starts their own dialog.
 */
export class MemberConversationState extends BotState {
  constructor(storage: Storage) {
    super(storage, (context) => Promise.resolve(storageKey(context.activity)));
  }
}

function storageKey(activity: Partial<Activity>): string {
  const channelId = activity.channelId;
  const conversationId = activity.conversation?.id;
  if (!channelId || !conversationId)
    throw new Error('[state] the activity has no channelId or conversation.id to keep its state under');
  const base = `${channelId}/conversations/${conversationId}`;
  if (!isGroupConversation(activity)) return base;
  const member = activity.from?.aadObjectId || activity.from?.id;
  if (!member) throw new Error('[state] a group activity without from.id cannot have state of its own');
  return `${base}/members/${encodeURIComponent(member)}`;
}
