import { Activity, TurnContext } from 'botbuilder';
import { DateTime } from 'luxon';
import { Caller } from '../access/caller';
import { CallerResolver } from '../access/callerResolver';
import { may } from '../access/policy';
import { Audience } from '../features/troubleshoot/replies';
import { Latest } from '../shared/current';
import { Texts } from '../text/en';
import { textsFor } from '../text/texts';

/** The caller and how to talk to them in this turn. */
export interface TurnAudience extends Audience {
  caller: Caller;
}

const AUDIENCE = Symbol('audience');

/** Works out once per turn, before the dialogs run (the caller's roles may need Graph), who is asking and how to answer. */
export class Audiences {
  constructor(
    private readonly callers: Latest<CallerResolver>,
    private readonly defaultTimeZone: string,
  ) {}

  async prepare(context: TurnContext): Promise<TurnAudience> {
    const activity = context.activity;
    const caller = await this.callers.current().resolve(activity);
    const audience = {
      caller,
      staff: may(caller, 'seeAdminSteps'),
      texts: textsFor(activity.locale),
      timeZone: zoneOf(activity) ?? this.defaultTimeZone,
    };
    context.turnState.set(AUDIENCE, audience);
    return audience;
  }
}

/**
 * The caller's time zone, which dates such as "this morning" are read in: Bot Framework's localTimezone, else the one
 * in Teams' clientInfo entity; a name that is not a time zone counts as none.
 */
function zoneOf(activity: Activity): string | undefined {
  const clientInfo = activity.entities?.find((entity) => entity.type === 'clientInfo') as
    { timezone?: unknown } | undefined;
  return [activity.localTimezone, clientInfo?.timezone].find(
    (zone): zone is string => typeof zone === 'string' && DateTime.local().setZone(zone).isValid,
  );
}

/** The audience Audiences.prepare worked out for this turn: dialogs, prompts and interruptions all ask. */
export function audienceOf(context: TurnContext): TurnAudience {
  const audience = context.turnState.get(AUDIENCE) as TurnAudience | undefined;
  if (!audience) throw new Error('[bot] the turn has no audience: call Audiences.prepare first');
  return audience;
}

/** The wording of this turn: the audience's, or the activity's locale when the turn failed before it was worked out. */
export function textsOfTurn(context: TurnContext): Texts {
  const audience = context.turnState.get(AUDIENCE) as TurnAudience | undefined;
  return audience?.texts ?? textsFor(context.activity.locale);
}
