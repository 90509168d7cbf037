import { Template } from 'adaptivecards-templating';
import { Activity, CardFactory, MessageFactory, TurnContext } from 'botbuilder';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../host/config';
import { CardName, Reply } from './reply';

/** Channels that render Adaptive Cards 1.5; everyone else (the terminal chat, plain-text channels) gets the text. */
const CARD_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator']);

/** Teams refuses messages of about 100 KB with 413; a card bigger than this is sent as text instead. */
export const MAX_MESSAGE_BYTES = 80 * 1024;

const NAMES: CardName[] = ['welcome', 'failureList', 'signIn', 'advice', 'ticket'];

/** Turns replies into activities: an Adaptive Card from its JSON template where the channel shows cards, else text. */
export class CardRenderer {
  private readonly templates: Map<CardName, Template>;

  constructor(folder = path.join(PROJECT_ROOT, 'src', 'cards', 'templates')) {
    this.templates = new Map(
      NAMES.map((name) => {
        const file = path.join(folder, `${name}.json`);
        try {
          return [name, new Template(JSON.parse(readFileSync(file, 'utf8')))];
        } catch (error) {
          throw new Error(`[cards] cannot read the template ${file}: ${(error as Error).message}`, {
            cause: error,
          });
        }
      }),
    );
  }

  /** The card JSON of a reply (fallbackText is the text rendering), or undefined when it has none. */
  card(reply: Reply): Record<string, unknown> | undefined {
    if (!reply.card) return undefined;
    const expanded = this.templates.get(reply.card.name)!.expand({ $root: reply.card.data }) as Record<
      string,
      unknown
    >;
    return { ...expanded, fallbackText: reply.text };
  }

  /** Sends a reply as a card or as text, whichever the conversation's channel shows. */
  async send(context: TurnContext, reply: Reply | string): Promise<void> {
    await context.sendActivity(this.activity(reply, context.activity.channelId));
  }

  activity(reply: Reply | string, channelId: string | undefined): Partial<Activity> {
    const message = typeof reply === 'string' ? { text: reply } : reply;
    const text = MessageFactory.text(clip(message.text));
    if (!message.card || !CARD_CHANNELS.has(channelId ?? '')) return text;
    const card = MessageFactory.attachment(CardFactory.adaptiveCard(this.card(message)));
    return Buffer.byteLength(JSON.stringify(card)) <= MAX_MESSAGE_BYTES ? card : text;
  }
}

/** Text longer than a message may be is cut, saying so, rather than refused by the channel. */
function clip(text: string): string {
  if (Buffer.byteLength(text) <= MAX_MESSAGE_BYTES) return text;
  return `${text.slice(0, MAX_MESSAGE_BYTES / 4)}\n\n…`;
}
