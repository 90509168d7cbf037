import { codesMentioned, findCodeMention } from '../src/catalog/codeMatcher';
import {
  asksFixedYet,
  asksWhoseShown,
  FOLLOW_UP,
  meantInstead,
  refersBack,
  SHOWN_ERROR,
} from '../src/understanding/followUp';
import { isSlippedQuestionWord } from '../src/understanding/slippedQuestionWord';
import { mentionsUnbiddenPrompts } from '../src/understanding/unbiddenPrompts';
import { asksToChangeAccount } from '../src/understanding/accountChange';
import { selfServiceHowTo } from '../src/understanding/selfServiceHowTo';
import {
  mentionsAcrossPeople,
  mentionsSignIn,
  mentionsTicketRequest,
} from '../src/understanding/intentGuards';
import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DateTime } from 'luxon';
import {
  ComponentDialog,
  DialogSet,
  DialogState,
  DialogTurnResult,
  DialogTurnStatus,
  WaterfallDialog,
  WaterfallStepContext,
} from 'botbuilder-dialogs';
import { ErrorDetails } from '../src/understanding/errorDetails';
import { IntentReader } from '../src/understanding/intent';
import { TenantOverview } from '../src/features/overview/tenantOverview';
import { overviewRequest } from '../src/features/overview/overviewRequest';
import { Read } from '../src/understanding/understander';
import { LIST_PAGE } from '../src/features/troubleshoot/listing';
import { mfaStepOf } from '../src/features/troubleshoot/signInFacts';
import { AccessDenied } from '../src/features/troubleshoot/investigator';
import { describeDay, describeTime } from '../src/features/troubleshoot/period';
import { AuditEntry, outcomeOf } from '../src/access/auditLog';
import { decide } from '../src/access/policy';
import { refusalText } from '../src/access/refusal';
import { personFor } from '../src/access/caller';
import { audienceOf, TurnAudience } from '../src/host/audience';
import { Catalog } from '../src/catalog/catalog';
import { SignInInvestigator } from '../src/features/troubleshoot/investigator';
import { Replies } from '../src/features/troubleshoot/replies';
import { Latest } from '../src/shared/current';
import { CardSender, Names } from './parts';
import { MAIN_DIALOG, TICKET_DIALOG, TROUBLESHOOT_DIALOG } from './dialogIds';
import { TicketDialog } from './ticketDialog';
import { TicketQuestions } from './ticketQuestions';
import { LastList } from './lastList';
import { TroubleshootDialog } from './troubleshootDialog';

const ROUTE_WATERFALL = 'routeWaterfall';

/** What the main dialog reads and answers with, besides the dialogs it starts. */
export interface MainParts {
  names: Latest<Names>;
  reader: Pick<IntentReader, 'interpret' | 'read'>;
  catalog: Pick<Catalog, 'describes' | 'search' | 'named'>;
  investigator: Pick<SignInInvestigator, 'byRequestId' | 'findByDetails' | 'lookupsOf'>;
  /** Questions across people: counts, "is Outlook down?", one address. */
  overview: Pick<TenantOverview, 'answer'>;
  now: () => Date;
  replies: Pick<Replies, 'direct' | 'explain' | 'list' | 'signIn' | 'welcome'>;
  cards: CardSender;
}

/** "what does that error mean in normal words?": longer is a question of its own. */
const SHOWN_QUESTION_WORDS = 8;

/** "I meant Adele van der Berg" names one person, app or day in a few words. */
const MEANT_WORDS = 4;

/** What the route step keeps for the last step. */
interface RouteValues {
  /** A ticket was asked for with the question: drafted once the failure is shown. */
  ticketAfter?: boolean;
}

