import { AppResolver } from '../src/apps/appResolver';
import { CardRenderer } from '../src/cards/cardRenderer';
import { UserResolver } from '../src/directory/userResolver';
import { Replies } from '../src/features/troubleshoot/replies';
import { Latest } from '../src/shared/current';
import { Catalog } from '../src/catalog/catalog';
import { TicketQuestions } from './ticketQuestions';
import { TenantOverview } from '../src/features/overview/tenantOverview';
import { EntityFinder } from '../src/understanding/entityFinder';
import { IntentReader } from '../src/understanding/intent';

/** Who and which app a message means. A reload of the sign-in store or the directory replaces them together. */
export interface Names {
  users: UserResolver;
  apps: AppResolver;
  /** Finds people, apps, dates, codes and IDs in a message, for this tenant. */
  finder: EntityFinder;
}

/** Sends a reply as an Adaptive Card where the channel shows cards, else as text. */
export type CardSender = Pick<CardRenderer, 'send'>;

/** What every dialog needs to let "help", "cancel", code questions and new questions interrupt it. */
export interface InterruptionParts {
  names: Latest<Names>;
  reader: Pick<IntentReader, 'interpret' | 'read' | 'fromRead'>;
  catalog: Pick<Catalog, 'describes'>;
  /** Answers "ticket SIGNIN-…" and "my tickets" at any prompt. */
  ticketQuestions?: Pick<TicketQuestions, 'answer'>;
  replies: Pick<Replies, 'explain'>;
  cards: CardSender;
  /** Answers a question across people ("how many got 50126 today?") at any prompt. */
  overview?: { answer: Pick<TenantOverview, 'answer'>['answer']; now: () => Date };
}
