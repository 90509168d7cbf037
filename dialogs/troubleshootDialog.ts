import { Activity, MessageFactory, StatePropertyAccessor } from 'botbuilder';
import { DialogTurnResult, TextPrompt, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { DateTime } from 'luxon';
import { AccessDenied } from '../src/features/troubleshoot/investigator';
import { unverifiedText } from '../src/access/refusal';
import { decide, may } from '../src/access/policy';
import { usesApp } from '../src/signins/signInSource';
import { personFor } from '../src/access/caller';
import { DirectoryUser } from '../src/directory/directoryUser';
import { UserResolver } from '../src/directory/userResolver';
import { oneSlipFrom } from '../src/directory/nameSlips';
import { quoted } from '../src/text/normalize';
import { unknownFollowUpName } from '../src/understanding/followUp';
import { AppMention, PersonMention } from '../src/understanding/understanding';
import { Read } from '../src/understanding/understander';
import { audienceOf, TurnAudience } from '../src/host/audience';
import { SignInInvestigator } from '../src/features/troubleshoot/investigator';
import { Replies } from '../src/features/troubleshoot/replies';
import { describeBeforeRetention } from '../src/features/troubleshoot/period';
import { noticeIfSlow } from '../src/host/slowTurnNotice';
import { DateRecognizer } from '../src/understanding/dateRecognizer';
import { InterruptionParts } from './parts';
import { DateWindow, loadWindow, StoredWindow, storeWindow } from '../src/understanding/dateWindow';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { GAVE_UP, PROMPTS, TROUBLESHOOT_DIALOG } from './dialogIds';
import { LastList } from './lastList';
import { asksAboutIntrusion } from '../src/understanding/intrusion';
import { mentionsAccountWide } from '../src/understanding/intentGuards';
import { CodeTrouble, codeTrouble } from '../src/understanding/codeTrouble';
import { mentionsUnbiddenPrompts } from '../src/understanding/unbiddenPrompts';
import {
  ANY_APP,
  APP_ANSWER,
  AppValidation,
  DATE_ANSWER,
  WITH_DATE,
  TroubleshootPrompts,
  USER_PROMPT,
} from './troubleshootPrompts';

/** "Did someone try my account?" looks this many days back unless a day is given. */
const INTRUSION_DAYS = 7;

const APP_PROMPT = PROMPTS.app;
const DATE_PROMPT = PROMPTS.date;
const DATE_CHOICE_PROMPT = PROMPTS.dateChoice;
const WATERFALL = 'troubleshootWaterfall';
const SUGGESTED_APPS = 5;

export interface TroubleshootOptions {
  /** The message that started it, read for a person, an app and a date. */
  text?: string;
  /**
   * "and megan?": the person, app and period of the search before, for what the message does not say; or what is
   * known so far when the question starts again for another app ("nee wacht, ik bedoel teams").
   */
  previous?: Partial<NonNullable<LastList['searched']>>;
}

interface Values {
  /** The person as they were when chosen: a reload that drops them from the directory must not lose them. */
  user?: DirectoryUser;
  appId?: string;
  appLabel?: string;
  mentionedApp?: string;
  /** An app named that the tenant does not have ("vpn"), said back when asking which app. */
  unknownApp?: string;
  appSuggestions?: string[];
  anyApp?: boolean;
  /** "did someone else try to get into my account?": a word on what to do if the sign-ins were not theirs. */
  intrusion?: boolean;
  /** "de sms-code komt nooit aan": a word on that trouble before the answer. */
  codeTrouble?: CodeTrouble;
  /** The apps offered at "which app?", for the name of one picked that the app list does not know. */
  offered?: { appId: string; displayName: string }[];
  /** The app was named, so its use was not checked against the person's app list before the search. */
  appUnchecked?: boolean;
  window?: StoredWindow;
  choices?: StoredWindow[];
  futureDate?: boolean;
  /** "31-11": a date no calendar has, said back when asking when. */
  impossibleDate?: string;
  /** What to say when the first message named a day older than the log keeps. */
  tooOld?: string;
}

/** What the troubleshooting conversation reads, searches and answers with. */
export interface TroubleshootParts extends InterruptionParts {
  dates: Pick<DateRecognizer, 'recognize'>;
  investigator: Pick<SignInInvestigator, 'investigate' | 'recentApps'>;
  replies: Pick<Replies, 'investigation' | 'explain'>;
  now: () => Date;
  /** About how long a search asked now waits for its turn at Microsoft Graph, in milliseconds (0: no queue). */
  queueWait?: () => number;
}

/** Who, which app, when: asks only for what the first message left out, then searches and answers. */
export class TroubleshootDialog extends CancelAndHelpDialog {
  constructor(
    private readonly parts: TroubleshootParts,
    private readonly lastList: StatePropertyAccessor<LastList>,
  ) {
    super(TROUBLESHOOT_DIALOG, parts);
    const prompts = new TroubleshootPrompts(parts.names, parts.reader, parts.dates, parts.now);
    this.addDialog(new TextPrompt(USER_PROMPT, prompts.user.bind(prompts)))
      .addDialog(new TextPrompt(APP_PROMPT, prompts.app.bind(prompts)))
      .addDialog(new TextPrompt(DATE_PROMPT, prompts.date.bind(prompts)))
      .addDialog(new TextPrompt(DATE_CHOICE_PROMPT, prompts.dateChoice.bind(prompts)))
      .addDialog(
        new WaterfallDialog(WATERFALL, [
          this.userStep.bind(this),
          this.appStep.bind(this),
          this.dateStep.bind(this),
          this.dateChoiceStep.bind(this),
          this.searchStep.bind(this),
        ]),
      );
    this.initialDialogId = WATERFALL;
  }

  /** Reads the first message; asks who, unless it named one person or "me". Never guesses at a name. */
  private async userStep(step: WaterfallStepContext<TroubleshootOptions>): Promise<DialogTurnResult> {
    const text = step.options.text ?? '';
    const to = audienceOf(step.context);
    const values = step.values as Values;
    if (to.caller.unverified) {
      await step.context.sendActivity(unverifiedText(to.caller, to.texts));
      return step.endDialog();
    }
    const read = text ? this.parts.reader.read(text, to) : undefined;
    if (read) this.readAppAndDate(read, values, to, text);
    const previous = step.options.previous;
    if (previous && !values.mentionedApp && !values.unknownApp && !values.anyApp)
      if (previous.appId) values.mentionedApp = previous.appId;
      else values.anyApp = true;
    if (previous && !values.window && !values.choices && !values.tooOld) values.window = previous.window;
    const named = read?.entities.find((entity): entity is PersonMention => entity.type === 'person');
    // "and karel?": a name nobody has, as unknown as in "why can't karel sign in?" (not the last person again).
    const unknown =
      read && previous && !named
        ? unknownFollowUpName(text, read.aboutSelf || read.entities.length > 0)
        : undefined;
    const mention: PersonMention | undefined =
      named ??
      (unknown
        ? { type: 'person', start: 0, end: text.length, text: unknown, users: [], suggestions: [] }
        : undefined);
    // Someone who may read only their own sign-ins: whoever else the message names gets the one refusal.
    if (!may(to.caller, 'readSignIns') && to.caller.user)
      return this.endUserTarget(step, mention, to.caller.user, Boolean(read?.aboutOther && !read.aboutSelf));
    if (mention?.users.length === 1) {
      await this.sayOnePersonAtATime(step, read, mention.users[0], to);
      return step.next(mention.users[0].id);
    }
    if (!mention && read?.aboutSelf && to.caller.user) return step.next(to.caller.user.id);
    if (!mention && previous?.userId) return step.next(previous.userId);
    // "Did you mean Megan Bowen?" offers one person: a "yes" takes her.
    const suggested = mention && mention.users.length === 0 ? mention.suggestions.map((user) => user.id) : [];
    return step.prompt(USER_PROMPT, {
      prompt: this.whoQuestion(mention, to),
      retryPrompt: to.texts.askUserRetry,
      validations: { offered: suggested },
    });
  }

  /** "why can't jane and megan sign in?": the answer is about Jane, and says so. */
  private async sayOnePersonAtATime(
    step: WaterfallStepContext<TroubleshootOptions>,
    read: Read | undefined,
    first: DirectoryUser,
    to: TurnAudience,
  ): Promise<void> {
    const others = (read?.entities ?? [])
      .flatMap((entity) => (entity.type === 'person' && entity.users.length === 1 ? entity.users : []))
      .filter(
        (user, at, all) => user.id !== first.id && all.findIndex((other) => other.id === user.id) === at,
      );
    if (others.length > 0)
      await step.context.sendActivity(
        to.texts.onePersonAtATime(
          first.displayName,
          others.map((user) => user.displayName),
        ),
      );
  }

  /** "Which one?", "I don't know "bowen". Did you mean Megan Bowen?", or simply "whose sign-in?". */
  private whoQuestion(mention: PersonMention | undefined, to: TurnAudience): Partial<Activity> | string {
    if (!mention) return to.texts.askUser;
    if (mention.users.length > 1) {
      const names = mention.users.map((user) => user.displayName);
      return MessageFactory.suggestedActions(names, to.texts.userAmbiguous(names));
    }
    const names = mention.suggestions.map((user) => user.displayName);
    return MessageFactory.suggestedActions(names, to.texts.userNotFound(quoted(mention.text), names));
  }

  /**
   * An end user can only mean themselves. A message that names nobody, or "me", is about them; "my colleague" and
   * any other name get the same refusal whether or not it belongs to someone, so the reply never tells who is in the
   * directory. A known colleague goes through the investigator, which records the refused lookup.
   */
  private async endUserTarget(
    step: WaterfallStepContext<TroubleshootOptions>,
    mention: PersonMention | undefined,
    self: DirectoryUser,
    someoneElse: boolean,
  ): Promise<DialogTurnResult> {
    if (!mention && !someoneElse) return step.next(self.id);
    if (mention?.users.length === 1) return step.next(mention.users[0].id);
    // Their own name with a slip ("adel vance"): still them, and it tells nothing about anyone else. Sharing only a
    // first name or surname with them ("john vance", "adele smith") is someone else, refused like any other name.
    if (mention?.users.length === 0 && oneSlipFrom([self], mention.text).length > 0)
      return step.next(self.id);
    await step.context.sendActivity(audienceOf(step.context).texts.notAllowed);
    return step.endDialog();
  }

  /** Checks the caller may see this person's sign-ins; asks which app, offering the ones used lately. */
  private async appStep(step: WaterfallStepContext<TroubleshootOptions>): Promise<DialogTurnResult> {
    if (step.result === GAVE_UP) return this.giveUp(step);
    const to = audienceOf(step.context);
    const values = step.values as Values;
    const user = this.userFrom(step.result, to);
    if (!user && to.caller.user && step.result === to.caller.user.id) {
      // Someone the directory does not have (local mode lets anyone in): no sign-ins of theirs to look up.
      await step.context.sendActivity(to.texts.selfNotInDirectory(to.caller.user.userPrincipalName));
      return step.endDialog();
    }
    if (!user) return this.giveUp(step);
    values.user = user;
    const who = personFor(to.caller, user.id, user.displayName);
    // A named app needs no list of the person's apps (a Graph request): the search says whether they used it. A
    // caller who may not read them takes the usual way, which records the refusal and says it.
    if (values.mentionedApp && decide(to.caller, 'readSignIns', { userIds: [user.id] }).allowed) {
      values.appUnchecked = true;
      return step.next(values.mentionedApp);
    }
    let recent;
    try {
      recent = await this.parts.investigator.recentApps(to.caller, user);
    } catch (error) {
      if (!(error instanceof AccessDenied)) throw error;
      await step.context.sendActivity(to.texts.notAllowed);
      return step.endDialog();
    }
    if (recent.length === 0) {
      await step.context.sendActivity(to.texts.noSignInsAtAll(who));
      return step.endDialog();
    }
    const mentioned = values.mentionedApp;
    if (values.anyApp && !mentioned) return step.next(ANY_APP);
    if (mentioned && recent.some((app) => app.appId === mentioned)) return step.next(mentioned);
    const used = recent.map(({ appId, displayName }) => ({ appId, displayName }));
    const offered = recent.filter((app) => app.count > 0).slice(0, SUGGESTED_APPS);
    // One app in 30 days leaves nothing to choose: the answer names it.
    if (!mentioned && !values.unknownApp && offered.length === 1) return step.next(offered[0].appId);
    const offeredNames = offered.map((a) => a.displayName);
    let intro = '';
    if (mentioned)
      intro = to.texts.appNotUsed(
        who,
        this.parts.names.current().apps.byId(mentioned)?.displayName ?? mentioned,
        offeredNames,
      );
    else if (values.unknownApp)
      intro = to.texts.appNotFound(quoted(values.unknownApp), values.appSuggestions ?? []);
    const recently = mentioned ? '' : to.texts.appRecentlyUsed(offeredNames);
    const question = `${intro ? `${intro}\n\n` : ''}${to.texts.askApp(who)} ${recently}`;
    values.offered = used;
    const validations: AppValidation = {
      user: who,
      used,
      offered: offered.map((app) => app.appId),
      anyAfter: true,
    };
    return step.prompt(APP_PROMPT, {
      prompt: MessageFactory.suggestedActions([...offeredNames, to.texts.anyApp], question.trim()),
      retryPrompt: to.texts.askAppRetry,
      validations,
    });
  }

  /** Asks when, unless the first message said so. */
  private async dateStep(step: WaterfallStepContext<TroubleshootOptions>): Promise<DialogTurnResult> {
    if (step.result === GAVE_UP) return this.giveUp(step);
    const to = audienceOf(step.context);
    const values = step.values as Values;
    let answer = String(step.result);
    if (answer.startsWith(DATE_ANSWER)) {
      this.readDate(answer.slice(DATE_ANSWER.length), values, to);
      answer = ANY_APP;
    }
    const [app, saidWith] = answer.split(WITH_DATE);
    if (saidWith !== undefined) {
      this.readDate(saidWith, values, to);
      answer = app;
    }
    const match =
      answer === values.mentionedApp ? undefined : this.parts.names.current().apps.resolve(answer);
    if (match?.kind === 'any') values.appId = ANY_APP;
    else values.appId = match?.kind === 'one' ? match.app.appId : answer;
    values.appLabel =
      values.appId === ANY_APP
        ? to.texts.searchedAll
        : (this.parts.names.current().apps.byId(values.appId)?.displayName ??
          values.offered?.find((app) => app.appId === values.appId)?.displayName ??
          values.appId);
    if (values.window || values.choices) return step.next();
    const question =
      values.tooOld ??
      (values.impossibleDate
        ? to.texts.dateImpossible(values.impossibleDate)
        : values.futureDate
          ? to.texts.dateInFuture
          : to.texts.askDate);
    return step.prompt(DATE_PROMPT, {
      prompt: MessageFactory.suggestedActions(to.texts.dateSuggestions, question),
      retryPrompt: to.texts.askDateRetry,
    });
  }

  private readDate(text: string, values: Values, to: TurnAudience): void {
    const recognition = this.parts.dates.recognize(
      text,
      this.parts.now(),
      to.timeZone,
      to.texts.numericDates,
    );
    if (recognition.kind === 'window') values.window = storeWindow(recognition.window);
    if (recognition.kind === 'ambiguous') values.choices = recognition.options.map(storeWindow);
  }

  /** A date like 03-04-2025 can be read two ways: ask, never guess. */
  private async dateChoiceStep(step: WaterfallStepContext<TroubleshootOptions>): Promise<DialogTurnResult> {
    if (step.result === GAVE_UP) return this.giveUp(step);
    const to = audienceOf(step.context);
    const values = step.values as Values;
    if (typeof step.result === 'string' && step.result.startsWith(APP_ANSWER))
      return step.replaceDialog(TROUBLESHOOT_DIALOG, {
        previous: { userId: values.user!.id, appId: step.result.slice(APP_ANSWER.length) },
      });
    if (typeof step.result === 'string') {
      const recognition = this.parts.dates.recognize(
        step.result,
        this.parts.now(),
        to.timeZone,
        to.texts.numericDates,
      );
      if (recognition.kind === 'window') values.window = storeWindow(recognition.window);
      if (recognition.kind === 'ambiguous') values.choices = recognition.options.map(storeWindow);
    }
    if (values.window) return step.next();
    const labels = choiceLabels(values.choices ?? [], to);
    return step.prompt(DATE_CHOICE_PROMPT, {
      prompt: MessageFactory.suggestedActions(labels, to.texts.askDateChoice(labels)),
      validations: labels,
    });
  }

  /** Filters the log by user, app, window and status, answers, and keeps the list for "2" or "more". */
  private async searchStep(step: WaterfallStepContext<TroubleshootOptions>): Promise<DialogTurnResult> {
    if (step.result === GAVE_UP) return this.giveUp(step);
    const to = audienceOf(step.context);
    const values = step.values as Values;
    if (!values.window && values.choices) {
      values.window =
        values.choices[
          TroubleshootPrompts.choiceIndex(String(step.result), choiceLabels(values.choices, to))
        ];
    }
    const window: DateWindow = loadWindow(values.window!);
    const user = values.user!;
    const appId = values.appId === ANY_APP ? undefined : values.appId;
    const appLabel = values.appLabel!;
    const queued = Math.round((this.parts.queueWait?.() ?? 0) / 1000);
    noticeIfSlow(step.context, queued >= 5 ? to.texts.lookingItUpQueued(queued) : to.texts.lookingItUp);
    const found = await this.parts.investigator.investigate(to.caller, user, appId, window);
    const searched = { appId, window: storeWindow(window), userId: user.id };
    if (values.appUnchecked && appId && !found.around.some((signIn) => usesApp(signIn, appId))) {
      const notUsed = await this.appNotUsed(user, appId, appLabel, to);
      if (notUsed) {
        await this.lastList.set(step.context, { ids: [], next: 0, searched });
        await step.context.sendActivity(notUsed);
        return step.endDialog();
      }
    }
    const asked = { user, appId, app: appLabel, window, self: to.caller.user?.id === user.id };
    const reply = this.parts.replies.investigation(found, asked, this.parts.now(), to);
    const trouble = values.codeTrouble;
    if (trouble === 'notArriving' || trouble === 'refused')
      await step.context.sendActivity(
        to.texts.codeTrouble[trouble](personFor(to.caller, user.id, user.displayName)),
      );
    await this.lastList.set(step.context, {
      ids: reply.failureIds,
      next: reply.listed,
      shownId: reply.failureIds[0],
      nearbyOnly: reply.nearbyOnly,
      summary: reply.summary,
      searched,
    });
    for (const message of reply.messages) await this.parts.cards.send(step.context, message);
    if (values.intrusion)
      await step.context.sendActivity(
        to.staff
          ? to.texts.intrusionStaff(personFor(to.caller, user.id, user.displayName))
          : to.texts.intrusionSelf,
      );
    // The failure shown, for a ticket asked for in the same message.
    return step.endDialog(reply.nearbyOnly ? undefined : reply.failureIds[0]);
  }

  /**
   * Nothing of the named app around the window: if the person has not used it in 30 days, say so and offer the apps
   * they did use (picking one asks again for them); undefined when they did use it.
   */
  private async appNotUsed(
    user: DirectoryUser,
    appId: string,
    appLabel: string,
    to: TurnAudience,
  ): Promise<Partial<Activity> | undefined> {
    const recent = await this.parts.investigator.recentApps(to.caller, user);
    if (recent.some((app) => app.appId === appId)) return undefined;
    const offered = recent
      .filter((app) => app.count > 0)
      .slice(0, SUGGESTED_APPS)
      .map((app) => app.displayName);
    const who = personFor(to.caller, user.id, user.displayName);
    const text =
      recent.length === 0 ? to.texts.noSignInsAtAll(who) : to.texts.appNotUsed(who, appLabel, offered);
    return MessageFactory.suggestedActions(offered, text);
  }

  /** Keeps whatever app and date the first message gave, known or not, so the bot asks only for the rest. */
  private readAppAndDate(read: Read, values: Values, to: TurnAudience, text: string): void {
    const app = read.entities.find((entity): entity is AppMention => entity.type === 'app');
    values.mentionedApp = app?.app?.appId;
    if (app && !app.app) {
      values.unknownApp = app.text;
      values.appSuggestions = app.suggestions.map((suggestion) => suggestion.displayName);
    }
    // "jane zit vast, account geblokkeerd", "the sms code never arrives": the whole account, whatever app she tried.
    values.codeTrouble = mentionsUnbiddenPrompts(text) ? undefined : codeTrouble(text);
    values.anyApp = read.anyApp || (!app && (mentionsAccountWide(text) || values.codeTrouble !== undefined));
    const recognition = read.date;
    if (recognition.kind === 'window') values.window = storeWindow(recognition.window);
    if (recognition.kind === 'ambiguous') values.choices = recognition.options.map(storeWindow);
    values.futureDate = recognition.kind === 'future';
    if (recognition.kind === 'impossible') values.impossibleDate = recognition.span.text;
    if (recognition.kind === 'beforeRetention')
      values.tooOld = describeBeforeRetention(recognition, this.parts.now(), to.timeZone, to.texts);
    // "did someone else try to get into my account?": every app, and the last week unless a day was given.
    values.intrusion = asksAboutIntrusion(text);
    if (!values.intrusion) return;
    if (!values.mentionedApp && !values.unknownApp) values.anyApp = true;
    if (recognition.kind === 'none') values.window = storeWindow(lastDays(this.parts.now(), to.timeZone));
  }

  private userFrom(result: unknown, to: TurnAudience): DirectoryUser | undefined {
    const text = String(result ?? '');
    const byId = this.parts.names.current().users.byId(text);
    if (byId) return byId;
    if (UserResolver.meansSelf(text)) return to.caller.user;
    const match = this.parts.names.current().users.resolve(text);
    return match.kind === 'one' ? match.user : undefined;
  }

  private async giveUp(step: WaterfallStepContext<TroubleshootOptions>): Promise<DialogTurnResult> {
    await step.context.sendActivity(audienceOf(step.context).texts.gaveUp);
    return step.endDialog();
  }
}

/** The last INTRUSION_DAYS days up to now, today included. */
function lastDays(now: Date, timeZone: string): DateWindow {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const from = local.startOf('day').minus({ days: INTRUSION_DAYS - 1 });
  return { from: from.toJSDate(), to: now, precision: 'days' };
}

function choiceLabels(choices: StoredWindow[], to: TurnAudience): string[] {
  return choices.map((choice) =>
    DateTime.fromISO(choice.from, { zone: to.timeZone })
      .setLocale(to.texts.dateLocale)
      .toFormat('cccc d LLLL yyyy'),
  );
}
