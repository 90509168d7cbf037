import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  TurnContext,
} from 'botbuilder';
import { apologyFor } from './apology';
import { Config } from './config';
import { Logger, pseudonym, redact } from './log';

/** The Bot Framework adapter, with an error handler that apologises, resets the conversation and never throws. */
export function createAdapter(
  config: Config,
  conversationState: ConversationState,
  log: Logger,
): CloudAdapter {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(config.bot));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error(
      {
        conversation: pseudonym(context.activity.conversation?.id),
        activity: context.activity.id,
        error: redact(error.message),
      },
      'turn failed',
    );
    try {
      const apology = apologyFor(error);
      if (context.activity.type === 'message') await context.sendActivity(apology);
      await conversationState.delete(context);
    } catch (inner) {
      log.error({ error: redact((inner as Error).message) }, 'could not report a failed turn');
    }
  };
  return adapter;
}
