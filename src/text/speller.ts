import { editDistance } from './editDistance';

/**
 * Known words a slipped word may have meant, found through their one-letter deletions (the SymSpell idea), so a
 * lookup costs a few dozen map probes instead of a pass over the vocabulary. A swap of two neighbouring letters is
 * one slip, like a letter dropped, added or changed.
 */
export class Speller {
  private readonly known: Set<string>;
  /** Each word with one letter left out, to the known words it came from. */
  private readonly deletions = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    this.known = new Set(words);
    for (const word of this.known) {
      for (const shorter of new Set(deletionsOf(word))) {
        const list = this.deletions.get(shorter);
        if (list) list.push(word);
        else this.deletions.set(shorter, [word]);
      }
    }
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /**
   * The known words closest to `word` within its allowance: none for a known word, one slip for words of three to
   * seven letters (only a swap for three), two from eight letters on.
   */
  corrections(word: string): string[] {
    if (this.known.has(word) || word.length < 3) return [];
    const allowed = allowance(word);
    const candidates = new Set<string>(this.deletions.get(word) ?? []);
    const shorter = deletionsOf(word);
    for (const one of shorter) {
      if (this.known.has(one)) candidates.add(one);
      for (const near of this.deletions.get(one) ?? []) candidates.add(near);
      if (allowed < 2) continue;
      for (const two of deletionsOf(one)) if (this.known.has(two)) candidates.add(two);
    }
    let best = allowed + 1;
    let found: string[] = [];
    const weigh = (candidate: string): void => {
      const distance = editDistance(word, candidate, allowed);
      if (word.length === 3 && !isSwap(word, candidate)) return;
      if (distance < best) [best, found] = [distance, [candidate]];
      else if (distance === best && !found.includes(candidate)) found.push(candidate);
    };
    candidates.forEach(weigh);
    // Two letters left out ("wachtwrd"): the known words one letter longer than the word with one letter put back.
    if (allowed === 2 && best > 1)
      for (const longer of insertionsOf(word))
        for (const near of this.deletions.get(longer) ?? []) weigh(near);
    return best <= allowed ? found : [];
  }
}

function allowance(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

function insertionsOf(word: string): string[] {
  return Array.from({ length: word.length + 1 }, (_, at) =>
    LETTERS.map((letter) => word.slice(0, at) + letter + word.slice(at)),
  ).flat();
}

function deletionsOf(word: string): string[] {
  return Array.from({ length: word.length }, (_, at) => word.slice(0, at) + word.slice(at + 1));
}

function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((char, at) => (char === b[at] ? [] : [at]));
  return differ.length === 2 && differ[1] === differ[0] + 1 && a[differ[0]] === b[differ[1]];
}
