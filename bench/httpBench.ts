import { converse, drive, LoadResult, startServer } from './httpTurn';

export interface HttpResult {
  conversations: LoadResult;
  saturated: LoadResult;
  echo: LoadResult;
  bare: LoadResult;
  /** The bot's throughput against the bare endpoint: the target. */
  ratioPercent: number;
  /** The echo bot's against the bare endpoint: the most any bot on botbuilder's CloudAdapter reaches here. */
  echoRatioPercent: number;
  /** The bot's against the echo bot's: what its own work (dialogs, store, catalog, cards) leaves. */
  botToEchoPercent: number;
}

/** Starts a server script in a process of its own, drives it from this one, and stops it. */
async function measure<T>(script: string, run: (base: string) => Promise<T>): Promise<T> {
  const server = await startServer(script, {});
  try {
    return await run(server.base);
  } finally {
    server.child.kill();
  }
}

/** The bot, the echo bot on the same server and adapter, and a bare restify endpoint, one after the other. */
export async function benchHttp(seconds: number): Promise<HttpResult> {
  const [conversations, saturated] = await measure('src/index.js', async (base) => {
    await converse(base, 2);
    return [await converse(base, seconds), await drive(base, seconds)];
  });
  const echo = await measure('bench/echoServer.js', (base) => drive(base, seconds));
  const bare = await measure('bench/bareServer.js', (base) => drive(base, seconds));
  const percent = (part: LoadResult, whole: LoadResult) =>
    Math.round((part.requestsPerSecond / whole.requestsPerSecond) * 1000) / 10;
  return {
    conversations,
    saturated,
    echo,
    bare,
    ratioPercent: percent(saturated, bare),
    echoRatioPercent: percent(echo, bare),
    botToEchoPercent: percent(saturated, echo),
  };
}
