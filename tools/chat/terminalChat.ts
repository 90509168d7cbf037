import readline from 'node:readline';
import { chatConfig, loadSettings } from '../../src/host/config';
import { peopleInUse } from '../../src/tenant/tenantFiles';
import { BotClient } from './botClient';
import { ChatArguments } from './chatArguments';
import { renderText } from './renderText';

const QUIT = ['quit', 'exit', ':q'];

/** A terminal conversation with the bot, through the same HTTP endpoint and adapter a channel uses. */
export async function runChat(args: ChatArguments): Promise<void> {
  const words = args.texts.chat;
  const config = loadSettings(chatConfig);
  let endpoint = args.url;
  let close = (): void => undefined;
  if (!endpoint) {
    if (!config.localMode) throw new Error(words.needsUrl);
    // The bot's code loads only here: a mistake in the arguments, or a chat with --url, does without it.
    const { startLocalBot } = await import('./localBot.js');
    ({ endpoint, close } = await startLocalBot(config));
  }
  const directory = await peopleInUse(config.files);
  const upn = args.as ?? config.localDefaultUpn;
  const user = directory.findByUpn(upn);
  console.log(
    user ? words.youAre(user.displayName, user.userPrincipalName, user.roles) : words.unknownUser(upn),
  );
  console.log(`${words.zoneAndQuit(args.timeZone)}\n`);
  const client = new BotClient(
    endpoint,
    { id: upn, name: user?.displayName ?? upn, aadObjectId: user?.id },
    { locale: args.locale, timeZone: args.timeZone },
    words,
  );

  const print = (replies: { text?: string }[]): void =>
    replies.forEach((reply) => console.log(`${words.bot}${renderText(reply)}\n`));
  print(await client.join());
  const terminal = readline.createInterface({
    input: process.stdin,
    output: process.stdout,
    prompt: words.you,
  });
  terminal.prompt();
  for await (const line of terminal) {
    if (QUIT.includes(line.trim().toLowerCase())) break;
    if (line.trim()) print(await client.say(line));
    terminal.prompt();
  }
  terminal.close();
  close();
}
