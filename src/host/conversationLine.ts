/**
 * Runs each conversation's turns one after another. A turn may outlast its HTTP request (the server answers Teams
 * early), so a message sent meanwhile waits for the answer before it reads the conversation's state; otherwise two
 * turns would read the same state and the later save would lose the other's.
 */
export class ConversationLine {
  private readonly lines = new Map<string, { last: Promise<void>; pending: number }>();

  /** @param maxWaiting turns one conversation may have waiting; more are turned away (`busy`), not queued. */
  constructor(private readonly maxWaiting: number) {}

  run(conversationId: string, turn: () => Promise<void>, busy: () => Promise<void>): Promise<void> {
    const line = this.lines.get(conversationId) ?? { last: Promise.resolve(), pending: 0 };
    // `pending` counts the turn running as well as those waiting.
    if (line.pending > this.maxWaiting) return busy();
    line.pending += 1;
    this.lines.set(conversationId, line);
    const mine = line.last.then(turn);
    // The next turn waits for this one to end, however it ends; a failure is for this turn's caller to handle.
    line.last = mine.then(
      () => this.leave(conversationId, line),
      () => this.leave(conversationId, line),
    );
    return mine;
  }

  /** Conversations with nothing running or waiting are forgotten, so the map holds only turns under way. */
  get size(): number {
    return this.lines.size;
  }

  private leave(conversationId: string, line: { pending: number }): void {
    line.pending -= 1;
    if (line.pending === 0) this.lines.delete(conversationId);
  }
}
