import path from 'node:path';
import { writeSampleTenant } from '../src/sample/sampleFiles';

const root = path.resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const paths = {
    appsFile: path.join(root, 'data', 'apps.json'),
    signInsFile: path.join(root, 'data', 'signins.json'),
    directoryFile: path.join(root, 'data', 'directory.json'),
  };
  const counts = await writeSampleTenant(paths, new Date());
  console.log(
    `Sample tenant written: ${counts.signIns} sign-ins of ${counts.users} users in data/signins.json and data/directory.json.`,
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
