import { expect } from 'chai';
import path from 'node:path';
import { Directory } from '../../src/directory/directory';
import { DirectoryUser } from '../../src/directory/directoryUser';
import { readSignInFile } from '../../src/signins/signInFile';
import { FakeGraph } from '../helpers/fakeGraph';
import { listen, sampleTenantDir, startTestBot, TestBot } from '../helpers/fixture';
import { postActivity } from '../helpers/http';

const REFUSAL = 'I can only show you your own sign-ins.';
const HELPDESK_GROUP = 'abcdef01-2345-4678-9abc-def012345678';
const ADELE = 'adele.vance@contoso.com';

/** Who Adele is made to be in the (fake) directory, and whether that makes her staff. */
const CALLERS: { name: string; roles?: string[]; group?: boolean; named?: boolean; staff: boolean }[] = [
  { name: 'Global Administrator', roles: ['Global Administrator'], staff: true },
  { name: 'Security Administrator', roles: ['Security Administrator'], staff: true },
  { name: 'Security Reader', roles: ['Security Reader'], staff: true },
  { name: 'Global Reader', roles: ['Global Reader'], staff: true },
  { name: 'Reports Reader', roles: ['Reports Reader'], staff: true },
  { name: 'Helpdesk Administrator', roles: ['Helpdesk Administrator'], staff: true },
  { name: 'a member of HELPDESK_GROUP_ID', group: true, staff: true },
  { name: 'named in HELPDESK_STAFF', named: true, staff: true },
  { name: 'a user with no role', staff: false },
];

/** Whose sign-ins are asked for: Adele's own, a colleague's, and someone who does not exist. */
const TARGETS = [
  { name: 'own', say: "why can't I sign in to outlook yesterday?" },
  { name: 'other', say: "why can't megan sign in to outlook yesterday?" },
  { name: 'unknown', say: "why can't zorro sign in to outlook yesterday?" },
];

describe('who may read whose sign-ins (roles and groups from a fake Microsoft Graph)', () => {
  let graph: FakeGraph;
  let users: DirectoryUser[];
  let adele: DirectoryUser;
  before(async () => {
    const dir = await sampleTenantDir();
    const { signIns } = await readSignInFile(path.join(dir, 'signins.json'));
    users = (await Directory.read(path.join(dir, 'directory.json'))).users.map((user) => ({ ...user }));
    adele = users.find((user) => user.userPrincipalName === ADELE)!;
    graph = await new FakeGraph(signIns, users).start();
  });
  after(() => graph.stop());
  const started: TestBot[] = [];
  afterEach(async () => {
    adele.roles = [];
    graph.groups.clear();
    graph.directoryDown = false;
    for (const bot of started.splice(0)) await bot.close();
  });

  const botWith = async (env: NodeJS.ProcessEnv = {}): Promise<TestBot> => {
    const bot = await startTestBot(
      {
        ...graph.env(),
        GRAPH_TIMEOUT_SECONDS: '2',
        HELPDESK_GROUP_ID: HELPDESK_GROUP,
        ...env,
      },
      {
        graphCredential: { httpClient: graph.httpClient(), disableInstanceDiscovery: true },
        // A retry after the directory's 503 waits no real time.
        graphSleep: async () => undefined,
      },
    );
    started.push(bot);
    return bot;
  };

  /** Asks as Adele, identified the way Teams does it: by her Entra object ID. */
  const askAsAdele = async (bot: TestBot, say: string): Promise<string> => {
    const reply = await postActivity(await listen(bot), {
      text: say,
      from: { id: `29:${adele.id}`, name: 'Adele Vance', aadObjectId: adele.id },
      conversation: {
        id: `roles-${Math.random()}`,
        isGroup: false,
        conversationType: 'personal',
        name: 'r',
      },
    });
    return reply.texts.join('\n\n');
  };

  for (const caller of CALLERS) {
    it(`${caller.name}: ${caller.staff ? 'anyone' : 'own sign-ins only, one refusal for the rest'}`, async () => {
      adele.roles = caller.roles ?? [];
      if (caller.group) graph.groups.set(adele.id, ['11111111-0000-4000-8000-000000000000', HELPDESK_GROUP]);
      const bot = await botWith(caller.named ? { HELPDESK_STAFF: adele.id } : {});
      graph.requests.length = 0;
      const replies: Record<string, string> = {};
      for (const target of TARGETS) replies[target.name] = await askAsAdele(bot, target.say);

      expect(replies.own, 'own').not.to.include(REFUSAL);
      expect(replies.own, 'own').to.include('No sign-ins of yours to Office 365 Exchange Online');
      if (caller.staff) {
        expect(replies.other, 'other').to.include('Found 2 failed sign-ins of megan.bowen@contoso.com');
        expect(replies.unknown, 'unknown').not.to.include(REFUSAL);
      } else {
        expect(replies.other, 'other').to.include(REFUSAL);
        expect(replies.unknown, 'unknown').to.equal(replies.other);
      }
      const megan = users.find((user) => user.userPrincipalName.startsWith('megan'))!;
      const readMegan = graph.requests.some((line) => decodeURIComponent(line).includes(megan.id));
      expect(readMegan, "Graph was asked for megan's sign-ins").to.equal(caller.staff);
      const aboutMegan = bot.audit.entries.filter((entry) => entry.target === megan.id);
      expect(aboutMegan.map((entry) => entry.allowed)).to.deep.equal([caller.staff]);
    });
  }

  it('fails closed when the directory cannot say who is asking, and still explains error codes', async () => {
    adele.roles = ['Global Administrator'];
    const bot = await botWith();
    graph.directoryDown = true;
    graph.requests.length = 0;
    const refused = await askAsAdele(bot, "why can't megan sign in to outlook yesterday?");
    expect(refused).to.include("I couldn't check your role in the directory just now");
    expect(graph.requests.filter((line) => line.includes('/auditLogs/signIns'))).to.deep.equal([]);
    expect(await askAsAdele(bot, 'what does 50126 mean?')).to.include('InvalidUserNameOrPassword');

    graph.directoryDown = false;
    const allowed = await askAsAdele(bot, "why can't megan sign in to outlook yesterday?");
    expect(allowed).to.include('Found 2 failed sign-ins of megan.bowen@contoso.com');
  });

  it("asks Graph for the caller's roles once, not on every message", async () => {
    adele.roles = ['Reports Reader'];
    const bot = await botWith();
    graph.requests.length = 0;
    await askAsAdele(bot, "why can't megan sign in to outlook yesterday?");
    await askAsAdele(bot, "why can't jane sign in to teams yesterday?");
    const lookups = graph.requests.filter((line) => line.startsWith(`GET /beta/users/${adele.id}`));
    expect(lookups).to.have.length(2);
    expect(lookups[1]).to.include('/transitiveMemberOf');
  });

  it('finds the people of the tenant through Graph, not in the sample directory file', async () => {
    const bot = await botWith({ DIRECTORY_FILE: '/nonexistent/directory.json' });
    expect(bot.app.names.current().users.resolve('megan bowen').kind).to.equal('one');
    expect(graph.requests.some((line) => line.startsWith('GET /beta/users?'))).to.equal(true);
  });
});
