import { Low } from 'lowdb';
import { DataFile, JSONFile } from 'lowdb/node';
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
 * Writes the whole file atomically (lowdb's steno writer: temporary file, then rename), so a reader never sees half
 * a file and a crash leaves the old one. Compact JSON: a 250,000-record store is a third of the pretty size.
 */
export async function writeSignInFile(path: string, data: SignInFileData): Promise<void> {
  const file = new DataFile<SignInFileData>(path, {
    parse: JSON.parse,
    stringify: (value) => JSON.stringify(value),
  });
  await new Low<SignInFileData>(file, data).write();
}
