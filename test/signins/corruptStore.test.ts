import { expect } from 'chai';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { identityOf } from '../helpers/identity';
import { postActivity } from '../helpers/http';
import { sampleTenantDir, startTestBot, listen } from '../helpers/fixture';
import { eventually } from '../helpers/realTime';
import { tempDir } from '../helpers/endOfRun';

const QUESTION = "why can't megan sign in to outlook yesterday?";

describe('a corrupt sign-in store at start-up', () => {
  for (const [name, damage] of [
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['not JSON at all', () => '\u0000\u0000\u0000garbage'],
  ] as const) {
    it(`is set aside, not overwritten, and lookups say the log is unavailable until an import (${name})`, async () => {
      const dir = await tempDir('corrupt-store');
      const good = path.join(await sampleTenantDir(), 'signins.json');
      const file = path.join(dir, 'signins.json');
      const broken = damage(await readFile(good, 'utf8'));
      await writeFile(file, broken);

      const bot = await startTestBot({ SIGNINS_FILE: file }, { reloadIntervalMs: 50 });
      const base = await listen(bot);
      const ask = async () =>
        (
          await postActivity(base, {
            text: QUESTION,
            from: identityOf(bot.app, 'hanna.hoek@contoso.com'),
            conversation: {
              id: `corrupt-${Math.random()}`,
              isGroup: false,
              conversationType: 'personal',
              name: 'c',
            },
          })
        ).texts.join('\n');
      try {
        const aside = (await readdir(dir)).filter((entry) => entry.startsWith('signins.json.corrupt-'));
        expect(aside).to.have.length(1);
        expect(await readFile(path.join(dir, aside[0]), 'utf8')).to.equal(broken);
        const health = (await (await fetch(`${base}/healthz`)).json()) as { status: string };
        expect(health.status).to.equal('degraded');
        expect(await ask()).to.include("I can't reach the sign-in log right now");

        await copyFile(good, file);
        const problem = async () =>
          ((await (await fetch(`${base}/healthz`)).json()) as { problem?: string }).problem;
        await eventually(
          'the bot taking up the readable file (it looks every 50 ms)',
          async () => !(await problem()),
        );
        expect(await ask()).to.include('Found 2 failed sign-ins of megan.bowen@contoso.com');
      } finally {
        await bot.close();
      }
    });
  }
});
