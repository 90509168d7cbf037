import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../src/host/config';

export interface MemoryResult {
  conversations: number;
  before: number;
  afterFirst: number;
  afterSecond: number;
}

/** Heap of the bot after `conversations` conversations and as many more, in a child process with --expose-gc. */
export async function benchMemory(conversations: number): Promise<MemoryResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', path.join(PROJECT_ROOT, 'lib', 'bench', 'memoryChild.js'), String(conversations)],
    { maxBuffer: 1 << 20, env: { ...process.env, LOG_LEVEL: 'silent' } },
  );
  return JSON.parse(stdout) as MemoryResult;
}
