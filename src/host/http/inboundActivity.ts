import { Activity } from 'botbuilder';
import { IncomingMessage } from 'node:http';
import { checkActivity } from './activitySchema';
import { checkBearer } from './bearer';
import { parseJson } from './jsonBody';
import { Refusal } from './refusal';
import { BODY_DEADLINE_MS, checkBodyHeaders, MAX_BODY_BYTES, readBody } from './requestBody';
import { isLoopbackUrl } from './serviceUrl';

export interface InboundRules {
  /** No app ID: there is no token to check. */
  localMode: boolean;
  maxBytes?: number;
  /** How long the body may take to arrive. */
  deadlineMs?: number;
}

/**
 * What a POST to /api/messages carries, checked cheapest first and the headers before a byte of the body is read.
 * Throws a Refusal; the adapter still verifies the token itself.
 */
export async function receiveActivity(request: IncomingMessage, rules: InboundRules): Promise<Activity> {
  const maxBytes = rules.maxBytes ?? MAX_BODY_BYTES;
  if (!rules.localMode) checkBearer(request.headers.authorization);
  checkBodyHeaders(request.headers, maxBytes);
  const body = await readBody(request, { maxBytes, deadlineMs: rules.deadlineMs ?? BODY_DEADLINE_MS });
  const activity = checkActivity(parseJson(body));
  // Without a token nothing vouches for the serviceUrl, and the bot would post its replies wherever it points.
  if (rules.localMode && !isLoopbackUrl(activity.serviceUrl))
    throw new Refusal(
      400,
      'In local mode the bot only replies to a serviceUrl on this machine (http://127.0.0.1, localhost or [::1]). ' +
        'Point serviceUrl there, or set MicrosoftAppId to take activities from a Bot Framework channel.',
    );
  return activity;
}
