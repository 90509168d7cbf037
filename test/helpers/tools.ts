import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/host/config';

/** How long a tool may run before the test kills it (SIGKILL) and fails. */
export const TOOL_DEADLINE_MS = 20_000;

/**
 * `promise`, marked as handled until a test awaits it (and sees its failure then): for a tool run that a before()
 * starts, so that several overlap, and a test reads.
 */
export function awaitedLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * Runs a built tool (`lib/tools/<script>`) with node, as its npm script does, with `env` added to the test's own.
 * Resolves with what it printed; rejects as execFile does, with its exit code and output, also when it has not ended
 * within TOOL_DEADLINE_MS.
 */
export function runTool(
  script: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [path.join(PROJECT_ROOT, 'lib', 'tools', script), ...args], {
    env: { ...process.env, ...env },
    timeout: TOOL_DEADLINE_MS,
    killSignal: 'SIGKILL',
  });
}
