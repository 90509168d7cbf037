import { ChatArgumentError, readChatArguments } from './chatArguments';

/** npm run chat. The bot's code loads once the arguments are known to be right, so a mistake is told at once. */
async function main(): Promise<void> {
  const args = readChatArguments(process.argv.slice(2));
  const { runChat } = await import('./terminalChat.js');
  await runChat(args);
}

main().catch((error: Error) => {
  console.error(error.message);
  // A mistake in the arguments is a usage error (2), as in npm run audit and npm run import.
  process.exit(error instanceof ChatArgumentError ? 2 : 1);
});
