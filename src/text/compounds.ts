/** Letters Dutch puts between the parts of a compound: "beveiliging-s-gegevens", "hond-en-hok". */
const LINKS = ['s', 'en', 'e'];
const LEAST_HEAD = 4;
const LEAST_MODIFIER = 3;

/**
 * Splits Dutch compounds at the longest known word they end in, since that last part carries the meaning:
 * "tweestapsverificatie" → "tweestaps", "verificatie"; "wachtwoordherstel" → "wachtwoord", "herstel". A first part
 * that is no known word is split the same way: "needadminapproval" → "need", "admin", "approval".
 */
export class CompoundSplitter {
  constructor(private readonly heads: ReadonlySet<string>) {}

  /** The modifier and the head, or nothing when the word does not end in a known word. */
  parts(word: string): string[] {
    if (word.length < LEAST_HEAD + LEAST_MODIFIER) return [];
    for (let at = LEAST_MODIFIER; at <= word.length - LEAST_HEAD; at++) {
      const head = word.slice(at);
      if (!this.heads.has(head)) continue;
      const modifier = word.slice(0, at);
      const link = LINKS.find(
        (letters) => modifier.endsWith(letters) && modifier.length - letters.length >= LEAST_MODIFIER,
      );
      const first = link ? modifier.slice(0, -link.length) : modifier;
      // Words typed without spaces ("needadminapproval") are compounds of more than two known words.
      const inner = this.heads.has(first) ? [] : this.parts(first);
      return [...(inner.length > 0 ? inner : [first]), head];
    }
    return [];
  }
}
