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

/** Lower case without accents, one apostrophe: how a single word is compared ("Müller" → "muller"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/’/g, "'");
}

/** True when `phrase` stands in `text` as whole words (both normalized). */
export function containsPhrase(text: string, phrase: string): boolean {
  if (!phrase) return false;
  return ` ${text} `.includes(` ${phrase} `);
}

/**
 * What the user typed, safe to quote back in a reply or card: no control or direction characters, no markup or
 * Markdown link syntax, at most `max` characters.
 */
export function quoted(text: string, max = 60): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/[<>[\]()`*_{}|\\]/g, ' ')
      .replace(/\b(?:javascript|vbscript|data)\s*:/gi, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, max)
  );
}
