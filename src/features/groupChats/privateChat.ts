import { Activity, ConversationParameters, TurnContext } from 'botbuilder';
import { Logger } from '../../host/log';

/** The part of CloudAdapter that opens a new conversation (createConversationAsync). */
export interface ConversationOpener {
  createConversationAsync(
    botAppId: string,
    channelId: string,
    serviceUrl: string,
    audience: string | undefined,
    conversationParameters: PrivateChatParameters,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

/** Teams opens a 1:1 chat from these alone; botbuilder's type also asks for a first activity. */
type PrivateChatParameters = Omit<ConversationParameters, 'activity'>;

/**
 * Moves a question asked in a group chat or channel to a 1:1 chat with the person who asked, as a proactive personal
 * conversation: the turn runs again there, so its answers, prompts and follow-ups stay between the bot and the asker.
 */
export class PrivateChat {
  constructor(
    private readonly adapter: ConversationOpener,
    private readonly botAppId: string,
    private readonly log: Logger,
  ) {}

  /** Runs `turn` in the asker's 1:1 chat; false when that chat could not be opened (the reason is logged). */
  async continueWith(
    context: TurnContext,
    turn: (privateContext: TurnContext) => Promise<void>,
  ): Promise<boolean> {
    const asked = context.activity;
    const tenantId = tenantOf(asked);
    const parameters: PrivateChatParameters = {
      isGroup: false,
      bot: asked.recipient,
      members: [asked.from],
      tenantId,
      channelData: tenantId ? { tenant: { id: tenantId } } : undefined,
    };
    try {
      await this.adapter.createConversationAsync(
        this.botAppId,
        asked.channelId,
        asked.serviceUrl,
        undefined,
        parameters,
        async (privateContext) => {
          Object.assign(privateContext.activity, asPersonalMessage(asked, privateContext.activity));
          await turn(privateContext);
        },
      );
      return true;
    } catch (error) {
      this.log.warn(
        {
          conversation: this.log.pseudonym(asked.conversation?.id),
          error: this.log.redact(String((error as Error)?.message ?? error)).slice(0, 200),
        },
        'could not open a private chat for an answer asked in a group',
      );
      return false;
    }
  }
}

/** The group message, as if it had been sent in the new 1:1 conversation. */
function asPersonalMessage(asked: Activity, created: Activity): Activity {
  return {
    ...asked,
    id: created.id,
    name: undefined,
    replyToId: undefined,
    deliveryMode: undefined,
    serviceUrl: created.serviceUrl,
    conversation: {
      ...created.conversation,
      isGroup: false,
      conversationType: 'personal',
    },
  } as Activity;
}

function tenantOf(activity: Activity): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const id = channelData?.tenant?.id ?? activity.conversation?.tenantId;
  return typeof id === 'string' ? id : undefined;
}
