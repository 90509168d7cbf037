import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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
  const db = new Low<SignInFileData | null>(new JSONFile(path), null);
  try {
    await db.read();
  } catch (error) {
    throw new Error(
      `[signins] ${path} is not valid JSON (${(error as Error).message}). Restore it or regenerate it.`,
      { cause: error },
    );
  }
  const data = db.data;
  if (data === null) {
    throw new Error(
      `[signins] no sign-in file at ${path}. Run "npm run data:generate" to create the sample tenant.`,
    );
  }
  if (!data.meta || !Array.isArray(data.signIns)) {
    throw new Error(
      `[signins] ${path} has no "meta" and "signIns". Regenerate it with "npm run data:generate".`,
    );
  }
  return data;
}

/**
 * Writes the whole file atomically, as lowdb's steno writer does: into a temporary file next to it, flushed to disk,
 * then renamed over the old one, so a reader or a crash never sees half a file. Records are written one by one:
 * a 250,000-record store never exists as one giant string in memory.
 */
export async function writeSignInFile(path: string, data: SignInFileData): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const handle = await open(temporary, 'w');
  try {
    let buffered = `{"meta":${JSON.stringify(data.meta)},"users":${JSON.stringify(data.users ?? [])},"signIns":[`;
    for (let i = 0; i < data.signIns.length; i++) {
      buffered += (i === 0 ? '' : ',') + JSON.stringify(data.signIns[i]);
      if (buffered.length > CHUNK) {
        await handle.write(buffered);
        buffered = '';
      }
    }
    await handle.write(`${buffered}]}\n`);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, path);
}

const CHUNK = 1 << 20;
