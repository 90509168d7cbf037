import { ChatArgumentError, readChatArguments } from './chatArguments';
import { runChat } from './terminalChat';

/** npm run chat: a conversation with the bot in the terminal. */
async function main(): Promise<void> {
  const args = readChatArguments(process.argv.slice(2), Intl.DateTimeFormat().resolvedOptions().timeZone);
  await runChat(args);
}

main().catch((error: Error) => {
  console.error(error.message);
  // A mistake in the arguments is a usage error (2), as in npm run audit and npm run import.
  process.exit(error instanceof ChatArgumentError ? 2 : 1);
});
