import { expect } from 'chai';
import path from 'node:path';
import { GraphClient } from '../../src/graph/graphClient';
import { GraphError } from '../../src/graph/graphError';
import { signInFilter } from '../../src/graph/graphSignInSource';
import { Directory } from '../../src/directory/directory';
import { readSignInFile } from '../../src/signins/signInFile';
import { textsFor } from '../../src/text/texts';
import { postActivity } from '../helpers/http';
import { FakeChannel } from '../helpers/fakeChannel';
import { freePort } from '../helpers/freePort';
import { FAKE_AUTHORITY, FAKE_CLIENT, FAKE_SECRET, FAKE_TENANT, FakeGraph } from '../helpers/fakeGraph';
import { listen, sampleTenantDir, startTestBot, TestBot } from '../helpers/fixture';

const MEGAN = {
  say: "why can't megan sign in to outlook yesterday?",
  found: 'Found 2 failed sign-ins of megan.bowen@contoso.com',
};

describe('sign-ins live from Microsoft Graph (a fake Graph on 127.0.0.1)', () => {
  let graph: FakeGraph;
  before(async () => {
    const dir = await sampleTenantDir();
    const { signIns } = await readSignInFile(path.join(dir, 'signins.json'));
    const { users } = await Directory.read(path.join(dir, 'directory.json'));
    graph = await new FakeGraph(signIns, users).start();
  });
  after(() => graph.stop());
  beforeEach(() => {
    graph.mode = 'ok';
    graph.pageSize = 1000;
    graph.requests.length = 0;
  });
  const started: TestBot[] = [];
  afterEach(async () => {
    for (const bot of started.splice(0)) await bot.close();
  });

  /** Graph's retry waits, as the bot's Graph clients asked for them (they wait no real time). */
  let waits: number[] = [];
  const botWith = async (secret = FAKE_SECRET, slowReplyMs?: number, version = 'beta'): Promise<TestBot> => {
    waits = [];
    const bot = await startTestBot(
      {
        GRAPH_TENANT_ID: FAKE_TENANT,
        GRAPH_CLIENT_ID: FAKE_CLIENT,
        GRAPH_CLIENT_SECRET: secret,
        GRAPH_BASE_URL: `${graph.url}/${version}`,
        GRAPH_AUTHORITY_HOST: FAKE_AUTHORITY,
        GRAPH_TIMEOUT_SECONDS: '2',
      },
      {
        graphCredential: { httpClient: graph.httpClient(), disableInstanceDiscovery: true },
        graphSleep: async (ms) => void waits.push(ms),
        ...(slowReplyMs ? { slowReplyMs, answerWithinMs: 2 * slowReplyMs } : {}),
      },
    );
    started.push(bot);
    return bot;
  };
  /** One conversation with the bot over its HTTP endpoint, as Hanna: each call is the next message. */
  const conversationWith = (bot: TestBot): ((text: string) => Promise<string>) => {
    const conversation = `graph-conversation-${Math.random()}`;
    return async (text) =>
      (
        await postActivity(await listen(bot), {
          id: `graph-${Math.random()}`,
          text,
          from: { id: 'hanna.hoek@contoso.com', name: 'Hanna' },
          conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: 'graph' },
        })
      ).texts.join('\n\n');
  };
  /** Over the bot's real HTTP endpoint, so failures reach the adapter's turn error handler as in production. */
  const ask = async (bot: TestBot, say: string): Promise<string> => {
    const reply = await postActivity(await listen(bot), {
      id: `graph-${Math.random()}`,
      text: say,
      from: { id: 'hanna.hoek@contoso.com', name: 'Hanna' },
      conversation: {
        id: `graph-${Math.random()}`,
        isGroup: false,
        conversationType: 'personal',
        name: 'graph',
      },
    });
    return reply.texts.join('\n\n');
  };

  it('answers the troubleshooting question from Graph in one request for the window', async () => {
    const bot = await botWith();
    const reply = await ask(bot, MEGAN.say);
    expect(reply).to.include(MEGAN.found);
    expect(reply).to.include('2 × 53003');
    const filters = graph.requests
      .filter((line) => line.startsWith('GET /beta/auditLogs/signIns'))
      .map((line) => new URL(`http://x${line.slice(4)}`).searchParams.get('$filter')!);
    // One request for her window and the days around it: the app is picked from it, not filtered by Graph.
    const filter = filters.find((text) => text.includes('createdDateTime le'))!;
    expect(filter).to.match(
      /^userId eq '[0-9a-f-]{36}' and createdDateTime ge \S+Z and createdDateTime le \S+Z$/,
    );
    // The app was named: no list of her apps first. One request in all, a whole page, only the fields answers use.
    expect(filters).to.have.length(1);
    const query = new URL(
      `http://x${graph.requests.find((line) => line.startsWith('GET /beta/auditLogs/signIns'))!.slice(4)}`,
    ).searchParams;
    expect(query.get('$top')).to.equal('1000');
    expect(query.get('$select')!.split(',')).to.include.members([
      'status',
      'authenticationDetails',
      'deviceDetail',
    ]);
    expect(
      graph.requests.some((line) =>
        line.startsWith('POST /11111111-2222-4333-8444-555555555555/oauth2/v2.0/token'),
      ),
    ).to.equal(true);
  });

  it('asks v1.0 only for the fields it has, and says MFA is not in its log rather than "not required"', async () => {
    const bot = await botWith(FAKE_SECRET, undefined, 'v1.0');
    const say = conversationWith(bot);
    expect(await say(MEGAN.say)).to.include(MEGAN.found);
    const details = await say('details');
    expect(details).to.include('**MFA:** not in the log');
    expect(details).to.not.include('not required');
    const select = graph.requests
      .filter((line) => line.startsWith('GET /v1.0/auditLogs/signIns'))
      .map((line) => new URL(`http://x${line.slice(4)}`).searchParams.get('$select')!);
    expect(select).to.have.length(1);
    expect(select[0].split(',')).to.not.include('authenticationDetails');
  });

  it("knows the tenant's own apps from its service principals", async () => {
    const bot = await botWith();
    const reply = await ask(bot, 'why did adele fail to sign in to contoso expenses last week?');
    expect(reply).to.not.match(/don't know an app|Which app/);
    expect(reply).to.include('Contoso Expenses');
    expect(graph.requests.some((line) => line.startsWith('GET /beta/servicePrincipals'))).to.equal(true);
  });

  it("understands an app it offered when it is picked, though the tenant's app list does not know it", async () => {
    const bot = await botWith();
    const say = conversationWith(bot);
    // In Graph mode the sample's own "Contoso Expenses" is in no app list: only in Adele's sign-ins.
    expect(await say('why did adele fail to sign in last week?')).to.include('Contoso Expenses');
    const answer = await say('Contoso Expenses');
    expect(answer).to.not.include("don't know an app");
    expect(answer).to.match(/When did it happen|to Contoso Expenses/);
  });

  it('answers questions across people from Graph: counts by code and one address, filtered by Graph', async () => {
    const bot = await botWith();
    expect(await ask(bot, 'how many people got 50126 last week?')).to.match(
      /\*\*50126 between .*\d+ failures of \d+ people/,
    );
    expect(await ask(bot, 'sign-ins from IP 185.220.101.77 last week')).to.include('50126 × 8');
    const filters = graph.requests
      .filter((line) => line.startsWith('GET /beta/auditLogs/signIns'))
      .map((line) => new URL(`http://x${line.slice(4)}`).searchParams.get('$filter')!);
    expect(
      filters.some((filter) =>
        /^createdDateTime ge \S+ and createdDateTime le \S+ and status\/errorCode eq 50126$/.test(filter),
      ),
    ).to.equal(true);
    expect(
      filters.some((filter) => /^ipAddress eq '185\.220\.101\.77' and createdDateTime ge /.test(filter)),
    ).to.equal(true);
  });

  it('opens the record again for "details" and "more" without asking Graph again', async () => {
    const bot = await botWith();
    const base = await listen(bot);
    const conversation = { id: 'graph-details', isGroup: false, conversationType: 'personal', name: 'graph' };
    const say = async (text: string): Promise<string> =>
      (
        await postActivity(base, {
          id: `graph-details-${text}`,
          text,
          from: { id: 'hanna.hoek@contoso.com', name: 'Hanna' },
          conversation,
        })
      ).texts.join('\n\n');
    const signInLists = (): number =>
      graph.requests.filter((line) => line.startsWith('GET /beta/auditLogs/signIns')).length;
    expect(await say(MEGAN.say)).to.include(MEGAN.found);
    const before = signInLists();
    expect(await say('details')).to.include('**Error code:** 53003');
    expect(await say('more')).to.include('Earlier failures');
    expect(signInLists()).to.equal(before);
  });

  it('follows @odata.nextLink across pages', async () => {
    graph.pageSize = 1;
    const bot = await botWith();
    expect(await ask(bot, MEGAN.say)).to.include(MEGAN.found);
    expect(
      graph.requests.filter((line) => decodeURIComponent(line).includes('$skiptoken')).length,
    ).to.be.at.least(2);
  });

  it('waits out a 429 with Retry-After and then answers', async () => {
    graph.mode = 'throttleOnce';
    const bot = await botWith();
    expect(await ask(bot, MEGAN.say)).to.include(MEGAN.found);
    // Retry-After: 1, and up to a second of jitter so that requests told the same time do not collide again.
    expect(waits).to.have.length(1);
    expect(waits[0]).to.be.within(1000, 2000);
  });

  const LATER: [locale: 'en-US' | 'nl-NL', question: string][] = [
    ['en-US', 'why did jane fail to sign in to teams yesterday?'],
    ['nl-NL', 'waarom lukte het aanmelden van jane bij teams gisteren niet?'],
  ];
  for (const [locale, question] of LATER)
    it(`tells a ${locale} user in a later message, in their language, when a slow Graph then refuses`, async () => {
      graph.mode = 'slowNoPermission';
      const channel = await new FakeChannel().start();
      const bot = await botWith(FAKE_SECRET, 100);
      const base = await listen(bot);
      try {
        await postActivity(base, {
          id: `slow-refused-${locale}`,
          text: question,
          locale,
          from: { id: 'hanna.hoek@contoso.com', name: 'Hanna' },
          conversation: { id: 'slow-refused', isGroup: false, conversationType: 'personal', name: 'slow' },
          deliveryMode: 'normal',
          serviceUrl: channel.url,
        });
        const texts = textsFor(locale);
        await channel.waitFor(texts.lookingItUp);
        graph.answerHeld();
        await channel.waitFor(texts.graphProblem.permission);
        // The reason in plain words, with a reference the admin finds in the log.
        expect(channel.texts()).to.have.length(2);
        expect(channel.texts()[0]).to.equal(texts.lookingItUp);
        expect(channel.texts()[1]).to.match(/\(ref [0-9a-f]{8}\)$/);
      } finally {
        await bot.close();
        await channel.stop();
      }
    });

  const PROBLEMS: [mode: FakeGraph['mode'] | 'wrongSecret', reply: string][] = [
    ['noPermission', 'grant it AuditLog.Read.All and Directory.Read.All'],
    ['noPremium', 'that needs Microsoft Entra ID P1 or P2'],
    ['wrongSecret', "the bot's client secret or certificate was refused"],
    // A server error is not "did not answer in time" (it did answer).
    ['serverError', 'Microsoft Graph answered with a server error'],
  ];
  for (const [mode, reply] of PROBLEMS) {
    it(`explains ${mode} to the chat user instead of failing silently`, async () => {
      if (mode !== 'wrongSecret') graph.mode = mode;
      const bot = await botWith(mode === 'wrongSecret' ? 'a-wrong-secret' : FAKE_SECRET);
      expect(await ask(bot, MEGAN.say)).to.include(reply);
    });
  }
});

