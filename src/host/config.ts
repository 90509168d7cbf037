import dotenv from 'dotenv';
import path from 'node:path';
import { DateTime } from 'luxon';
import { GUID_PATTERN, UPN_ONLY } from '../shared/patterns';
import { TicketWebhook } from '../features/tickets/ticketOutbox';
import { DirectLineConfig } from './webChat/directLineTokens';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');

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
    /** botbuilder's own settings for where channel tokens are verified (sovereign clouds, isolated tests). */
    ToBotFromChannelOpenIdMetadataUrl?: string;
    ToBotFromChannelTokenIssuer?: string;
    ToChannelFromBotLoginUrl?: string;
    ToChannelFromBotOAuthScope?: string;
  };
  files: {
    signIns: string;
    directory: string;
    catalog: string;
    /** The catalog's search index as built last time (a cache: deleting it costs the next start about 0.3 s). */
    catalogIndex: string;
    /** Microsoft's own apps and their words, for every tenant. */
    apps: string;
    /** The tenant's own apps and their words (may be missing); not used with the sample tenant. */
    tenantApps: string;
    audit: string;
    tickets: string;
  };
  /** Read sign-ins live from Microsoft Graph instead of the file (all of tenant, client and a credential set). */
  graph?: GraphConfig;
  /** MAX_CONVERSATIONS and CONVERSATION_IDLE_HOURS: how much conversation state the bot keeps in memory. */
  conversationLimits: { maxConversations: number; idleMs: number };
  /** TICKET_WEBHOOK_URL and friends: where confirmed tickets are delivered. */
  ticketWebhook?: TicketWebhook;
  /** DIRECT_LINE_SECRET: /api/directline/token exchanges it for a conversation's token (channel mode). */
  directLine?: DirectLineConfig;
  /** STATE_STORE=blob: conversation state, tickets, the audit trail and the Graph budget in Azure Blob Storage. */
  blobStore?: BlobStoreConfig;
  /** Create the sample tenant when the sign-in file does not exist yet. */
  sampleTenant: boolean;
  defaultTimeZone: string;
  localDefaultUpn: string;
  logLevel: string;
  /** Log message text, UPNs and IPs in plain form (off by default: they are personal data). */
  logPii: boolean;
  /** Refuse activities from any other Entra tenant (channelData.tenant.id). */
  allowedTenantId?: string;
  /** UPNs or object IDs (lower case) who count as helpdesk staff whatever their roles. */
  helpdeskStaff: string[];
  /** HELPDESK_GROUP_ID: members of this Entra group (directly or nested) are helpdesk staff. Needs Graph. */
  helpdeskGroupId?: string;
}

/** Where instances share what they keep: one container of one storage account. */
export interface BlobStoreConfig {
  /** AZURE_STORAGE_CONNECTION_STRING (an account key or SAS), or */
  connectionString?: string;
  /** AZURE_STORAGE_ACCOUNT_URL, reached with the app's managed identity (or any credential @azure/identity finds). */
  accountUrl?: string;
  container: string;
}

export interface GraphConfig {
  tenantId: string;
  clientId: string;
  /** One of the two: a client secret or the path of a PEM file with the certificate and its private key. */
  clientSecret?: string;
  certificatePath?: string;
  /** Graph's root with version, e.g. https://graph.microsoft.com/beta (beta has the MFA steps). */
  baseUrl: string;
  authorityHost: string;
  timeoutMs: number;
}

/** npm run import: the bot's settings, and the folder relative file names are read from. */
export interface ImportConfig {
  config: Config;
  /** Where the command was typed: npm runs scripts in the project folder and passes the caller's in INIT_CWD. */
  workingFolder: string;
}

/** npm run manifest: what it fills into manifest/manifest.json. */
export interface ManifestConfig {
  /** TEAMS_APP_ID: the Teams app's own GUID. */
  teamsAppId: string;
  /** MicrosoftAppId: the Azure Bot's app ID. */
  botAppId: string;
  /** DEVELOPER_NAME: who publishes the app. */
  developerName: string;
  /** DEVELOPER_WEBSITE: an https URL; the privacy and terms pages are /privacy and /terms under it. */
  developerWebsite: string;
}

