/** The card templates in src/cards/templates, one JSON file each (imported by cardRenderer.ts). */
export type CardName = 'welcome' | 'failureList' | 'signIn' | 'advice' | 'ticket' | 'summary';

/** A button press, as the card sends it back (see submit.ts). */
export type SubmitData =
  | { action: 'say'; text: string }
  | { action: 'pick'; requestId: string }
  | { action: 'more' }
  | { action: 'explain'; code: string }
  | { action: 'ticket'; requestId: string }
  | { action: 'fileTicket'; draft: string }
  | { action: 'cancel' }
  | { action: 'restart' };

export interface Button {
  title: string;
  data: SubmitData;
}

export interface Fact {
  title: string;
  value: string;
}

/** One message: its text (for channels without cards, and the card's fallbackText) and, where it has one, a card. */
export interface Reply {
  text: string;
  card?: { name: CardName; data: object };
}

export function textReply(text: string): Reply {
  return { text };
}
