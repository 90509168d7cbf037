import { Writable } from 'node:stream';
import pino from 'pino';

/** A real pino logger whose lines the test can read. */
export function capturedLog(): { lines: string[]; logger: pino.Logger } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: pino({ level: 'info' }, sink) };
}