const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMsi'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * The one start-up of the bot and every tool: reads .env in the project folder (a variable already in the environment
 * wins), then checks the settings with `check` (the bot's by default) and returns them. Nothing else reads
 * process.env. A bad value fails here, by name.
 */
export function loadSettings(): Config;
export function loadSettings<T>(check: (env: NodeJS.ProcessEnv) => T): T;
export function loadSettings<T>(check?: (env: NodeJS.ProcessEnv) => T): T | Config {
  dotenv.config({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });
  return check ? check(process.env) : loadConfig(process.env);
}

/** Checks the bot's settings in `env` once; the tests pass their own. */
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

  const graph = graphConfig(get, fail, root);
  if (get('NODE_ENV').toLowerCase() === 'production' && !appId)
    fail(
      'MicrosoftAppId',
      'is required when NODE_ENV=production: without it Bot Framework authentication is off and anyone can pose as anyone',
    );
  const allowedTenantId = get('ALLOWED_TENANT_ID');
  if (allowedTenantId && !GUID_PATTERN.test(allowedTenantId))
    fail('ALLOWED_TENANT_ID', 'must be a tenant ID (a GUID)');
  const logPii = ['', 'false', 'true'].includes(get('LOG_PII').toLowerCase())
    ? get('LOG_PII').toLowerCase() === 'true'
    : fail('LOG_PII', 'must be true or false');
  const helpdeskStaff = get('HELPDESK_STAFF')
    .split(/[,;\s]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  const bad = helpdeskStaff.find((entry) => !GUID_PATTERN.test(entry) && !UPN_ONLY.test(entry));
  if (bad) fail('HELPDESK_STAFF', `must list UPNs or object IDs, separated by commas ("${bad}" is neither)`);
  const ticketWebhook = ticketWebhookConfig(get, fail);
  const directLineUrl = (get('DIRECT_LINE_URL') || 'https://directline.botframework.com').replace(/\/+$/, '');
  if (!/^https:\/\/[^\s]+$/.test(directLineUrl) && !/^http:\/\/127\.0\.0\.1(:\d+)?$/.test(directLineUrl))
    fail('DIRECT_LINE_URL', 'must be an https URL (or http://127.0.0.1 for a local stand-in)');
  if (get('DIRECT_LINE_URL') && !get('DIRECT_LINE_SECRET'))
    fail('DIRECT_LINE_URL', 'has no effect without DIRECT_LINE_SECRET');
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const value = get(name) === '' ? fallback : Number(get(name));
    if (!Number.isInteger(value) || value < min || value > max)
      fail(name, `must be a whole number from ${min} to ${max.toLocaleString('en-US')}`);
    return value;
  };
  const blobStore = blobStoreConfig(get, fail);
  const helpdeskGroupId = get('HELPDESK_GROUP_ID').toLowerCase();
  if (helpdeskGroupId && !GUID_PATTERN.test(helpdeskGroupId))
    fail('HELPDESK_GROUP_ID', 'must be the object ID of an Entra group (a GUID)');
  if (helpdeskGroupId && !graph)
    fail(
      'HELPDESK_GROUP_ID',
      'needs Microsoft Graph (GRAPH_TENANT_ID and the rest) to read group membership',
    );

  return {
    port,
    host: get('HOST') || (appId ? '0.0.0.0' : '127.0.0.1'),
    localMode: !appId,
    bot: {
      MicrosoftAppId: appId,
      MicrosoftAppPassword: get('MicrosoftAppPassword'),
      // Without an app ID there is no channel authentication to configure: the type of a .env copied whole is moot.
      MicrosoftAppType: appId ? appType! : 'MultiTenant',
      MicrosoftAppTenantId: get('MicrosoftAppTenantId'),
      ...(get('ToBotFromChannelOpenIdMetadataUrl')
        ? {
            // Setting one of these makes botbuilder expect all of them; the others keep the public cloud's values.
            ToBotFromChannelOpenIdMetadataUrl: get('ToBotFromChannelOpenIdMetadataUrl'),
            ToBotFromChannelTokenIssuer: get('ToBotFromChannelTokenIssuer') || 'https://api.botframework.com',
            ToChannelFromBotLoginUrl:
              get('ToChannelFromBotLoginUrl') || 'https://login.microsoftonline.com/botframework.com',
            ToChannelFromBotOAuthScope: get('ToChannelFromBotOAuthScope') || 'https://api.botframework.com',
          }
        : {}),
    },
    files: {
      signIns: file('SIGNINS_FILE', 'data/signins.json'),
      directory: file('DIRECTORY_FILE', 'data/directory.json'),
      catalog: file('CATALOG_FILE', 'data/catalog.json'),
      catalogIndex: file('CATALOG_INDEX_FILE', 'data/state/catalog-index.json'),
      apps: file('APPS_FILE', 'data/apps.json'),
      tenantApps: file('TENANT_APPS_FILE', 'data/tenant-apps.json'),
      audit: file('AUDIT_FILE', 'data/state/audit.jsonl'),
      tickets: file('TICKETS_FILE', 'data/state/tickets.json'),
    },
    ...(graph ? { graph } : {}),
    ...(ticketWebhook ? { ticketWebhook } : {}),
    ...(get('DIRECT_LINE_SECRET')
      ? { directLine: { secret: get('DIRECT_LINE_SECRET'), url: directLineUrl } }
      : {}),
    ...(blobStore ? { blobStore } : {}),
    sampleTenant: get('SIGNINS_FILE') === '' && !graph,
    defaultTimeZone: timeZone,
    localDefaultUpn: get('LOCAL_DEFAULT_USER') || 'hanna.hoek@contoso.com',
    logLevel,
    logPii,
    ...(allowedTenantId ? { allowedTenantId: allowedTenantId.toLowerCase() } : {}),
    helpdeskStaff,
    conversationLimits: {
      maxConversations: whole('MAX_CONVERSATIONS', 10_000, 10, 1_000_000),
      idleMs: whole('CONVERSATION_IDLE_HOURS', 24, 1, 24 * 90) * 3_600_000,
    },
    ...(helpdeskGroupId ? { helpdeskGroupId } : {}),
  };
}

