import { MessageFactory } from 'botbuilder';
import { normalize, quoted } from '../src/text/normalize';
import { Person } from '../src/text/en';
import { PromptKind } from '../src/text/en/texts';
import { IntentReader, withoutNoteLeadIn } from '../src/understanding/intent';
import { AppMention, PersonMention } from '../src/understanding/understanding';
import { Read } from '../src/understanding/understander';
import { PromptValidatorContext } from 'botbuilder-dialogs';
import { audienceOf, TurnAudience } from '../src/host/audience';
import { DateRecognizer } from '../src/understanding/dateRecognizer';
import { asksSomethingElse, isQuestion } from '../src/understanding/otherQuestion';
import { describeBeforeRetention } from '../src/features/troubleshoot/period';
import { Latest } from '../src/shared/current';
import { Names } from './parts';
import { UserResolver } from '../src/directory/userResolver';
import { GAVE_UP, MAX_ATTEMPTS, PROMPTS } from './dialogIds';

/** What the app prompt needs to know: the apps this person used lately. */
export interface AppValidation {
  user: Person;
  used: { appId: string; displayName: string }[];
  /** The apps on the buttons, in order; "any app" is the button after them when `anyAfter`. "2" picks the second. */
  offered: string[];
  anyAfter: boolean;
}

/** "2", "#2", "2.": a button picked by its place. */
const PLACE = /^#?(\d{1,2})[.)]?$/;

/** What people type to the bot itself, never a person's name. */
const COMMANDS = new Set([
  'ticketOpen',
  'ticketAdd',
  'ticketStatus',
  'ticketList',
  'findRecord',
  'overview',
  'whoLookedUp',
]);

/** The id of the "whose sign-in?" prompt: a name said there is its answer, not a new question. */
export const USER_PROMPT = PROMPTS.user;
/** The app prompt's answer for every app. */
export const ANY_APP = '*';

/** The date prompt was answered with another app: the question again, for that app. */
export const APP_ANSWER = '*app:';

/** The app prompt was answered with a date instead: every app, on that date. */
export const DATE_ANSWER = '*date:';

/** Between the app and the answer it came in, when that answer also gave the day ("outlook, gisteren"). */
export const WITH_DATE = '\u0000with-date:';

/** After the last allowed miss the prompt ends with GAVE_UP instead of asking forever. */
/** A message that asks the bot to do something ("open a ticket"), read with enough confidence. */
function isCommand(read: { intent: string; score: number }): boolean {
  return COMMANDS.has(read.intent) && read.score >= 0.6;
}

/** "thanks", "bedankt" at a question: said with this confidence, it is no name, app or day. */
const THANKS_SURE = 0.8;

/** What asks for a ticket or a note on one, which needs the failed sign-in first. */
const TICKET_COMMANDS = new Set(['ticketOpen', 'ticketAdd']);

/** A command at a question: what the question still needs, and one miss. */
async function stillNeeded(
  prompt: PromptValidatorContext<string>,
  to: TurnAudience,
  kind: PromptKind,
): Promise<boolean> {
  await prompt.context.sendActivity(to.texts.stepHelp(kind));
  return miss(prompt);
}

/**
 * "nee", "bedankt", "notitie: nieuwe telefoon", "maak een ticket" at a question that asks for a person, app or day: no answer
 * to it, so not taken for a name. Says what is still needed, and why for a ticket; undefined for anything else.
 */
async function notAnAnswer(
  prompt: PromptValidatorContext<string>,
  to: TurnAudience,
  kind: PromptKind,
  read: Read,
): Promise<boolean | undefined> {
  const text = prompt.recognized.value ?? '';
  const ticket = withoutNoteLeadIn(text) !== text || (TICKET_COMMANDS.has(read.intent) && isCommand(read));
  const yesOrNo = (read.intent === 'yes' || read.intent === 'no') && !read.rest;
  const thanks = read.intent === 'thanks' && read.score >= THANKS_SURE;
  if (!ticket && !yesOrNo && !thanks) return undefined;
  await prompt.context.sendActivity(
    ticket
      ? to.texts.ticketBeforeSignIn(kind)
      : thanks
        ? to.texts.thanksAtPrompt(kind)
        : to.texts.notYesOrNo(kind),
  );
  return miss(prompt);
}

