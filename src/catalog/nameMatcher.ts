import Fuse from 'fuse.js';
import { editDistance } from '../text/editDistance';
import { normalize } from '../text/normalize';

/** Fuse.js's threshold for a Microsoft name typed with slips: about one slip in five letters. */
const THRESHOLD = 0.2;
/** Names handed to Fuse.js for one word. */
const CANDIDATES = 6;

interface Named<T> {
  key: string;
  item: T;
}

/**
 * Microsoft names typed as one word with slips: "IdsLockd" → IdsLocked, "FAILD_SMS_OTP_INCORECT" →
 * FAILED_SMS_OTP_INCORRECT. The names sharing the most letter pairs with the word are handed to Fuse.js, which
 * keeps those within about one slip in five letters; the fewest slips over the whole name decides.
 */
export class NameMatcher<T> {
  private readonly named: Named<T>[];
  /** Letter pair → the names that have it. Fuse over every name took 5 ms for a 30-letter word. */
  private readonly byPair = new Map<string, number[]>();

  constructor(names: { name: string; item: T }[]) {
    this.named = names.map(({ name, item }) => ({ key: compact(name), item }));
    this.named.forEach(({ key }, at) => {
      for (const pair of new Set(pairsOf(key))) {
        const list = this.byPair.get(pair);
        if (list) list.push(at);
        else this.byPair.set(pair, [at]);
      }
    });
  }

  /** The item whose name is nearest to `word`, within about one slip in five letters. */
  find(word: string): T | undefined {
    const key = compact(word);
    const candidates = this.sharingMostPairs(key);
    if (candidates.length === 0) return undefined;
    const fuse = new Fuse(candidates, { keys: ['key'], threshold: THRESHOLD, ignoreLocation: true });
    // "…EnrolmentRequired" is 50079's "…EnrollmentRequired", not 50072's "…EnrollmentRequiredInterrupt".
    const [best] = fuse
      .search(key)
      .sort((a, b) => editDistance(key, a.item.key) - editDistance(key, b.item.key));
    return best?.item.item;
  }

  /** Each slip changes at most three letter pairs ("ab" → "ba" in "xaby"): fewer shared pairs cannot be close. */
  private sharingMostPairs(key: string): Named<T>[] {
    const pairs = pairsOf(key);
    const least = pairs.length - 3 * Math.ceil(key.length * THRESHOLD);
    const shared = new Map<number, number>();
    for (const pair of pairs)
      for (const at of this.byPair.get(pair) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
    return [...shared]
      .filter(([, count]) => count >= least)
      .sort((a, b) => b[1] - a[1])
      .slice(0, CANDIDATES)
      .map(([at]) => this.named[at]);
  }
}

/** "Ids Locked", "IdsLocked" and "ids_locked" all become "idslocked". */
export function compact(text: string): string {
  return normalize(text).replace(/[^a-z0-9]/g, '');
}

function pairsOf(key: string): string[] {
  const pairs: string[] = [];
  for (let at = 0; at + 1 < key.length; at++) pairs.push(key.slice(at, at + 2));
  return pairs;
}
