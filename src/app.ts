import { ConversationState, MemoryStorage, Storage } from 'botbuilder';
import restify from 'restify';
import { MainDialog } from '../dialogs/mainDialog';
import { LastList } from '../dialogs/lastList';
import { TroubleshootDialog } from '../dialogs/troubleshootDialog';
import { AuditLog, AuditSink } from './access/auditLog';
import { CallerResolver } from './access/callerResolver';
import { createAdapter } from './adapter';
import { AppResolver } from './apps/appResolver';
import { readKnownApps } from './apps/knownApps';
import { SignInInvestigator } from './answers/investigator';
import { Replies } from './answers/replies';
import { HelpdeskBot } from './bot';
import { Catalog } from './catalog/catalog';
import { Config } from './config';
import { Directory } from './directory/directory';
import { UserResolver } from './directory/userResolver';
import { Logger } from './log';
import { ensureSampleTenant } from './sample/sampleFiles';
import { createServer } from './server';
import { Services } from './services';
import { JsonSignInStore } from './signins/jsonSignInStore';
import { readSignInFile } from './signins/signInFile';
import { SignInSource } from './signins/signInSource';
import { DateRecognizer } from './understanding/dateRecognizer';

export interface AppOverrides {
  now?: () => Date;
  storage?: Storage;
  audit?: AuditSink;
  source?: SignInSource;
}

export interface App {
  server: restify.Server;
  bot: HelpdeskBot;
  services: Services;
  signIns: number;
}

/** Builds the bot from its parts, in order: data → services → dialogs → adapter → bot → server. */
export async function createApp(config: Config, log: Logger, overrides: AppOverrides = {}): Promise<App> {
  const now = overrides.now ?? (() => new Date());
  if (config.sampleTenant && (await ensureSampleTenant(sampleFiles(config), now()))) {
    log.info('first start: wrote the sample tenant to data/');
  }
  const [fileData, directory, catalog, knownApps] = await Promise.all([
    overrides.source ? undefined : readSignInFile(config.files.signIns),
    Directory.read(config.files.directory),
    Catalog.read(config.files.catalog),
    readKnownApps(config.files.apps),
  ]);
  const store = fileData ? new JsonSignInStore(fileData, now()) : undefined;
  const source = overrides.source ?? store!;

  const dates = new DateRecognizer();
  dates.warmUp();
  const services: Services = {
    catalog,
    users: new UserResolver(directory),
    apps: new AppResolver(knownApps, store?.apps() ?? []),
    dates,
    investigator: new SignInInvestigator(
      source,
      catalog,
      overrides.audit ?? new AuditLog(config.files.audit),
      now,
    ),
    replies: new Replies(catalog, () => source.describe().includesNonInteractive),
    callers: new CallerResolver(directory, {
      localMode: config.localMode,
      localDefaultUpn: config.localDefaultUpn,
    }),
    now,
    defaultTimeZone: config.defaultTimeZone,
  };

  const conversationState = new ConversationState(overrides.storage ?? new MemoryStorage());
  const lastList = conversationState.createProperty<LastList>('lastList');
  const dialog = new MainDialog(services, new TroubleshootDialog(services, lastList), lastList);
  const adapter = createAdapter(config, conversationState, log);
  const bot = new HelpdeskBot(conversationState, dialog, services);
  const server = createServer(adapter, bot, () => ({
    mode: config.localMode ? 'local' : 'channel',
    signIns: store?.size,
  }));
  return { server, bot, services, signIns: store?.size ?? 0 };
}

function sampleFiles(config: Config) {
  return {
    appsFile: config.files.apps,
    signInsFile: config.files.signIns,
    directoryFile: config.files.directory,
  };
}
