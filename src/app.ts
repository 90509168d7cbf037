import { Storage } from 'botbuilder';
import { MemberConversationState } from './state/memberConversationState';
import { PrivateChat } from './features/groupChats/privateChat';
import { BoundedMemoryStorage } from './state/boundedMemoryStorage';
import { EventLoopWatch } from './host/eventLoopWatch';
import restify from 'restify';
import { MainDialog } from '../dialogs/mainDialog';
import { LastList } from '../dialogs/lastList';
import { TroubleshootDialog } from '../dialogs/troubleshootDialog';
import { TicketDialog } from '../dialogs/ticketDialog';
import { TicketStore } from './features/tickets/ticketStore';
import { TicketOutbox } from './features/tickets/ticketOutbox';
import { TicketDesk } from './features/tickets/ticketDesk';
import { AuditLog, AuditSink } from './access/auditLog';
import { CallerResolver } from './access/callerResolver';
import { createAdapter } from './host/adapter';
import { readKnownApps } from './apps/knownApps';
import { SignInInvestigator } from './features/troubleshoot/investigator';
import { TenantOverview } from './features/overview/tenantOverview';
import { Replies } from './features/troubleshoot/replies';
import { CardRenderer } from './cards/cardRenderer';
import { HelpdeskBot } from './host/bot';
import { Catalog } from './catalog/catalog';
import { ClientSecretCredentialOptions } from '@azure/identity';
import { Config } from './host/config';
import { GraphParts, SignInBudget } from './graph/graphParts';
import { IdentityCache } from './access/identityCache';
import { callerFor } from './access/caller';
import { ConversationLine } from './host/conversationLine';
import { PacedBot } from './host/pacedBot';
import { SlowTurnNotice } from './host/slowTurnNotice';
import { Logger } from './host/log';
import { ensureSampleTenant } from './sample/sampleFiles';
import { sampleOwn } from './sample/sampleOwn';
import { readTenantOwn } from './tenant/tenantFiles';
import { TenantNames, TenantOwn } from './tenant/tenantNames';
import { createServer } from './host/server';
import { Audiences } from './host/audience';
import { Current, Latest } from './shared/current';
import { Names } from '../dialogs/parts';
import { TicketQuestions } from '../dialogs/ticketQuestions';
import { LiveSignInStore } from './signins/liveSignInStore';
import { SignInSource } from './signins/signInSource';
import { DateRecognizer } from './understanding/dateRecognizer';
import { IntentModel, MODEL_FILE } from './understanding/intentModel';
import { entityFinderFor, languageWordsOf } from './understanding/readerFor';
import { Understander } from './understanding/understander';
import { IntentReader } from './understanding/intent';
import { LANGUAGES } from './text/texts';

/** Messages one conversation may have waiting behind a turn under way before more are turned away. */
const MAX_WAITING_TURNS = 5;

export interface AppOverrides {
  now?: () => Date;
  /** Passed to @azure/identity: tests route its requests to a fake sign-in endpoint. */
  graphCredential?: ClientSecretCredentialOptions;
  /** How the Graph clients wait before a retry (default: a timer); tests record the waits instead. */
  graphSleep?: (ms: number) => Promise<void>;
  /** Graph's budget for sign-in reports (default 5 per 10 s); tests shrink the window to run in less time. */
  graphSignInBudget?: SignInBudget;
  /** How long a turn may send nothing before the user is told it is still working (default 2 s). */
  slowReplyMs?: number;
  /** When Teams gets the HTTP answer to a turn that is still running (default 2.5 s). */
  answerWithinMs?: number;
  /** How often the sign-in file is checked for a new import (default 2 s). */
  reloadIntervalMs?: number;
  storage?: Storage;
  audit?: AuditSink;
  source?: SignInSource;
  /** How often the tenant's users are read again from Graph (default 1 hour). */
  peopleRefreshMs?: number;
  /** How long a request's body may take to arrive (default 10 s). */
  bodyDeadlineMs?: number;
}

export interface App {
  server: restify.Server;
  bot: HelpdeskBot;
  /** Who and which app a message means, as of the last reload (tests resolve people through it). */
  names: Latest<Names>;
  tickets: TicketDesk;
  signIns: number;
  /** Delivers filed tickets when TICKET_WEBHOOK_URL is set. */
  outbox?: TicketOutbox;
  /** Stops watching the sign-in file, the ticket outbox and the other timers (not the server: close that apart). */
  close(): void;
}

