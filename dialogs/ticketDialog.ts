import { personFor } from '../src/access/caller';
import { MessageFactory, StatePropertyAccessor } from 'botbuilder';
import {
  DialogContext,
  DialogTurnResult,
  TextPrompt,
  WaterfallDialog,
  WaterfallStepContext,
} from 'botbuilder-dialogs';
import { randomBytes } from 'node:crypto';
import { audienceOf, TurnAudience } from '../src/host/audience';
import { SignInInvestigator } from '../src/features/troubleshoot/investigator';
import { TicketDesk } from '../src/features/tickets/ticketDesk';
import { InterruptionParts } from './parts';
import { containsPhrase, normalize } from '../src/text/normalize';
import { SignIn } from '../src/signins/signIn';
import { Ticket, TICKET_ID } from '../src/features/tickets/ticket';
import { NewTicket } from '../src/features/tickets/ticketRecords';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { PROMPTS, TICKET_DIALOG } from './dialogIds';
import { LastList } from './lastList';
import { ticketDraftReply, ticketState } from './ticketReplies';
import {
  asksForPriority,
  callsOff,
  noteAfter,
  noteLedIn,
  withoutNoteLeadIn,
} from '../src/understanding/intent';
import { filesDraft } from '../src/understanding/fileDraft';
import { triedNote } from '../src/understanding/triedAnswer';

