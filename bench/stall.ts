import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MAX_TEXT } from '../src/host/bot';
import { PROJECT_ROOT } from '../src/host/config';
import { writeDownload } from './importDownload';
import { ensureSampleTenant } from '../src/sample/sampleFiles';
import { converse, LoadResult, startServer } from './httpTurn';

export interface StallResult {
  records: number;
  longestMessage: { chars: number; load: LoadResult; maxStallMs: number };
  /** Messages that are one run of random letters as long as the bot reads: no word to split on. */
  unbrokenLetters: { chars: number; load: LoadResult; maxStallMs: number };
  duringImport: { load: LoadResult; maxStallMs: number; importSeconds: number };
}

/**
 * The longest event-loop stall of the running bot (its /healthz reports the worst delay since the last look) while it
 * serves 50 conversations: once with the longest message it reads, once with as many letters and no space, once while `npm run import` replaces its sign-in
 * file with `records` records and the bot loads them.
 */
export async function benchStalls(records: number, seconds: number): Promise<StallResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-stall-'));
  const signIns = path.join(dir, 'signins.json');
  const data = path.join(PROJECT_ROOT, 'data');
  await ensureSampleTenant(
    {
      appsFile: path.join(data, 'apps.json'),
      signInsFile: path.join(data, 'signins.json'),
    },
    new Date(),
  );
  await copyFile(path.join(data, 'signins.json'), signIns);
  const bot = await startServer('src/index.js', {
    SIGNINS_FILE: signIns,
    AUDIT_FILE: path.join(dir, 'audit.jsonl'),
    TICKETS_FILE: path.join(dir, 'tickets.json'),
  });
  const health = async () =>
    (await (await fetch(`${bot.base}/healthz`)).json()) as {
      signIns?: number;
      eventLoopDelay: { maxMs: number };
    };
  const stall = async (): Promise<number> => (await health()).eventLoopDelay.maxMs;
  try {
    const long =
      `why did jane fail to sign in to teams yesterday? ${'and then it failed again '.repeat(100)}`.slice(
        0,
        MAX_TEXT,
      );
    await stall();
    const longLoad = await converse(bot.base, seconds, long);
    const longStall = await stall();
    const letters = (): string =>
      Array.from({ length: MAX_TEXT }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(
        '',
      );
    const lettersLoad = await converse(bot.base, seconds, letters);
    const lettersStall = await stall();

    const download = path.join(dir, `InteractiveSignIns_${records}.csv`);
    await writeDownload(download, records);
    await stall();
    const started = Date.now();
    const importing = promisify(execFile)(
      process.execPath,
      [path.join(PROJECT_ROOT, 'lib', 'tools', 'import', 'index.js'), '--replace', download],
      { env: { ...process.env, SIGNINS_FILE: signIns }, maxBuffer: 1 << 20 },
    );
    let importSeconds = 0;
    let worst = 0;
    // /healthz gives the worst delay since the last look: the worst of all the looks while waiting for the reload.
    const reloaded = importing.then(async () => {
      importSeconds = Math.round((Date.now() - started) / 100) / 10;
      const deadline = Date.now() + 120_000;
      for (;;) {
        const now = await health();
        worst = Math.max(worst, now.eventLoopDelay.maxMs);
        if (now.signIns === records) return;
        if (Date.now() > deadline)
          throw new Error(`[bench] the bot did not load the ${records} imported records`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    });
    const load = await converse(bot.base, seconds, undefined, reloaded);
    await reloaded;
    worst = Math.max(worst, await stall());
    return {
      records,
      longestMessage: { chars: long.length, load: longLoad, maxStallMs: longStall },
      unbrokenLetters: { chars: MAX_TEXT, load: lettersLoad, maxStallMs: lettersStall },
      duringImport: { load, maxStallMs: worst, importSeconds },
    };
  } finally {
    bot.child.kill();
    await rm(dir, { recursive: true, force: true });
  }
}
