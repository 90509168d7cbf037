import { DefaultAzureCredential } from '@azure/identity';
import { BlobServiceClient, ContainerClient, RestError, StoragePipelineOptions } from '@azure/storage-blob';
import { BlobStoreConfig } from '../host/config';

/**
 * Someone waits for every turn: a request that gets no answer within 10 s is tried again, twice at most, instead of
 * the SDK's default of waiting without end.
 */
export const STORAGE_PIPELINE: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, tryTimeoutInMs: 10_000, retryDelayInMs: 500, maxRetryDelayInMs: 4000 },
};

/** The container every instance shares, from a connection string or an account URL with the app's identity. */
export function containerOf(config: BlobStoreConfig): ContainerClient {
  if (!config.connectionString)
    return new BlobServiceClient(
      config.accountUrl!,
      new DefaultAzureCredential(),
      STORAGE_PIPELINE,
    ).getContainerClient(config.container);
  try {
    return BlobServiceClient.fromConnectionString(
      config.connectionString,
      STORAGE_PIPELINE,
    ).getContainerClient(config.container);
  } catch (error) {
    // The SDK's own words name no setting ("Invalid URL"); the value itself holds the account key, so it is not shown.
    throw new Error(
      `[config] AZURE_STORAGE_CONNECTION_STRING is not a connection string Azure Storage accepts ` +
        `(${(error as Error).message.split('\n')[0]}). Copy it from the storage account's Access keys. ` +
        'Fix it in .env or the environment.',
      { cause: error },
    );
  }
}

/** What to check when the account does not let the bot in, for the way it signs in. */
export function accessHint(config: BlobStoreConfig): string {
  return config.connectionString
    ? "Check the account name and key in AZURE_STORAGE_CONNECTION_STRING (the storage account's Access keys)."
    : "Check AZURE_STORAGE_ACCOUNT_URL, and that the app's identity has the Storage Blob Data Contributor role.";
}

/** Creates the container on first start; fails saying what to check (`hint`) when the account does not answer. */
export async function openContainer(container: ContainerClient, hint = ''): Promise<void> {
  try {
    await container.createIfNotExists();
  } catch (error) {
    throw new Error(
      `[storage] cannot open container "${container.containerName}" at ${new URL(container.url).host}: ` +
        `${(error as Error).message.split('\n')[0]}. ${hint}`.trim(),
      { cause: error },
    );
  }
}

/** The blob's text and ETag, or undefined when it does not exist. */
export async function readBlob(
  container: ContainerClient,
  name: string,
): Promise<{ text: string; etag: string } | undefined> {
  try {
    const blob = container.getBlobClient(name);
    const response = await blob.download();
    const chunks: Buffer[] = [];
    for await (const chunk of response.readableStreamBody!) chunks.push(chunk as Buffer);
    return { text: Buffer.concat(chunks).toString('utf8'), etag: response.etag! };
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/**
 * Writes the blob only if it is as it was read (`etag`) or, without one, only if it does not exist yet. Resolves with
 * the new ETag, or undefined when someone else wrote first.
 */
export async function writeBlobIf(
  container: ContainerClient,
  name: string,
  text: string,
  etag: string | undefined,
): Promise<string | undefined> {
  try {
    const body = Buffer.from(text, 'utf8');
    const written = await container.getBlockBlobClient(name).upload(body, body.length, {
      conditions: etag ? { ifMatch: etag } : { ifNoneMatch: '*' },
      blobHTTPHeaders: { blobContentType: 'application/json' },
    });
    return written.etag;
  } catch (error) {
    if (statusOf(error) === 412 || statusOf(error) === 409) return undefined;
    throw error;
  }
}

export function statusOf(error: unknown): number | undefined {
  return error instanceof RestError ? error.statusCode : (error as { statusCode?: number })?.statusCode;
}

/** A short random wait before trying a conditional write again, so that two instances do not collide again. */
export function backOff(attempt: number): Promise<void> {
  const ms = Math.min(200, 5 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random());
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs `task` on every item, at most `width` at a time; the results in the items' order. */
export async function inBatches<T, R>(
  items: T[],
  width: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width)
    results.push(...(await Promise.all(items.slice(start, start + width).map(task))));
  return results;
}
