import { DirectoryUser } from '../directory/directoryUser';
import { GUID_PATTERN, UPN_SAFE_IN_PATH } from '../shared/patterns';
import { GraphClient } from './graphClient';
import { KnownAppEntry } from '../apps/knownApps';

/** Directory roles by their immutable template ID (permissions reference); display names can be renamed. */
export const ROLE_TEMPLATES: Record<string, string> = {
  '62e90394-69f5-4237-9190-012177145e10': 'Global Administrator',
  '194ae4cb-b126-40b2-bd5b-6091b380977d': 'Security Administrator',
  '5d6b6bb7-de71-4623-b4af-96380a352509': 'Security Reader',
  'f2ef992c-3afb-46b9-b7cf-a126ee74c451': 'Global Reader',
  '4a5d8f65-41da-4de4-8968-e035b65339cf': 'Reports Reader',
  '729827e3-9c14-49f7-bb1b-9608f156bbb8': 'Helpdesk Administrator',
};

const USER_FIELDS = 'id,userPrincipalName,displayName,givenName,surname,mail,userType,accountEnabled';
const MAX_MEMBERSHIPS = 5000;

interface GraphUser {
  id?: string;
  userPrincipalName?: string;
  displayName?: string | null;
  givenName?: string | null;
  surname?: string | null;
  mail?: string | null;
  userType?: string | null;
  accountEnabled?: boolean | null;
}

interface GraphMembership {
  '@odata.type'?: string;
  id?: string;
  roleTemplateId?: string;
}

/** The tenant's people, and one person's roles and groups, read from Microsoft Graph (Directory.Read.All). */
export class GraphDirectory {
  constructor(private readonly client: GraphClient) {}

  /** Everyone the helpdesk may ask about, for name resolution; roles are not read here (see `person`). */
  async people(limit: number): Promise<DirectoryUser[]> {
    const items = await this.client.list(`/users?$select=${USER_FIELDS}&$top=999`, limit);
    return items.map((item) => toDirectoryUser(item as GraphUser, [])).filter(isUser);
  }

  /** The tenant's apps (its service principals): their own apps as well as Microsoft's, by the names it gave them. */
  async apps(limit: number): Promise<KnownAppEntry[]> {
    const items = await this.client.list(`/servicePrincipals?$select=appId,displayName&$top=999`, limit);
    return (items as { appId?: string; displayName?: string }[])
      .filter((item) => item.appId && GUID_PATTERN.test(item.appId) && item.displayName?.trim())
      .map((item) => ({
        appId: item.appId!.toLowerCase(),
        displayName: item.displayName!.trim(),
        aliases: [],
      }));
  }

  /** One person (object ID or UPN) with their directory roles (direct, via groups) and the groups they are in. */
  async person(objectId: string): Promise<{ user: DirectoryUser; groups: string[] } | undefined> {
    if (!GUID_PATTERN.test(objectId) && !UPN_SAFE_IN_PATH.test(objectId)) return undefined;
    const found = await this.client.item(`/users/${encodeURIComponent(objectId)}?$select=${USER_FIELDS}`);
    if (!found || !(found as GraphUser).id) return undefined;
    const memberships = await this.client.list(
      `/users/${(found as GraphUser).id}/transitiveMemberOf?$select=id,roleTemplateId&$top=999`,
      MAX_MEMBERSHIPS,
    );
    const roles: string[] = [];
    const groups: string[] = [];
    for (const membership of memberships as GraphMembership[]) {
      const type = membership['@odata.type'] ?? '';
      if (type.endsWith('directoryRole') && membership.roleTemplateId) {
        const role = ROLE_TEMPLATES[membership.roleTemplateId.toLowerCase()];
        if (role) roles.push(role);
      } else if (type.endsWith('group') && membership.id) groups.push(membership.id.toLowerCase());
    }
    const user = toDirectoryUser(found as GraphUser, roles);
    return user ? { user, groups } : undefined;
  }
}

function toDirectoryUser(item: GraphUser, roles: string[]): DirectoryUser | undefined {
  if (!item.id || !item.userPrincipalName) return undefined;
  return {
    id: item.id,
    userPrincipalName: item.userPrincipalName,
    displayName: item.displayName ?? item.userPrincipalName,
    givenName: item.givenName ?? '',
    surname: item.surname ?? '',
    mail: item.mail ?? item.userPrincipalName,
    userType: item.userType?.toLowerCase() === 'guest' ? 'guest' : 'member',
    accountEnabled: item.accountEnabled ?? true,
    roles,
  };
}

function isUser(user: DirectoryUser | undefined): user is DirectoryUser {
  return user !== undefined;
}
