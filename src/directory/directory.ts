import { readJsonFile } from '../jsonFile';
import { DirectoryFile, DirectoryUser } from './directoryUser';

/** The people the bot can look up, by object ID. */
export class Directory {
  private readonly byId: Map<string, DirectoryUser>;

  constructor(readonly users: DirectoryUser[]) {
    this.byId = new Map(users.map((user) => [user.id, user]));
  }

  findById(id: string): DirectoryUser | undefined {
    return this.byId.get(id);
  }

  findByUpn(upn: string): DirectoryUser | undefined {
    const wanted = upn.toLowerCase();
    return this.users.find(
      (user) => user.userPrincipalName.toLowerCase() === wanted || user.mail.toLowerCase() === wanted,
    );
  }

  static async read(path: string): Promise<Directory> {
    const parsed = (await readJsonFile(
      path,
      '[directory]',
      'Run "npm run data:generate".',
    )) as Partial<DirectoryFile>;
    if (!Array.isArray(parsed.users)) throw new Error(`[directory] ${path} has no "users" list.`);
    parsed.users.forEach((user, index) => {
      if (!user.id || !user.userPrincipalName || !user.displayName) {
        throw new Error(`[directory] user ${index} of ${path} needs id, userPrincipalName and displayName.`);
      }
    });
    return new Directory(parsed.users.map((user) => ({ ...user, roles: user.roles ?? [] })));
  }
}
