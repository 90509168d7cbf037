import { Activity, ChannelAccount, TestAdapter } from 'botbuilder';
import { App } from '../../src/app';
import { ZONE } from './fixture';

export const AGENT: ChannelAccount = { id: 'hanna.hoek@contoso.com', name: 'Hanna Hoek' };

/** A conversation with the real bot through botbuilder's TestAdapter: say something, get the reply texts. */
export class Conversation {
  private readonly adapter: TestAdapter;

  constructor(
    app: App,
    private readonly from: ChannelAccount,
    private readonly extra: Partial<Activity> = {},
  ) {
    this.adapter = new TestAdapter((context) => app.bot.run(context));
  }

  async say(text: string, more: Partial<Activity> = {}): Promise<string[]> {
    return (await this.send({ type: 'message', text, ...more })).map((reply) => reply.text ?? '');
  }

  async send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.processActivity({
      from: this.from,
      localTimezone: ZONE,
      locale: 'en-US',
      ...this.extra,
      ...activity,
    });
    return this.adapter.activeQueue.splice(0);
  }

  /** All replies to one message joined, for assertions that do not care how the answer is split. */
  async ask(text: string): Promise<string> {
    return (await this.say(text)).join('\n\n');
  }
}
