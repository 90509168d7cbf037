/** A span of time to search, [from, to), with how precisely the person gave it. */
export interface DateWindow {
  from: Date;
  to: Date;
  precision: 'day' | 'days' | 'hours';
}

export type DateRecognition =
  | { kind: 'window'; window: DateWindow }
  | { kind: 'ambiguous'; options: DateWindow[] }
  | { kind: 'future' }
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
