import { Stats, unwatchFile, watchFile } from 'node:fs';
import { Logger } from '../log';
import { JsonSignInStore } from './jsonSignInStore';
import { SignIn } from './signIn';
import { ImportedUser, readSignInFile, SignInFileData } from './signInFile';
import { SignInQuery, SignInSource, SourceInfo } from './signInSource';

/**
 * The sign-in file as the running bot sees it: when `npm run import` replaces the file, the bot notices (it polls
 * the file's modification time) and answers from the new records; a file it cannot read leaves the old ones.
 */
export class LiveSignInStore implements SignInSource {
  private store: JsonSignInStore;
  private users: ImportedUser[];
  private onReload: (store: LiveSignInStore) => void = () => {};
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
    return new LiveSignInStore(file, await readSignInFile(file), now, log);
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
      const data = await readSignInFile(this.file);
      this.store = new JsonSignInStore(data, this.now());
      this.users = data.users ?? [];
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
