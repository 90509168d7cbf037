import { ConversationState, TeamsActivityHandler, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogState } from 'botbuilder-dialogs';
import { MainDialog } from '../dialogs/mainDialog';
import { audienceOf, prepareAudience, Services } from './services';
import { submitToText } from './cards/submit';

/** Longest message the bot reads; the rest is ignored so a pasted novel cannot stall a turn. */
export const MAX_TEXT = 2000;

/** Runs the main dialog for every message and welcomes people when they join. */
export class HelpdeskBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly dialog: MainDialog,
    private readonly services: Services,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.onMessage(async (context, next) => {
      TurnContext.removeRecipientMention(context.activity);
      const pressed = context.activity.value === undefined ? undefined : submitToText(context.activity.value);
      const text = (context.activity.text ?? '').trim() || pressed || '';
      if (!text) {
        const texts = audienceOf(context).texts;
        await context.sendActivity(
          context.activity.value === undefined ? texts.emptyMessage : texts.unknownButton,
        );
      } else {
        context.activity.text = text.slice(0, MAX_TEXT);
        await this.dialog.run(context, this.dialogState);
      }
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const to = audienceOf(context);
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id)
          await this.services.cards.send(context, this.services.replies.welcome(to, to.caller.user));
      }
      await next();
    });
  }

  async run(context: TurnContext): Promise<void> {
    await prepareAudience(this.services, context);
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}
