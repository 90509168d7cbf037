import { existsSync, Stats, unwatchFile, watchFile } from 'node:fs';
import { basename } from 'node:path';
import { setAside } from '../shared/jsonFile';
import { Logger } from '../host/log';
import { SignInIndex } from './signInIndex';
import { SignIn } from './signIn';
import {
  ImportedUser,
  readSignInFile,
  readSignInFileGently,
  SignInFileData,
  SignInFileMeta,
} from './signInFile';
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
  private store: SignInIndex;
  private users: ImportedUser[];
  private tenant: SignInFileMeta['kind'];
  private onReload: (store: LiveSignInStore) => void = () => {};
  /** Why there are no records to answer from (the file was corrupt at start-up), until a readable file arrives. */
  problem?: string;
  private readonly listener = (current: Stats, previous: Stats): void => {
    // Nothing awaits a file watcher: reload() logs its own failure and keeps the records it has.
    if (current.mtimeMs !== previous.mtimeMs) void this.reload();
  };

  constructor(
    private readonly file: string,
    data: SignInFileData,
    private readonly now: () => Date,
    private readonly log: Logger,
  ) {
    this.store = new SignInIndex(data, now());
    this.users = data.users ?? [];
    this.tenant = data.meta.kind;
    this.reportSkipped();
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

  /** Records in the file the bot cannot read and leaves out. */
  get skipped(): number {
    return this.store.skipped.length;
  }

  /** Whose records these are: the embedded sample tenant's, or a real tenant's imported download. */
  get kind(): SignInFileMeta['kind'] {
    return this.tenant;
  }

  apps(): { appId: string; displayName: string }[] {
    return this.store.apps();
  }

  importedUsers(): ImportedUser[] {
    return this.users;
  }

  async find(query: SignInQuery): Promise<SignIn[]> {
    if (this.problem) throw new Error(this.problem);
    const found = await this.store.find(query);
    if (this.tenant !== 'sample') return found;
    // The sample's days move up to today, whole days at a time: today's afternoon has not happened yet.
    const now = this.now().getTime();
    return found.filter((signIn) => Date.parse(signIn.createdDateTime) <= now);
  }

  /** An import answers for the dates it holds; the sample stands in for a live tenant, which keeps 30 days. */
  describe(): SourceInfo {
    const info = this.store.describe();
    return this.tenant === 'sample' ? { includesNonInteractive: info.includesNonInteractive } : info;
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
      this.store = await SignInIndex.build(data, this.now());
      this.users = data.users ?? [];
      this.tenant = data.meta.kind;
      this.problem = undefined;
      this.reportSkipped();
      this.log.info({ signIns: this.store.size, kind: data.meta.kind }, 'reloaded the sign-in store');
      this.onReload(this);
    } catch (error) {
      this.log.warn(
        { error: (error as Error).message },
        'the sign-in store changed but cannot be read; keeping the records loaded before',
      );
    }
  }

  private reportSkipped(): void {
    const { skipped, anchorDateIgnored } = this.store;
    if (anchorDateIgnored)
      this.log.warn(
        `${this.file}: "meta.anchorDate" is not a date (YYYY-MM-DD), so the sample's records keep the dates they have. Run "npm run data:generate" to regenerate it.`,
      );
    if (skipped.length === 0) return;
    const shown = skipped.slice(0, SHOWN).map((item) => `record ${item.record}: ${item.reason}`);
    const more = skipped.length > SHOWN ? `; and ${skipped.length - SHOWN} more` : '';
    const records = `${skipped.length} sign-in record${skipped.length === 1 ? '' : 's'}`;
    this.log.warn(
      { skipped: skipped.length },
      `skipped ${records} in ${this.file} that the bot cannot read (${shown.join('; ')}${more}). It answers from the others; import the log again to replace them.`,
    );
  }
}

/** Skipped records named one by one in the log; the rest are counted. */
const SHOWN = 10;
