import { Activity } from 'botbuilder';
import { randomBytes } from 'node:crypto';

/** How long a conversation's token lasts, as Direct Line's own: 30 minutes, renewed by every request. */
export const TOKEN_SECONDS = 1800;

interface Conversation {
  token: string;
  activities: Partial<Activity>[];
  /** Every activity ever added, kept or not: the watermark. */
  count: number;
  lastUsed: number;
}

/**
 * The conversations of the local Direct Line: each with its token and every activity in order, the user's and the
 * bot's, so a client polling with a watermark gets what it has not seen. Bounded: the oldest idle conversation goes
 * first, and a conversation keeps its latest activities only.
 */
export class DirectLineConversations {
  private readonly conversations = new Map<string, Conversation>();

  constructor(
    private readonly limits = { conversations: 1000, activities: 500 },
    private readonly now: () => number = Date.now,
  ) {}

  open(): { conversationId: string; token: string } {
    this.forgetExpired();
    if (this.conversations.size >= this.limits.conversations) {
      const [oldest] = this.conversations.keys();
      this.conversations.delete(oldest);
    }
    const conversationId = randomBytes(12).toString('base64url');
    const token = randomBytes(24).toString('base64url');
    this.conversations.set(conversationId, { token, activities: [], count: 0, lastUsed: this.now() });
    return { conversationId, token };
  }

  /** Whether `authorization` ("Bearer <token>") is this conversation's token. */
  allows(conversationId: string, authorization: string | undefined): boolean {
    const conversation = this.live(conversationId);
    return !!conversation && authorization === `Bearer ${conversation.token}`;
  }

  has(conversationId: string): boolean {
    return !!this.live(conversationId);
  }

  /** Adds an activity with the next ID of its conversation; returns that ID. */
  add(conversationId: string, activity: Partial<Activity>): string {
    const conversation = this.live(conversationId)!;
    conversation.count += 1;
    const id = `${conversationId}|${String(conversation.count).padStart(7, '0')}`;
    conversation.activities.push({ ...activity, id, timestamp: new Date(this.now()) });
    if (conversation.activities.length > this.limits.activities) conversation.activities.shift();
    return id;
  }

  /** The activities after `watermark` (how many the client has seen), and the new watermark. */
  since(conversationId: string, watermark: number): { activities: Partial<Activity>[]; watermark: string } {
    const conversation = this.live(conversationId)!;
    const dropped = conversation.count - conversation.activities.length;
    const skip = Math.min(conversation.activities.length, Math.max(0, watermark - dropped));
    return { activities: conversation.activities.slice(skip), watermark: String(conversation.count) };
  }

  private live(conversationId: string): Conversation | undefined {
    const conversation = this.conversations.get(conversationId);
    if (!conversation || this.now() - conversation.lastUsed > TOKEN_SECONDS * 1000) return undefined;
    conversation.lastUsed = this.now();
    return conversation;
  }

  private forgetExpired(): void {
    for (const [id, conversation] of this.conversations)
      if (this.now() - conversation.lastUsed > TOKEN_SECONDS * 1000) this.conversations.delete(id);
  }
}