function graphConfig(
  get: (name: string) => string,
  fail: (name: string, rule: string) => never,
  root: string,
): GraphConfig | undefined {
  const names = ['GRAPH_TENANT_ID', 'GRAPH_CLIENT_ID', 'GRAPH_CLIENT_SECRET', 'GRAPH_CERTIFICATE_PATH'];
  if (names.every((name) => get(name) === '')) return undefined;
  for (const name of ['GRAPH_TENANT_ID', 'GRAPH_CLIENT_ID']) {
    if (!GUID_PATTERN.test(get(name)))
      fail(name, 'must be a GUID (Entra ID > App registrations > Overview) when Graph is used');
  }
  if (!get('GRAPH_CLIENT_SECRET') && !get('GRAPH_CERTIFICATE_PATH'))
    fail(
      'GRAPH_CLIENT_SECRET',
      'or GRAPH_CERTIFICATE_PATH is required with GRAPH_TENANT_ID and GRAPH_CLIENT_ID',
    );
  const baseUrl = (get('GRAPH_BASE_URL') || 'https://graph.microsoft.com/beta').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+\/(v1\.0|beta)$/.test(baseUrl))
    fail('GRAPH_BASE_URL', 'must be a Graph root with its version, such as https://graph.microsoft.com/beta');
  const authorityHost = get('GRAPH_AUTHORITY_HOST') || 'https://login.microsoftonline.com';
  if (!/^https:\/\//.test(authorityHost)) fail('GRAPH_AUTHORITY_HOST', 'must be an https URL');
  const timeoutMs =
    get('GRAPH_TIMEOUT_SECONDS') === '' ? 20_000 : Number(get('GRAPH_TIMEOUT_SECONDS')) * 1000;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 1000 || timeoutMs > 120_000)
    fail('GRAPH_TIMEOUT_SECONDS', 'must be a number of seconds from 1 to 120');
  return {
    tenantId: get('GRAPH_TENANT_ID'),
    clientId: get('GRAPH_CLIENT_ID'),
    ...(get('GRAPH_CLIENT_SECRET') ? { clientSecret: get('GRAPH_CLIENT_SECRET') } : {}),
    ...(get('GRAPH_CERTIFICATE_PATH')
      ? { certificatePath: path.resolve(root, get('GRAPH_CERTIFICATE_PATH')) }
      : {}),
    baseUrl,
    authorityHost,
    timeoutMs,
  };
}

