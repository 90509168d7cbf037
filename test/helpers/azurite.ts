import { ContainerClient } from '@azure/storage-blob';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/host/config';
import { closeAtEndOfRun, tempDir } from './endOfRun';

/** Azurite's well-known development account (public, the same in every copy of Azurite). */
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  connectionString: string;
  /** A new, empty container's name: each test keeps to its own. */
  container(): string;
  /** The bot's settings for shared state in `container`. */
  env(container: string): Record<string, string>;
  client(container: string): ContainerClient;
}

let started: Promise<Azurite> | undefined;

/**
 * Azure Blob Storage's emulator from the azurite npm package, on a free loopback port with a temporary folder,
 * started once per test run and stopped when it ends.
 */
export function azurite(): Promise<Azurite> {
  started ??= start();
  return started;
}

async function start(): Promise<Azurite> {
  const location = await tempDir('azurite');
  const main = path.join(PROJECT_ROOT, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
  const child = spawn(
    process.execPath,
    [
      main,
      '--blobPort',
      '0',
      '--location',
      location,
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--silent',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  closeAtEndOfRun(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('close', () => resolve());
        child.kill();
      }),
  );
  const port = await new Promise<number>((resolve, reject) => {
    let printed = '';
    const timer = setTimeout(
      () => reject(new Error(`Azurite did not start within 20 s: ${printed}`)),
      20_000,
    );
    const read = (chunk: Buffer): void => {
      printed += chunk.toString();
      const listening = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(printed);
      if (listening) {
        clearTimeout(timer);
        resolve(Number(listening[1]));
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('close', (code) => reject(new Error(`Azurite exited (${code}): ${printed}`)));
  });
  const connectionString =
    `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};` +
    `BlobEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`;
  return {
    connectionString,
    container: () => `test-${randomBytes(6).toString('hex')}`,
    env: (container) => ({
      STATE_STORE: 'blob',
      AZURE_STORAGE_CONNECTION_STRING: connectionString,
      AZURE_STORAGE_CONTAINER: container,
    }),
    client: (container) => new ContainerClient(connectionString, container),
  };
}
