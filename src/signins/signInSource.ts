import { SignIn } from './signIn';

/** Success: error code 0. Failure: any other code (interrupts included; the catalog tells them apart). */
export type SignInStatusFilter = 'success' | 'failure';

export interface SignInQuery {
  userId?: string;
  /** Matches the app signed in to or the resource it asked for. */
  appId?: string;
  from?: Date;
  to?: Date;
  status?: SignInStatusFilter;
  /** One error code: everyone who got 50126 around a time (for an incident). */
  errorCode?: number;
  requestId?: string;
  correlationId?: string;
  /** Everyone's sign-ins from this address (for the helpdesk: a password spray). */
  ipAddress?: string;
  /**
   * `apps`: only which apps were used, and when. A source may then leave the other fields of each record empty (Graph
   * is asked for seven fields instead of all of them), so such records are for lists of apps, never for answers.
   */
  fields?: 'apps';
}

/** Where sign-in records come from: the sample tenant, an imported download, or Microsoft Graph. Newest first. */
export interface SignInSource {
  find(query: SignInQuery): Promise<SignIn[]>;
  describe(): SourceInfo;
}

export interface SourceInfo {
  /** False when the source holds interactive sign-ins only (as the portal's default view and Graph v1.0 do). */
  includesNonInteractive: boolean;
  /**
   * A file's oldest and newest record: it answers for any date between them, however long ago (an April 2021 export).
   * None for Graph, which keeps the last 30 days.
   */
  span?: { from: Date; to: Date };
}

/** A sign-in is to an app when it signed in to it or asked it for a token (Outlook asking Exchange Online). */
export function usesApp(signIn: SignIn, appId: string): boolean {
  return signIn.appId === appId || signIn.resourceId === appId;
}
