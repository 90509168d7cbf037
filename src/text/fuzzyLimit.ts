/**
 * No name of a person or an app is longer than this. Fuse's search time grows with the length of what is looked
 * for: one run of 2,000 letters took 0.2 s, and the whole bot waits while it runs. Longer text is not fuzzy-matched.
 */
export const LONGEST_FUZZY = 64;

export function fuzzyWorthy(text: string): boolean {
  return text.length <= LONGEST_FUZZY;
}
