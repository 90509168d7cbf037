import readline from 'node:readline';
import { createApp } from '../../src/app';
import { chatConfig, loadSettings } from '../../src/host/config';
import { createLogger } from '../../src/host/log';
import { peopleInUse } from '../../src/tenant/tenantFiles';
import { BotClient } from './botClient';
import { renderText } from './renderText';

const USAGE =
  'Usage: npm run chat [-- --as <upn>] [-- --locale nl-NL] [-- --url http://host:port/api/messages]';
const FLAGS = { '--as': 'as', '--url': 'url', '--locale': 'locale' } as const;

/** A terminal conversation with the bot, through the same HTTP endpoint and adapter a channel uses. */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadSettings(chatConfig);
  let endpoint = args.url;
  let close = (): void => undefined;
  if (!endpoint) {
    if (!config.localMode)
      throw new Error(
        '[chat] MicrosoftAppId is set, so the bot requires channel tokens. Use --url with a local bot, or unset it.',
      );
    const app = await createApp(config, createLogger(config.logLevel, { pii: config.logPii }));
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${app.server.address().port}/api/messages`;
    close = () => app.server.close();
  }
  const directory = await peopleInUse(config.files);
  const upn = args.as ?? config.localDefaultUpn;
  const user = directory.findByUpn(upn);
  if (!user) console.log(`(${upn} is not in the directory, so the bot will not know who you are.)`);
  else
    console.log(
      `You are chatting as ${user.displayName} <${user.userPrincipalName}>${user.roles.length ? `, ${user.roles.join(', ')}` : ''}. Type "quit" to leave.\n`,
    );
  const client = new BotClient(
    endpoint,
    { id: upn, name: user?.displayName ?? upn, aadObjectId: user?.id },
    undefined,
    args.locale,
  );

  const print = (replies: { text?: string }[]): void =>
    replies.forEach((reply) => console.log(`bot> ${renderText(reply)}\n`));
  print(await client.join());
  const terminal = readline.createInterface({
    input: process.stdin,
    output: process.stdout,
    prompt: 'you> ',
  });
  terminal.prompt();
  for await (const line of terminal) {
    if (['quit', 'exit', ':q'].includes(line.trim().toLowerCase())) break;
    if (line.trim()) print(await client.say(line));
    terminal.prompt();
  }
  terminal.close();
  close();
}

function parseArgs(argv: string[]): { as?: string; url?: string; locale?: string } {
  const result: { as?: string; url?: string; locale?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (!(flag in FLAGS)) throw new Error(`[chat] unknown argument "${flag}". ${USAGE}`);
    const value = argv[++i];
    if (!value) throw new Error(`[chat] ${flag} needs a value. ${USAGE}`);
    result[FLAGS[flag as keyof typeof FLAGS]] = value;
  }
  return result;
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
