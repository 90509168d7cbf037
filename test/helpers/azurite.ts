import { ContainerClient } from '@azure/storage-blob';
import { randomBytes } from 'node:crypto';
import { startAzurite } from './azuriteProcess';
import { closeAtEndOfRun, tempDir } from './endOfRun';

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
  const emulator = await startAzurite(await tempDir('azurite'));
  closeAtEndOfRun(() => emulator.stop());
  const { connectionString } = emulator;
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
