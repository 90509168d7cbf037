/** The failures of the last search, kept in conversation state so "2" or "more" can open them. */
export interface LastList {
  /** Request IDs, newest first. */
  ids: string[];
  /** Index of the first failure not yet listed. */
  next: number;
}