/** Reads what a message asks for and answers it, or hands it to the troubleshooting conversation. */
export class MainDialog extends ComponentDialog {
  constructor(
    private readonly parts: MainParts,
    troubleshoot: TroubleshootDialog,
    ticket: TicketDialog,
    private readonly ticketQuestions: TicketQuestions,
    private readonly lastList: StatePropertyAccessor<LastList>,
  ) {
    super(MAIN_DIALOG);
    this.addDialog(troubleshoot)
      .addDialog(ticket)
      .addDialog(
        new WaterfallDialog(ROUTE_WATERFALL, [this.routeStep.bind(this), this.finalStep.bind(this)]),
      );
    this.initialDialogId = ROUTE_WATERFALL;
  }

  /** Continues the active conversation, or starts a new one with this message. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    const dialogContext = await dialogSet.createContext(context);
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog(this.id);
  }

  /** Sends each kind of question where it belongs. */
  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = step.context.activity.text ?? '';
    const to = audienceOf(step.context);
    const list = await this.lastList.get(step.context);
    // "who should fix this?", "en wat moet ik nu doen?" after an answer: the shown error's steps and who fixes it.
    const shown = this.asksAboutShown(text) ? await this.shownCode(list, to) : undefined;
    if (shown) {
      await this.parts.cards.send(step.context, this.parts.replies.explain(shown, to));
      return step.next();
    }
    // "is it fixed now?" after an answer: the same person and app again, from the window's start up to now.
    if (list?.searched && asksFixedYet(text)) {
      const { from, precision } = list.searched.window;
      const window = {
        from,
        to: this.parts.now().toISOString(),
        precision: precision === 'hours' ? precision : 'days',
      };
      return step.beginDialog(TROUBLESHOOT_DIALOG, { text: '', previous: { ...list.searched, window } });
    }
    // "wie is dit?" after a record was shown: whose sign-in it is, if the caller may still see it.
    if (list?.shownId && asksWhoseShown(text)) {
      await step.context.sendActivity(await this.whoseShown(list.shownId, to));
      return step.next();
    }
    // "no sorry, I meant Adele, not megan" after an answer: the same question about the one meant.
    const meant = list?.searched && this.meant(text, to);
    if (meant) return step.beginDialog(TROUBLESHOOT_DIALOG, { text: meant, previous: list.searched });
    let intent = this.parts.reader.interpret(text, to, { hasList: !!list && list.ids.length > 0 });
    // "ok then mine, outlook, this morning": with no question open, what follows the "ok" is the question.
    if (intent.type === 'answer' && intent.rest)
      intent = this.parts.reader.interpret(intent.rest, to, { hasList: false });
    // Whatever else the message asks, prompts nobody started get the one safe advice first.
    // The helpdesk asking about someone else gets it in its own words; anyone about themself gets the person's.
    if (mentionsUnbiddenPrompts(text))
      await step.context.sendActivity(
        to.staff && 'read' in intent && intent.read && !intent.read.aboutSelf
          ? to.texts.unbiddenPromptsStaff
          : to.texts.unbiddenPrompts,
      );
    // A quoted screen ("what does 'you must change your password' mean?") is explained, not taken for a wish.
    const quoted = intent.type === 'explain' && intent.quoted;
    if (!quoted && asksToChangeAccount(text)) {
      await step.context.sendActivity(to.texts.cannotChangeAccounts);
      return step.next();
    }
    const howTo = quoted ? undefined : selfServiceHowTo(text);
    if (howTo) {
      await step.context.sendActivity(to.texts[howTo]);
      return step.next();
    }
    switch (intent.type) {
      case 'greeting':
      case 'help':
        await this.parts.cards.send(step.context, this.parts.replies.welcome(to, to.caller.user));
        break;
      case 'thanks':
        await step.context.sendActivity(to.texts.welcomeThanks);
        break;
      case 'answer':
        await step.context.sendActivity(to.texts.noQuestionOpen);
        break;
      case 'askIds':
        await step.context.sendActivity(to.texts.askIds);
        break;
      case 'overview':
        // "and today?" after an answer: the same person and app on another day, not everyone's failures.
        if (list?.searched && this.isFollowUp(intent.text) && this.narrows(intent.read, intent.text))
          return step.beginDialog(TROUBLESHOOT_DIALOG, { text: intent.text, previous: list.searched });
        // "ze krijgt geen melding van de authenticator": one person's symptom, not a question across people.
        if (
          !mentionsAcrossPeople(text) &&
          !intent.ipAddress &&
          this.parts.catalog.search(text, 1).length > 0
        ) {
          await this.parts.cards.send(step.context, this.parts.replies.explain(text, to));
          break;
        }
        // "schrijf een gedichtje over maandagochtend" names a time and nothing of signing in.
        if (
          !intent.ipAddress &&
          !mentionsSignIn(text) &&
          !intent.read.entities.some((entity) => entity.type === 'app' || entity.type === 'code')
        ) {
          await step.context.sendActivity(to.staff ? to.texts.notUnderstood : to.texts.notUnderstoodSelf);
          break;
        }
        await step.context.sendActivity(
          await this.parts.overview.answer(
            to.caller,
            overviewRequest(intent, this.parts.now(), to.timeZone),
            to,
          ),
        );
        break;
      case 'ticketAdd':
        return step.beginDialog(TICKET_DIALOG, { addTo: intent.id ?? 'latest', note: intent.note });
      case 'askCode':
        await step.context.sendActivity(to.texts.askCode);
        break;
      case 'cancel':
        await step.context.sendActivity(to.texts.nothingToCancel);
        break;
      case 'restart':
        await step.context.sendActivity(to.texts.restarting);
        return step.beginDialog(TROUBLESHOOT_DIALOG, {});
      case 'troubleshoot':
        if (
          this.isSymptomOnly(intent.text, intent.read, to) ||
          this.isCodeQuestion(intent.text, intent.read)
        ) {
          await this.parts.cards.send(step.context, this.parts.replies.explain(intent.text, to));
          break;
        }
        return step.beginDialog(TROUBLESHOOT_DIALOG, {
          text: intent.text,
          previous:
            this.isFollowUp(intent.text) || this.narrows(intent.read, intent.text)
              ? list?.searched
              : undefined,
        });
      case 'explain':
        // "why did the sign-in fail?": nothing to look up in the catalog, so it is about someone's sign-in. A code
        // the catalog lacks ("what does 5012 mean?") is still a question about the code.
        if (intent.read && !findCodeMention(intent.query) && !this.parts.catalog.describes(intent.query)) {
          // "what does that error mean?" after an answer: the code of the record it showed.
          const shown = SHOWN_ERROR.test(intent.query) ? await this.shownCode(list, to) : undefined;
          if (!shown) return step.beginDialog(TROUBLESHOOT_DIALOG, { text: intent.query });
          await this.parts.cards.send(step.context, this.parts.replies.explain(shown, to));
          break;
        }
        {
          // "what is the difference between 50053 and 50057?": each of them, not only the first.
          const codes = codesMentioned(intent.query);
          for (const query of codes.length > 1 ? codes : [intent.query])
            await this.parts.cards.send(step.context, this.parts.replies.explain(query, to));
          const explained = this.parts.catalog.search(codes[0] ?? intent.query, 1)[0]?.entry.code;
          if (explained)
            await this.lastList.set(step.context, { ...(list ?? { ids: [], next: 0 }), explained });
        }
        break;
      case 'ticket':
        // "een gast … kan onze sharepoint link niet openen": a symptom with "open" in it, not a ticket to open.
        if (!mentionsTicketRequest(text) && this.parts.catalog.describes(text)) {
          await this.parts.cards.send(step.context, this.parts.replies.explain(text, to));
          break;
        }
        // "nestor wilke teams friday failed, pls draft a ticket": the failure is looked up first, then drafted.
        if (intent.names && (!intent.names.userId || intent.names.userId !== list?.searched?.userId)) {
          (step.values as RouteValues).ticketAfter = true;
          return step.beginDialog(TROUBLESHOOT_DIALOG, { text });
        }
        return step.beginDialog(TICKET_DIALOG, { requestId: intent.requestId });
      case 'fileTicket':
      case 'myTickets':
      case 'openTickets':
      case 'ticketStatus':
        await step.context.sendActivity(
          await this.ticketQuestions.answer(intent, step.context.activity.conversation.id, to),
        );
        break;
      case 'whoLookedUp':
        await step.context.sendActivity(await this.whoLookedUp(intent.read, to));
        break;
      case 'errorDetails':
        await this.lookUpDetails(step.context, intent.details, to);
        break;
      case 'pick':
        await this.pick(step.context, list!, intent.index, to);
        break;
      case 'more':
        if (list && list.ids.length > 0) await this.more(step.context, list, to);
        else await step.context.sendActivity(to.texts.noList);
        break;
      case 'details':
        await this.details(step.context, list, to);
        break;
      default:
        if (this.parts.catalog.describes(text))
          await this.parts.cards.send(step.context, this.parts.replies.explain(text, to));
        else if (!text.trim()) await step.context.sendActivity(to.texts.blankMessage);
        // Someone who sees only their own sign-ins gets examples about themself, not a colleague they may not see.
        else await step.context.sendActivity(to.staff ? to.texts.notUnderstood : to.texts.notUnderstoodSelf);
    }
    return step.next();
  }

  private async finalStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (!(step.values as RouteValues).ticketAfter) return step.endDialog();
    if (typeof step.result === 'string') return step.beginDialog(TICKET_DIALOG, { requestId: step.result });
    await step.context.sendActivity(audienceOf(step.context).texts.tickets.noFailureToFile);
    return step.endDialog();
  }

  /** The refusal comes before the name is read, so it is the same for a colleague, a stranger and a typo. */
  private async whoLookedUp(read: Read, to: TurnAudience): Promise<string> {
    const decision = decide(to.caller, 'readAudit');
    if (!decision.allowed) return refusalText(decision.refusal, to.caller, to.texts);
    const people = read.entities.flatMap((entity) => (entity.type === 'person' ? entity.users : []));
    const person =
      people.length === 1 ? people[0] : read.aboutSelf && people.length === 0 ? to.caller.user : undefined;
    if (!person) return to.texts.auditWhom;
    try {
      const entries = await this.parts.investigator.lookupsOf(to.caller, person.id);
      if (entries.length === 0) return to.texts.auditNone(person.displayName);
      const lines = entries.map((entry) => {
        const who = this.parts.names.current().users.byId(entry.askedBy)?.displayName ?? entry.askedBy;
        const app = entry.appId
          ? (this.parts.names.current().apps.byId(entry.appId)?.displayName ?? entry.appId)
          : '';
        const filter = [app, lookupPeriod(entry, to)].filter(Boolean).join(', ');
        return to.texts.auditLine(
          describeTime(entry.at, to.timeZone, to.texts),
          who,
          entry.shown,
          entry.matched ?? entry.shown,
          outcomeOf(entry),
          filter,
        );
      });
      return to.texts.auditTrail(person.displayName, lines);
    } catch (error) {
      if (error instanceof AccessDenied) return to.texts.auditOnlyReaders;
      throw error;
    }
  }

  private async lookUpDetails(context: TurnContext, details: ErrorDetails, to: TurnAudience): Promise<void> {
    const hit = await this.parts.investigator.findByDetails(to.caller, details);
    if (hit) {
      // "AADSTS53000: …" explained first, then its Request ID on its own: the code said before is the screen's.
      const before = (await this.lastList.get(context))?.explained;
      const said = details.errorCode ?? (before && /^\d+$/.test(before) ? Number(before) : undefined);
      await this.remember(context, hit.signIn.id);
      for (const message of this.parts.replies.direct(hit, to, said, details.errorCode === undefined))
        await this.parts.cards.send(context, message);
      return;
    }
    const ids = [details.requestId, details.correlationId, details.unlabeledId].filter(Boolean).join(' / ');
    // The screen's timestamp still says when: a question about the sign-ins around then, ready to send.
    const moment = details.timestamp && DateTime.fromJSDate(details.timestamp, { zone: to.timeZone });
    const around = moment?.isValid
      ? `\n\n${to.texts.directAroundThen(moment.toFormat('yyyy-MM-dd'), moment.toFormat('HH:mm'), !to.staff)}`
      : '';
    const notFound = to.texts.directNotFound(ids) + around;
    if (!details.errorCode) {
      await context.sendActivity(notFound);
      return;
    }
    await context.sendActivity(`${notFound}\n\n${to.texts.directNotFoundButCode}`);
    await this.parts.cards.send(context, this.parts.replies.explain(String(details.errorCode), to));
  }

  /** The record just shown is what "open a ticket" will be about. */
  private async remember(context: TurnContext, shownId: string): Promise<void> {
    const list = (await this.lastList.get(context)) ?? { ids: [], next: 0 };
    await this.lastList.set(context, {
      ...list,
      shownId,
      explained: undefined,
      summary: undefined,
      nearbyOnly: false,
    });
  }

  private async pick(context: TurnContext, list: LastList, index: number, to: TurnAudience): Promise<void> {
    if (index < 1 || index > list.ids.length) {
      await context.sendActivity(to.texts.pickOutOfRange(list.ids.length));
      return;
    }
    const signIn = await this.parts.investigator.byRequestId(to.caller, list.ids[index - 1]);
    if (!signIn) {
      await context.sendActivity(to.texts.listExpired);
      return;
    }
    await this.lastList.set(context, {
      ...list,
      shownId: signIn.id,
      explained: undefined,
      nearbyOnly: false,
    });
    for (const message of this.parts.replies.signIn(signIn, to, `#${index}`))
      await this.parts.cards.send(context, message);
  }

  private async whoseShown(shownId: string, to: TurnAudience): Promise<string> {
    const signIn = await this.parts.investigator.byRequestId(to.caller, shownId);
    if (!signIn) return to.texts.whoseSignInGone;
    const who = personFor(to.caller, signIn.userId, signIn.userDisplayName || signIn.userPrincipalName);
    return to.texts.whoseSignIn(who, signIn.userPrincipalName);
  }

  /** The record the last answer was about, in full: its facts, every step and the ticket text. */
  private async details(context: TurnContext, list: LastList | undefined, to: TurnAudience): Promise<void> {
    const signIn = list?.shownId && (await this.parts.investigator.byRequestId(to.caller, list.shownId));
    if (!signIn) {
      await context.sendActivity(to.texts.noDetails);
      return;
    }
    if (list?.nearbyOnly) await this.lastList.set(context, { ...list, nearbyOnly: false });
    for (const message of this.parts.replies.signIn(signIn, to))
      await this.parts.cards.send(context, message);
  }

  /**
   * The code the last answer was about: one explained after the last record shown, else the failure shown, while the
   * bot still has that record.
   */
  private async shownCode(list: LastList | undefined, to: TurnAudience): Promise<string | undefined> {
    if (list?.explained) return list.explained;
    const signIn = list?.shownId && (await this.parts.investigator.byRequestId(to.caller, list.shownId));
    if (!signIn || signIn.status.errorCode === 0) return undefined;
    // A refused MFA request is explained by the MFA step's own result ("do not approve anything you did not start"),
    // not by 500121's general steps, which begin with approving the next notification.
    const step = mfaStepOf(signIn);
    const stepEntry =
      step && !step.succeeded ? this.parts.catalog.named(step.authenticationStepResultDetail) : undefined;
    return stepEntry?.code ?? String(signIn.status.errorCode);
  }

  private async more(context: TurnContext, list: LastList, to: TurnAudience): Promise<void> {
    if (list.next >= list.ids.length) {
      await context.sendActivity(to.texts.noMoreFailures);
      return;
    }
    const ids = list.ids.slice(list.next, list.next + LIST_PAGE);
    const page = [];
    for (const id of ids) {
      const signIn = await this.parts.investigator.byRequestId(to.caller, id);
      if (signIn) page.push(signIn);
    }
    const next = list.next + ids.length;
    await this.parts.cards.send(
      context,
      this.parts.replies.list(page, list.next + 1, list.ids.length - next, to),
    );
    await this.lastList.set(context, { ...list, ids: list.ids, next });
  }

  /** "eror 50076": a code, and a "name" nobody has that is a question word with a slip. */
  private isCodeQuestion(text: string, read: Read): boolean {
    const people = read.entities.flatMap((entity) => (entity.type === 'person' ? [entity] : []));
    return (
      findCodeMention(text) !== undefined &&
      people.length > 0 &&
      people.every(
        (person) =>
          person.users.length === 0 && person.suggestions.length === 0 && isSlippedQuestionWord(person.text),
      )
    );
  }

  /** "and megan?", "what about nestor", "en jane?": the same question about someone else. */
  private isFollowUp(text: string): boolean {
    return FOLLOW_UP.test(text.trim()) && text.trim().split(/\s+/).length <= 6;
  }

  /** A short question about the error just shown; a longer one names what it asks about itself. */
  private asksAboutShown(text: string): boolean {
    return SHOWN_ERROR.test(text) && text.trim().split(/\s+/).length <= SHOWN_QUESTION_WORDS;
  }

  /** What "I meant …" names instead, if it is a short person, app or day ("I meant to ask…" is none). */
  private meant(text: string, to: TurnAudience): string | undefined {
    const meant = meantInstead(text);
    if (!meant || meant.split(/\s+/).length > MEANT_WORDS) return undefined;
    const read = this.parts.reader.read(meant, to);
    return read.entities.some((entity) => ['person', 'app', 'date'].includes(entity.type))
      ? meant
      : undefined;
  }

  /**
   * "gisteren", "and in outlook?", "actually it's on her phone, Outlook Mobile" after an answer: the same person,
   * another day or app.
   */
  private narrows(read: Read, text: string): boolean {
    const named = (type: string): boolean => read.entities.some((entity) => entity.type === type);
    const short = text.trim().split(/\s+/).length <= 4;
    return (
      (short || refersBack(text)) && (named('date') || named('app')) && !named('person') && !read.aboutSelf
    );
  }

  /**
   * "account locked" names nobody but describes a known error: explain it rather than ask whose sign-in. So does
   * "my account is locked because I tried too many times" (agents paste users' words): only a question about one's
   * own sign-in that names an app ("why can't I get into Teams?") looks up the records.
   */
  private isSymptomOnly(text: string, read: Read, to: TurnAudience): boolean {
    // Someone who sees only their own sign-ins means their own ("mijn account is geblokkeerd"): look them up.
    if (read.aboutSelf && !to.staff) return false;
    const named = read.entities.some(
      (entity) =>
        entity.type === 'person' || entity.type === 'date' || (read.aboutSelf && entity.type === 'app'),
    );
    return !named && this.parts.catalog.describes(text) !== undefined;
  }
}

/** The days a lookup searched: "Sun 22 Nov 2026", "Tue 17 Nov 2026 to Mon 23 Nov 2026", or "since Sat 24 Oct 2026". */
function lookupPeriod(entry: AuditEntry, to: TurnAudience): string {
  // A window ends just before its `to`: midnight belongs to the day before.
  const last = entry.to && describeDay(new Date(Date.parse(entry.to) - 1).toISOString(), to);
  const from = entry.from && describeDay(entry.from, to);
  if (!from) return last || '';
  // Only a start: the lookup went back from then to the moment it was made.
  if (!last) return to.texts.sinceDay(from);
  return last === from ? from : to.texts.dayRange(from, last);
}
