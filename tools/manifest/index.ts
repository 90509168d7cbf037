import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSettings, manifestConfig, PROJECT_ROOT } from '../../src/host/config';
import { buildAppPackage } from './manifestPackage';

/** npm run manifest: fills manifest/manifest.json from the environment, validates it and writes the Teams zip. */
async function main(): Promise<void> {
  const settings = loadSettings(manifestConfig);
  const zip = await buildAppPackage(path.join(PROJECT_ROOT, 'manifest'), settings);
  const out = path.join(PROJECT_ROOT, 'manifest', 'build', 'signin-helpdesk.zip');
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, zip);
  console.log(`manifest valid; wrote ${path.relative(process.cwd(), out)} (${zip.length} bytes)`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
