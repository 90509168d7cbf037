import { editDistance } from '../text/editDistance';

/**
 * Ordinary words by their first two letters, to tell a slip of one ("geblokeerd", "forcen") from a name nobody
 * has. Only words of five letters or more: shorter ones are one slip from too much.
 */
export class SlipIndex {
  private readonly byStart = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      if (word.length < 5) continue;
      const start = word.slice(0, 2);
      const list = this.byStart.get(start);
      if (list) list.push(word);
      else this.byStart.set(start, [word]);
    }
  }

  /** Whether `word` is one edit (a letter dropped, added, changed or two swapped) from an ordinary word. */
  has(word: string): boolean {
    if (word.length < 5) return false;
    const candidates = this.byStart.get(word.slice(0, 2)) ?? [];
    return candidates.some(
      (candidate) => Math.abs(candidate.length - word.length) <= 1 && editDistance(candidate, word, 1) <= 1,
    );
  }
}
