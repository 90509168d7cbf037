/** The failures of the last search, kept in conversation state so "2" or "more" can open them. */
export interface LastList {
  /** Request IDs, newest first. */
  ids: string[];
  /** Index of the first failure not yet listed. */
  next: number;
  /** The record shown last: what "open a ticket" is about. */
  shownId?: string;
  /** What the search was, for the ticket's conversation summary. */
  summary?: string;
}
