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

/**
 * The name the sign-in log gives this person. For a B2B guest that is not the directory's UPN but the "true" one of
 * the home tenant, in lower case: the user object stores tom.wouters_fabrikam.com#EXT#@contoso.com, the sign-in logs
 * store tom.wouters@fabrikam.com (Graph's signIn.userPrincipalName). Everyone else signs in as their UPN.
 */
export function signInName(user: Pick<DirectoryUser, 'userPrincipalName'>): string {
  const external = /^(.+)_([^_@#]+)#ext#@/i.exec(user.userPrincipalName);
  return external ? `${external[1]}@${external[2]}`.toLowerCase() : user.userPrincipalName;
}
