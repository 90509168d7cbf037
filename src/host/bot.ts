import { BotState, TeamsActivityHandler, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogState } from 'botbuilder-dialogs';
import { CardRenderer } from '../cards/cardRenderer';
import { Replies } from '../features/troubleshoot/replies';
import { audienceOf, Audiences } from './audience';
import { submitToText } from '../cards/submit';
import { answersInGroup } from '../access/policy';
import { isGroupConversation } from '../features/groupChats/groupConversation';
import { PrivateChat } from '../features/groupChats/privateChat';
import { IntentReader } from '../understanding/intent';
import { StateConflict } from '../state/sharedConversationStorage';
import { Logger } from './log';

/** Longest message the bot reads; the rest is ignored so a pasted novel cannot stall a turn. */
export const MAX_TEXT = 2000;

/** The dialog every message goes to (MainDialog); the bot knows it only by this. */
export interface RootDialog {
  run(context: TurnContext, state: StatePropertyAccessor<DialogState>): Promise<void>;
}

/** What the bot uses besides its dialog: who is asking, and the welcome. */
export interface BotParts {
  audiences: Pick<Audiences, 'prepare'>;
  replies: Pick<Replies, 'welcome'>;
  cards: Pick<CardRenderer, 'send'>;
  privateChat: Pick<PrivateChat, 'continueWith'>;
  /** Tells, in a group, whether a question may be answered where everyone reads it. */
  reader: Pick<IntentReader, 'interpret'>;
  log: Pick<Logger, 'warn'>;
}

/** Runs the main dialog for every message and welcomes people when they join. */
export class HelpdeskBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly conversationState: BotState,
    private readonly dialog: RootDialog,
    private readonly parts: BotParts,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.onMessage(async (context, next) => {
      TurnContext.removeRecipientMention(context.activity);
      const pressed = context.activity.value === undefined ? undefined : submitToText(context.activity.value);
      const text = (context.activity.text ?? '').trim() || pressed || '';
      if (!text) {
        const texts = audienceOf(context).texts;
        const attached = (context.activity.attachments ?? []).length > 0;
        await context.sendActivity(
          context.activity.value !== undefined
            ? texts.unknownButton
            : attached
              ? texts.emptyMessage
              : texts.blankMessage,
        );
      } else {
        context.activity.text = text.slice(0, MAX_TEXT);
        if (this.isPrivateInGroup(context)) await this.answerInPrivate(context);
        else await this.dialog.run(context, this.dialogState);
      }
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const to = audienceOf(context);
      // In a group the welcome is for everyone: it does not say who the caller is or what their role allows.
      const caller = isGroupConversation(context.activity) ? 'group' : to.caller.user;
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id)
          await this.parts.cards.send(context, this.parts.replies.welcome(to, caller));
      }
      await next();
    });
  }

  /** A question in a group chat or channel whose answer could show anything about a person. */
  private isPrivateInGroup(context: TurnContext): boolean {
    if (!isGroupConversation(context.activity)) return false;
    const intent = this.parts.reader.interpret(context.activity.text ?? '', audienceOf(context), {
      hasList: false,
    });
    return !answersInGroup(intent.type);
  }

  /** The asker gets the whole conversation in a 1:1 chat; the group hears only that, without any personal data. */
  private async answerInPrivate(context: TurnContext): Promise<void> {
    const texts = audienceOf(context).texts;
    const moved = await this.parts.privateChat.continueWith(context, (privateContext) =>
      this.run(privateContext),
    );
    await context.sendActivity(moved ? texts.answeredInPrivate : texts.privateChatFailed);
  }

  async run(context: TurnContext): Promise<void> {
    await this.parts.audiences.prepare(context);
    await super.run(context);
    try {
      await this.conversationState.saveChanges(context, false);
    } catch (error) {
      if (!(error instanceof StateConflict)) throw error;
      // Two instances answered two messages of one conversation at once: the other's state stands.
      this.parts.log.warn('a conversation changed on another instance during this turn; kept that state');
      await context.sendActivity(audienceOf(context).texts.turnsCrossed);
    }
  }
}
