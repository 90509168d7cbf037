import { StoredWindow } from '../src/understanding/dateWindow';

/** The failures of the last search, kept in conversation state so "2" or "more" can open them. */
export interface LastList {
  /** Request IDs, newest first. */
  ids: string[];
  /** Index of the first failure not yet listed. */
  next: number;
  /** The record shown last: what "open a ticket" is about. */
  shownId?: string;
  /** A code explained after it, if any: what "what should the user do?" asks about then. */
  explained?: string;
  /** The answer found no failure of what was asked, only some nearby: a ticket needs one of them opened first. */
  nearbyOnly?: boolean;
  /** What the search was, for the ticket's conversation summary. */
  summary?: string;
  /**
   * Whose sign-ins, which app and period were searched: for a follow-up about someone else ("and megan?", "en
   * nestor?") or another day or app for the same person ("gisteren", "and in outlook?").
   */
  searched?: { appId?: string; window: StoredWindow; userId?: string };
}
