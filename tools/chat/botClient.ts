import { Activity } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { Texts } from '../../src/text/en';

export interface ChatIdentity {
  id: string;
  name: string;
  aadObjectId?: string;
}

/** The language and time zone a channel sends with every activity (Teams sends the user's). */
export interface ChatPlace {
  locale: string;
  timeZone: string;
}

/** Talks to the bot's /api/messages the way a channel would, asking for the replies in the HTTP response. */
export class BotClient {
  private readonly conversationId = `terminal-${randomUUID()}`;

  constructor(
    private readonly endpoint: string,
    private readonly user: ChatIdentity,
    private readonly place: ChatPlace,
    private readonly words: Pick<Texts['chat'], 'botFailed'>,
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
      locale: this.place.locale,
      localTimezone: this.place.timeZone,
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
    if (!response.ok) throw new Error(this.words.botFailed(response.status, await response.text()));
    const text = await response.text();
    return text ? ((JSON.parse(text) as { activities?: Partial<Activity>[] }).activities ?? []) : [];
  }
}
