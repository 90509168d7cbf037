import { LANGUAGES } from '../text/texts';
import { escapeRegExp } from '../shared/patterns';

/** A date with or without its time, as error screens and log exports print it: "2026-11-30T07:31:10Z". */
const MOMENT = String.raw`\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|GMT)?)?`;
/** A value that names one thing (it has a digit): "5d2e…", a GUID, an address. "Not available" is no value. */
const VALUE = String.raw`(?:${MOMENT}|[^\s,;]*\d[^\s,;]*)`;
const labelOf = (label: string): string =>
  label
    .split(' ')
    .map(escapeRegExp)
    .join(String.raw`[\s_-]*`);
const LABELS = [...new Set(LANGUAGES.flatMap((pack) => pack.words.catalogTraceLabels))].map(labelOf);
const LABELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${LABELS.join('|')})(?:\s*[:=#]\s*${VALUE}?|\s+${VALUE})`,
  'giu',
);
const LINE_LABELS = [...new Set(LANGUAGES.flatMap((pack) => pack.words.catalogTraceLines))].map(labelOf);
/** "App name: Office 365 Exchange Online": a whole line, label and words, or the label alone as a heading. */
const LABELLED_LINE = new RegExp(
  String.raw`^[^\S\n]*(?:${LINE_LABELS.join('|')})[^\S\n]*(?:[:=][^\n]*)?$`,
  'gimu',
);
/** Values that are never part of an error's description, with or without a label. */
const LOOSE = [
  MOMENT,
  String.raw`[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}`,
  String.raw`\b\d{1,3}(?:\.\d{1,3}){3}\b`,
  String.raw`\b[a-z][a-z0-9+.-]*://\S+`,
  String.raw`\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
  String.raw`\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|nl|be|eu|io|local|onmicrosoft)\b`,
];
const NOISE = new RegExp(LOOSE.join('|'), 'gi');

/**
 * The text without what an error screen's troubleshooting details and a log export add to the message: request and
 * correlation IDs, timestamps, addresses, URLs, domains and the lines about the app and device. They name one
 * sign-in, and as words they only pull the
 * search towards entries that happen to mention an ID or a time.
 */
export function withoutTraceValues(text: string): string {
  return text.replace(LABELLED_LINE, ' ').replace(LABELLED, ' ').replace(NOISE, ' ');
}
