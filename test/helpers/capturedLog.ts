import { Writable } from 'node:stream';
import { createLogger, Logger } from '../../src/host/log';

/** A real pino logger whose lines the test can read. */
export function capturedLog(): { lines: string[]; logger: Logger } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger('info', { destination: sink }) };
}

/** The log's messages, one a line, as a reader of the log sees them (quotes not escaped). */
export function messagesOf(lines: string[]): string {
  return lines.map((line) => (JSON.parse(line) as { msg: string }).msg).join('\n');
}
