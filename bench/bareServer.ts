import restify from 'restify';

/** The ceiling: restify with the same body parser and a fixed expectReplies answer, and no bot behind it. */
const server = restify.createServer({ name: 'bare' });
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
const reply = { activities: [{ type: 'message', text: 'Fixed reply.' }] };
server.post('/api/messages', async (_req, res) => {
  res.json(reply);
});
server.get('/healthz', async (_req, res) => {
  res.json({ status: 'ok' });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
