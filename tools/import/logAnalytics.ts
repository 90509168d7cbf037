import { Conversion } from '../../src/signins/records/conversion';
import { fromGraph } from '../../src/signins/records/graphRecord';
import {
  parseBoolean,
  parseDynamic,
  parseErrorCode,
  parseUtcTime,
  text,
} from '../../src/signins/records/values';

/** A `SigninLogs` column by name (case and " [UTC]" aside), from a CSV row or a JSON export object. */
export type LogAnalyticsField = (name: string) => unknown;

export function isLogAnalyticsCsv(headers: string[]): boolean {
  return headers.includes('id') && headers.some((header) => header.startsWith('createddatetime'));
}

export function isLogAnalyticsObject(value: unknown): boolean {
  return (
    Boolean(value) && typeof value === 'object' && ('CreatedDateTime' in value! || 'TimeGenerated' in value!)
  );
}

/** An object of a Log Analytics JSON export, its keys compared without case and " [UTC]". */
export function objectField(value: Record<string, unknown>): LogAnalyticsField {
  const byKey = new Map(
    Object.entries(value).map(([key, item]) => [key.toLowerCase().replace(/ \[utc\]$/, ''), item]),
  );
  return (name) => byKey.get(name);
}

/**
 * One `SigninLogs` row (CSV or JSON export) in the Graph shape. Dynamic columns come as `X_dynamic`/`X_string`
 * pairs in CSV (JSON text in either) or as `X` objects in JSON; dates are US-formatted in CSV.
 */
export function fromLogAnalytics(field: LogAnalyticsField): Conversion {
  const dynamic = <T>(name: string): T | undefined =>
    parseDynamic<T>(field(`${name}_dynamic`)) ??
    parseDynamic<T>(field(`${name}_string`)) ??
    parseDynamic<T>(field(name));
  const status = dynamic<Record<string, unknown>>('status') ?? {};
  const errorCode = parseErrorCode(status.errorCode ?? field('resulttype'));
  return fromGraph({
    id: text(field('id')),
    createdDateTime:
      parseUtcTime(text(field('createddatetime')), true) ??
      parseUtcTime(text(field('timegenerated')), true) ??
      '',
    userDisplayName: field('userdisplayname'),
    userPrincipalName: field('userprincipalname'),
    userId: field('userid'),
    userType: field('usertype'),
    userAgent: field('useragent'),
    appDisplayName: field('appdisplayname'),
    appId: field('appid'),
    resourceDisplayName: field('resourcedisplayname'),
    resourceId: field('resourceidentity'),
    ipAddress: field('ipaddress'),
    clientAppUsed: field('clientappused'),
    correlationId: field('correlationid'),
    conditionalAccessStatus: field('conditionalaccessstatus'),
    isInteractive: parseBoolean(field('isinteractive')) !== false,
    authenticationRequirement: field('authenticationrequirement'),
    status: {
      errorCode: errorCode ?? text(status.errorCode ?? field('resulttype')),
      failureReason: status.failureReason ?? field('resultdescription'),
      additionalDetails: status.additionalDetails,
    },
    deviceDetail: dynamic('devicedetail'),
    location: dynamic('locationdetails'),
    appliedConditionalAccessPolicies: dynamic('conditionalaccesspolicies'),
    authenticationDetails: dynamic('authenticationdetails'),
  });
}
