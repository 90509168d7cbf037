/** The shapes of identifiers the bot reads, written once. */

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ADDRESS = '[a-z0-9._%+#-]+@[a-z0-9.-]+\\.[a-z]{2,}';

/** An Entra object, app, request or correlation ID, and nothing else. */
export const GUID_PATTERN = new RegExp(`^${GUID}$`, 'i');
/** A GUID somewhere in a text. */
export const GUID_IN_TEXT = new RegExp(GUID, 'i');
/** Every GUID in a text (for blanking IDs out of paths and logs). */
export const GUIDS = new RegExp(GUID, 'gi');
/** A UPN or e-mail address somewhere in a text; `#` is in guests' UPNs (tom_fabrikam.com#EXT#@contoso.com). */
export const UPN_PATTERN = new RegExp(ADDRESS, 'i');
/** Every UPN or e-mail address in a text. */
export const UPNS = new RegExp(ADDRESS, 'gi');
/** A text that is one UPN or e-mail address and nothing else. */
export const UPN_ONLY = new RegExp(`^${ADDRESS}$`, 'i');
/** A UPN that can stand in a Graph URL path as it is: no slash, query, fragment or quote characters. */
export const UPN_SAFE_IN_PATH = /^[^@\s/?#']+@[a-z0-9.-]+\.[a-z]{2,}$/i;
/** The GUID pattern's source, to build longer patterns from. */
export const GUID_SOURCE = GUID;

/** A text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words and phrases as one regex alternation: literal, longest first, any run of spaces between a phrase's words. */
export function wordAlternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapeRegExp(word).replace(/ /g, '\\s+'))
    .join('|');
}

/** Any of the words or phrases, as whole words, in any case. */
export function anyWordOf(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordAlternatives(words)})(?![\\p{L}\\p{N}])`, 'iu');
}
