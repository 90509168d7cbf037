import { Activity } from 'botbuilder';
import { IncomingMessage } from 'node:http';
import restify from 'restify';
import { checkActivity } from '../http/activitySchema';
import { TurnOutcome } from '../http/earlyAnswer';
import { parseJson } from '../http/jsonBody';
import { Refusal } from '../http/refusal';
import { BODY_DEADLINE_MS, checkBodyHeaders, readBody } from '../http/requestBody';
import { Logger } from '../log';
import { DirectLineConversations, TOKEN_SECONDS } from './directLineConversations';

const MAX_BYTES = 64 * 1024;
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Direct Line 3.0 in local mode, enough for botframework-directlinejs and Web Chat: start a conversation, post an
 * activity, poll with a watermark. A posted activity runs through the same adapter, bot and dialogs as /api/messages;
 * its serviceUrl is this server, whose /v3/conversations routes (Bot Connector's shape) take the bot's replies and add
 * them to the conversation. Off with MicrosoftAppId set: Azure Bot Service is the Direct Line there.
 */
export function addLocalDirectLine(
  server: restify.Server,
  conversations: DirectLineConversations,
  run: (activity: Activity) => Promise<TurnOutcome>,
  log: Logger,
): void {
  server.post('/v3/directline/conversations', async (_req, res) => {
    const { conversationId, token } = conversations.open();
    res.status(201);
    res.json({ conversationId, token, expires_in: TOKEN_SECONDS });
  });

  server.post('/v3/directline/conversations/:conversationId/activities', async (req, res) => {
    const conversationId = String(req.params.conversationId);
    if (!conversations.allows(conversationId, req.header('authorization')))
      return refuse(res, new Refusal(403, 'This token does not open this conversation.'));
    let activity: Activity;
    let posted: unknown;
    try {
      posted = await readJson(req);
      activity = toBot(posted, conversationId, ownUrl(req));
    } catch (error) {
      return refuse(res, error);
    }
    // The echo carries the client's own ID for its message, so Web Chat replaces its "sending" copy with it.
    const clientActivityID = (posted as { channelData?: { clientActivityID?: unknown } }).channelData
      ?.clientActivityID;
    const id = conversations.add(conversationId, {
      ...activity,
      serviceUrl: undefined,
      from: { ...activity.from, role: 'user' },
      ...(typeof clientActivityID === 'string' ? { channelData: { clientActivityID } } : {}),
    });
    const outcome = await run({ ...activity, id });
    if (outcome.kind === 'failed') {
      log.warn({ conversation: log.pseudonym(conversationId) }, 'the bot failed a Direct Line activity');
      return refuse(res, new Refusal(502, 'The bot could not handle this activity.'));
    }
    res.json({ id });
  });

  server.get('/v3/directline/conversations/:conversationId/activities', async (req, res) => {
    const conversationId = String(req.params.conversationId);
    if (!conversations.allows(conversationId, req.header('authorization')))
      return refuse(res, new Refusal(403, 'This token does not open this conversation.'));
    const watermark = Number(new URL(req.url ?? '', 'http://local').searchParams.get('watermark') ?? 0);
    res.json(conversations.since(conversationId, Number.isFinite(watermark) ? watermark : 0));
  });

  // The bot's replies, posted as to a channel's connector (reply to an activity, or a new one).
  const fromBot: restify.RequestHandler = async (req, res) => {
    const conversationId = String(req.params.conversationId);
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '') || !conversations.has(conversationId))
      return refuse(res, new Refusal(404, 'No such conversation.'));
    try {
      const reply = (await readJson(req)) as Partial<Activity>;
      res.json({ id: conversations.add(conversationId, reply) });
    } catch (error) {
      refuse(res, error);
    }
  };
  server.post('/v3/conversations/:conversationId/activities', fromBot);
  server.post('/v3/conversations/:conversationId/activities/:activityId', fromBot);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  checkBodyHeaders(req.headers, MAX_BYTES);
  return parseJson(await readBody(req, { maxBytes: MAX_BYTES, deadlineMs: BODY_DEADLINE_MS }));
}

/**
 * What a client posts, as the bot receives it from a channel: the client's words and who it says it is (local mode
 * trusts that, as it trusts /api/messages); Web Chat's "webchat/join" event is the user joining.
 */
function toBot(body: unknown, conversationId: string, serviceUrl: string): Activity {
  const posted = (typeof body === 'object' && body !== null ? body : {}) as Partial<Activity>;
  const from = posted.from?.id ? { id: posted.from.id, name: posted.from.name } : undefined;
  if (!from) throw new Refusal(400, 'The activity needs from.id: who is writing.');
  const common = {
    channelId: 'directline',
    serviceUrl,
    from,
    recipient: { id: 'bot', name: 'Sign-in helpdesk' },
    conversation: { id: conversationId, conversationType: 'personal', isGroup: false },
    locale: posted.locale,
    localTimezone: posted.localTimezone,
  };
  if (posted.type === 'event' && posted.name === 'webchat/join')
    return checkActivity({ ...common, type: 'conversationUpdate', membersAdded: [from] });
  if (posted.type !== 'message')
    throw new Refusal(400, 'Only messages and the webchat/join event are taken.');
  return checkActivity({ ...common, type: 'message', text: posted.text, value: posted.value });
}

/** This server as seen from this machine: where the bot posts its replies. */
function ownUrl(req: IncomingMessage): string {
  return `http://127.0.0.1:${req.socket.localPort}`;
}

function refuse(res: restify.Response, error: unknown): void {
  const refusal = error instanceof Refusal ? error : new Refusal(400, 'The request could not be read.');
  res.status(refusal.status);
  res.json({ error: { code: refusal.status === 502 ? 'BotError' : 'BadArgument', message: refusal.reason } });
}
