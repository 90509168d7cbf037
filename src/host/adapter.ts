import {
  Activity,
  CloudAdapter,
  InvokeResponse,
  ConfigurationBotFrameworkAuthentication,
  BotState,
  TurnContext,
} from 'botbuilder';
import { randomBytes } from 'node:crypto';
import { apologyFor } from './apology';
import { textsOfTurn } from './audience';
import { ClientCachingAuthentication } from './clientCachingAuthentication';
import { Config } from './config';
import { Logger } from './log';

/** CloudAdapter with its token check and turn in one public call, so the server decides the HTTP answer. */
export class HelpdeskAdapter extends CloudAdapter {
  /** Authenticates the request, runs the turn, and returns what the response should carry (expectReplies, invoke). */
  authenticateAndRun(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

/** The Bot Framework adapter, with an error handler that apologises, resets the conversation and never throws. */
export function createAdapter(config: Config, conversationState: BotState, log: Logger): HelpdeskAdapter {
  const adapter = new HelpdeskAdapter(
    new ClientCachingAuthentication(new ConfigurationBotFrameworkAuthentication(config.bot)),
  );
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // A short reference the user can quote to the admin, and the admin can find in the log.
    const reference = randomBytes(4).toString('hex');
    log.error(
      {
        reference,
        conversation: log.pseudonym(context.activity.conversation?.id),
        activity: context.activity.id,
        error: log.redact(error.message),
      },
      'turn failed',
    );
    try {
      const apology = `${apologyFor(error, textsOfTurn(context))} (ref ${reference})`;
      if (context.activity.type === 'message') await context.sendActivity(apology);
    } catch (inner) {
      log.error(
        { reference, error: log.redact((inner as Error).message) },
        'could not tell the user a turn failed',
      );
    }
    try {
      await conversationState.delete(context);
    } catch (inner) {
      // Shared storage that is away: the conversation goes on from where it was once storage is back.
      log.warn(
        { reference, error: log.redact((inner as Error).message) },
        "could not reset the conversation's state",
      );
    }
  };
  return adapter;
}