const WATERFALL = 'ticketWaterfall';
const DRAFT_LOOP = 'ticketDraftLoop';
const EXISTING_PROMPT = PROMPTS.ticketExisting;
const TRIED_PROMPT = PROMPTS.ticketTried;
const NOTE_PROMPT = PROMPTS.ticketNote;
const DRAFT_PROMPT = PROMPTS.ticketDraft;
/** An answer to "did they try the steps?" this long is not a yes or no but something to note on the ticket. */
const NOTE_WORDS = 4;
/** "add it", "make it a new one": a message this short, read this surely as asking for a ticket or to add to one. */
const COMMAND_WORDS = 4;
const COMMAND_SCORE = 0.7;
/** How a question starts, in the bot's languages, when it has no question mark. */
const QUESTION_START =
  /^(?:how|who|what|whats|what's|which|when|why|can you|could you|hoeveel|hoe|wie|wat|welke|wanneer|waarom|kun je|kan je)\b/i;

export interface TicketOptions {
  requestId?: string;
  /** "add to SIGNIN-000012", or "add to it": the open ticket of the sign-in shown last, else the caller's latest. */
  addTo?: string;
  /** Said with the ticket's number ("add a note to SIGNIN-000012: she has a new phone"): added without asking. */
  note?: string;
}

interface Values {
  /** Read (and audited) once, in the first step; the later steps use this copy. */
  signIn: SignIn;
  existing?: string;
  /** Asked to add to a ticket straight away: no question which. */
  adding?: boolean;
  /** "she is abroad until Friday" instead of a yes or no: kept for the note while the question is asked again. */
  keptNote?: string;
}

/** What filing a ticket reads and writes. */
export interface TicketParts extends InterruptionParts {
  investigator: Pick<SignInInvestigator, 'byRequestId'>;
  tickets: Pick<TicketDesk, 'openFor' | 'addNote' | 'draft' | 'file' | 'get' | 'mine'>;
}

/** What "what should I add?" knows to tell a note from an instruction. */
interface NoteValidations {
  existing: string;
  /** Offered the open ticket while filing: "new ticket" files a new one instead. */
  canFileNew: boolean;
}

interface DraftState {
  draft: NewTicket;
  key: string;
}

/**
 * "Open a ticket": which sign-in, an open ticket to add to instead, whether the steps were tried, then the draft,
 * notes and confirmation. Confirming is idempotent on the conversation and the draft, so a double click or a turn
 * Teams sends again never files twice.
 */
export class TicketDialog extends CancelAndHelpDialog {
  constructor(
    private readonly parts: TicketParts,
    private readonly lastList: StatePropertyAccessor<LastList>,
  ) {
    super(TICKET_DIALOG, parts, false);
    this.addDialog(
      new TextPrompt(EXISTING_PROMPT, async (prompt) => {
        // "yes" to "add to it, or file a new one?" says neither: the two choices again, once.
        const { existing } = prompt.options.validations as { existing: string };
        const text = prompt.recognized.value ?? '';
        const bare = this.yesOrNo(prompt.context, text);
        if (bare.answer === undefined || bare.rest || prompt.attemptCount >= 2) return true;
        const t = audienceOf(prompt.context).texts.tickets;
        await prompt.context.sendActivity(
          MessageFactory.suggestedActions([t.addTo(existing), t.fileNew], t.existingWhich(existing)),
        );
        return false;
      }),
    )
      .addDialog(
        new TextPrompt(
          TRIED_PROMPT,
          // Yes or no; a sentence instead ("she is abroad, urgent please") is kept for the note, a question ("can
          // you also check lee?") is kept out of the ticket, and a second miss moves on rather than asking for ever.
          async (prompt) => {
            const text = prompt.recognized.value ?? '';
            if (this.yesOrNo(prompt.context, text).answer !== undefined) return true;
            if (this.isQuestion(prompt.context, text)) {
              // Sent instead of the retry prompt, which a prompt leaves out once the turn has a reply.
              const t = audienceOf(prompt.context).texts.tickets;
              if (prompt.attemptCount < 2)
                await prompt.context.sendActivity(
                  MessageFactory.suggestedActions([t.yes, t.no], `${t.questionNotTried} ${t.askTriedRetry}`),
                );
              return prompt.attemptCount >= 2;
            }
            return isNote(text) || prompt.attemptCount >= 2;
          },
        ),
      )
      .addDialog(
        new TextPrompt(NOTE_PROMPT, async (prompt) => {
          // "file it", "new ticket" or "add a note" again: what to do, not what to add; the note is still to come.
          const { existing, canFileNew } = prompt.options.validations as NoteValidations;
          const text = prompt.recognized.value ?? '';
          if (noteLedIn(text) === '') return false;
          if (canFileNew && this.meansNew(prompt.context, text)) return true;
          if (!this.instructs(prompt.context, text, existing)) return true;
          await prompt.context.sendActivity(audienceOf(prompt.context).texts.tickets.notANote(existing));
          return false;
        }),
      )
      .addDialog(new TextPrompt(DRAFT_PROMPT))
      .addDialog(
        new WaterfallDialog(WATERFALL, [
          this.signInStep.bind(this),
          this.existingStep.bind(this),
          this.triedStep.bind(this),
          this.triedAgainStep.bind(this),
          this.draftStep.bind(this),
        ]),
      )
      .addDialog(
        new WaterfallDialog(DRAFT_LOOP, [this.showDraftStep.bind(this), this.confirmStep.bind(this)]),
      );
    this.initialDialogId = WATERFALL;
  }

  /** "verstuur het ticket maar" at the draft files it: it names tickets, but asks for no list of them. */
  protected answersPrompt(innerDc: DialogContext): boolean {
    return (
      innerDc.activeDialog?.id === DRAFT_PROMPT &&
      this.meansFile(innerDc.context, innerDc.context.activity.text ?? '')
    );
  }

  /** "file it", "indienen", or a filing verb with small words only ("go ahead and send it"). */
  private meansFile(context: DialogContext['context'], text: string): boolean {
    return audienceOf(context).texts.tickets.fileWords.includes(normalize(text)) || filesDraft(text);
  }

  /** "new ticket", "nieuw ticket", or the button's "File a new ticket". */
  private meansNew(context: DialogContext['context'], text: string): boolean {
    const t = audienceOf(context).texts.tickets;
    const said = normalize(text);
    return t.newWords.includes(said) || said === normalize(t.fileNew);
  }

  /**
   * "file it", "new ticket", "Add to SIGNIN-000001", "add it": what to do with a ticket, which is never its note. A
   * message naming another ticket is left to the step that reads it.
   */
  private instructs(context: DialogContext['context'], text: string, existing?: string): boolean {
    if (this.meansFile(context, text) || this.meansNew(context, text)) return true;
    const t = audienceOf(context).texts.tickets;
    const said = normalize(text);
    if (t.addWords.includes(said) || (existing && said === normalize(t.addTo(existing)))) return true;
    if (TICKET_ID.test(text) || text.trim().split(/\s+/).length > COMMAND_WORDS) return false;
    const read = this.parts.reader.read(text, audienceOf(context));
    return ['ticketAdd', 'ticketOpen'].includes(read.intent) && read.score >= COMMAND_SCORE;
  }

  /** The sign-in named by the button or message, else the one shown last; offers an open ticket to add to. */
  private async signInStep(step: WaterfallStepContext<TicketOptions>): Promise<DialogTurnResult> {
    const to = audienceOf(step.context);
    if (step.options.addTo) return this.addToStep(step, step.options.addTo, to);
    const list = await this.lastList.get(step.context);
    // An answer with only failures nearby showed none as the failure: "steps I suggested" would be none.
    if (!step.options.requestId && list?.nearbyOnly) {
      await step.context.sendActivity(to.texts.tickets.nearbyFirst);
      return step.endDialog();
    }
    const requestId = step.options.requestId ?? list?.shownId;
    if (!requestId) {
      await step.context.sendActivity(to.texts.tickets.which);
      return step.endDialog();
    }
    const signIn = await this.parts.investigator.byRequestId(to.caller, requestId);
    if (!signIn) {
      await step.context.sendActivity(to.texts.directNotFound(requestId));
      return step.endDialog();
    }
    if (signIn.status.errorCode === 0) {
      await step.context.sendActivity(to.texts.tickets.notAFailure);
      return step.endDialog();
    }
    const values = step.values as Values;
    values.signIn = signIn;
    const existing = await this.parts.tickets.openFor(signIn.userId, signIn.status.errorCode);
    if (!existing) return step.next();
    values.existing = existing.id;
    const choices = [to.texts.tickets.addTo(existing.id), to.texts.tickets.fileNew];
    const question = to.texts.tickets.existing(existing.id, ticketState(existing, to, true));
    return step.prompt(EXISTING_PROMPT, {
      prompt: MessageFactory.suggestedActions(choices, question),
      validations: { existing: existing.id },
    });
  }

  /** "add to SIGNIN-000012" or "add to it": the ticket meant, if the caller may see it and it is still open. */
  private async addToStep(
    step: WaterfallStepContext<TicketOptions>,
    addTo: string,
    to: TurnAudience,
  ): Promise<DialogTurnResult> {
    const values = step.values as Values;
    const shownId = (await this.lastList.get(step.context))?.shownId;
    const shown = shownId ? await this.parts.investigator.byRequestId(to.caller, shownId) : undefined;
    // A note said without a number ("notitie: …") goes only to the open ticket of the sign-in shown, never elsewhere.
    const ticket =
      addTo !== 'latest'
        ? await this.parts.tickets.get(addTo, to.caller)
        : ((shown && (await this.parts.tickets.openFor(shown.userId, shown.status.errorCode))) ??
          (step.options.note
            ? undefined
            : [...(await this.parts.tickets.mine(to.caller))]
                .reverse()
                .find((mine) => mine.status === 'open')));
    if (!ticket) {
      await step.context.sendActivity(
        addTo === 'latest' ? to.texts.tickets.nothingToAddTo : to.texts.tickets.notFound(addTo),
      );
      return step.endDialog();
    }
    if (step.options.note) return this.addNote(step, ticket.id, step.options.note, to);
    values.existing = ticket.id;
    values.adding = true;
    return step.next();
  }

  private async addNote(
    step: WaterfallStepContext,
    id: string,
    note: string,
    to: TurnAudience,
  ): Promise<DialogTurnResult> {
    await this.parts.tickets.addNote(id, to.caller, withoutNoteLeadIn(note).slice(0, 2000));
    await step.context.sendActivity(to.texts.tickets.noteAdded(id));
    return step.endDialog();
  }

  /** Adding to the open ticket: the note said with the choice, else ask for it; either ends there. */
  private async existingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Values;
    const to = audienceOf(step.context);
    const existing = values.existing;
    if (!existing) return step.next();
    if (!values.adding) {
      const answer = String(step.result);
      // "add a note: she still uses the iOS mail app" chooses the open ticket and says what to add, in one message.
      const note = this.noteIn(answer, existing);
      if (note) return this.addNote(step, existing, note, to);
      if (note === undefined && !this.meansAddTo(step.context, answer, existing)) {
        values.existing = undefined;
        return step.next();
      }
    }
    const ask = to.texts.tickets.askNote(existing);
    const validations: NoteValidations = { existing, canFileNew: !!values.signIn };
    return step.prompt(NOTE_PROMPT, { prompt: ask, retryPrompt: ask, validations });
  }

  /** "add a note: …", "notitie: …", "add a note to SIGNIN-000001: …": the note said with the choice ('' if none yet). */
  private noteIn(answer: string, existing: string): string | undefined {
    const named = TICKET_ID.exec(answer)?.[0].toUpperCase();
    return named === existing ? (noteAfter(answer) ?? '') : noteLedIn(answer);
  }

  private async triedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Values;
    const to = audienceOf(step.context);
    // "new ticket" at "what should I add?": the other choice of the offer after all.
    if (values.existing && values.signIn && this.meansNew(step.context, String(step.result)))
      values.existing = undefined;
    if (values.existing) {
      // "wat bedoel je?" at "what should I add?": a question, not something for support to read.
      if (this.isQuestion(step.context, String(step.result))) {
        await step.context.sendActivity(to.texts.tickets.questionNotAdded(values.existing));
        return step.endDialog();
      }
      // "add a note to SIGNIN-000003" at "what should I add to SIGNIN-000001?": another ticket, asked for anew.
      const other = TICKET_ID.exec(String(step.result))?.[0].toUpperCase();
      if (other && other !== values.existing)
        return step.replaceDialog(this.id, { addTo: other, note: noteAfter(String(step.result)) });
      return this.addNote(step, values.existing, String(step.result), to);
    }
    const signIn = values.signIn;
    const t = to.texts.tickets;
    return step.prompt(TRIED_PROMPT, {
      prompt: MessageFactory.suggestedActions(
        [t.yes, t.no],
        t.askTried(personFor(to.caller, signIn.userId, signIn.userDisplayName)),
      ),
      retryPrompt: MessageFactory.suggestedActions([t.yes, t.no], t.askTriedRetry),
    });
  }

  /** A note instead of a yes or no ("she is abroad until Friday"): kept for the ticket, and the question asked again. */
  private async triedAgainStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Values;
    const answer = String(step.result);
    if (!this.isNoteOnly(step.context, answer)) return step.next(step.result);
    values.keptNote = withoutNoteLeadIn(answer);
    const to = audienceOf(step.context);
    const t = to.texts.tickets;
    const who = personFor(to.caller, values.signIn.userId, values.signIn.userDisplayName);
    return step.prompt(TRIED_PROMPT, {
      prompt: MessageFactory.suggestedActions([t.yes, t.no], t.noteKeptAskTried(who)),
      retryPrompt: MessageFactory.suggestedActions([t.yes, t.no], t.askTriedRetry),
    });
  }

  /** Something for support to read, and no yes, no, question or change of mind. */
  private isNoteOnly(context: WaterfallStepContext['context'], answer: string): boolean {
    return (
      isNote(answer) &&
      !callsOff(answer) &&
      this.yesOrNo(context, answer).answer === undefined &&
      !this.isQuestion(context, answer)
    );
  }

  private async draftStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as Values;
    const to = audienceOf(step.context);
    const signIn = values.signIn;
    const list = await this.lastList.get(step.context);
    const summary =
      list?.shownId === signIn.id && list.summary
        ? list.summary
        : to.texts.tickets.summary(to.caller.user?.displayName ?? '?', signIn.userDisplayName, signIn.id);
    const answer = String(step.result);
    // "nee laat maar, ik probeer het eerst zelf": no ticket after all.
    if (callsOff(answer)) {
      await step.context.sendActivity(to.texts.cancelled);
      return step.endDialog();
    }
    const read = this.yesOrNo(step.context, answer);
    // "no, not yet" notes nothing; "no, but she restarted her phone" notes what follows the "but"; a second answer
    // that is still no yes or no is noted as it is.
    const tried = this.isNoteOnly(step.context, answer)
      ? { answer: undefined, rest: withoutNoteLeadIn(answer) }
      : { ...read, rest: triedNote(read.rest) };
    const note = [values.keptNote, tried.rest].filter(Boolean).join('\n');
    if (asksForPriority(note)) await step.context.sendActivity(to.texts.tickets.priorityByRule);
    const draft = await this.parts.tickets.draft({
      signIn,
      caller: to.caller,
      to,
      summary,
      stepsTried: tried.answer ?? null,
      note: note.slice(0, 2000),
    });
    const state: DraftState = { draft, key: randomBytes(6).toString('hex') };
    return step.replaceDialog(DRAFT_LOOP, state);
  }

  private async showDraftStep(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    const to = audienceOf(step.context);
    await this.parts.cards.send(step.context, ticketDraftReply(step.options.draft, step.options.key, to));
    return step.prompt(DRAFT_PROMPT, { prompt: to.texts.tickets.draftPrompt });
  }

  /** "File it" (or the button) files the draft; anything else is added to its note and the draft shown again. */
  private async confirmStep(step: WaterfallStepContext<DraftState>): Promise<DialogTurnResult> {
    const to = audienceOf(step.context);
    const text = String(step.result ?? '').trim();
    const pressed = /^file ticket ([a-z0-9]+)$/i.exec(text)?.[1];
    const confirmed = pressed !== undefined || this.meansFile(step.context, text);
    if (!confirmed && this.isQuestion(step.context, text)) {
      const screen = this.parts.reader.interpret(text, to, { hasList: false }).type === 'errorDetails';
      await step.context.sendActivity(
        screen ? to.texts.tickets.screenNotNote : to.texts.tickets.questionNotNote,
      );
      return step.replaceDialog(DRAFT_LOOP, step.options);
    }
    const bare = noteLedIn(text) === '';
    if (!confirmed && (bare || this.instructs(step.context, text))) {
      await step.context.sendActivity(bare ? to.texts.tickets.noteItself : to.texts.tickets.notANoteInDraft);
      return step.replaceDialog(DRAFT_LOOP, step.options);
    }
    if (!confirmed) {
      const draft = {
        ...step.options.draft,
        note: [step.options.draft.note, withoutNoteLeadIn(text)].filter(Boolean).join('\n').slice(0, 4000),
      };
      await step.context.sendActivity(
        asksForPriority(text)
          ? `${to.texts.tickets.noteTaken} ${to.texts.tickets.priorityByRule}`
          : to.texts.tickets.noteTaken,
      );
      return step.replaceDialog(DRAFT_LOOP, { ...step.options, draft });
    }
    await this.file(step, pressed ?? step.options.key, step.options.draft, to);
    return step.endDialog();
  }

  private async file(
    step: WaterfallStepContext,
    key: string,
    draft: NewTicket,
    to: TurnAudience,
  ): Promise<void> {
    const conversation = step.context.activity.conversation.id;
    const { ticket, created } = await this.parts.tickets.file(`${conversation}:${key}`, draft);
    await step.context.sendActivity(this.filedText(ticket, created, to));
  }

  private filedText(ticket: Ticket, created: boolean, to: TurnAudience): string {
    const state = ticketState(ticket, to, false);
    return created
      ? to.texts.tickets.filed(ticket.id, state)
      : to.texts.tickets.alreadyFiled(ticket.id, state);
  }

  /**
   * "who looked up miriam?", "how many got 50126 today?", "wat is de hoofdstad van frankrijk": a question asked at the
   * draft, about anything, which must not end up in the ticket's note (a note is what the helpdesk wants support to
   * read).
   */
  private isQuestion(context: WaterfallStepContext['context'], text: string): boolean {
    const intent = this.parts.reader.interpret(text, audienceOf(context), { hasList: false });
    // A pasted error screen is another sign-in's: its IDs must not go into this ticket.
    if (intent.type === 'errorDetails') return true;
    const asks = /\?\s*$/.test(text) || QUESTION_START.test(text.trim());
    return asks && !['answer', 'explain'].includes(intent.type);
  }

  /** "yes", "nee", "yes, she used the iPhone mail app": the answer, and whatever came after it as a note. */
  private yesOrNo(
    context: WaterfallStepContext['context'],
    text: string | undefined,
  ): { answer?: boolean; rest: string } {
    const to = audienceOf(context);
    const words = to.texts.tickets;
    const answer = normalize(text ?? '');
    if (words.yesWords.includes(answer)) return { answer: true, rest: '' };
    if (words.noWords.includes(answer)) return { answer: false, rest: '' };
    const read = this.parts.reader.read(text ?? '', to);
    if (read.leading) return { answer: read.leading === 'yes', rest: read.rest ?? '' };
    if (read.intent === 'yes' || read.intent === 'no') return { answer: read.intent === 'yes', rest: '' };
    // "the reset didn't help", "het hielp niet": tried, to no avail; kept as the note.
    const folded = normalize((text ?? '').replace(/['’]/g, ''));
    if (
      words.notHelpedWords.some((phrase) => containsPhrase(folded, phrase)) &&
      !this.isQuestion(context, text ?? '')
    )
      return { answer: true, rest: (text ?? '').trim() };
    // "she tried switching to outlook": a yes that says what was tried, kept as the note.
    const said = answer.split(/[^\p{L}]+/u);
    if (said.some((word) => words.triedWords.includes(word)) && !this.isQuestion(context, text ?? ''))
      return { answer: !said.some((word) => words.notTriedWords.includes(word)), rest: (text ?? '').trim() };
    return { rest: '' };
  }

  /** The button's "Add to SIGNIN-…", "add to it", "add it to that one", or the ticket's number. */
  private meansAddTo(context: WaterfallStepContext['context'], text: string, existing: string): boolean {
    const to = audienceOf(context);
    const said = normalize(text);
    if (said === normalize(to.texts.tickets.addTo(existing)) || to.texts.tickets.addWords.includes(said))
      return true;
    if (text.toUpperCase().includes(existing)) return true;
    const intent = this.parts.reader.interpret(text, to, { hasList: false });
    return intent.type === 'ticketAdd' || (intent.type === 'answer' && intent.yes);
  }
}

function isNote(answer: string): boolean {
  return answer.trim().split(/\s+/).length >= NOTE_WORDS;
}
