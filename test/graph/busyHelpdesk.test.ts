import { expect } from 'chai';
import path from 'node:path';
import { Directory } from '../../src/directory/directory';
import { readSignInFile } from '../../src/signins/signInFile';
import { agentQuestions, askTogether, helpdeskAgents } from '../helpers/busyHelpdesk';
import { FakeChannel } from '../helpers/fakeChannel';
import { FakeGraph } from '../helpers/fakeGraph';
import { listen, NOW, sampleTenantDir, startTestBot } from '../helpers/fixture';

/**
 * Many agents at once against a Graph that throttles sign-in reports as documented (5 per window, 429 beyond). The
 * window is 1 s here instead of 10 s so the test runs in seconds; `npm run bench` runs the real one.
 */
describe('a busy helpdesk on a throttling Microsoft Graph (a fake Graph on 127.0.0.1)', () => {
  it('answers 12 agents asking at the same moment, correctly, without one request refused', async () => {
    const dir = await sampleTenantDir();
    const { signIns } = await readSignInFile(path.join(dir, 'signins.json'));
    const { users } = await Directory.read(path.join(dir, 'directory.json'));
    const agents = helpdeskAgents(12);
    const budget = { requests: 5, perMs: 1_000 };
    const graph = await new FakeGraph(signIns, [...users, ...agents]).start();
    graph.budget = budget;
    const channel = await new FakeChannel().start();
    const bot = await startTestBot(
      {
        ...graph.env(),
      },
      {
        graphCredential: { httpClient: graph.httpClient(), disableInstanceDiscovery: true },
        graphSignInBudget: budget,
      },
    );
    try {
      const result = await askTogether({
        base: await listen(bot),
        graph,
        channel,
        agents,
        questions: agentQuestions(signIns, users, NOW, 12),
        spreadMs: 0,
        deadlineMs: 8_000,
      });
      expect(result.wrong).to.deep.equal({});
      expect(result.answeredCorrectly).to.equal(12);
      expect(result.throttled, 'requests Graph refused with 429').to.equal(0);
      expect(result.mostInOneWindow).to.be.at.most(5);
      expect(result.requestsPerQuestion).to.be.at.most(1.2);
    } finally {
      await bot.close();
      await channel.stop();
      await graph.stop();
    }
  });
});
