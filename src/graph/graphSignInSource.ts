import { fromGraph } from '../signins/records/graphRecord';
import { Logger } from '../host/log';
import { SignIn } from '../signins/signIn';
import { SignInQuery, SignInSource, SourceInfo } from '../signins/signInSource';
import { GUID_PATTERN } from '../shared/patterns';
import { GraphClient } from './graphClient';

/** The most records one question reads from Graph (the newest); a day of one user's sign-ins stays well below. */
export const MAX_RECORDS = 1000;
/** Graph's largest page for sign-ins: one request per question where a smaller page needed five. */
const PAGE_SIZE = 1000;
/** The fields the answers read, on v1.0 and beta; asking for fewer makes Graph's answer and its work smaller. */
const V1_FIELDS = [
  'id',
  'createdDateTime',
  'userDisplayName',
  'userPrincipalName',
  'userId',
  'appId',
  'appDisplayName',
  'resourceId',
  'resourceDisplayName',
  'ipAddress',
  'clientAppUsed',
  'correlationId',
  'conditionalAccessStatus',
  'isInteractive',
  'status',
  'deviceDetail',
  'location',
  'appliedConditionalAccessPolicies',
];
/** v1.0 answers 400 to a $select of these; only beta has them. */
const BETA_FIELDS = [
  'authenticationRequirement',
  'authenticationDetails',
  'signInEventTypes',
  'userType',
  'userAgent',
];
const APP_FIELDS = [
  'id',
  'createdDateTime',
  'userId',
  'appId',
  'appDisplayName',
  'resourceId',
  'resourceDisplayName',
];

/** Sign-ins read live from GET /auditLogs/signIns, filtered on the server by user, app, time and status. */
export class GraphSignInSource implements SignInSource {
  constructor(
    private readonly client: GraphClient,
    private readonly log: Logger,
    /** The beta endpoint: it has the MFA step and the other beta-only fields. */
    private readonly beta = true,
  ) {}

  describe(): SourceInfo {
    return { includesNonInteractive: false };
  }

  async find(query: SignInQuery): Promise<SignIn[]> {
    const filter = signInFilter(query);
    const fields =
      query.fields === 'apps' ? APP_FIELDS : this.beta ? [...V1_FIELDS, ...BETA_FIELDS] : V1_FIELDS;
    const items = await this.client.list(
      `/auditLogs/signIns?$filter=${encodeURIComponent(filter)}&$select=${fields.join(',')}&$top=${PAGE_SIZE}&$orderby=${encodeURIComponent('createdDateTime desc')}`,
      MAX_RECORDS,
    );
    const signIns: SignIn[] = [];
    for (const item of items) {
      const converted = fromGraph(item);
      if ('signIn' in converted) {
        if (query.status !== 'failure' || converted.signIn.status.errorCode !== 0)
          signIns.push(converted.signIn);
      } else
        this.log.warn({ reason: converted.reason }, 'skipped a sign-in from Graph that the bot cannot read');
    }
    return signIns.sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime));
  }
}

/**
 * The OData $filter for a query. Values never come from raw text: IDs must be GUIDs, times are ISO from Date, and
 * quotes are doubled anyway.
 */
export function signInFilter(query: SignInQuery): string {
  const parts: string[] = [];
  if (query.requestId) parts.push(`id eq ${quoted(guid(query.requestId, 'request ID'))}`);
  if (query.correlationId)
    parts.push(`correlationId eq ${quoted(guid(query.correlationId, 'correlation ID'))}`);
  if (query.userId) parts.push(`userId eq ${quoted(guid(query.userId, 'user ID'))}`);
  if (query.appId) {
    const app = quoted(guid(query.appId, 'app ID'));
    parts.push(`(appId eq ${app} or resourceId eq ${app})`);
  }
  if (query.ipAddress) {
    if (!/^[0-9a-f.:]{2,45}$/i.test(query.ipAddress))
      throw new Error('[graph] the IP address is not one, so it is not sent to Graph');
    parts.push(`ipAddress eq ${quoted(query.ipAddress)}`);
  }
  if (query.from) parts.push(`createdDateTime ge ${query.from.toISOString()}`);
  if (query.to) parts.push(`createdDateTime le ${query.to.toISOString()}`);
  // Graph documents only `eq` on status/errorCode: failures are picked out of the answer (see `find`).
  if (query.errorCode !== undefined) parts.push(`status/errorCode eq ${Math.trunc(query.errorCode)}`);
  else if (query.status === 'success') parts.push('status/errorCode eq 0');
  if (parts.length === 0)
    throw new Error('[graph] refusing to list every sign-in of the tenant: the query has no filter');
  return parts.join(' and ');
}

function guid(value: string, what: string): string {
  if (!GUID_PATTERN.test(value))
    throw new Error(`[graph] the ${what} is not a GUID, so it is not sent to Graph`);
  return value;
}

function quoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
