import { DateTime } from 'luxon';
import { findCodeMention } from '../../catalog/codeMatcher';
import { DateWindow } from '../../understanding/dateWindow';
import { Intent } from '../../understanding/intent';
import { AppMention } from '../../understanding/understanding';
import { OverviewRequest } from './tenantOverview';

/** What a question across people asks: one address, an app failing for many, or counts; today unless it says when. */
export function overviewRequest(
  intent: Extract<Intent, { type: 'overview' }>,
  now: Date,
  timeZone: string,
): OverviewRequest {
  const { read } = intent;
  const window: DateWindow =
    read.date.kind === 'window'
      ? read.date.window
      : {
          from: DateTime.fromJSDate(now, { zone: timeZone }).startOf('day').toJSDate(),
          to: now,
          precision: 'day',
        };
  if (intent.ipAddress) return { kind: 'address', ipAddress: intent.ipAddress, window };
  const app = read.entities.find((entity): entity is AppMention => entity.type === 'app')?.app;
  const codeText = read.entities.find((entity) => entity.type === 'code')?.text;
  // "how many people got 50126 in outlook?" counts a code; "is outlook down?" names none.
  if (intent.outage && app && !codeText)
    return { kind: 'outage', appId: app.appId, appName: app.displayName };
  const code = codeText ? findCodeMention(codeText)?.code : undefined;
  return {
    kind: 'counts',
    code: code && /^\d+$/.test(code) ? Number(code) : undefined,
    appId: app?.appId,
    appName: app?.displayName,
    window,
  };
}
