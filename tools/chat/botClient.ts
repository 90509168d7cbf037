import { Activity } from 'botbuilder';
import { randomUUID } from 'node:crypto';

export interface ChatIdentity {
  id: string;
  name: string;
  aadObjectId?: string;
}

/** Talks to the bot's /api/messages the way a channel would, asking for the replies in the HTTP response. */
export class BotClient {
  private readonly conversationId = `terminal-${randomUUID()}`;

  constructor(
    private readonly endpoint: string,
    private readonly user: ChatIdentity,
    private readonly timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
    private readonly locale = 'en-US',
  ) {}

  say(text: string): Promise<Partial<Activity>[]> {
    return this.send({ type: 'message', text });
  }

  join(): Promise<Partial<Activity>[]> {
    return this.send({ type: 'conversationUpdate', membersAdded: [this.user] });
  }

  private async send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    const body = {
      ...activity,
      id: randomUUID(),
      channelId: 'terminal',
      serviceUrl: 'http://127.0.0.1/terminal',
      timestamp: new Date().toISOString(),
      locale: this.locale,
      localTimezone: this.timeZone,
      from: this.user,
      recipient: { id: 'signin-helpdesk-bot', name: 'Sign-in helpdesk' },
      conversation: { id: this.conversationId },
      deliveryMode: 'expectReplies',
    };
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`[chat] the bot answered HTTP ${response.status}: ${await response.text()}`);
    const text = await response.text();
    return text ? ((JSON.parse(text) as { activities?: Partial<Activity>[] }).activities ?? []) : [];
  }
}
