import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  TurnContext,
} from 'botbuilder';
import { SourceUnavailable } from './answers/investigator';
import { GraphError } from './graph/graphError';
import { Config } from './config';
import { Logger, pseudonym, redact } from './log';
import { en } from './text/en';

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
      const causes = rootCauses(error);
      const graph = causes.find((cause): cause is GraphError => cause instanceof GraphError);
      const apology = graph
        ? en.graphProblem[graph.problem]
        : causes.some((cause) => cause instanceof SourceUnavailable)
          ? en.sourceUnavailable
          : en.turnError;
      if (context.activity.type === 'message') await context.sendActivity(apology);
      await conversationState.delete(context);
    } catch (inner) {
      log.error({ error: redact((inner as Error).message) }, 'could not report a failed turn');
    }
  };
  return adapter;
}

/** botbuilder-dialogs wraps errors thrown inside dialogs (DialogContextError keeps the original in `error`). */
function rootCauses(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  while (current && chain.length < 5) {
    chain.push(current);
    const wrapped = current as { error?: unknown; cause?: unknown };
    current = wrapped.error ?? wrapped.cause;
  }
  return chain;
}
