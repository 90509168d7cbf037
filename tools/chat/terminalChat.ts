import readline from 'node:readline';
import { createApp } from '../../src/app';
import { chatConfig, loadSettings } from '../../src/host/config';
import { Directory } from '../../src/directory/directory';
import { createLogger } from '../../src/host/log';
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
    const app = await createApp(config, createLogger(config.logLevel, { pii: config.logPii }));
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${app.server.address().port}/api/messages`;
    close = () => app.server.close();
  }
  const directory = await Directory.read(config.files.directory);
  const upn = args.as ?? config.localDefaultUpn;
  const user = directory.findByUpn(upn);
  console.log(
    user ? words.youAre(user.displayName, user.userPrincipalName, user.roles) : words.unknownUser(upn),
  );
  console.log(`${words.quit}\n`);
  const client = new BotClient(
    endpoint,
    { id: upn, name: user?.displayName ?? upn, aadObjectId: user?.id },
    { locale: args.locale, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
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
