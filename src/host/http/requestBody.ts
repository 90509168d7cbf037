import { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { Refusal } from './refusal';

export const MAX_BODY_BYTES = 256 * 1024;
export const BODY_DEADLINE_MS = 10_000;

/**
 * Refuses from the headers alone what the bot will not read: a compressed body, a type other than JSON, or a
 * declared size over the limit. Bot Framework channels post plain JSON (the SDKs' own readers do not inflate).
 */
export function checkBodyHeaders(headers: IncomingHttpHeaders, maxBytes = MAX_BODY_BYTES): void {
  const encoding = (headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity')
    throw new Refusal(
      415,
      'Compressed bodies are not accepted: send the activity as plain application/json.',
    );
  const type = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  // text/plain has been answered 400, a body that is no activity, since the first release.
  if (type === 'text/plain')
    throw new Refusal(400, 'The body must be a Bot Framework activity sent as application/json.');
  if (type !== 'application/json')
    throw new Refusal(415, 'Only application/json is accepted: send the activity as JSON.');
  if (Number(headers['content-length'] ?? 0) > maxBytes) throw tooLarge(maxBytes);
}

/** The body's bytes, refused past `maxBytes` (413) or when they take longer than `deadlineMs` to arrive (408). */
export function readBody(
  request: IncomingMessage,
  { maxBytes = MAX_BODY_BYTES, deadlineMs = BODY_DEADLINE_MS } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (): void => {
      clearTimeout(deadline);
      request.off('data', onData).off('end', onEnd).off('error', onGone).off('close', onGone);
    };
    // Refused: the rest of the body is read and dropped until the answer is out and the connection closes.
    const refuse = (refusal: Refusal): void => {
      stop();
      request.resume();
      reject(refusal);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else refuse(tooLarge(maxBytes));
    };
    const onEnd = (): void => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onGone = (): void => {
      stop();
      reject(new Refusal(400, 'The request ended before its body did.'));
    };
    const deadline = setTimeout(
      () =>
        refuse(new Refusal(408, `The body did not arrive within ${deadlineMs / 1000} s. Send it at once.`)),
      deadlineMs,
    );
    request.on('data', onData).on('end', onEnd).on('error', onGone).on('close', onGone);
  });
}

function tooLarge(maxBytes: number): Refusal {
  return new Refusal(413, `The body is over ${maxBytes / 1024} KB; no activity is that large.`);
}
