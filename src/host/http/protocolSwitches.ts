import { IncomingMessage } from 'node:http';
import { Duplex } from 'node:stream';
import restify from 'restify';

/**
 * CONNECT and Upgrade requests leave Node's HTTP handling, and restify answers neither: an Upgrade socket hung open
 * for good and a CONNECT was closed without a word. Both get a plain refusal here, then the connection closes.
 */
export function refuseProtocolSwitches(server: restify.Server): void {
  server.on(
    'upgrade',
    refusal('400 Bad Request', 'This bot does not switch protocols: send it without Upgrade.'),
  );
  server.server.on('connect', refusal('405 Method Not Allowed', 'CONNECT is not allowed here.'));
}

function refusal(status: string, reason: string): (request: IncomingMessage, socket: Duplex) => void {
  const body = JSON.stringify({ error: reason });
  const answer = [
    `HTTP/1.1 ${status}`,
    'content-type: application/json',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    '',
    body,
  ].join('\r\n');
  return (_request, socket) => {
    socket.on('error', () => socket.destroy());
    socket.end(answer);
  };
}
