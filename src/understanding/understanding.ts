import { DirectoryUser } from '../directory/directoryUser';
import { AppRef } from '../apps/appResolver';

export const INTENTS = [
  'troubleshoot',
  'explain',
  'findRecord',
  'ticketOpen',
  'ticketAdd',
  'ticketStatus',
  'ticketList',
  'whoLookedUp',
  'overview',
  'help',
  'cancel',
  'restart',
  'greeting',
  'thanks',
  'yes',
  'no',
  'none',
] as const;
export type IntentName = (typeof INTENTS)[number];

export const SLOT_TYPES = ['person', 'app', 'date', 'code', 'ticket', 'requestId', 'correlationId'] as const;
export type SlotType = (typeof SLOT_TYPES)[number];

/** A stretch of a message that names something, where it stands in the text. */
export interface Span {
  type: SlotType;
  start: number;
  end: number;
  text: string;
}

/** A person a message names: one known person, several who fit, or a name nobody in the directory has. */
export type PersonMention = Span & {
  type: 'person';
  users: DirectoryUser[];
  /** Near misses offered when the name fits nobody exactly ("megna" → Megan Bowen). */
  suggestions: DirectoryUser[];
};

/** An app a message names: a known one, or a word in an app's place that no app has ("vpn"). */
export type AppMention = Span & { type: 'app'; app?: AppRef; suggestions: AppRef[] };

export type Entity = PersonMention | AppMention | (Span & { type: Exclude<SlotType, 'person' | 'app'> });

/** What a message asks for, the things it names, and whatever follows a leading yes or no. */
export interface Understanding {
  intent: IntentName;
  score: number;
  language: string;
  entities: Entity[];
  /** "yes, she used the iPhone mail app" → "she used the iPhone mail app". */
  rest?: string;
  /** Means the caller themself: "my sign-ins", "ik kan niet inloggen". */
  aboutSelf: boolean;
  /** Names someone else without a name: "my colleague", "mijn baas". */
  aboutOther: boolean;
}
