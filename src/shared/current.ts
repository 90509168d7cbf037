/** The latest version of something a reload replaces. Readers ask for it each time and never keep what they got. */
export interface Latest<T> {
  current(): T;
}

/**
 * The one place a reload lands: the composition root replaces the whole value, so a turn that is under way keeps the
 * version it read and no shared object is ever changed in place.
 */
export class Current<T> implements Latest<T> {
  constructor(private value: T) {}

  current(): T {
    return this.value;
  }

  replace(next: T): void {
    this.value = next;
  }
}
