import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/host/config';
import { freePort } from './freePort';
import { eventually } from './realTime';

export interface ChildBot {
  child: ChildProcess;
  base: string;
  port: number;
  /** Kills the process with SIGKILL, as a crash or the OOM killer would, and resolves once it is gone. */
  kill(): Promise<void>;
}

/**
 * The real bot as its own process (npm start's entry point) on a free loopback port, once /healthz answers. Fails
 * saying why, with the end of what the process printed, when it exits first or does not answer within `deadlineMs`.
 */
export async function startChildBot(env: NodeJS.ProcessEnv, deadlineMs = 20_000): Promise<ChildBot> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'lib', 'src', 'index.js')], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', NODE_ENV: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let printed = '';
  child.stderr!.on('data', (chunk: Buffer) => (printed = (printed + chunk.toString()).slice(-2000)));
  const gone = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const kill = async (): Promise<void> => {
    if (running(child)) child.kill('SIGKILL');
    await gone;
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await eventually(
      'the bot process answers /healthz',
      async () => {
        if (!running(child))
          throw new Error(`the bot process exited (${child.exitCode ?? child.signalCode}): ${printed}`);
        return fetch(`${base}/healthz`).then(
          (response) => response.ok,
          () => false,
        );
      },
      { deadlineMs, everyMs: 50, detail: () => `it printed: ${printed}` },
    );
  } catch (error) {
    await kill();
    throw error;
  }
  return { child, base, port, kill };
}

/** True while the process has neither exited nor been killed. */
export function running(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}
