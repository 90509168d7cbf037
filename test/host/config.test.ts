import { expect } from 'chai';
import { loadConfig } from '../../src/host/config';

const BAD: [name: string, env: NodeJS.ProcessEnv, setting: string][] = [
  ['a port that is not a number', { PORT: 'abc' }, 'PORT'],
  ['a port out of range', { PORT: '70000' }, 'PORT'],
  ['an unknown app type', { MicrosoftAppType: 'Anyone' }, 'MicrosoftAppType'],
  [
    'SingleTenant without a tenant',
    { MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant' },
    'MicrosoftAppTenantId',
  ],
  ['an app ID without a password', { MicrosoftAppId: 'id' }, 'MicrosoftAppPassword'],
  ['a password without an app ID', { MicrosoftAppPassword: 'pw' }, 'MicrosoftAppId'],
  ['a time zone that does not exist', { DEFAULT_TIMEZONE: 'Mars/Olympus' }, 'DEFAULT_TIMEZONE'],
  ['an unknown log level', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  [
    'production without an app ID (channel authentication would be off)',
    { NODE_ENV: 'production' },
    'MicrosoftAppId',
  ],
  ['a tenant allow-list that is not a GUID', { ALLOWED_TENANT_ID: 'contoso.com' }, 'ALLOWED_TENANT_ID'],
  ['LOG_PII that is neither true nor false', { LOG_PII: 'sometimes' }, 'LOG_PII'],
  [
    'a helpdesk staff entry that is neither UPN nor object ID',
    { HELPDESK_STAFF: 'hanna.hoek@contoso.com, bob' },
    'HELPDESK_STAFF',
  ],
  ['a ticket webhook that is not a URL', { TICKET_WEBHOOK_URL: 'tickets.contoso.com' }, 'TICKET_WEBHOOK_URL'],
  [
    'a Direct Line address over plain http elsewhere than this machine',
    { DIRECT_LINE_SECRET: 's', DIRECT_LINE_URL: 'http://directline.contoso.com' },
    'DIRECT_LINE_URL',
  ],
  [
    'a Direct Line address without its secret',
    { DIRECT_LINE_URL: 'https://dl.contoso.com' },
    'DIRECT_LINE_URL',
  ],
  [
    'an unknown ticket format',
    { TICKET_WEBHOOK_URL: 'https://t.contoso.com', TICKET_FORMAT: 'jira' },
    'TICKET_FORMAT',
  ],
  [
    'both a token and a user for the ticket system',
    { TICKET_WEBHOOK_URL: 'https://t.contoso.com', TICKET_TOKEN: 'x', TICKET_USERNAME: 'bot' },
    'TICKET_TOKEN',
  ],
  ['ticket settings without a webhook', { TICKET_FORMAT: 'servicenow' }, 'TICKET_FORMAT'],
  ['a conversation limit that is not a number', { MAX_CONVERSATIONS: 'lots' }, 'MAX_CONVERSATIONS'],
  ['a helpdesk group that is not a GUID', { HELPDESK_GROUP_ID: 'Helpdesk' }, 'HELPDESK_GROUP_ID'],
  ['an unknown state store', { STATE_STORE: 'redis' }, 'STATE_STORE'],
  ['blob state without an account', { STATE_STORE: 'blob' }, 'AZURE_STORAGE_CONNECTION_STRING'],
  [
    'blob state with both ways to an account',
    {
      STATE_STORE: 'blob',
      AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
      AZURE_STORAGE_ACCOUNT_URL: 'https://contoso.blob.core.windows.net',
    },
    'AZURE_STORAGE_ACCOUNT_URL',
  ],
  [
    'an account URL that is not one',
    { STATE_STORE: 'blob', AZURE_STORAGE_ACCOUNT_URL: 'contoso.blob.core.windows.net' },
    'AZURE_STORAGE_ACCOUNT_URL',
  ],
  [
    'a container name Azure refuses',
    { STATE_STORE: 'blob', AZURE_STORAGE_CONNECTION_STRING: 'x', AZURE_STORAGE_CONTAINER: 'Sign_In' },
    'AZURE_STORAGE_CONTAINER',
  ],
  [
    'storage settings without STATE_STORE=blob',
    { AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' },
    'AZURE_STORAGE_CONNECTION_STRING',
  ],
  [
    'a helpdesk group without Graph to read it',
    { HELPDESK_GROUP_ID: 'abcdef01-2345-4678-9abc-def012345678' },
    'HELPDESK_GROUP_ID',
  ],
  [
    'a Graph tenant that is not a GUID',
    {
      GRAPH_TENANT_ID: 'contoso',
      GRAPH_CLIENT_ID: '0f1e2d3c-4b5a-4987-8654-3210fedcba98',
      GRAPH_CLIENT_SECRET: 's',
    },
    'GRAPH_TENANT_ID',
  ],
  [
    'a Graph client ID without a credential',
    {
      GRAPH_TENANT_ID: '0f1e2d3c-4b5a-4987-8654-3210fedcba98',
      GRAPH_CLIENT_ID: '0f1e2d3c-4b5a-4987-8654-3210fedcba98',
    },
    'GRAPH_CLIENT_SECRET',
  ],
  ['a Graph secret alone', { GRAPH_CLIENT_SECRET: 's' }, 'GRAPH_TENANT_ID'],
  [
    'a Graph root without a version',
    {
      GRAPH_TENANT_ID: '0f1e2d3c-4b5a-4987-8654-3210fedcba98',
      GRAPH_CLIENT_ID: '0f1e2d3c-4b5a-4987-8654-3210fedcba98',
      GRAPH_CLIENT_SECRET: 's',
      GRAPH_BASE_URL: 'https://graph.microsoft.com',
    },
    'GRAPH_BASE_URL',
  ],
  [
    'a Graph timeout of an hour',
    {
      GRAPH_TENANT_ID: '0f1e2d3c-4b5a-4987-8654-3210fedcba98',
      GRAPH_CLIENT_ID: '0f1e2d3c-4b5a-4987-8654-3210fedcba98',
      GRAPH_CLIENT_SECRET: 's',
      GRAPH_TIMEOUT_SECONDS: '3600',
    },
    'GRAPH_TIMEOUT_SECONDS',
  ],
];

/** Whatever its case and spacing, production without an app ID must not start in local mode. */
const PRODUCTION = ['production', 'Production', 'PRODUCTION', ' production ', 'production\n', '\tProDuction'];

describe('loadConfig', () => {
  for (const value of PRODUCTION) {
    it(`refuses NODE_ENV=${JSON.stringify(value)} without an app ID, naming MicrosoftAppId`, () => {
      expect(() => loadConfig({ NODE_ENV: value })).to.throw('[config] MicrosoftAppId');
    });
  }

  for (const value of ['', 'development', 'test', 'productions', 'pre-production']) {
    it(`starts in local mode with NODE_ENV=${JSON.stringify(value)}`, () => {
      expect(loadConfig({ NODE_ENV: value }).localMode).to.equal(true);
    });
  }

  for (const [name, env, setting] of BAD) {
    it(`fails at start-up on ${name}, naming ${setting}`, () => {
      expect(() => loadConfig(env)).to.throw(`[config] ${setting}`);
    });
  }

  it('runs in local mode on 127.0.0.1:3978 with no settings at all', () => {
    const config = loadConfig({});
    expect([config.localMode, config.host, config.port]).to.deep.equal([true, '127.0.0.1', 3978]);
    expect(config.files.signIns).to.match(/data[/\\]signins\.json$/);
    expect(config.blobStore, 'state in memory and files, no Azure').to.equal(undefined);
  });

  it("shares state in a blob container with STATE_STORE=blob, through a key or the app's identity", () => {
    const connectionString = 'UseDevelopmentStorage=true';
    expect(
      loadConfig({ STATE_STORE: 'Blob', AZURE_STORAGE_CONNECTION_STRING: connectionString }).blobStore,
    ).to.deep.equal({
      connectionString,
      container: 'signin-helpdesk',
    });
    const byIdentity = loadConfig({
      STATE_STORE: 'blob',
      AZURE_STORAGE_ACCOUNT_URL: 'https://contoso.blob.core.windows.net/',
      AZURE_STORAGE_CONTAINER: 'helpdesk-2',
    }).blobStore;
    expect(byIdentity).to.deep.equal({
      accountUrl: 'https://contoso.blob.core.windows.net',
      container: 'helpdesk-2',
    });
  });

  it('listens on all interfaces with channel authentication when an app ID is set', () => {
    const config = loadConfig({
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'pw',
      MicrosoftAppType: 'singletenant',
      MicrosoftAppTenantId: 't',
    });
    expect([config.localMode, config.host, config.bot.MicrosoftAppType]).to.deep.equal([
      false,
      '0.0.0.0',
      'SingleTenant',
    ]);
  });

  it('keeps HOST when it is given', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }).host).to.equal('0.0.0.0');
  });
});
