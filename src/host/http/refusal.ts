/** A request refused before the bot saw it: the HTTP status and what the caller is told, with what to do instead. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(`[http] ${status}: ${reason}`);
  }
}
