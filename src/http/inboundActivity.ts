import { Activity } from 'botbuilder';
import { IncomingMessage } from 'node:http';
import { checkActivity } from './activitySchema';
import { checkBearer } from './bearer';
import { parseJson } from './jsonBody';
import { BODY_DEADLINE_MS, checkBodyHeaders, MAX_BODY_BYTES, readBody } from './requestBody';

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
  return checkActivity(parseJson(body));
}
