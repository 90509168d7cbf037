import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/host/config';
import { freePort } from './freePort';

export interface ChildBot {
  child: ChildProcess;
  base: string;
  port: number;
}

/** The real bot as its own process (npm start's entry point) on a free loopback port, once /healthz answers. */
export async function startChildBot(env: NodeJS.ProcessEnv): Promise<ChildBot> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'lib', 'src', 'index.js')], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', NODE_ENV: '' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    const up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { child, base, port };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error('the bot process did not start');
}

/** True while the process has neither exited nor been killed. */
export function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}
