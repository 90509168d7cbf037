import path from 'node:path';
import { PROJECT_ROOT } from '../host/config';
import { SchemaCheck } from '../shared/schemaCheck';
import { ImportedUser } from '../signins/signInFile';
import { DirectoryFile, DirectoryUser } from './directoryUser';

const DIRECTORY = new SchemaCheck<DirectoryFile>({
  schema: path.join(PROJECT_ROOT, 'data', 'directory.schema.json'),
  prefix: '[directory]',
  hint: "It is the tenant's own directory: fix it, or export it again.",
});

/** The people the bot can look up, by object ID. */
export class Directory {
  private readonly byId: Map<string, DirectoryUser>;
  /** By UPN and by mail, lower case: every message's caller is looked up here. */
  private readonly byAddress = new Map<string, DirectoryUser>();

  constructor(readonly users: DirectoryUser[]) {
    this.byId = new Map(users.map((user) => [user.id, user]));
    for (const user of [...users].reverse())
      for (const address of [user.mail, user.userPrincipalName])
        if (address) this.byAddress.set(address.toLowerCase(), user);
  }

  findById(id: string): DirectoryUser | undefined {
    return this.byId.get(id);
  }

  /** A person, by object ID or UPN, with their roles from the file; groups are known only to Graph. */
  async person(idOrUpn: string): Promise<{ user: DirectoryUser; groups: string[] } | undefined> {
    const user = this.byId.get(idOrUpn) ?? this.findByUpn(idOrUpn);
    return user ? { user, groups: [] } : undefined;
  }

  findByUpn(upn: string): DirectoryUser | undefined {
    return this.byAddress.get(upn.toLowerCase());
  }

  /** This directory plus people seen only in imported sign-ins (no roles: they may read their own records). */
  including(imported: ImportedUser[]): Directory {
    const extra = imported
      .filter((user) => !this.byId.has(user.id) && !this.findByUpn(user.userPrincipalName))
      .map((user): DirectoryUser => {
        const [givenName = '', ...rest] = user.displayName.split(' ');
        return {
          id: user.id,
          userPrincipalName: user.userPrincipalName,
          displayName: user.displayName,
          givenName,
          surname: rest.join(' '),
          mail: user.userPrincipalName,
          userType: user.userType ?? (user.userPrincipalName.includes('#ext#') ? 'guest' : 'member'),
          accountEnabled: true,
          roles: [],
        };
      });
    return extra.length === 0 ? this : new Directory([...this.users, ...extra]);
  }

  /** Reads the tenant's directory file (data/directory.schema.json: fields the bot does not read are allowed). */
  static async read(file: string): Promise<Directory> {
    const { users } = await DIRECTORY.read(file);
    return new Directory(users.map((user) => ({ ...user, roles: user.roles ?? [] })));
  }
}
