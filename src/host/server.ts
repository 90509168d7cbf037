import { Activity, ActivityHandlerBase } from 'botbuilder';
import { HelpdeskAdapter } from './adapter';
import restify from 'restify';
import { InboundRules, receiveActivity } from './http/inboundActivity';
import { refuseProtocolSwitches } from './http/protocolSwitches';
import { Refusal } from './http/refusal';
import { Logger } from './log';

/** The HTTP surface: POST /api/messages for the Bot Framework, GET /healthz for probes. Not listening yet. */
export function createServer(
  adapter: HelpdeskAdapter,
  bot: ActivityHandlerBase,
  options: InboundRules & { allowedTenantId?: string; health: () => object; log: Logger },
): restify.Server {
  const { allowedTenantId, health, log } = options;
  const server = restify.createServer({ name: 'signin-helpdesk-bot' });
  refuseProtocolSwitches(server);
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
    let started = false;
    try {
      const result = await adapter.authenticateAndRun(
        req.header('authorization') ?? '',
        activity,
        (context) => {
          started = true;
          return bot.run(context);
        },
      );
      res.status(result?.status ?? 200);
      if (result?.body === undefined) res.end();
      else res.json(result.body);
    } catch (error) {
      log.warn(
        {
          status: started ? 500 : 401,
          error: log.redact(String((error as Error)?.message ?? error)).slice(0, 200),
        },
        started
          ? 'an activity failed outside the turn error handler'
          : 'refused a request without a valid token',
      );
      // Whatever fails before the bot runs is authentication (a missing, forged or foreign token): 401, never the
      // validator's message. CloudAdapter.process would answer a bad signature with 500 and echo its error.
      res.status(started ? 500 : 401);
      res.json({
        error: started ? 'The bot could not handle this activity.' : 'No valid Bot Framework token.',
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
