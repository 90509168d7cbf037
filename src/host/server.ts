import { Activity, TurnContext } from 'botbuilder';
import { HelpdeskAdapter } from './adapter';
import restify from 'restify';
import { addLocalDirectLine } from './directLine/directLineRoutes';
import { DirectLineConversations } from './directLine/directLineConversations';
import { runWithin, TurnOutcome } from './http/earlyAnswer';
import { addWebChat, ChatPerson } from './webChat/webChatRoutes';
import { DirectLineConfig, DirectLineTokens } from './webChat/directLineTokens';
import { InboundRules, receiveActivity } from './http/inboundActivity';
import { refuseProtocolSwitches } from './http/protocolSwitches';
import { Refusal } from './http/refusal';
import { Logger } from './log';

const ANSWER_WITHIN_MS = 2500;

/**
 * The HTTP surface: POST /api/messages for the Bot Framework, GET /healthz for probes, the browser chat at / and, in
 * local mode, the Direct Line it talks to. Not listening yet.
 */
export function createServer(
  adapter: HelpdeskAdapter,
  bot: { run(context: TurnContext): Promise<void> },
  options: InboundRules & {
    allowedTenantId?: string;
    /** When Teams gets its HTTP answer while a slow turn goes on (default 2.5 s; Teams resends after 15 s). */
    answerWithinMs?: number;
    /** Who the local chat page lets you be. */
    people?: () => ChatPerson[];
    directLine?: DirectLineConfig;
    health: () => object;
    log: Logger;
  },
): restify.Server {
  const { allowedTenantId, answerWithinMs, health, log } = options;
  const logFailure = (error: unknown, started: boolean): void =>
    log.warn(
      {
        status: started ? 500 : 401,
        error: log.redact(String((error as Error)?.message ?? error)).slice(0, 200),
      },
      started
        ? 'an activity failed outside the turn error handler'
        : 'refused a request without a valid token',
    );
  const runActivity = (authorization: string, activity: Activity): Promise<TurnOutcome> =>
    runWithin(activity, answerWithinMs ?? ANSWER_WITHIN_MS, (started) =>
      adapter.authenticateAndRun(authorization, activity, (context) => {
        started();
        return bot.run(context);
      }),
    );
  const server = restify.createServer({ name: 'signin-helpdesk-bot' });
  refuseProtocolSwitches(server);
  if (options.localMode)
    addLocalDirectLine(server, new DirectLineConversations(), (activity) => runActivity('', activity), log);
  addWebChat(server, {
    localMode: options.localMode,
    people: options.people ?? (() => []),
    tokens: options.directLine && new DirectLineTokens(options.directLine),
    log,
  });
  // No body parser: the route reads the body itself, after the headers, within a size and a time limit.
  server.post('/api/messages', async (req, res) => {
    let activity: Activity;
    try {
      activity = await receiveActivity(req, options);
    } catch (error) {
      const refusal =
        error instanceof Refusal ? error : new Refusal(500, 'The bot could not read this request.');
      if (refusal.status === 500)
        log.error({ error: log.redact(String(error)).slice(0, 200) }, 'reading a request failed');
      else log.info({ status: refusal.status, reason: refusal.reason }, 'refused a request');
      // Part of the body may still be on its way: do not wait for it on this connection.
      if (!req.complete) res.header('connection', 'close');
      res.status(refusal.status);
      res.json({ error: refusal.reason });
      return;
    }
    const tenant = tenantOf(activity);
    if (allowedTenantId && tenant?.toLowerCase() !== allowedTenantId) {
      log.warn({ tenant: tagOf(tenant, log) }, 'refused an activity from another tenant');
      res.status(403);
      res.json({ error: 'This bot serves one Entra tenant only.' });
      return;
    }
    const outcome = await runActivity(req.header('authorization') ?? '', activity);
    if (outcome.kind === 'answeredEarly') {
      res.status(200);
      res.end();
      void outcome.rest.then((rest) => {
        if (rest.kind === 'failed') logFailure(rest.error, true);
      });
    } else if (outcome.kind === 'done') {
      res.status(outcome.result?.status ?? 200);
      if (outcome.result?.body === undefined) res.end();
      else res.json(outcome.result.body);
    } else {
      logFailure(outcome.error, outcome.started);
      // Whatever fails before the bot runs is authentication (a missing, forged or foreign token): 401, never the
      // validator's message. CloudAdapter.process would answer a bad signature with 500 and echo its error.
      res.status(outcome.started ? 500 : 401);
      res.json({
        error: outcome.started ? 'The bot could not handle this activity.' : 'No valid Bot Framework token.',
      });
    }
  });
  server.get('/healthz', async (_req, res) => {
    res.json({ status: 'ok', ...health() });
  });
  return server;
}

/** The Entra tenant Teams says the activity comes from (the schema has made both strings, when present). */
function tenantOf(activity: Activity): string | undefined {
  return (
    (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ??
    activity.conversation.tenantId
  );
}

/** What the sender claimed, for the log: a pseudonym of its start and its length, never the value itself. */
function tagOf(tenant: string | undefined, log: Logger): string {
  return tenant === undefined ? 'none' : `${log.pseudonym(tenant.slice(0, 64))}/${tenant.length}`;
}
