import { Activity, DeliveryModes, InvokeResponse } from 'botbuilder';

/** How a turn ended, or that it was answered before it ended. */
export type TurnOutcome =
  | { kind: 'done'; result: InvokeResponse | undefined }
  | { kind: 'failed'; error: unknown; started: boolean }
  | { kind: 'answeredEarly'; rest: Promise<TurnOutcome> };

/**
 * Teams sends a message again when its HTTP request has no answer in 15 s. Once the token is checked and the turn has
 * started, an activity whose replies go through the connector (not expectReplies, not an invoke) is answered 200
 * after `withinMs`; the turn goes on and sends its answer itself. A token still being checked is waited for: a
 * request is never accepted before it is known to be genuine.
 */
export async function runWithin(
  activity: Activity,
  withinMs: number,
  run: (started: () => void) => Promise<InvokeResponse | undefined>,
): Promise<TurnOutcome> {
  let started = false;
  let markStarted: () => void = () => undefined;
  const whenStarted = new Promise<void>((resolve) => (markStarted = resolve));
  const running: Promise<TurnOutcome> = run(() => {
    started = true;
    markStarted();
  }).then(
    (result) => ({ kind: 'done', result }),
    (error: unknown) => ({ kind: 'failed', error, started }),
  );
  if (!mayAnswerEarly(activity)) return running;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, withinMs)));
  const early = Promise.all([deadline, whenStarted]).then((): TurnOutcome => ({
    kind: 'answeredEarly',
    rest: running,
  }));
  try {
    return await Promise.race([running, early]);
  } finally {
    clearTimeout(timer);
  }
}

function mayAnswerEarly(activity: Activity): boolean {
  return activity.type !== 'invoke' && activity.deliveryMode !== DeliveryModes.ExpectReplies;
}
