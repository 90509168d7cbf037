import path from 'node:path';
import { PROJECT_ROOT } from '../src/host/config';
import { writeSampleTenant } from '../src/sample/sampleFiles';

async function main(): Promise<void> {
  const paths = {
    appsFile: path.join(PROJECT_ROOT, 'data', 'apps.json'),
    signInsFile: path.join(PROJECT_ROOT, 'data', 'signins.json'),
  };
  const counts = await writeSampleTenant(paths, new Date());
  console.log(
    `Sample tenant written: ${counts.signIns} sign-ins of ${counts.users} users in data/signins.json.`,
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
