/** Lower case, accents removed, punctuation turned into spaces: how names and aliases are compared. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9@._#\- ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `phrase` stands in `text` as whole words (both normalized). */
export function containsPhrase(text: string, phrase: string): boolean {
  if (!phrase) return false;
  return ` ${text} `.includes(` ${phrase} `);
}

/** An Entra object, app, request or correlation ID. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const UPN_PATTERN = /[a-z0-9._%+#-]+@[a-z0-9.-]+\.[a-z]{2,}/i;
