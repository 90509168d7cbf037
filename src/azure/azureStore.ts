import { ContainerClient } from '@azure/storage-blob';
import { DefaultAzureCredential } from '@azure/identity';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { Storage } from 'botbuilder';
import { BlobStoreConfig } from '../host/config';
import { Logger } from '../host/log';
import { SharedConversationStorage } from '../state/sharedConversationStorage';
import { SharedGraph, SignInBudget } from '../graph/graphParts';
import { BlobAnswerCache } from './blobAnswerCache';
import { BlobAuditLog } from './blobAuditLog';
import { BlobBudget } from './blobBudget';
import { accessHint, containerOf, openContainer, STORAGE_PIPELINE } from './blobContainer';
import { BlobLease } from './blobLease';
import { BlobTicketStore } from './blobTicketStore';
import { TicketCounter } from '../features/tickets/ticketNumbers';

/**
 * Everything several instances share, in one container (STATE_STORE=blob): conversation state, tickets, the lock of
 * the ticket outbox, the audit trail, and Graph's budget and answers.
 */
export class AzureStore {
  readonly conversations: Storage;
  readonly tickets: BlobTicketStore;
  readonly outboxLock: BlobLease;
  readonly audit: BlobAuditLog;
  readonly graph: SharedGraph;

  private constructor(config: BlobStoreConfig, container: ContainerClient, log: Logger, ticketsFile: string) {
    const options = { storagePipelineOptions: STORAGE_PIPELINE };
    this.conversations = new SharedConversationStorage(
      config.connectionString
        ? new BlobsStorage(config.connectionString, config.container, options)
        : new BlobsStorage('', config.container, options, container.url, new DefaultAzureCredential()),
    );
    // Numbers go on from the ticket file of this machine, if tickets were filed there before.
    this.tickets = new BlobTicketStore(container, log, () => new TicketCounter(ticketsFile).read());
    this.outboxLock = new BlobLease(container, 'locks/ticket-outbox', log);
    this.audit = new BlobAuditLog(container);
    this.graph = {
      gate: (budget: SignInBudget) => new BlobBudget(container, budget),
      answers: new BlobAnswerCache(container),
    };
  }

  static async open(config: BlobStoreConfig, log: Logger, ticketsFile: string): Promise<AzureStore> {
    const container = containerOf(config);
    await openContainer(container, accessHint(config));
    const store = new AzureStore(config, container, log, ticketsFile);
    // BlobsStorage checks its container on first use and keeps that answer for good, a failure too: a first turn
    // while storage is away would fail every later one. Its first use is now, while storage is known to answer.
    await store.conversations.read([]);
    return store;
  }
}
