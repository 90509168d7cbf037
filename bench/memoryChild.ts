import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app';
import { loadConfig } from '../src/host/config';
import { createLogger } from '../src/host/log';
import { activity, QUESTION } from './httpTurn';

/**
 * `node --expose-gc memoryChild.js <conversations>`: the bot in this process, `conversations` conversations asking the
 * troubleshooting question, twice over, with the heap measured after a full GC at the start and after each round.
 * With the state bounded at that many conversations, the second round must not need more memory than the first.
 */
async function main(): Promise<void> {
  const conversations = Number(process.argv[2]);
  const state = await mkdtemp(path.join(os.tmpdir(), 'bench-memory-'));
  const config = loadConfig({
    ...process.env,
    MAX_CONVERSATIONS: String(conversations),
    AUDIT_FILE: path.join(state, 'audit.jsonl'),
    TICKETS_FILE: path.join(state, 'tickets.json'),
  });
  const app = await createApp(config, createLogger('silent'));
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${app.server.address().port}/api/messages`;
  const heapMiB = (): number => {
    (global as { gc?: () => void }).gc?.();
    return Math.round((process.memoryUsage().heapUsed / 2 ** 20) * 10) / 10;
  };
  const ask = (id: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: activity(id, QUESTION),
    }).then((response) => response.text());
  const round = async (name: string): Promise<void> => {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < conversations) await ask(`${name}-${next++}`);
    };
    await Promise.all(Array.from({ length: 8 }, worker));
  };
  await ask('warm-up');
  const before = heapMiB();
  await round('first');
  const afterFirst = heapMiB();
  await round('second');
  const afterSecond = heapMiB();
  app.server.close();
  app.close();
  process.stdout.write(JSON.stringify({ conversations, before, afterFirst, afterSecond }));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
