import { DeliveryModes, TurnContext } from 'botbuilder';
import { textsOfTurn } from './audience';
import { Logger } from './log';

const NOTICE = Symbol('slowTurnNotice');

/** What a turn says if it outlasts the wait, from the step about to wait (a search: "looking it up in the log"). */
export function noticeIfSlow(context: TurnContext, text: string): void {
  context.turnState.set(NOTICE, text);
}

/**
 * A turn that has sent nothing for `slowMs` tells the person it is still working, once; the answer follows in the
 * same turn. Whatever the turn waits for (who is asking, the app list, a search, a ticket) is covered alike. With
 * expectReplies every reply travels in the one HTTP answer, so a notice would only arrive with the answer: none there.
 */
export class SlowTurnNotice {
  constructor(
    private readonly slowMs: number,
    private readonly log: Logger,
  ) {}

  async around(context: TurnContext, turn: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (activity.type !== 'message' || activity.deliveryMode === DeliveryModes.ExpectReplies) return turn();
    let told = false;
    let sending: Promise<void> | undefined;
    let timer: NodeJS.Timeout | undefined;
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        told = true;
        sending = this.tell(context);
      }, this.slowMs);
    };
    // Every message the turn sends starts the wait again: a question asked back is not followed by a notice.
    context.onSendActivities(async (_context, _activities, next) => {
      if (!told) arm();
      return next();
    });
    arm();
    try {
      await turn();
    } finally {
      clearTimeout(timer);
      // The context is revoked when the turn returns: a notice on its way is finished first.
      await sending;
    }
  }

  private async tell(context: TurnContext): Promise<void> {
    const texts = textsOfTurn(context);
    const notice = (context.turnState.get(NOTICE) as string | undefined) ?? texts.stillWorking;
    try {
      await context.sendActivity(notice);
    } catch (error) {
      this.log.warn(
        {
          conversation: this.log.pseudonym(context.activity.conversation?.id),
          error: this.log.redact(String((error as Error)?.message ?? error)),
        },
        'could not send the "still working" notice',
      );
    }
  }
}
