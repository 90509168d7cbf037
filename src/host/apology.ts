import { CallerUnverified, SourceUnavailable } from '../features/troubleshoot/investigator';
import { GraphError } from '../graph/graphError';
import { Texts } from '../text/en';
import { unverifiedText } from '../access/refusal';

/**
 * What to tell the user about a failed turn or lookup, in the conversation's language: the Graph problem in plain
 * words, else the generic text.
 */
export function apologyFor(error: unknown, texts: Texts): string {
  const causes = rootCauses(error);
  const graph = causes.find((cause): cause is GraphError => cause instanceof GraphError);
  const unverified = causes.find((cause): cause is CallerUnverified => cause instanceof CallerUnverified);
  if (unverified) return unverifiedText(unverified.caller, texts);
  if (graph) return texts.graphProblem[graph.problem];
  // Azure Storage's SDK (STATE_STORE=blob) fails with RestError; matched by name so one machine never loads it.
  if (causes.some((cause) => (cause as Error)?.name === 'RestError')) return texts.storageUnavailable;
  return causes.some((cause) => cause instanceof SourceUnavailable)
    ? texts.sourceUnavailable
    : texts.turnError;
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
