import path from 'node:path';
import { DateTime } from 'luxon';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export interface Config {
  port: number;
  host: string;
  /** No MicrosoftAppId: Bot Framework channel authentication is off. */
  localMode: boolean;
  bot: {
    MicrosoftAppId: string;
    MicrosoftAppPassword: string;
    MicrosoftAppType: string;
    MicrosoftAppTenantId: string;
  };
  files: {
    signIns: string;
    directory: string;
    catalog: string;
    apps: string;
    audit: string;
  };
  /** Create the sample tenant when the sign-in file does not exist yet. */
  sampleTenant: boolean;
  defaultTimeZone: string;
  localDefaultUpn: string;
  logLevel: string;
}

const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMsi'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and checks every setting once; nothing else reads process.env. A bad value fails here, by name. */
export function loadConfig(env: NodeJS.ProcessEnv, root = PROJECT_ROOT): Config {
  const get = (name: string): string => (env[name] ?? '').trim();
  const fail = (name: string, rule: string): never => {
    throw new Error(`[config] ${name} ${rule} (got "${get(name)}"). Fix it in .env or the environment.`);
  };
  const file = (name: string, fallback: string): string => path.resolve(root, get(name) || fallback);

  const port = get('PORT') === '' ? 3978 : Number(get('PORT'));
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail('PORT', 'must be a whole number from 0 to 65535');
  const appId = get('MicrosoftAppId');
  const appType = APP_TYPES.find(
    (type) => type.toLowerCase() === (get('MicrosoftAppType') || 'MultiTenant').toLowerCase(),
  );
  if (!appType) fail('MicrosoftAppType', `must be one of ${APP_TYPES.join(', ')}`);
  if (appId && appType !== 'MultiTenant' && !get('MicrosoftAppTenantId'))
    fail('MicrosoftAppTenantId', `is required for ${appType}`);
  if (appId && appType !== 'UserAssignedMsi' && !get('MicrosoftAppPassword'))
    fail('MicrosoftAppPassword', 'is required when MicrosoftAppId is set');
  if (!appId && get('MicrosoftAppPassword'))
    fail('MicrosoftAppId', 'is empty while MicrosoftAppPassword is set');
  const timeZone = get('DEFAULT_TIMEZONE') || 'UTC';
  if (!DateTime.local().setZone(timeZone).isValid)
    fail('DEFAULT_TIMEZONE', 'must be an IANA time zone such as Europe/Amsterdam');
  const logLevel = get('LOG_LEVEL') || 'info';
  if (!LOG_LEVELS.includes(logLevel)) fail('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);

  return {
    port,
    host: get('HOST') || (appId ? '0.0.0.0' : '127.0.0.1'),
    localMode: !appId,
    bot: {
      MicrosoftAppId: appId,
      MicrosoftAppPassword: get('MicrosoftAppPassword'),
      MicrosoftAppType: appType!,
      MicrosoftAppTenantId: get('MicrosoftAppTenantId'),
    },
    files: {
      signIns: file('SIGNINS_FILE', 'data/signins.json'),
      directory: file('DIRECTORY_FILE', 'data/directory.json'),
      catalog: file('CATALOG_FILE', 'data/catalog.json'),
      apps: file('APPS_FILE', 'data/apps.json'),
      audit: file('AUDIT_FILE', 'data/state/audit.jsonl'),
    },
    sampleTenant: get('SIGNINS_FILE') === '',
    defaultTimeZone: timeZone,
    localDefaultUpn: get('LOCAL_DEFAULT_USER') || 'hanna.hoek@contoso.com',
    logLevel,
  };
}
