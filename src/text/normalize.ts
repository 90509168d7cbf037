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

export const UPN_PATTERN = /[a-z0-9._%+#-]+@[a-z0-9.-]+\.[a-z]{2,}/i;
