import Ajv from 'ajv-draft-04';
import { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { zipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ManifestConfig } from '../../src/host/config';
import { readPng } from './png';

/** What the manifest's ${{NAME}} placeholders are filled with (npm run manifest reads them with manifestConfig). */
export type ManifestSettings = ManifestConfig;

const PLACEHOLDERS: Record<string, keyof ManifestSettings> = {
  TEAMS_APP_ID: 'teamsAppId',
  MICROSOFT_APP_ID: 'botAppId',
  DEVELOPER_NAME: 'developerName',
  DEVELOPER_WEBSITE: 'developerWebsite',
};

/** manifest.json with its ${{NAME}} placeholders filled in; an unknown placeholder is an error. */
export function fillManifest(template: string, settings: ManifestSettings): Record<string, unknown> {
  const filled = template.replace(/\$\{\{(\w+)\}\}/g, (_match, name: string) => {
    const key = PLACEHOLDERS[name];
    if (!key) throw new Error(`[manifest] unknown placeholder \${{${name}}} in manifest.json`);
    return JSON.stringify(settings[key]).slice(1, -1);
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

/**
 * What is wrong with a manifest, checked offline against the Teams schema of its own manifestVersion as shipped in
 * @microsoft/app-manifest (never fetched), plus what Teams asks of current packages.
 */
export function manifestProblems(manifest: Record<string, unknown>): string[] {
  const version = String(manifest.manifestVersion ?? '');
  const [major, minor] = version.split('.').map(Number);
  if (!(major === 1 && minor >= 17)) return [`manifestVersion is "${version}"; use 1.17 or later`];
  if ('packageName' in manifest) return ['packageName is no longer allowed; remove it'];
  let schemaFile: string;
  try {
    schemaFile = require.resolve(
      `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
    );
  } catch {
    return [`no bundled schema for manifestVersion ${version} in @microsoft/app-manifest`];
  }
  const validate = validators.get(version) ?? compile(schemaFile);
  validators.set(version, validate);
  const problems = validate(manifest)
    ? []
    : (validate.errors ?? []).map(
        (error) => `${error.instancePath || '(root)'} ${error.message}${extra(error.params)}`,
      );
  for (const command of commandsOf(manifest))
    if (command.title.length > 32) problems.push(`command "${command.title}" is longer than 32 characters`);
  return problems;
}

const validators = new Map<string, ValidateFunction>();

function compile(schemaFile: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return ajv.compile(require(schemaFile) as object);
}

function commandsOf(manifest: Record<string, unknown>): { title: string }[] {
  const bots = (manifest.bots ?? []) as { commandLists?: { commands?: { title?: unknown }[] }[] }[];
  return bots
    .flatMap((bot) => bot.commandLists ?? [])
    .flatMap((list) => list.commands ?? [])
    .map((command) => ({ title: String(command.title ?? '') }));
}

function extra(params: Record<string, unknown>): string {
  const value = params.additionalProperty ?? params.allowedValues ?? params.missingProperty;
  return value === undefined ? '' : ` (${JSON.stringify(value)})`;
}

/** Teams wants a 192×192 colour icon and a 32×32 outline icon that is white on a transparent background. */
export function iconProblems(color: Buffer, outline: Buffer): string[] {
  const problems: string[] = [];
  const big = readPng(color, 'color.png');
  if (big.width !== 192 || big.height !== 192)
    problems.push(`color.png is ${big.width}×${big.height}; it must be 192×192`);
  const small = readPng(outline, 'outline.png');
  if (small.width !== 32 || small.height !== 32)
    problems.push(`outline.png is ${small.width}×${small.height}; it must be 32×32`);
  let transparent = 0;
  let coloured = 0;
  for (let i = 0; i < small.pixels.length; i += 4) {
    const [r, g, b, a] = small.pixels.subarray(i, i + 4);
    if (a === 0) transparent++;
    else if (r < 200 || g < 200 || b < 200) coloured++;
  }
  if (transparent === 0) problems.push('outline.png has no transparent background');
  if (coloured > 0) problems.push(`outline.png has ${coloured} pixels that are not white`);
  return problems;
}

/** Checks manifest and icons and returns the zip Teams accepts: manifest.json and the two icons at its root. */
export async function buildAppPackage(folder: string, settings: ManifestSettings): Promise<Uint8Array> {
  const manifest = fillManifest(await readFile(path.join(folder, 'manifest.json'), 'utf8'), settings);
  const icons = manifest.icons as { color: string; outline: string };
  const [color, outline] = await Promise.all([
    readFile(path.join(folder, icons.color)),
    readFile(path.join(folder, icons.outline)),
  ]);
  const problems = [...manifestProblems(manifest), ...iconProblems(color, outline)];
  if (problems.length > 0)
    throw new Error(`[manifest] the app package is not valid:\n- ${problems.join('\n- ')}`);
  return zipSync({
    'manifest.json': Buffer.from(JSON.stringify(manifest, null, 2)),
    [icons.color]: color,
    [icons.outline]: outline,
  });
}
