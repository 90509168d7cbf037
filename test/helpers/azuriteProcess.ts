import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/host/config';

/** Azurite's well-known development account (public, the same in every copy of Azurite). */
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteProcess {
  connectionString: string;
  stop(): Promise<void>;
}

/** Azurite's blob service from the azurite npm package on loopback (a free port unless told), its data in `location`. */
export async function startAzurite(location: string, port = 0): Promise<AzuriteProcess> {
  const main = path.join(PROJECT_ROOT, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
  const child = spawn(
    process.execPath,
    [
      main,
      '--blobPort',
      String(port),
      '--location',
      location,
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--silent',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = (): Promise<void> =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('close', () => resolve());
      child.kill();
    });
  const listening = await new Promise<number>((resolve, reject) => {
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
  }).catch(async (error: Error) => {
    await stop();
    throw error;
  });
  return {
    connectionString:
      `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};` +
      `BlobEndpoint=http://127.0.0.1:${listening}/${ACCOUNT};`,
    stop,
  };
}
