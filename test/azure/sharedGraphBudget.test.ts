import { expect } from 'chai';
import path from 'node:path';
import { Directory } from '../../src/directory/directory';
import { readSignInFile } from '../../src/signins/signInFile';
import { azurite } from '../helpers/azurite';
import { agentQuestions, askTogether, helpdeskAgents } from '../helpers/busyHelpdesk';
import { FakeChannel } from '../helpers/fakeChannel';
import { FakeGraph } from '../helpers/fakeGraph';
import { listen, NOW, sampleTenantDir, startTestBot, TestBot } from '../helpers/fixture';

/**
 * Two instances share Graph's budget for sign-in reports through Azurite. The window is 1 s instead of 10 s so the
 * test runs in seconds; each instance alone would let 5 requests through per window, together they must too.
 */
describe("two instances sharing one tenant's Graph budget (Azurite, a throttling fake Graph)", function () {
  this.timeout(90_000);

  it('answers 30 agents spread over both, and together they never pass the budget', async () => {
    const dir = await sampleTenantDir();
    const { signIns } = await readSignInFile(path.join(dir, 'signins.json'));
    const { users } = await Directory.read(path.join(dir, 'directory.json'));
    const agents = helpdeskAgents(30);
    const budget = { requests: 5, perMs: 1_000 };
    const graph = await new FakeGraph(signIns, [...users, ...agents]).start();
    graph.budget = budget;
    const channel = await new FakeChannel().start();
    const storage = await azurite();
    const env = { ...graph.env(), ...storage.env(storage.container()) };
    // The bot keeps 5 per 1.5 s (and adds its tenth): a request reaches the fake Graph up to half a second after it
    // started on a loaded 2-core machine, which a 1 s window would count in the next one. Apart, each instance would
    // still let twice the fake's budget through.
    const overrides = {
      graphCredential: { httpClient: graph.httpClient(), disableInstanceDiscovery: true },
      graphSignInBudget: { requests: 5, perMs: 1_500 },
    };
    const bots: TestBot[] = await Promise.all([startTestBot(env, overrides), startTestBot(env, overrides)]);
    try {
      const result = await askTogether({
        base: await Promise.all(bots.map(listen)),
        graph,
        channel,
        agents,
        questions: agentQuestions(signIns, users, NOW, 30),
        spreadMs: 3_000,
        deadlineMs: 30_000,
      });
      expect(result.wrong).to.deep.equal({});
      expect(result.answeredCorrectly).to.equal(30);
      expect(result.throttled, 'requests Graph refused with 429').to.equal(0);
      expect(result.mostInOneWindow).to.be.at.most(5);
    } finally {
      await Promise.all(bots.map((bot) => bot.close()));
      await channel.stop();
      await graph.stop();
    }
  });
});
