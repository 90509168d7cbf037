import { ConversationReference, DeliveryModes, TurnContext } from 'botbuilder';
import { Texts } from '../text/en';
import { apologyFor } from './apology';
import { textsOfTurn } from './audience';
import { Logger } from './log';

/** The part of CloudAdapter used to speak again in a conversation after its turn has ended. */
export interface ProactiveAdapter {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Teams sends a turn again when the bot takes longer than 15 s. A lookup that is not done after `slowMs` is answered
 * with a notice now; the answer follows as a new message in the same conversation (continueConversationAsync with the
 * stored reference), and the ended turn's context is never touched again.
 */
export class LateDelivery {
  constructor(
    private readonly adapter: ProactiveAdapter,
    private readonly botAppId: string,
    private readonly slowMs: number,
    private readonly saveState: (context: TurnContext) => Promise<void>,
    private readonly log: Logger,
  ) {}

  async answer<T>(
    context: TurnContext,
    work: Promise<T>,
    notice: string,
    deliver: (context: TurnContext, value: T) => Promise<void>,
  ): Promise<void> {
    const settled: Promise<Settled<T>> = work.then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error }),
    );
    // With expectReplies the replies travel in the HTTP response, and Teams never uses it: no late delivery there.
    const waitMs = context.activity.deliveryMode === DeliveryModes.ExpectReplies ? Infinity : this.slowMs;
    const early = await Promise.race([settled, timer(waitMs)]);
    if (early) {
      if (!early.ok) throw early.error;
      return deliver(context, early.value);
    }
    await context.sendActivity(notice);
    const reference = TurnContext.getConversationReference(context.activity);
    const texts = textsOfTurn(context);
    // The turn ends here, with the notice; later() delivers the answer on its own and logs what it cannot deliver.
    void settled.then((outcome) => this.later(reference, texts, outcome, deliver));
  }

  private async later<T>(
    reference: Partial<ConversationReference>,
    texts: Texts,
    outcome: Settled<T>,
    deliver: (context: TurnContext, value: T) => Promise<void>,
  ): Promise<void> {
    const conversation = this.log.pseudonym(reference.conversation?.id);
    try {
      await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
        // Save what the answer remembers (the list to pick from) before it is shown, so a reply to it finds it.
        context.onSendActivities(async (turn, _activities, next) => {
          await this.saveState(turn);
          return next();
        });
        if (outcome.ok) await deliver(context, outcome.value);
        else await context.sendActivity(apologyFor(outcome.error, texts));
        await this.saveState(context);
      });
      if (!outcome.ok)
        this.log.error(
          {
            conversation,
            error: this.log.redact(String((outcome.error as Error)?.message ?? outcome.error)),
          },
          'a slow lookup failed; the user was told',
        );
    } catch (error) {
      this.log.error(
        { conversation, error: this.log.redact((error as Error).message) },
        'could not deliver a late answer',
      );
    }
  }
}

function timer(ms: number): Promise<undefined> | Promise<never> {
  if (ms === Infinity) return new Promise<never>(() => {});
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}
