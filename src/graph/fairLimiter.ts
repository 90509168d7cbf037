/**
 * Keeps requests under a budget of `limit` starts per `windowMs` (Graph's sign-in reports: 5 per 10 s per tenant),
 * and shares it fairly: while some wait, each key (the person asked about) takes its turn in a round, so one agent's
 * burst does not hold up everyone else. Waiting costs nothing: no request is sent to be refused with 429.
 */
export class FairLimiter {
  private readonly starts: number[] = [];
  private readonly waiting = new Map<string, (() => void)[]>();
  /** Keys with requests waiting, in the order their turn comes. */
  private readonly round: string[] = [];
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs the task when the budget allows and the key's turn has come. */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    await this.turn(key);
    return task();
  }

  /** How many requests wait before one that is queued now: for "about how long" it will take. */
  queued(): number {
    let count = 0;
    for (const queue of this.waiting.values()) count += queue.length;
    return count;
  }

  /** About how long a request queued now waits, in milliseconds. */
  expectedWaitMs(): number {
    const ahead = this.queued() + (this.free() ? 0 : 1);
    return Math.ceil(ahead / this.limit) * this.windowMs;
  }

  private turn(key: string): Promise<void> {
    if (this.waiting.size === 0 && this.free()) {
      this.starts.push(this.now());
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = this.waiting.get(key);
      if (queue) queue.push(resolve);
      else {
        this.waiting.set(key, [resolve]);
        this.round.push(key);
      }
      this.pump();
    });
  }

  private free(): boolean {
    const since = this.now() - this.windowMs;
    while (this.starts.length > 0 && this.starts[0] <= since) this.starts.shift();
    return this.starts.length < this.limit;
  }

  private pump(): void {
    while (this.round.length > 0 && this.free()) {
      const key = this.round.shift()!;
      const queue = this.waiting.get(key)!;
      const next = queue.shift()!;
      if (queue.length > 0) this.round.push(key);
      else this.waiting.delete(key);
      this.starts.push(this.now());
      next();
    }
    if (this.round.length > 0 && !this.timer) {
      const wait = Math.max(1, this.starts[0] + this.windowMs - this.now());
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.pump();
      }, wait);
      this.timer.unref?.();
    }
  }
}
