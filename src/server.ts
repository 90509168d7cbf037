import { CloudAdapter } from 'botbuilder';
import restify from 'restify';
import { HelpdeskBot } from './bot';

export const MAX_BODY_BYTES = 256 * 1024;

/** The HTTP surface: POST /api/messages for the Bot Framework, GET /healthz for probes. Not listening yet. */
export function createServer(adapter: CloudAdapter, bot: HelpdeskBot, health: () => object): restify.Server {
  const server = restify.createServer({ name: 'signin-helpdesk-bot' });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    if (!isActivity(req.body)) {
      res.status(400);
      res.json({ error: 'The body must be a Bot Framework activity: a JSON object with a string "type".' });
      return;
    }
    await adapter.process(req, res, (context) => bot.run(context));
  });
  server.get('/healthz', async (_req, res) => {
    res.json({ status: 'ok', ...health() });
  });
  return server;
}

function isActivity(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    typeof (body as { type?: unknown }).type === 'string'
  );
}
