import { TurnContext } from 'botbuilder';
import { textsOfTurn } from './audience';
import { ConversationLine } from './conversationLine';
import { SlowTurnNotice } from './slowTurnNotice';

/** The bot as the server runs it: one turn at a time per conversation, and a notice when a turn takes long. */
export class PacedBot {
  constructor(
    private readonly bot: { run(context: TurnContext): Promise<void> },
    private readonly line: ConversationLine,
    private readonly notice: SlowTurnNotice,
  ) {}

  run(context: TurnContext): Promise<void> {
    return this.line.run(
      context.activity.conversation?.id ?? '',
      () => this.notice.around(context, () => this.bot.run(context)),
      () => this.busy(context),
    );
  }

  /** Too many messages are already waiting in this conversation: this one is answered at once and not kept. */
  private async busy(context: TurnContext): Promise<void> {
    if (context.activity.type === 'message') await context.sendActivity(textsOfTurn(context).stillBusy);
  }
}
