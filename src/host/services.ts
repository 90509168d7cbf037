import { TurnContext } from 'botbuilder';
import { CallerResolver } from '../access/callerResolver';
import { Caller } from '../access/caller';
import { may } from '../access/policy';
import { AppResolver } from '../apps/appResolver';
import { Catalog } from '../catalog/catalog';
import { UserResolver } from '../directory/userResolver';
import { SignInInvestigator } from '../features/troubleshoot/investigator';
import { Audience, Replies } from '../features/troubleshoot/replies';
import { textsFor } from '../text/texts';
import { DateRecognizer } from '../understanding/dateRecognizer';
import { DateTime } from 'luxon';
import { LateDelivery } from './lateDelivery';
import { CardRenderer } from '../cards/cardRenderer';
import { TicketDesk } from '../features/tickets/ticketDesk';

/** Everything the dialogs use, built once in the composition root and passed in (tests swap parts). */
export interface Services {
  catalog: Catalog;
  users: UserResolver;
  apps: AppResolver;
  dates: DateRecognizer;
  investigator: SignInInvestigator;
  replies: Replies;
  /** Drafts, files and lists support tickets. */
  tickets: TicketDesk;
  /** Sends replies as Adaptive Cards where the channel shows them, else as text. */
  cards: CardRenderer;
  callers: CallerResolver;
  /** Answers lookups that outlast a Teams turn with a notice now and the answer later. */
  late: LateDelivery;
  now: () => Date;
  defaultTimeZone: string;
}

/** The caller and how to talk to them in this turn. */
export interface TurnAudience extends Audience {
  caller: Caller;
}

const AUDIENCE = Symbol('audience');

/** Worked out once per turn, before the dialogs run (the caller's roles may need Graph), and kept in the turn state. */
export async function prepareAudience(services: Services, context: TurnContext): Promise<TurnAudience> {
  const activity = context.activity;
  const caller = await services.callers.resolve(activity);
  const zone =
    activity.localTimezone && DateTime.local().setZone(activity.localTimezone).isValid
      ? activity.localTimezone
      : undefined;
  const audience = {
    caller,
    staff: may(caller, 'seeAdminSteps'),
    texts: textsFor(activity.locale),
    timeZone: zone ?? services.defaultTimeZone,
  };
  context.turnState.set(AUDIENCE, audience);
  return audience;
}

/** The audience prepareAudience worked out for this turn: dialogs, prompts and interruptions all ask. */
export function audienceOf(context: TurnContext): TurnAudience {
  const audience = context.turnState.get(AUDIENCE) as TurnAudience | undefined;
  if (!audience) throw new Error('[bot] the turn has no audience: call prepareAudience first');
  return audience;
}