describe('GraphClient', () => {
  let graph: FakeGraph;
  before(async () => {
    graph = await new FakeGraph([]).start();
  });
  after(() => graph.stop());

  const client = (waits: number[], timeoutMs = 2000): GraphClient =>
    new GraphClient({
      baseUrl: `${graph.url}/beta`,
      token: async () => 'fake-graph-token',
      timeoutMs,
      maxRetries: 2,
      random: () => 0.5,
      sleep: async (ms) => void waits.push(ms),
    });

  it('honours Retry-After, then gives up after the bounded retries with a throttling error', async () => {
    graph.mode = 'throttleAlways';
    const waits: number[] = [];
    const error = await client(waits)
      .list('/auditLogs/signIns?$top=5', 10)
      .catch((failure: GraphError) => failure);
    expect(error).to.be.instanceOf(GraphError);
    expect((error as GraphError).problem).to.equal('throttled');
    expect(waits).to.deep.equal([1500, 1500]);
  });

  it('stops waiting for a Graph that does not answer, and says it is unavailable', async () => {
    graph.mode = 'silent';
    const waits: number[] = [];
    const error = await client(waits, 200)
      .list('/auditLogs/signIns?$top=5', 10)
      .catch((failure: GraphError) => failure);
    expect((error as GraphError).problem).to.equal('unavailable');
    expect((error as GraphError).message).to.include('no answer within 200 ms');
    expect(waits).to.have.length(2);
  });

  it("tells the admin's log when Graph refuses a request (400), and calls it rejected, not unavailable", async () => {
    graph.mode = 'ok';
    const refused: { status: number; code: string; path: string }[] = [];
    const strict = new GraphClient({
      baseUrl: `${graph.url}/beta`,
      token: async () => 'fake-graph-token',
      timeoutMs: 2000,
      onRefused: (info) => void refused.push(info),
    });
    // `ne` on status/errorCode is not in Graph's documented filters: the fake answers 400 as Graph would.
    const error = await strict
      .list(`/auditLogs/signIns?$filter=${encodeURIComponent('status/errorCode ne 0')}`, 10)
      .catch((failure: GraphError) => failure);
    expect((error as GraphError).problem).to.equal('rejected');
    expect(refused).to.deep.equal([{ status: 400, code: 'BadRequest', path: '/beta/auditLogs/signIns' }]);
  });

  it('says Graph is unavailable when nothing listens', async () => {
    const waits: number[] = [];
    const closed = new GraphClient({
      baseUrl: `http://127.0.0.1:${await freePort()}/beta`,
      token: async () => 't',
      timeoutMs: 500,
      maxRetries: 1,
      sleep: async (ms) => void waits.push(ms),
    });
    const error = await closed.list('/auditLogs/signIns', 1).catch((failure: GraphError) => failure);
    expect((error as GraphError).problem).to.equal('unavailable');
    expect((error as GraphError).message).to.include('ECONNREFUSED');
  });
});

