import { escapeRegExp, GUID_SOURCE, GUIDS } from '../shared/patterns';
import { LANGUAGES } from '../text/texts';
import { Words } from '../text/en';

/** What a pasted Microsoft sign-in error screen (or a bare ID) tells us. */
export interface ErrorDetails {
  requestId?: string;
  correlationId?: string;
  /** A GUID without a label: it could be either ID. */
  unlabeledId?: string;
  timestamp?: Date;
  errorCode?: number;
}

/** "Request Id: …", "Aanvraag-id: …": a label of any language, then its value. */
function labelled(pick: (labels: Words['errorScreen']) => string[], value: string): RegExp {
  const labels = LANGUAGES.flatMap((pack) => pick(pack.words.errorScreen)).map((label) =>
    label
      .split(/[\s-]+/)
      .map(escapeRegExp)
      .join('[\\s-]*'),
  );
  return new RegExp(`(?:${labels.join('|')})\\s*[:=]?\\s*(${value})`, 'i');
}

const REQUEST_ID = labelled((labels) => labels.requestId, GUID_SOURCE);
const CORRELATION_ID = labelled((labels) => labels.correlationId, GUID_SOURCE);
const TIMESTAMP = labelled(
  (labels) => labels.timestamp,
  '\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z?',
);
const AADSTS = /aadsts\s*:?\s*(\d{5,7})/i;
const ERROR_CODE = labelled((labels) => labels.errorCode, '\\d{5,7}');
/** "client_id=…", "App id: …": an app's ID, not one sign-in's. */
const APP_LABEL = /(?:client[_\s-]*id|app(?:lication)?[\s-]*id|resource)\s*[:=]?\s*["']?$/i;

/**
 * Reads IDs, timestamp and error code from text, in any order; undefined when there is no ID at all. A GUID labelled
 * as an app's ("client_id=…") or that `isApp` knows is no sign-in's ID.
 */
export function parseErrorDetails(
  text: string,
  isApp: (id: string) => boolean = () => false,
): ErrorDetails | undefined {
  const requestId = REQUEST_ID.exec(text)?.[1]?.toLowerCase();
  const correlationId = CORRELATION_ID.exec(text)?.[1]?.toLowerCase();
  const unlabeledId =
    requestId || correlationId
      ? undefined
      : [...text.matchAll(GUIDS)]
          .filter((match) => !APP_LABEL.test(text.slice(Math.max(0, match.index - 20), match.index)))
          .map((match) => match[0].toLowerCase())
          .find((id) => !isApp(id));
  if (!requestId && !correlationId && !unlabeledId) return undefined;
  const stamp = TIMESTAMP.exec(text)?.[1];
  const parsedStamp = stamp
    ? new Date(/z$/i.test(stamp) ? stamp.replace(' ', 'T') : `${stamp.replace(' ', 'T')}Z`)
    : undefined;
  const code = AADSTS.exec(text)?.[1] ?? ERROR_CODE.exec(text)?.[1];
  return {
    requestId,
    correlationId,
    unlabeledId,
    timestamp: parsedStamp && !Number.isNaN(parsedStamp.getTime()) ? parsedStamp : undefined,
    errorCode: code ? Number(code) : undefined,
  };
}
