import { readFile } from 'node:fs/promises';
import path from 'node:path';
import restify from 'restify';
import { PROJECT_ROOT } from '../config';
import { Logger } from '../log';
import { DirectLineTokens } from './directLineTokens';
import { chatPage, CONTENT_SECURITY_POLICY, signInNeededPage } from './webChatPage';

/** Someone the local page lets you be, and whether the bot treats them as helpdesk staff. */
export interface ChatPerson {
  upn: string;
  name: string;
  staff: boolean;
}

const ASSETS = path.join(PROJECT_ROOT, 'src', 'host', 'webChat', 'assets');
/** Web Chat's own bundle (React included), from the installed package: the page needs no CDN. */
const BUNDLE = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
const FILES: Record<string, { file: string; type: string }> = {
  '/webchat/webchat.js': { file: BUNDLE, type: 'application/javascript; charset=utf-8' },
  '/webchat/chat.js': { file: path.join(ASSETS, 'chat.js'), type: 'application/javascript; charset=utf-8' },
  '/webchat/chat.css': { file: path.join(ASSETS, 'chat.css'), type: 'text/css; charset=utf-8' },
};

/**
 * The browser chat at `/`: in local mode Bot Framework Web Chat on the local Direct Line, with a "who am I" picker;
 * with MicrosoftAppId set a page that says why it does not open, since a browser user's identity would have to come
 * from an Entra sign-in that is not built yet, and Direct Line tokens for a page that has one.
 */
export function addWebChat(
  server: restify.Server,
  options: {
    localMode: boolean;
    people: () => ChatPerson[];
    /** Channel mode with DIRECT_LINE_SECRET: tokens for a page of your own (with an Entra sign-in). */
    tokens?: Pick<DirectLineTokens, 'issue'>;
    log: Logger;
  },
): void {
  const files = new Map<string, Promise<Buffer>>();
  server.get('/', async (_req, res) => {
    const headers = {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    };
    res.writeHead(options.localMode ? 200 : 503, headers);
    res.end(options.localMode ? chatPage() : signInNeededPage());
  });
  for (const [route, { file, type }] of Object.entries(FILES))
    server.get(route, async (_req, res) => {
      if (!files.has(file)) files.set(file, readFile(file));
      const body = await files.get(file)!;
      res.writeHead(200, {
        'content-type': type,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      res.end(body);
    });
  server.get('/favicon.ico', async (_req, res) => {
    res.writeHead(204);
    res.end();
  });
  server.get('/webchat/people', async (_req, res) => {
    if (!options.localMode) {
      res.status(404);
      res.json({ error: 'Only in local mode.' });
    } else res.json(options.people());
  });
  // Channel mode: a token of Azure Bot Service's Direct Line for one conversation, bound to a user ID made here.
  // The bot trusts no identity a Direct Line client gives (it sees no one's sign-ins), so the token opens only what
  // anyone may ask: what an error code means.
  server.post('/api/directline/token', async (_req, res) => {
    if (options.localMode || !options.tokens) {
      res.status(options.localMode ? 404 : 503);
      res.json({
        error: options.localMode
          ? 'In local mode the page talks to the local Direct Line at /v3/directline; no token is needed.'
          : "Set DIRECT_LINE_SECRET (the Azure Bot's Direct Line channel) to get tokens here.",
      });
      return;
    }
    try {
      const { token, conversationId, expiresIn, userId } = await options.tokens.issue();
      res.json({ token, conversationId, expires_in: expiresIn, userId });
    } catch (error) {
      options.log.warn({ error: options.log.redact((error as Error).message) }, 'no Direct Line token');
      res.status(502);
      res.json({ error: 'Azure Bot Service did not give a Direct Line token.' });
    }
  });
}
