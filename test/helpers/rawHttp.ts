import net from 'node:net';

export interface RawExchange {
  /** Request line, then header lines; `host` and `connection: close` are added unless given or `asIs`. */
  head: string[];
  asIs?: true;
  /** Written one after another, as they are: whatever the head claims about them. */
  body?: (string | Buffer)[];
  /** After the body: wait for the answer (default), or leave, closing the connection at once. */
  then?: 'wait' | 'leave';
  deadlineMs?: number;
}

export interface RawAnswer {
  /** How it ended: an answer, the server closing without one, the client leaving, or the deadline passing. */
  outcome: 'answered' | 'closed' | 'left' | 'deadline';
  status?: number;
  headers: Record<string, string>;
  body: string;
  ms: number;
}

/** One HTTP/1.1 exchange over a bare socket, so a test can send what no well-behaved client would. */
export function rawExchange(port: number, exchange: RawExchange): Promise<RawAnswer> {
  const started = performance.now();
  const names = exchange.head.slice(1).map((line) => line.split(':')[0].trim().toLowerCase());
  const head = exchange.asIs
    ? exchange.head
    : [
        ...exchange.head,
        ...(names.includes('host') ? [] : [`host: 127.0.0.1:${port}`]),
        ...(names.includes('connection') ? [] : ['connection: close']),
      ];
  const noBody = /^HEAD /.test(exchange.head[0]);
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let settled = false;
    const settle = (outcome: RawAnswer['outcome']): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      socket.destroy();
      resolve({ outcome, ...parse(received, noBody), ms: performance.now() - started });
    };
    const deadline = setTimeout(() => settle('deadline'), exchange.deadlineMs ?? 2_000);
    socket.on('error', () => settle(parse(received, noBody).status ? 'answered' : 'closed'));
    socket.on('close', () => settle(parse(received, noBody).status ? 'answered' : 'closed'));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (parse(received, noBody).complete) settle('answered');
    });
    socket.on('connect', () => {
      socket.write(`${head.join('\r\n')}\r\n\r\n`);
      for (const part of exchange.body ?? []) socket.write(part);
      if (exchange.then === 'leave') settle('left');
    });
  });
}

/** The final (non-1xx) response in what arrived so far, and whether all of it did. */
function parse(
  received: Buffer,
  noBody: boolean,
): { status?: number; headers: Record<string, string>; body: string; complete: boolean } {
  let rest = received;
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) return { headers: {}, body: '', complete: false };
    const [statusLine, ...lines] = rest.subarray(0, end).toString('latin1').split('\r\n');
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
    const headers = Object.fromEntries(
      lines.map((line) => [
        line.slice(0, line.indexOf(':')).trim().toLowerCase(),
        line.slice(line.indexOf(':') + 1).trim(),
      ]),
    );
    const body = rest.subarray(end + 4);
    if (status >= 100 && status < 200) {
      rest = body;
      continue;
    }
    const length = noBody ? 0 : Number(headers['content-length'] ?? NaN);
    const complete = Number.isNaN(length) ? body.includes('0\r\n\r\n') : body.length >= length;
    return { status: status || undefined, headers, body: body.toString('utf8'), complete };
  }
}
