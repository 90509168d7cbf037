import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import { activityJson, gzipBomb } from '../../helpers/hostile';
import { RawExchange } from '../../helpers/rawHttp';

/** A status the caller must get, or 'left': the client went away, and only the bot's health is checked. */
export type Expected = number | 'left';

export interface Hostile {
  name: string;
  /** The exchange; `auth` holds an Authorization header line in channel mode with a token, else nothing. */
  exchange: (auth: string[]) => RawExchange;
  /** In local mode, and in channel mode with a valid token unless `withToken` says otherwise. */
  status: Expected;
  withToken?: Expected;
  /** Answered by Node or the router before the route, so without a token too: not 401. */
  beforeRoute?: true;
}

const POST = 'POST /api/messages HTTP/1.1';
const JSON_TYPE = 'content-type: application/json';
const ACTIVITY = activityJson();
const MIB = 2 ** 20;

/** A POST to /api/messages with a body and its length, as a well-behaved client would send it. */
function post(body: string | Buffer, headers: string[] = [JSON_TYPE]): (auth: string[]) => RawExchange {
  return (auth) => ({
    head: [POST, ...headers, `content-length: ${Buffer.byteLength(body)}`, ...auth],
    body: [body],
  });
}

const ENCODERS: [encoding: string, encode: (data: Buffer) => Buffer, bomb: () => Buffer][] = [
  ['gzip', (data) => gzipSync(data), () => gzipBomb(200)],
  ['deflate', (data) => deflateSync(data), () => deflateSync(Buffer.alloc(16 * MIB))],
  [
    'br',
    (data) => brotliCompressSync(data),
    () => brotliCompressSync(Buffer.alloc(16 * MIB), { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  ],
];

function encodings(): Hostile[] {
  const cases: Hostile[] = [];
  for (const [encoding, encode, bomb] of ENCODERS) {
    const valid = encode(Buffer.from(ACTIVITY));
    const variants: [string, Buffer, string][] = [
      ['a valid activity', valid, encoding],
      ['a stream cut in half', valid.subarray(0, valid.length / 2), encoding],
      ['one byte', Buffer.from('x'), encoding],
      ['garbage', Buffer.from('not compressed at all'), encoding],
      ['a bomb', bomb(), encoding],
      ['a body encoded twice', encode(valid), `${encoding}, ${encoding}`],
      ['a plain JSON body under its name', Buffer.from(ACTIVITY), encoding],
      ['a valid activity, the encoding in capitals', valid, encoding.toUpperCase()],
    ];
    for (const [what, body, header] of variants)
      cases.push({
        name: `${encoding}: ${what}`,
        exchange: post(body, [JSON_TYPE, `content-encoding: ${header}`]),
        status: 415,
      });
  }
  cases.push(
    {
      name: 'content-encoding identity on a plain activity',
      exchange: post(ACTIVITY, [JSON_TYPE, 'content-encoding: identity']),
      status: 200,
    },
    {
      name: 'content-encoding identity, then gzip',
      exchange: post(gzipSync(ACTIVITY), [JSON_TYPE, 'content-encoding: identity, gzip']),
      status: 415,
    },
    {
      name: 'content-encoding zstd',
      exchange: post('x', [JSON_TYPE, 'content-encoding: zstd']),
      status: 415,
    },
    {
      name: 'content-encoding compress',
      exchange: post('x', [JSON_TYPE, 'content-encoding: compress']),
      status: 415,
    },
    {
      name: 'an empty content-encoding',
      exchange: post(ACTIVITY, [JSON_TYPE, 'content-encoding:']),
      status: 415,
    },
  );
  return cases;
}

const OVER = Buffer.alloc(300 * 1024, ' ');
const chunk = (data: string | Buffer): (string | Buffer)[] => [
  `${Buffer.byteLength(data).toString(16)}\r\n`,
  data,
  '\r\n',
];

function sizesAndTiming(): Hostile[] {
  const chunked = (body: (string | Buffer)[]) => (auth: string[]) => ({
    head: [POST, JSON_TYPE, 'transfer-encoding: chunked', ...auth],
    body,
  });
  return [
    { name: 'a 300 KB body with content-length', exchange: post(OVER), status: 413 },
    { name: 'a 300 KB body, chunked', exchange: chunked([...chunk(OVER), '0\r\n\r\n']), status: 413 },
    { name: 'a 300 KB chunk that never ends', exchange: chunked(chunk(OVER)), status: 413 },
    {
      name: '3,000 chunks of 100 bytes',
      exchange: chunked([...Array.from({ length: 3000 }, () => chunk(' '.repeat(100))).flat(), '0\r\n\r\n']),
      status: 413,
    },
    {
      name: 'a content-length of 2 GB',
      exchange: (auth) => ({ head: [POST, JSON_TYPE, 'content-length: 2147483648', ...auth], body: ['{'] }),
      status: 413,
    },
    {
      name: 'an activity, chunked',
      exchange: chunked([...chunk(ACTIVITY.slice(0, 50)), ...chunk(ACTIVITY.slice(50)), '0\r\n\r\n']),
      status: 200,
    },
    { name: 'invalid JSON, chunked', exchange: chunked([...chunk('{"type":'), '0\r\n\r\n']), status: 400 },
    {
      name: 'a content-length that is too small',
      exchange: (auth) => ({ head: [POST, JSON_TYPE, 'content-length: 10', ...auth], body: [ACTIVITY] }),
      status: 400,
    },
    {
      name: 'a content-length that is too large',
      exchange: (auth) => ({ head: [POST, JSON_TYPE, 'content-length: 5000', ...auth], body: [ACTIVITY] }),
      status: 408,
    },
    {
      name: 'half a body, then nothing',
      exchange: (auth) => ({
        head: [POST, JSON_TYPE, `content-length: ${ACTIVITY.length}`, ...auth],
        body: [ACTIVITY.slice(0, 100)],
      }),
      status: 408,
    },
    {
      name: 'half a chunked body, then nothing',
      exchange: chunked(chunk(ACTIVITY.slice(0, 100))),
      status: 408,
    },
    {
      name: 'half a body, then the client leaves',
      exchange: (auth) => ({
        head: [POST, JSON_TYPE, `content-length: ${ACTIVITY.length}`, ...auth],
        body: [ACTIVITY.slice(0, 100)],
        then: 'leave',
      }),
      status: 'left',
    },
    {
      name: 'the headers, then the client leaves',
      exchange: (auth) => ({ head: [POST, JSON_TYPE, 'content-length: 100', ...auth], then: 'leave' }),
      status: 'left',
    },
    {
      name: 'half a header block, then the client leaves',
      exchange: () => ({ head: [POST, 'content-ty'], then: 'leave' }),
      status: 'left',
      beforeRoute: true,
    },
    {
      name: 'expect 100-continue and no body',
      exchange: (auth) => ({
        head: [POST, JSON_TYPE, 'content-length: 50', 'expect: 100-continue', ...auth],
      }),
      status: 408,
    },
    {
      name: 'expect 100-continue and an activity',
      exchange: post(ACTIVITY, [JSON_TYPE, 'expect: 100-continue']),
      status: 200,
    },
    { name: 'an empty body', exchange: post(''), status: 400 },
    {
      name: 'no body and no length',
      exchange: (auth) => ({ head: [POST, JSON_TYPE, ...auth] }),
      status: 400,
    },
    {
      name: 'both content-length and chunked',
      exchange: (auth) => ({
        head: [POST, JSON_TYPE, 'content-length: 5', 'transfer-encoding: chunked', ...auth],
        body: ['5\r\nhello\r\n0\r\n\r\n'],
      }),
      status: 400,
      beforeRoute: true,
    },
    {
      // Node's parser reads the whole packet at once and answers before the route can.
      name: 'a chunk size that is not hex',
      exchange: (auth) => ({
        head: [POST, JSON_TYPE, 'transfer-encoding: chunked', ...auth],
        body: ['zz\r\nhello\r\n0\r\n\r\n'],
      }),
      status: 400,
      beforeRoute: true,
    },
    {
      name: 'a content-length that is not a number',
      exchange: (auth) => ({ head: [POST, JSON_TYPE, 'content-length: abc', ...auth], body: ['{}'] }),
      status: 400,
      beforeRoute: true,
    },
    {
      name: 'a negative content-length',
      exchange: (auth) => ({ head: [POST, JSON_TYPE, 'content-length: -1', ...auth], body: ['{}'] }),
      status: 400,
      beforeRoute: true,
    },
  ];
}

function headersMethodsAndPaths(): Hostile[] {
  const bare = (head: string[], status: number): Hostile => ({
    name: head[0].length > 60 ? `${head[0].slice(0, 40)}… (${head[0].length} characters)` : head[0],
    exchange: () => ({ head }),
    status,
    beforeRoute: true,
  });
  return [
    {
      name: 'a 20 KB header',
      exchange: post(ACTIVITY, [JSON_TYPE, `x-padding: ${'a'.repeat(20_000)}`]),
      status: 431,
      beforeRoute: true,
    },
    {
      // Node keeps the first 2,000 header lines (both halves of each pair count), so it misses the host header.
      name: '1,000 headers before the host',
      exchange: post(ACTIVITY, [JSON_TYPE, ...Array.from({ length: 1000 }, (_, n) => `x-h${n}: ${n}`)]),
      status: 400,
      beforeRoute: true,
    },
    {
      name: '2,000 headers',
      exchange: post(ACTIVITY, [JSON_TYPE, ...Array.from({ length: 2000 }, (_, n) => `x-h${n}: ${n}`)]),
      status: 431,
      beforeRoute: true,
    },
    {
      name: 'a 20 KB authorization header',
      exchange: post(ACTIVITY, [JSON_TYPE, `authorization: Bearer ${'a'.repeat(20_000)}`]),
      status: 431,
      beforeRoute: true,
    },
    {
      name: 'a header with a NUL byte',
      exchange: post(ACTIVITY, [JSON_TYPE, 'x-bad: a\u0000b']),
      status: 400,
      beforeRoute: true,
    },
    {
      name: 'no host header',
      exchange: () => ({ head: [POST, JSON_TYPE, 'content-length: 2'], body: ['{}'], asIs: true }),
      status: 400,
      beforeRoute: true,
    },
    ...['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'GET'].map((method) =>
      bare([`${method} /api/messages HTTP/1.1`], 405),
    ),
    bare(['HEAD /api/messages HTTP/1.1'], 405),
    bare(['CONNECT /api/messages HTTP/1.1'], 405),
    bare(['CONNECT 127.0.0.1:22 HTTP/1.1'], 405),
    bare(['BREW /api/messages HTTP/1.1'], 400),
    bare(['POST /api/message HTTP/1.1', 'content-length: 0'], 404),
    bare(['POST /API/MESSAGES HTTP/1.1', 'content-length: 0'], 404),
    bare(['POST /api/messages/extra HTTP/1.1', 'content-length: 0'], 404),
    bare(['POST /api/messages/..%2f..%2fhealthz HTTP/1.1', 'content-length: 0'], 404),
    bare(['POST //api//messages HTTP/1.1', 'content-length: 0'], 404),
    bare(['POST /api/messages%00 HTTP/1.1', 'content-length: 0'], 404),
    bare(['POST /%ff%fe HTTP/1.1', 'content-length: 0'], 404),
    bare(['GET /../../../etc/passwd HTTP/1.1'], 404),
    bare([`GET /${'a'.repeat(20_000)} HTTP/1.1`], 431),
    // restify reads "*" as "/", where only the chat page (GET) lives.
    bare(['POST * HTTP/1.1', 'content-length: 0'], 405),
    bare(['GET /healthz HTTP/9.9'], 400),
    bare(['PRI * HTTP/2.0'], 400),
    bare(['HELLO'], 400),
    {
      name: 'an upgrade to websocket',
      exchange: post(ACTIVITY, [JSON_TYPE, 'connection: upgrade', 'upgrade: websocket']),
      status: 400,
      beforeRoute: true,
    },
    bare(['GET /healthz HTTP/1.1', 'connection: upgrade', 'upgrade: h2c'], 400),
    {
      name: 'a query string on the route',
      exchange: (auth) => ({
        head: [
          'POST /api/messages?__proto__[x]=1&a=b HTTP/1.1',
          JSON_TYPE,
          `content-length: ${ACTIVITY.length}`,
          ...auth,
        ],
        body: [ACTIVITY],
      }),
      status: 200,
    },
  ];
}

function contentTypes(): Hostile[] {
  const typed = (type: string | undefined, body: string | Buffer, status: number): Hostile => ({
    name: `content-type ${type ?? '(none)'}`,
    exchange: post(body, type === undefined ? [] : [`content-type: ${type}`]),
    status,
  });
  return [
    typed('application/x-www-form-urlencoded', 'type=message&from[id]=a&conversation[id]=c', 415),
    typed('multipart/form-data; boundary=x', '--x\r\n\r\n{}\r\n--x--', 415),
    typed('text/plain', ACTIVITY, 400),
    typed(undefined, ACTIVITY, 415),
    typed('application/xml', '<a/>', 415),
    typed('application/json, text/plain', ACTIVITY, 415),
    typed('application/jsonx', ACTIVITY, 415),
    typed('application/json; charset=utf-16', Buffer.from(ACTIVITY, 'utf16le'), 400),
    typed('', ACTIVITY, 415),
  ];
}

function jsonBodies(): Hostile[] {
  const json = (name: string, body: string | Buffer, status: number): Hostile => ({
    name,
    exchange: post(body),
    status,
  });
  const inside = (field: string, value: string) => `${ACTIVITY.slice(0, -1)},"${field}":${value}}`;
  return [
    json('invalid JSON', '{"type": "message",', 400),
    json('JSON with trailing garbage', `${ACTIVITY}garbage`, 400),
    json('single-quoted JSON', "{'type': 'message'}", 400),
    json('JSON with a comment', `/* hi */${ACTIVITY}`, 400),
    json('NaN', 'NaN', 400),
    json('only whitespace', '   \r\n\t ', 400),
    json('a JSON string', '"message"', 400),
    json('a JSON number', '42', 400),
    json('true', 'true', 400),
    json('100,000 nested arrays', '['.repeat(100_000) + ']'.repeat(100_000), 400),
    json(
      '100,000 nested arrays as the value',
      inside('value', '['.repeat(100_000) + ']'.repeat(100_000)),
      400,
    ),
    json(
      '20,000 nested objects as channel data',
      inside('channelData', '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000)),
      400,
    ),
    json('a __proto__ key', `{"__proto__": {"polluted": true}, ${ACTIVITY.slice(1)}`, 400),
    json('a __proto__ key in the value', inside('value', '{"a": {"__proto__": {"polluted": true}}}'), 400),
    json('an escaped __proto__ key', inside('value', '{"\\u005f_proto__": {"polluted": true}}'), 400),
    json(
      'a constructor.prototype key',
      inside('value', '{"constructor": {"prototype": {"polluted": true}}}'),
      200,
    ),
    json(
      'bytes that are not UTF-8',
      Buffer.concat([Buffer.from('{"type": "'), Buffer.from([0xff, 0xfe, 0xc0, 0x80]), Buffer.from('"}')]),
      400,
    ),
    json('a byte-order mark before invalid JSON', '\ufeff{"type":', 400),
    json('duplicate keys, the last one a number', `${ACTIVITY.slice(0, -1)},"type":5}`, 400),
    json(
      'text with lone surrogates and control characters',
      activityJson({ text: '\ud800\u0000\u202e\u200b 50126 💥' }),
      200,
    ),
    json('a number too large for a double', inside('value', '1e999999'), 200),
    json(
      '50,000 keys in channel data',
      inside('channelData', `{${Array.from({ length: 50_000 }, (_, n) => `"k${n}":0`).join(',')}}`),
      413,
    ),
    json(
      '20,000 keys in channel data',
      inside('channelData', `{${Array.from({ length: 20_000 }, (_, n) => `"k${n}":0`).join(',')}}`),
      200,
    ),
  ];
}

/** The shapes of finding 4 and the local serviceUrl rule: refused with 400 before the bot runs. */
function activities(): Hostile[] {
  const shaped = (name: string, patch: Record<string, unknown>, withToken?: number): Hostile => ({
    name,
    exchange: post(activityJson(patch)),
    status: 400,
    ...(withToken ? { withToken } : {}),
  });
  return [
    shaped('an activity whose text is a number', { text: 50126 }),
    shaped('an activity whose text is an object', { text: { a: 1 } }),
    shaped('an activity whose text is an array', { text: ['a'] }),
    shaped('an activity without a recipient', { recipient: undefined }),
    shaped('an activity without a channelId', { channelId: undefined }),
    shaped('an activity with a null mention entity', { entities: [null] }),
    shaped('an activity whose entities are not an array', { entities: 'mention' }),
    shaped('an activity without a type', { type: undefined }),
    shaped('an activity whose type is empty', { type: '' }),
    shaped('an activity whose from is a string', { from: 'hanna' }),
    shaped('an activity whose conversation id is a number', { conversation: { id: 1 } }),
    shaped('an activity whose serviceUrl is a number', { serviceUrl: 1 }),
    shaped('an activity whose deliveryMode is unknown', { deliveryMode: 'carrier pigeon' }),
    shaped('an activity with a member added that is null', {
      type: 'conversationUpdate',
      membersAdded: [null],
    }),
    shaped('an activity whose serviceUrl is elsewhere', { serviceUrl: 'https://smba.example/emea/' }, 401),
    shaped('an activity whose serviceUrl is a private address', { serviceUrl: 'http://192.0.2.1/' }, 401),
  ];
}

/** Every hostile request, grouped by what it attacks. */
export function hostileRequests(): Hostile[] {
  return [
    ...encodings(),
    ...sizesAndTiming(),
    ...headersMethodsAndPaths(),
    ...contentTypes(),
    ...jsonBodies(),
    ...activities(),
  ];
}
