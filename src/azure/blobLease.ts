import { BlobLeaseClient, ContainerClient } from '@azure/storage-blob';
import { randomUUID } from 'node:crypto';
import { Logger } from '../host/log';
import { OutboxLock } from '../features/tickets/ticketOutbox';
import { statusOf } from './blobContainer';

/** Azure's longest lease with an end: an instance that dies holds it at most this long. */
const LEASE_SECONDS = 15;
/** Renewed well before it ends, also while a slow delivery is under way. */
const RENEW_EVERY_MS = 5000;

/**
 * A lock held as a lease on a blob: one instance at a time holds it and renews it every 5 s; when that instance dies
 * the lease runs out within 15 s and the next instance to ask takes it.
 */
export class BlobLease implements OutboxLock {
  private readonly lease: BlobLeaseClient;
  private renewal?: NodeJS.Timeout;
  private held = false;

  constructor(
    private readonly container: ContainerClient,
    private readonly name: string,
    private readonly log: Pick<Logger, 'info' | 'warn'>,
  ) {
    this.lease = container.getBlobClient(name).getBlobLeaseClient(randomUUID());
  }

  async hold(): Promise<boolean> {
    if (this.held) return true;
    try {
      await this.lease.acquireLease(LEASE_SECONDS).catch(async (error: unknown) => {
        if (statusOf(error) !== 404) throw error;
        await this.createBlob();
        await this.lease.acquireLease(LEASE_SECONDS);
      });
    } catch (error) {
      // 409: another instance holds it.
      if (statusOf(error) !== 409)
        this.log.warn(
          { lock: this.name, error: (error as Error).message.split('\n')[0] },
          'could not take a lock',
        );
      return false;
    }
    this.held = true;
    this.log.info({ lock: this.name }, 'took the lock: this instance delivers tickets');
    this.renewal = setInterval(() => void this.renew(), RENEW_EVERY_MS).unref();
    return true;
  }

  async release(): Promise<void> {
    if (!this.held) return;
    this.lost();
    await this.lease.releaseLease();
  }

  private async renew(): Promise<void> {
    try {
      await this.lease.renewLease();
    } catch (error) {
      this.lost();
      this.log.warn(
        { lock: this.name, error: (error as Error).message.split('\n')[0] },
        'lost the lock: another instance takes over',
      );
    }
  }

  private lost(): void {
    this.held = false;
    clearInterval(this.renewal);
  }

  private async createBlob(): Promise<void> {
    const blob = this.container.getBlockBlobClient(this.name);
    try {
      await blob.upload('', 0, { conditions: { ifNoneMatch: '*' } });
    } catch (error) {
      // 409 (exists) or 412 (exists and leased): either way there is a blob to lease.
      if (statusOf(error) !== 409 && statusOf(error) !== 412) throw error;
    }
  }
}
