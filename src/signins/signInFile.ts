import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseJson, writeDurably } from '../shared/jsonFile';
import { SignIn } from './signIn';

/** Someone seen in imported records: enough to recognise them by name when no directory entry exists. */
export interface ImportedUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
  userType?: 'member' | 'guest';
}

export interface SignInFileMeta {
  /** `sample`: the embedded demo tenant, whose dates move with today. */
  kind: 'sample' | 'import';
  /** The UTC day the records were generated for (sample only). */
  anchorDate?: string;
  includesNonInteractive: boolean;
  generatedAt: string;
  /** The files an import was made from, newest last. */
  sources?: string[];
}

export interface SignInFileData {
  meta: SignInFileMeta;
  signIns: SignIn[];
  /** The people seen in imported records. */
  users?: ImportedUser[];
}

/** Reads the sign-in file; fails with a hint when it is missing or not a sign-in file. */
export async function readSignInFile(path: string): Promise<SignInFileData> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(
      `[signins] no sign-in file at ${path}. Run "npm run data:generate" to create the sample tenant.`,
      { cause: error },
    );
  }
  const data = parseJson(text, path, '[signins]', REPAIR) as Partial<SignInFileData> | null;
  if (!data?.meta || !Array.isArray(data.signIns)) {
    throw new Error(
      `[signins] ${path} has no "meta" and "signIns". Regenerate it with "npm run data:generate".`,
    );
  }
  return data as SignInFileData;
}

const REPAIR = 'Restore it or regenerate it.';

/**
 * Writes the whole file atomically (see writeDurably). Records are written one by one: a 250,000-record store never
 * exists as one giant string in memory.
 */
export async function writeSignInFile(path: string, data: SignInFileData): Promise<void> {
  await writeDurably(path, async (handle) => {
    // One record per line (still one JSON document), so the running bot can read it back a line at a time.
    let buffered = `{"meta":${JSON.stringify(data.meta)},"users":${JSON.stringify(data.users ?? [])},"signIns":[\n`;
    for (let i = 0; i < data.signIns.length; i++) {
      buffered += (i === 0 ? '' : ',\n') + JSON.stringify(data.signIns[i]);
      if (buffered.length > CHUNK) {
        await handle.write(buffered);
        buffered = '';
      }
    }
    await handle.write(`${buffered}\n]}\n`);
  });
}

const CHUNK = 1 << 20;

/**
 * The file's meta and people without its records: the first line of a file written by writeSignInFile; a file in any
 * other layout is read whole.
 */
export async function readSignInHeader(path: string): Promise<Omit<SignInFileData, 'signIns'>> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let first: string | undefined;
  try {
    for await (const line of lines) {
      first = line;
      break;
    }
  } finally {
    lines.close();
  }
  const { meta, users } = first?.endsWith('"signIns":[')
    ? (parseJson(`${first}]}`, path, '[signins]', REPAIR) as SignInFileData)
    : await readSignInFile(path);
  return { meta, users };
}

/**
 * Reads a file written by writeSignInFile a line at a time, handing the event loop back every few thousand records,
 * so a bot that reloads 250,000 records keeps answering meanwhile. Files in any other layout are read whole.
 */
export async function readSignInFileGently(path: string): Promise<SignInFileData> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let header: SignInFileData | undefined;
  const signIns: SignIn[] = [];
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      if (!header) {
        if (!line.endsWith('"signIns":[')) break;
        header = parseJson(`${line}]}`, path, '[signins]', REPAIR, number) as SignInFileData;
        continue;
      }
      if (line.startsWith(']')) return { ...header, signIns };
      const record = line.endsWith(',') ? line.slice(0, -1) : line;
      signIns.push(parseJson(record, path, '[signins]', REPAIR, number) as SignIn);
      if (signIns.length % 5000 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    lines.close();
  }
  return readSignInFile(path);
}