function blobStoreConfig(
  get: (name: string) => string,
  fail: (name: string, rule: string) => never,
): BlobStoreConfig | undefined {
  const store = (get('STATE_STORE') || 'memory').toLowerCase();
  if (store !== 'memory' && store !== 'blob') fail('STATE_STORE', 'must be memory or blob');
  const names = ['AZURE_STORAGE_CONNECTION_STRING', 'AZURE_STORAGE_ACCOUNT_URL', 'AZURE_STORAGE_CONTAINER'];
  if (store === 'memory') {
    for (const name of names) if (get(name)) fail(name, 'has no effect without STATE_STORE=blob');
    return undefined;
  }
  const connectionString = get('AZURE_STORAGE_CONNECTION_STRING');
  const accountUrl = get('AZURE_STORAGE_ACCOUNT_URL').replace(/\/+$/, '');
  if (!connectionString && !accountUrl)
    fail(
      'AZURE_STORAGE_CONNECTION_STRING',
      'or AZURE_STORAGE_ACCOUNT_URL is required with STATE_STORE=blob (Storage account > Access keys, or its blob endpoint)',
    );
  if (connectionString && accountUrl)
    fail('AZURE_STORAGE_ACCOUNT_URL', 'or AZURE_STORAGE_CONNECTION_STRING, not both');
  if (
    accountUrl &&
    !/^https:\/\/[^\s/]+$/.test(accountUrl) &&
    !/^http:\/\/127\.0\.0\.1:\d+\/\w+$/.test(accountUrl)
  )
    fail(
      'AZURE_STORAGE_ACCOUNT_URL',
      "must be the account's blob endpoint, such as https://myaccount.blob.core.windows.net",
    );
  const container = (get('AZURE_STORAGE_CONTAINER') || 'signin-helpdesk').toLowerCase();
  // Azure's rule for container names.
  if (!/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/.test(container))
    fail('AZURE_STORAGE_CONTAINER', 'must be 3 to 63 lower-case letters, digits and single hyphens');
  return { ...(connectionString ? { connectionString } : { accountUrl }), container };
}

function ticketWebhookConfig(
  get: (name: string) => string,
  fail: (name: string, rule: string) => never,
): TicketWebhook | undefined {
  const url = get('TICKET_WEBHOOK_URL');
  if (!url) {
    for (const name of ['TICKET_FORMAT', 'TICKET_TOKEN', 'TICKET_USERNAME'])
      if (get(name)) fail(name, 'has no effect without TICKET_WEBHOOK_URL');
    return undefined;
  }
  if (!/^https?:\/\/[^\s]+$/.test(url)) fail('TICKET_WEBHOOK_URL', 'must be an http(s) URL');
  const format = (get('TICKET_FORMAT') || 'json').toLowerCase();
  if (format !== 'json' && format !== 'servicenow') fail('TICKET_FORMAT', 'must be json or servicenow');
  if (get('TICKET_TOKEN') && get('TICKET_USERNAME'))
    fail('TICKET_TOKEN', 'or TICKET_USERNAME/TICKET_PASSWORD, not both');
  if (get('TICKET_USERNAME') && !get('TICKET_PASSWORD'))
    fail('TICKET_PASSWORD', 'is required with TICKET_USERNAME');
  const authorization = get('TICKET_TOKEN')
    ? `Bearer ${get('TICKET_TOKEN')}`
    : get('TICKET_USERNAME')
      ? `Basic ${Buffer.from(`${get('TICKET_USERNAME')}:${get('TICKET_PASSWORD')}`).toString('base64')}`
      : undefined;
  const timeoutMs =
    get('TICKET_TIMEOUT_SECONDS') === '' ? 10_000 : Number(get('TICKET_TIMEOUT_SECONDS')) * 1000;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 500 || timeoutMs > 120_000)
    fail('TICKET_TIMEOUT_SECONDS', 'must be a number of seconds from 0.5 to 120');
  return { url, format, ...(authorization ? { authorization } : {}), timeoutMs };
}

/** npm run chat: the bot's settings on a free loopback port, logging warnings only unless LOG_LEVEL says otherwise. */
export function chatConfig(env: NodeJS.ProcessEnv): Config {
  return loadConfig({ ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: env.LOG_LEVEL ?? 'warn' });
}

export function importConfig(env: NodeJS.ProcessEnv): ImportConfig {
  return { config: loadConfig(env), workingFolder: env.INIT_CWD ?? process.cwd() };
}

/** The manifest's settings; every one that is missing or wrong is named in one error. */
export function manifestConfig(env: NodeJS.ProcessEnv): ManifestConfig {
  const problems: string[] = [];
  const need = (name: string, rule: (value: string) => boolean, hint: string): string => {
    const value = (env[name] ?? '').trim();
    if (!rule(value)) problems.push(`${name} ${hint}`);
    return value;
  };
  const settings: ManifestConfig = {
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
  if (problems.length > 0)
    throw new Error(`[manifest] set these in .env or the environment:\n- ${problems.join('\n- ')}`);
  return settings;
}
