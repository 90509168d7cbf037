/** A span of time to search, [from, to), with how precisely the person gave it. */
export interface DateWindow {
  from: Date;
  to: Date;
  precision: 'day' | 'days' | 'hours';
}

/** Where the date stands in the text the recognizer was given: `text` is `given.slice(index, index + text.length)`. */
export interface DateSpan {
  index: number;
  text: string;
}

export type DateRecognition =
  | { kind: 'window'; window: DateWindow; span: DateSpan }
  /** A numeric date that reads two ways, both inside what the log keeps: ask which. */
  | { kind: 'ambiguous'; options: DateWindow[]; span: DateSpan }
  /** Wholly older than the sign-in log keeps; `oldest` is the earliest moment it still has. */
  | { kind: 'beforeRetention'; window: DateWindow; oldest: Date; span: DateSpan; fromFile?: boolean }
  | { kind: 'future'; span: DateSpan }
  /** A date no calendar has, either way round: "31-11", "30-02-2026". */
  | { kind: 'impossible'; span: DateSpan }
  | { kind: 'none' };

/** A window as it survives dialog state (which is stored as JSON). */
export interface StoredWindow {
  from: string;
  to: string;
  precision: DateWindow['precision'];
}

export function storeWindow(window: DateWindow): StoredWindow {
  return { from: window.from.toISOString(), to: window.to.toISOString(), precision: window.precision };
}

export function loadWindow(stored: StoredWindow): DateWindow {
  return { from: new Date(stored.from), to: new Date(stored.to), precision: stored.precision };
}
