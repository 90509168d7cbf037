import { Template } from 'adaptivecards-templating';
import { Activity, CardFactory, MessageFactory, TurnContext } from 'botbuilder';
import { CardName, Reply } from './reply';
import advice from './templates/advice.json';
import failureList from './templates/failureList.json';
import signIn from './templates/signIn.json';
import summary from './templates/summary.json';
import ticket from './templates/ticket.json';
import welcome from './templates/welcome.json';

/** Channels that render Adaptive Cards 1.5; everyone else (the terminal chat, plain-text channels) gets the text. */
const CARD_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator']);

/** Teams refuses messages of about 100 KB with 413; a card bigger than this is sent as text instead. */
export const MAX_MESSAGE_BYTES = 80 * 1024;

/** The templates, compiled into the build with the code (tsc checks their JSON), so nothing reads src/ at run time. */
const TEMPLATES: Record<CardName, unknown> = { welcome, failureList, signIn, advice, ticket, summary };
const NAMES = Object.keys(TEMPLATES) as CardName[];

/** Turns replies into activities: an Adaptive Card from its JSON template where the channel shows cards, else text. */
export class CardRenderer {
  private readonly templates: Map<CardName, Template>;

  constructor(templates: Record<CardName, unknown> = TEMPLATES) {
    this.templates = new Map(NAMES.map((name) => [name, new Template(checked(name, templates[name]))]));
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

/** A template must be an Adaptive Card; anything else fails when the bot starts, naming the file, not at the first card. */
function checked(name: CardName, template: unknown): object {
  const card = (template ?? {}) as { type?: unknown; version?: unknown };
  if (card.type !== 'AdaptiveCard' || typeof card.version !== 'string')
    throw new Error(
      `[cards] the template src/cards/templates/${name}.json is not an Adaptive Card (it needs "type": "AdaptiveCard" and a "version"). Restore it from git.`,
    );
  return card;
}
