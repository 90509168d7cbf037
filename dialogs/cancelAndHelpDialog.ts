import { DialogContext, DialogTurnResult, DialogTurnStatus, ComponentDialog } from 'botbuilder-dialogs';
import { audienceOf } from '../src/host/audience';
import { InterruptionParts } from './parts';
import { Intent } from '../src/understanding/intent';
import { FOLLOW_UP } from '../src/understanding/followUp';
import { asksToChangeAccount } from '../src/understanding/accountChange';
import { selfServiceHowTo } from '../src/understanding/selfServiceHowTo';
import { mentionsAcrossPeople } from '../src/understanding/intentGuards';
import { ANY_APP, USER_PROMPT } from './troubleshootPrompts';
import { promptKindOf } from './dialogIds';
import { overviewRequest } from '../src/features/overview/overviewRequest';

const TICKET_WORDS = /\b(?:tickets?|cases?|meldingen|melding|incidents?|aanvragen)\b/i;

/** The app and day a waterfall under way already has (its step values), for a follow-up about someone else. */
function knownSoFar(innerDc: DialogContext): { appId?: string; window?: unknown } | undefined {
  const values = innerDc.stack.map((instance) => instance.state?.values).find(Boolean) as
    { mentionedApp?: string; appId?: string; window?: unknown } | undefined;
  if (!values) return undefined;
  const appId = values.appId && values.appId !== ANY_APP ? values.appId : values.mentionedApp;
  return appId || values.window ? { appId, window: values.window } : undefined;
}

/**
 * Lets "help", "cancel", "start over", a code question, a ticket question or a whole new question interrupt any
 * step. The prompt is asked again afterwards, so the conversation is not lost.
 */
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
    if (this.answersPrompt(innerDc)) return super.onContinueDialog(innerDc);
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  /** Whether the message plainly answers the prompt under way, so that nothing it resembles interrupts it. */
  protected answersPrompt(_innerDc: DialogContext): boolean {
    return false;
  }

  /** A whole new question about a person ("why can't jane sign in?") replaces the one being asked. */
  private isNewQuestion(
    intent: Extract<Intent, { type: 'troubleshoot' }>,
    prompt: string | undefined,
  ): boolean {
    const words = intent.text.trim().split(/\s+/).length;
    const person = intent.read.entities.some((entity) => entity.type === 'person');
    // "en nestor?", "and megan?": short, but about someone else, so a new question.
    if (person && FOLLOW_UP.test(intent.text.trim())) return true;
    // "look up pieter" at "which app?" or "when?": someone the directory has, named with a word or two around.
    const known = intent.read.entities.some(
      (entity) => entity.type === 'person' && entity.users.length === 1,
    );
    if (known && words >= 2 && prompt !== undefined && prompt !== USER_PROMPT) return true;
    return words >= 4 && (person || intent.read.aboutSelf) && intent.read.score >= 0.5;
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const text = innerDc.context.activity.text ?? '';
    const to = audienceOf(innerDc.context);
    // "can you reset bram's password?" at any question: what the bot cannot do, then the question again.
    if (this.newQuestionsInterrupt && asksToChangeAccount(text)) {
      await innerDc.context.sendActivity(to.texts.cannotChangeAccounts);
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // "how do I change my password?" at any question: where to do it, then the question again.
    const howTo = this.newQuestionsInterrupt ? selfServiceHowTo(text) : undefined;
    if (howTo) {
      await innerDc.context.sendActivity(to.texts[howTo]);
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    const intent = this.interruptions.reader.interpret(text, to, { hasList: false });
    if (['cancel', 'restart', 'help'].includes(intent.type) && !this.isCommand(text, to)) return undefined;
    switch (intent.type) {
      case 'cancel':
        await innerDc.context.sendActivity(to.texts.cancelled);
        return innerDc.cancelAllDialogs();
      case 'restart':
        await innerDc.context.sendActivity(to.texts.restarting);
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(this.initialDialogId, {});
      case 'help': {
        await innerDc.context.sendActivity(to.texts.stepHelp(promptKindOf(innerDc.activeDialog?.id)));
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      }
      case 'ticketStatus':
      case 'myTickets':
      case 'openTickets':
        // A ticket number inside a longer note is part of the note, not a question about that ticket; and at a prompt
        // "all of them" or "all apps" answers it, unless the message says tickets.
        if (!this.interruptions.ticketQuestions || text.trim().split(/\s+/).length > 5) return undefined;
        if (intent.type !== 'ticketStatus' && !TICKET_WORDS.test(text)) return undefined;
        await innerDc.context.sendActivity(
          await this.interruptions.ticketQuestions.answer(
            intent,
            innerDc.context.activity.conversation.id,
            to,
          ),
        );
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      case 'troubleshoot':
        if (!this.newQuestionsInterrupt || !this.isNewQuestion(intent, innerDc.activeDialog?.id))
          return undefined;
        {
          // "and megan?" or "look up megan" while asking about Jane's Teams: Megan's, with the app and day already
          // given. A longer question says what it asks itself.
          const short = intent.text.trim().split(/\s+/).length < 4;
          const previous = FOLLOW_UP.test(intent.text.trim()) || short ? knownSoFar(innerDc) : undefined;
          await innerDc.cancelAllDialogs();
          return innerDc.beginDialog(this.initialDialogId, { text: intent.text, previous });
        }
      case 'overview': {
        // Staff ask across people mid-conversation ("how many got 50126 today?"); it is never a name or an app.
        const overview = this.interruptions.overview;
        if (!this.newQuestionsInterrupt || !overview) return undefined;
        // At a question only a message that says it is about many people is one ("op 31-11" answers "when?").
        if (!intent.ipAddress && !mentionsAcrossPeople(text)) return undefined;
        const request = overviewRequest(intent, overview.now(), to.timeZone);
        await innerDc.context.sendActivity(await overview.answer(to.caller, request, to));
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      }
      case 'explain': {
        // Where a message may be a note, only a short question about a code is one ("wat betekent 53000?"), or any
        // question that ends in a question mark ("what does AADSTS700016 mean in plain english?").
        const short = text.trim().split(/\s+/).length <= 5 && /\d{4}|[A-Z]_[A-Z]/.test(intent.query);
        const asked = /\?\s*$/.test(text);
        if (!(this.newQuestionsInterrupt || short || asked) || !this.explainsSomething(intent.query))
          return undefined;
        const explained = this.interruptions.replies.explain(intent.query, to);
        await this.interruptions.cards.send(innerDc.context, explained);
        await innerDc.repromptDialog();
        return { status: DialogTurnStatus.waiting };
      }
      default:
        return undefined;
    }
  }

  /** At a prompt only a short message is a command: "stop", "laat maar zitten", not a note that says "help". */
  private isCommand(text: string, to: Parameters<InterruptionParts['reader']['read']>[1]): boolean {
    const read = this.interruptions.reader.read(text, to);
    const short = text.trim().split(/\s+/).length <= 4;
    return read.score === 1 || (short && read.score >= 0.8 && this.newQuestionsInterrupt);
  }

  /** A code, or a symptom the catalog knows ("user denied"), not just any answer the model was unsure about. */
  private explainsSomething(query: string): boolean {
    return /\d{4}|[A-Z]_[A-Z]/.test(query) || this.interruptions.catalog.describes(query) !== undefined;
  }
}