/** "outlook, gisteren" at "which app?": the app, with the day said alongside kept for "when?". */
function withDate(prompt: PromptValidatorContext<string>, text: string, read: Read | undefined): true {
  if (read?.date.kind !== undefined && read.date.kind !== 'none' && !asksSomethingElse(text, read.date.span))
    prompt.recognized.value = `${prompt.recognized.value}${WITH_DATE}${text}`;
  return true;
}

function miss(prompt: PromptValidatorContext<string>): boolean {
  if (prompt.attemptCount < MAX_ATTEMPTS) return false;
  prompt.recognized.value = GAVE_UP;
  return true;
}

/** Validators for the troubleshooting prompts: each explains what was wrong with the answer. */
export class TroubleshootPrompts {
  constructor(
    private readonly names: Latest<Names>,
    private readonly reader: Pick<IntentReader, 'read'>,
    private readonly dates: Pick<DateRecognizer, 'recognize'>,
    private readonly now: () => Date,
  ) {}

  async user(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    const to = audienceOf(prompt.context);
    if (UserResolver.meansSelf(text)) {
      if (to.caller.user) return true;
      await prompt.context.sendActivity(to.texts.selfUnknown);
      return miss(prompt);
    }
    const match = this.names.current().users.resolve(text);
    if (match.kind === 'one') return true;
    const offered = (prompt.options.validations as { offered?: string[] } | undefined)?.offered ?? [];
    const answer = this.reader.read(text, to);
    // "Did you mean Pieter Leeuw?" "yes" (or "yes, he tried that already"): him.
    if (offered.length === 1 && (answer.leading === 'yes' || (answer.intent === 'yes' && !answer.rest))) {
      prompt.recognized.value = offered[0];
      return true;
    }
    // "it's jane from sales", "megan bowen, teams": the name inside a longer answer.
    const mention = answer.entities.find((entity): entity is PersonMention => entity.type === 'person');
    if (!mention && match.kind === 'none') {
      const other = await notAnAnswer(prompt, to, 'user', answer);
      if (other !== undefined) return other;
      // "file it", "who looked up jane?" at "whose sign-in?": a command, not a name; say what the question still needs.
      if (isCommand(answer)) return stillNeeded(prompt, to, 'user');
      // "what should he do?" at "whose sign-in?": a question of its own, not a name.
      if (match.suggestions.length === 0 && isQuestion(text)) {
        await prompt.context.sendActivity(to.texts.userNotAnswered);
        return miss(prompt);
      }
    }
    if (match.kind === 'none' && mention?.users.length === 1) {
      prompt.recognized.value = mention.users[0].id;
      return true;
    }
    const many = match.kind === 'many' ? match.users : (mention?.users ?? []);
    const suggestions =
      match.kind === 'none' && match.suggestions.length > 0
        ? match.suggestions
        : (mention?.suggestions ?? []);
    const reply =
      many.length > 1
        ? to.texts.userAmbiguous(many.map((user) => `${user.displayName} (${user.userPrincipalName})`))
        : to.texts.userNotFound(
            quoted(mention?.text ?? text),
            suggestions.map((user) => user.displayName),
          );
    await prompt.context.sendActivity(reply);
    return miss(prompt);
  }

