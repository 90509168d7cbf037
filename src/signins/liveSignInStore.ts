import { existsSync, Stats, unwatchFile, watchFile } from 'node:fs';
import { basename } from 'node:path';
import { setAside } from '../jsonFile';
import { Logger } from '../log';
import { JsonSignInStore } from './jsonSignInStore';
import { SignIn } from './signIn';
import { ImportedUser, readSignInFile, readSignInFileGently, SignInFileData } from './signInFile';
import { SignInQuery, SignInSource, SourceInfo } from './signInSource';

const EMPTY: SignInFileData = {
  meta: { kind: 'import', includesNonInteractive: false, generatedAt: new Date(0).toISOString() },
  signIns: [],
};

/**
 * The sign-in file as the running bot sees it: when `npm run import` replaces the file, the bot notices (it polls
 * the file's modification time) and answers from the new records; a file it cannot read leaves the old ones. A file
 * that is corrupt at start-up is set aside, and every lookup says the log is unavailable until a new import.
 */
export class LiveSignInStore implements SignInSource {
  private store: JsonSignInStore;
  private users: ImportedUser[];
  private onReload: (store: LiveSignInStore) => void = () => {};
  /** Why there are no records to answer from (the file was corrupt at start-up), until a readable file arrives. */
  problem?: string;
  private readonly listener = (current: Stats, previous: Stats): void => {
    if (current.mtimeMs !== previous.mtimeMs) void this.reload();
  };

  constructor(
    private readonly file: string,
    data: SignInFileData,
    private readonly now: () => Date,
    private readonly log: Logger,
  ) {
    this.store = new JsonSignInStore(data, now());
    this.users = data.users ?? [];
  }

  static async open(file: string, now: () => Date, log: Logger): Promise<LiveSignInStore> {
    let data: SignInFileData;
    try {
      data = await readSignInFile(file);
    } catch (error) {
      if (!existsSync(file)) throw error;
      const aside = await setAside(file, now());
      const problem = `${(error as Error).message.split('. ')[0]}; set aside as ${basename(aside)}`;
      log.error(
        { setAsideAs: aside },
        `${problem}. Import the log again (npm run import) to answer from it.`,
      );
      const store = new LiveSignInStore(file, EMPTY, now, log);
      store.problem = problem;
      return store;
    }
    return new LiveSignInStore(file, data, now, log);
  }

  get size(): number {
    return this.store.size;
  }

  apps(): { appId: string; displayName: string }[] {
    return this.store.apps();
  }

  importedUsers(): ImportedUser[] {
    return this.users;
  }

  find(query: SignInQuery): Promise<SignIn[]> {
    if (this.problem) return Promise.reject(new Error(this.problem));
    return this.store.find(query);
  }

  describe(): SourceInfo {
    return this.store.describe();
  }

  watch(intervalMs: number, onReload: (store: LiveSignInStore) => void): void {
    this.onReload = onReload;
    watchFile(this.file, { interval: intervalMs, persistent: false }, this.listener);
  }

  close(): void {
    unwatchFile(this.file, this.listener);
  }

  async reload(): Promise<void> {
    try {
      const data = await readSignInFileGently(this.file);
      this.store = await JsonSignInStore.build(data, this.now());
      this.users = data.users ?? [];
      this.problem = undefined;
      this.log.info({ signIns: this.store.size, kind: data.meta.kind }, 'reloaded the sign-in store');
      this.onReload(this);
    } catch (error) {
      this.log.warn(
        { error: (error as Error).message },
        'the sign-in store changed but cannot be read; keeping the records loaded before',
      );
    }
  }
}
