import { ActivityHandler, ConversationState } from 'botbuilder';
import { createAdapter } from '../src/host/adapter';
import { loadConfig } from '../src/host/config';
import { createLogger } from '../src/host/log';
import { createServer } from '../src/host/server';
import { BoundedMemoryStorage } from '../src/state/boundedMemoryStorage';

/**
 * The framework's floor: the bot's own server and adapter with the smallest bot there is, one that reads and saves its
 * conversation state and answers with one line. What the helpdesk bot costs beyond this is its own work.
 */
class EchoBot extends ActivityHandler {
  constructor(state: ConversationState) {
    super();
    const turns = state.createProperty<number>('turns');
    this.onMessage(async (context, next) => {
      const count = (await turns.get(context, 0)) + 1;
      await turns.set(context, count);
      await context.sendActivity(`Turn ${count}: ${context.activity.text}`);
      await state.saveChanges(context);
      await next();
    });
  }
}

const state = new ConversationState(
  new BoundedMemoryStorage({ maxConversations: 10_000, idleMs: 86_400_000 }),
);
const log = createLogger('silent');
const adapter = createAdapter(loadConfig({}), state, log);
createServer(adapter, new EchoBot(state), { localMode: true, health: () => ({}), log }).listen(
  Number(process.env.PORT),
  '127.0.0.1',
);
