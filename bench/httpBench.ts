import { converse, drive, LoadResult, startServer } from './httpTurn';

export interface HttpResult {
  conversations: LoadResult;
  saturated: LoadResult;
  bare: LoadResult;
  ratioPercent: number;
}

/** The bot and a bare restify endpoint, each in a process of its own, driven from this one. */
export async function benchHttp(seconds: number): Promise<HttpResult> {
  const bot = await startServer('src/index.js', {});
  let conversations: LoadResult;
  let saturated: LoadResult;
  try {
    await converse(bot.base, 2);
    conversations = await converse(bot.base, seconds);
    saturated = await drive(bot.base, seconds);
  } finally {
    bot.child.kill();
  }
  const bareServer = await startServer('bench/bareServer.js', {});
  let bare: LoadResult;
  try {
    bare = await drive(bareServer.base, seconds);
  } finally {
    bareServer.child.kill();
  }
  const ratioPercent = Math.round((saturated.requestsPerSecond / bare.requestsPerSecond) * 1000) / 10;
  return { conversations, saturated, bare, ratioPercent };
}
