import restify from 'restify';
import { receiveActivity } from '../src/host/http/inboundActivity';

/** The ceiling: restify reading the body as the bot does, a fixed expectReplies answer, and no bot behind it. */
const server = restify.createServer({ name: 'bare' });
const reply = { activities: [{ type: 'message', text: 'Fixed reply.' }] };
server.post('/api/messages', async (req, res) => {
  await receiveActivity(req, { localMode: true });
  res.json(reply);
});
server.get('/healthz', async (_req, res) => {
  res.json({ status: 'ok' });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
