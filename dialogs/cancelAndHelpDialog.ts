import { DialogContext, DialogTurnResult, DialogTurnStatus, ComponentDialog } from 'botbuilder-dialogs';
import { audienceOf } from '../src/host/audience';
import { InterruptionParts } from './parts';
import { interpret } from '../src/understanding/intent';

/** Lets "help", "cancel", "start over" and code questions interrupt any step without losing the conversation. */
export class CancelAndHelpDialog extends ComponentDialog {
  constructor(
    id: string,
    private readonly interruptions: InterruptionParts,
    /** Whether a new question about someone replaces this conversation (not while typing a ticket note). */
    private readonly newQuestionsInterrupt = true,
  ) {
    super(id);
  }

  async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  /** A whole new question about a person ("why can't jane sign in?") replaces the one being asked. */
  private isNewQuestion(text: string): boolean {
    const longEnough = text.trim().split(/\s+/).length >= 4;
    return longEnough && this.interruptions.names.current().users.namesSomeone(text);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const text = innerDc.context.activity.text ?? '';
    const to = audienceOf(innerDc.context);
    const intent = interpret(text, { hasList: false });
    switch (intent.type) {
      case 'cancel':
        await innerDc.context.sendActivity(to.texts.cancelled);
        return innerDc.cancelAllDialogs();
      case 'restart':
        await innerDc.context.sendActivity(to.texts.restarting);
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(this.initialDialogId, {});
      case 'help': {
        const prompt = innerDc.activeDialog?.state?.options?.prompt;
        const question = typeof prompt === 'string' ? prompt : (prompt?.text ?? '');
        await innerDc.context.sendActivity(to.texts.stepHelp(question));
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      }
      case 'troubleshoot':
        if (!this.newQuestionsInterrupt || !this.isNewQuestion(intent.text)) return undefined;
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(this.initialDialogId, { text: intent.text });
      case 'explain': {
        if (!this.newQuestionsInterrupt) return undefined;
        const explained = this.interruptions.replies.explain(intent.query, to);
        await this.interruptions.cards.send(innerDc.context, explained);
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      }
      default:
        return undefined;
    }
  }
}
