import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app';
import { loadConfig, PROJECT_ROOT } from '../src/host/config';
import { createLogger } from '../src/host/log';
import { generateSampleTenant } from '../src/sample/generator';
import { readKnownApps } from '../src/apps/knownApps';
import {
  agentQuestions,
  askTogether,
  BusyHelpdeskResult,
  helpdeskAgents,
} from '../test/helpers/busyHelpdesk';
import { FakeChannel } from '../test/helpers/fakeChannel';
import { FakeGraph } from '../test/helpers/fakeGraph';
import { startAzurite } from '../test/helpers/azuriteProcess';

export interface GraphAgentsResult extends BusyHelpdeskResult {
  agents: number;
  spreadSeconds: number;
  /** Bot instances the agents were spread over; with more than one they share Azurite (STATE_STORE=blob). */
  instances: number;
}

/**
 * `agents` helpdesk agents each ask about a different person's failed sign-in, spread evenly over `spreadSeconds`,
 * against a fake Graph on loopback that throttles sign-in reports as documented: 5 per 10 s, 429 beyond. With several
 * instances, agent n asks instance n modulo their number, and the instances share state and budget through Azurite.
 */
export async function benchGraphAgents(
  agents: number,
  spreadSeconds: number,
  instances = 1,
): Promise<GraphAgentsResult> {
  const now = new Date();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-graph-'));
  const graphBudget = { requests: 5, perMs: 10_000 };
  const sample = generateSampleTenant(await readKnownApps(path.join(PROJECT_ROOT, 'data', 'apps.json')), now);
  const signIns = sample.signIns.signIns;
  const people = sample.directory.users;
  const staff = helpdeskAgents(agents);
  const graph = await new FakeGraph(signIns, [...people, ...staff]).start();
  graph.budget = graphBudget;
  const channel = await new FakeChannel().start();
  await cp(path.join(PROJECT_ROOT, 'data', 'apps.json'), path.join(dir, 'apps.json'));
  const storage = instances > 1 ? await startAzurite(path.join(dir, 'azurite')) : undefined;
  const config = loadConfig({
    ...graph.env(),
    APPS_FILE: path.join(dir, 'apps.json'),
    AUDIT_FILE: path.join(dir, 'audit.jsonl'),
    TICKETS_FILE: path.join(dir, 'tickets.json'),
    LOG_LEVEL: 'silent',
    ...(storage ? { STATE_STORE: 'blob', AZURE_STORAGE_CONNECTION_STRING: storage.connectionString } : {}),
  });
  const apps = await Promise.all(
    Array.from({ length: instances }, () =>
      createApp(config, createLogger('silent'), {
        graphCredential: { httpClient: graph.httpClient(), disableInstanceDiscovery: true },
      }),
    ),
  );
  for (const app of apps) await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  try {
    const result = await askTogether({
      base: apps.map((app) => `http://127.0.0.1:${(app.server.address() as { port: number }).port}`),
      graph,
      channel,
      agents: staff,
      questions: agentQuestions(signIns, people, now, agents),
      spreadMs: spreadSeconds * 1000,
      deadlineMs: 120_000,
    });
    return { agents, spreadSeconds, instances, ...result };
  } finally {
    for (const app of apps) {
      app.close();
      app.server.server.closeAllConnections();
      await new Promise<void>((resolve) => app.server.close(() => resolve()));
    }
    await storage?.stop();
    await channel.stop();
    await graph.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