  async app(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    const to = audienceOf(prompt.context);
    const validations = prompt.options.validations as AppValidation;
    const { user, used, offered } = validations;
    // An app the bot offered is understood when picked, even one the tenant's app list does not know.
    const picked = used.find((app) => normalize(app.displayName) === normalize(text));
    if (picked) {
      prompt.recognized.value = picked.appId;
      return true;
    }
    const place = PLACE.exec(text.trim());
    if (place && Number(place[1]) >= 1 && Number(place[1]) <= offered.length + Number(validations.anyAfter)) {
      prompt.recognized.value = offered[Number(place[1]) - 1] ?? ANY_APP;
      return true;
    }
    let match = this.names.current().apps.resolve(text);
    let read: Read | undefined;
    if (match.kind === 'none') {
      read = this.reader.read(text, to);
      const named = read.entities.find((entity): entity is AppMention => entity.type === 'app')?.app;
      if (read.anyApp) match = { kind: 'any' };
      else if (named) {
        prompt.recognized.value = named.appId;
        match = { kind: 'one', app: named };
      } else if (
        read.entities.some((entity) => entity.type === 'date') &&
        !(read.date.kind !== 'none' && asksSomethingElse(text, read.date.span))
      ) {
        // "vorige week dinsdag" at "which app?": the date, and every app.
        prompt.recognized.value = `${DATE_ANSWER}${text}`;
        return true;
      } else {
        // "nee", "notitie: …", "open a ticket for this" at "which app?": no app's name.
        const other = await notAnAnswer(prompt, to, 'app', read);
        if (other !== undefined) return other;
        if (isCommand(read)) return stillNeeded(prompt, to, 'app');
      }
    }
    if (match.kind === 'any') {
      prompt.recognized.value = ANY_APP;
      return withDate(prompt, text, read);
    }
    if (match.kind === 'one') {
      if (used.some((app) => app.appId === match.app.appId)) return withDate(prompt, text, read);
      await prompt.context.sendActivity(
        to.texts.appNotUsed(
          user,
          match.app.displayName,
          used.map((app) => app.displayName),
        ),
      );
      return miss(prompt);
    }
    if (match.suggestions.length === 0 && isQuestion(text)) {
      await prompt.context.sendActivity(to.texts.appNotAnswered);
      return miss(prompt);
    }
    const again = match.suggestions.length > 0 ? match.suggestions : used.slice(0, 5);
    const names = again.map((app) => app.displayName);
    // The buttons shown now are the ones a number picks from (the prompt's options are kept with the dialog).
    validations.offered = again.map((app) => app.appId);
    validations.anyAfter = false;
    await prompt.context.sendActivity(
      MessageFactory.suggestedActions(names, to.texts.appNotFound(quoted(text), names)),
    );
    return miss(prompt);
  }

  async date(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const to = audienceOf(prompt.context);
    const now = this.now();
    const recognition = this.dates.recognize(
      prompt.recognized.value ?? '',
      now,
      to.timeZone,
      to.texts.numericDates,
    );
    if (recognition.kind === 'window' || recognition.kind === 'ambiguous') {
      if (!asksSomethingElse(prompt.recognized.value ?? '', recognition.span)) return true;
      await prompt.context.sendActivity(to.texts.dateNotAnswered);
      return miss(prompt);
    }
    // "nee wacht, ik bedoel teams" at "when?": another app for the same person, then "when?" again.
    const app = this.reader
      .read(prompt.recognized.value ?? '', to)
      .entities.find((entity): entity is AppMention => entity.type === 'app')?.app;
    if (recognition.kind === 'none' && app) {
      prompt.recognized.value = `${APP_ANSWER}${app.appId}`;
      return true;
    }
    const other =
      recognition.kind === 'none'
        ? await notAnAnswer(prompt, to, 'date', this.reader.read(prompt.recognized.value ?? '', to))
        : undefined;
    if (other !== undefined) return other;
    await prompt.context.sendActivity(
      recognition.kind === 'impossible'
        ? to.texts.dateImpossible(recognition.span.text)
        : recognition.kind === 'beforeRetention'
          ? describeBeforeRetention(recognition, now, to.timeZone, to.texts)
          : recognition.kind === 'future'
            ? to.texts.dateInFuture
            : to.texts.askDateRetry,
    );
    return miss(prompt);
  }

  async dateChoice(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const labels = prompt.options.validations as string[];
    if (TroubleshootPrompts.choiceIndex(prompt.recognized.value ?? '', labels) >= 0) return true;
    const to = audienceOf(prompt.context);
    await prompt.context.sendActivity(to.texts.askDateChoiceRetry(labels));
    return miss(prompt);
  }

  /** "1", "2" or the label itself. */
  static choiceIndex(answer: string, labels: string[]): number {
    const text = answer.trim().toLowerCase();
    const number = Number(text);
    if (Number.isInteger(number) && number >= 1 && number <= labels.length) return number - 1;
    return labels.findIndex((label) => label.toLowerCase() === text);
  }
}
