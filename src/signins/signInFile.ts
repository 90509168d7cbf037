import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { SignIn } from './signIn';

export interface SignInFileMeta {
  /** `sample`: the embedded demo tenant, whose dates move with today. */
  kind: 'sample' | 'import';
  /** The UTC day the records were generated for (sample only). */
  anchorDate?: string;
  includesNonInteractive: boolean;
  generatedAt: string;
}

export interface SignInFileData {
  meta: SignInFileMeta;
  signIns: SignIn[];
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

/** Writes the whole file atomically (temporary file, then rename), as lowdb's steno writer does. */
export async function writeSignInFile(path: string, data: SignInFileData): Promise<void> {
  const db = new Low<SignInFileData>(new JSONFile(path), data);
  await db.write();
}
