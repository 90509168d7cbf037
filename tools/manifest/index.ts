import dotenv from 'dotenv';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/host/config';
import { buildAppPackage, ManifestSettings } from './manifestPackage';
import { GUID_PATTERN } from '../../src/shared/patterns';

/** npm run manifest: fills manifest/manifest.json from the environment, validates it and writes the Teams zip. */
async function main(): Promise<void> {
  dotenv.config({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });
  const env = process.env;
  const missing: string[] = [];
  const need = (name: string, rule: (value: string) => boolean, hint: string): string => {
    const value = (env[name] ?? '').trim();
    if (!rule(value)) missing.push(`${name} ${hint}`);
    return value;
  };
  const settings: ManifestSettings = {
    teamsAppId: need(
      'TEAMS_APP_ID',
      (v) => GUID_PATTERN.test(v),
      'must be a GUID of your own (any new GUID)',
    ),
    botAppId: need('MicrosoftAppId', (v) => GUID_PATTERN.test(v), "must be the Azure Bot's app ID"),
    developerName: need(
      'DEVELOPER_NAME',
      (v) => v.length > 0 && v.length <= 32,
      'must be 1 to 32 characters',
    ),
    developerWebsite: need('DEVELOPER_WEBSITE', (v) => /^https:\/\/[^\s]+$/.test(v), 'must be an https URL'),
  };
  if (missing.length > 0)
    throw new Error(`[manifest] set these in .env or the environment:\n- ${missing.join('\n- ')}`);
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