describe('signInFilter', () => {
  const USER = '0f1e2d3c-4b5a-4987-8654-3210fedcba98';
  const APP = '00000002-0000-0ff1-ce00-000000000000';
  const CASES: [name: string, query: Parameters<typeof signInFilter>[0], filter: string][] = [
    ['a request ID', { requestId: USER }, `id eq '${USER}'`],
    [
      'user, app, day and failures',
      {
        userId: USER,
        appId: APP,
        from: new Date('2026-11-22T00:00:00Z'),
        to: new Date('2026-11-22T23:59:59.999Z'),
        status: 'failure',
      },
      `userId eq '${USER}' and (appId eq '${APP}' or resourceId eq '${APP}') and createdDateTime ge 2026-11-22T00:00:00.000Z and createdDateTime le 2026-11-22T23:59:59.999Z`,
    ],
    [
      'one error code around a time (an incident)',
      { from: new Date('2026-11-22T08:00:00Z'), errorCode: 50126 },
      `createdDateTime ge 2026-11-22T08:00:00.000Z and status/errorCode eq 50126`,
    ],
  ];
  for (const [name, query, filter] of CASES) {
    it(`filters on ${name}`, () => expect(signInFilter(query)).to.equal(filter));
  }

  const REFUSED: [name: string, query: Parameters<typeof signInFilter>[0]][] = [
    ['a user ID with a quote in it', { userId: "x' or userId ne '" }],
    ['an app that is not a GUID', { appId: 'outlook' }],
    ['no filter at all', {}],
  ];
  for (const [name, query] of REFUSED) {
    it(`refuses ${name}`, () => expect(() => signInFilter(query)).to.throw(/\[graph\]/));
  }
});