/** Builds the bot from its parts, in order: data → state and adapter → services → dialogs → bot → server. */
export async function createApp(config: Config, log: Logger, overrides: AppOverrides = {}): Promise<App> {
  const now = overrides.now ?? (() => new Date());
  if (config.sampleTenant && (await ensureSampleTenant(sampleFiles(config), now()))) {
    log.info('first start: wrote the sample tenant to data/');
  }
  // Several instances share state, tickets, the audit trail and Graph's budget through Azure Blob Storage.
  // Loaded only then: the Azure SDKs add start-up time and memory that one machine does not need.
  const shared = config.blobStore
    ? await (
        await import('./azure/azureStore.js')
      ).AzureStore.open(config.blobStore, log, config.files.tickets)
    : undefined;
  if (config.blobStore)
    log.info(
      { container: config.blobStore.container },
      'conversations, tickets, the audit trail and the Graph budget are shared in Azure Blob Storage',
    );
  const graph = config.graph
    ? new GraphParts(
        config.graph,
        log,
        overrides.graphCredential,
        overrides.graphSleep,
        overrides.graphSignInBudget,
        shared?.graph,
      )
    : undefined;
  const [store, tenantFiles, catalog, microsoftApps, model] = await Promise.all([
    overrides.source || graph ? undefined : LiveSignInStore.open(config.files.signIns, now, log),
    readTenantOwn(config.files, !graph),
    Catalog.read(config.files.catalog, config.files.catalogIndex),
    readKnownApps(config.files.apps),
    IntentModel.load(MODEL_FILE),
  ]);
  const source = overrides.source ?? graph?.signIns ?? store!;
  const identities = graph ? new IdentityCache(graph.directory) : undefined;
  const staffRules = {
    localMode: config.localMode,
    localDefaultUpn: config.localDefaultUpn,
    namedStaff: config.helpdeskStaff,
    helpdeskGroupId: config.helpdeskGroupId,
  };

  // Who and which app a message means: the people and apps of the tenant whose records are in use (the sample's own
  // while the store holds the sample tenant), Microsoft's apps, and what the records add. A reload builds new
  // resolvers and replaces them whole; a turn under way keeps the ones it read.
  const known = new TenantNames(microsoftApps, sampleOwn());
  // In Graph mode the tenant's people and apps (its own apps too) come from Graph; the files add nicknames.
  const fromGraph = async (): Promise<TenantOwn> => {
    const [directory, apps] = await Promise.all([graph!.people(), graph!.apps()]);
    return { directory, apps: [...tenantFiles.apps, ...apps] };
  };
  let tenant: TenantOwn = graph ? await fromGraph() : tenantFiles;
  // A file answers for any date it holds; Graph keeps 30 days.
  const dates = new DateRecognizer({ oldestRecord: () => source.describe().span?.from });
  dates.warmUp();
  catalog.warmUp();
  const languageWords = languageWordsOf(model.vocabulary, LANGUAGES);
  const namesOf = (records: LiveSignInStore | undefined): Names => {
    const { users, apps } = known.names(tenant, records);
    const people = { users: known.people(tenant, records).users, seenApps: records?.apps() ?? [] };
    const finder = entityFinderFor(
      { ...people, knownApps: known.knownApps(tenant, records), appIds: apps },
      languageWords,
      dates,
      (word) => !!catalog.named(word),
    );
    return { users, apps, finder };
  };
  const callersOf = (records: LiveSignInStore | undefined) =>
    new CallerResolver(identities ?? known.people(tenant, records), staffRules, log);
  const names = new Current(namesOf(store));
  const callers = new Current(callersOf(store));
  const reload = (records: LiveSignInStore | undefined): void => {
    names.replace(namesOf(records));
    callers.replace(callersOf(records));
  };
  store?.watch(overrides.reloadIntervalMs ?? 2000, reload);
  // Read the tenant's users again every hour, or every minute while Graph has refused them.
  let peopleRefresh: NodeJS.Timeout | undefined;
  const refreshPeople = (): void => {
    const wait = tenant.directory.users.length > 0 ? (overrides.peopleRefreshMs ?? 3_600_000) : 60_000;
    peopleRefresh = setTimeout(() => {
      // Nothing awaits a timer: people() logs Graph's refusal itself and answers an empty directory.
      void fromGraph().then((read) => {
        if (read.directory.users.length > 0) {
          tenant =
            read.apps.length > tenantFiles.apps.length ? read : { ...tenant, directory: read.directory };
          reload(undefined);
        }
        refreshPeople();
      });
    }, wait).unref();
  };
  if (graph) refreshPeople();

  const ticketStore = shared?.tickets ?? (await TicketStore.open(config.files.tickets, now(), log));
  const outbox = config.ticketWebhook
    ? new TicketOutbox(ticketStore, config.ticketWebhook, log, now, {}, shared?.outboxLock)
    : undefined;
  const tickets = new TicketDesk(ticketStore, catalog, source, outbox, now, log);
  const conversationState = new MemberConversationState(
    overrides.storage ?? shared?.conversations ?? new BoundedMemoryStorage(config.conversationLimits),
  );
  const adapter = createAdapter(config, conversationState, log);
  const audit = overrides.audit ?? shared?.audit ?? new AuditLog(config.files.audit);
  const investigator = new SignInInvestigator(source, catalog, audit, now);
  const overview = new TenantOverview(source, catalog, audit, now);
  const replies = new Replies(catalog, () => source.describe().includesNonInteractive);
  const cards = new CardRenderer();

  const reader = new IntentReader(new Understander(model, LANGUAGES), names, now);
  const lastList = conversationState.createProperty<LastList>('lastList');
  const ticketQuestions = new TicketQuestions(tickets);
  const asked = {
    names,
    reader,
    catalog,
    replies,
    cards,
    ticketQuestions,
    overview: { answer: overview.answer.bind(overview), now },
  };
  const dialog = new MainDialog(
    { names, reader, catalog, investigator, overview, replies, cards, now },
    new TroubleshootDialog(
      { ...asked, dates, investigator, now, queueWait: () => graph?.signIns.expectedWaitMs() ?? 0 },
      lastList,
    ),
    new TicketDialog({ ...asked, investigator, tickets }, lastList),
    ticketQuestions,
    lastList,
  );
  outbox?.start();
  const bot = new HelpdeskBot(conversationState, dialog, {
    audiences: new Audiences(callers, config.defaultTimeZone),
    replies,
    cards,
    reader,
    privateChat: new PrivateChat(adapter, config.bot.MicrosoftAppId, log),
    log,
  });
  const eventLoop = new EventLoopWatch();
  // Turns of one conversation run in order; a slow one says so, and Teams gets its HTTP answer before it resends.
  const paced = new PacedBot(
    bot,
    new ConversationLine(MAX_WAITING_TURNS),
    new SlowTurnNotice(overrides.slowReplyMs ?? 2000, log),
  );
  const server = createServer(adapter, paced, {
    localMode: config.localMode,
    answerWithinMs: overrides.answerWithinMs,
    directLine: config.directLine,
    // The page's picker: the helpdesk first, then everyone else, by name.
    people: () =>
      known
        .people(tenant, store)
        .users.map((user) => ({
          upn: user.userPrincipalName,
          name: user.displayName,
          staff: callerFor(user, staffRules).isStaff,
        }))
        .sort((a, b) => Number(b.staff) - Number(a.staff) || a.name.localeCompare(b.name)),
    deadlineMs: overrides.bodyDeadlineMs,
    allowedTenantId: config.allowedTenantId,
    log,
    health: () => ({
      mode: config.localMode ? 'local' : 'channel',
      signIns: store?.size,
      ...(store?.skipped ? { skippedSignIns: store.skipped } : {}),
      eventLoopDelay: eventLoop.sinceLastLook(),
      ...(store?.problem
        ? { status: 'degraded', problem: 'the sign-in store was unreadable and set aside' }
        : {}),
    }),
  });
  return {
    server,
    bot,
    names,
    tickets,
    signIns: store?.size ?? 0,
    outbox,
    close: () => {
      store?.close();
      void outbox?.stop();
      eventLoop.stop();
      clearTimeout(peopleRefresh);
    },
  };
}

function sampleFiles(config: Config) {
  return { appsFile: config.files.apps, signInsFile: config.files.signIns };
}
