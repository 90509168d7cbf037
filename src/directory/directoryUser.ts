/** A person in the tenant's directory, as the bot needs to know them. */
export interface DirectoryUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
  givenName: string;
  surname: string;
  mail: string;
  userType: 'member' | 'guest';
  accountEnabled: boolean;
  /** Entra directory role names, e.g. "Reports Reader". */
  roles: string[];
}

export interface DirectoryFile {
  users: DirectoryUser[];
}
