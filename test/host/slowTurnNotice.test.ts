import { expect } from 'chai';
import { Activity, TestAdapter, TurnContext } from 'botbuilder';
import sinon from 'sinon';
import { createLogger } from '../../src/host/log';
import { noticeIfSlow, SlowTurnNotice } from '../../src/host/slowTurnNotice';
import { textsFor } from '../../src/text/texts';

const EN = textsFor('en-US');
const NL = textsFor('nl-NL');

/** What a turn does, step by step: send a text, or wait (fake) milliseconds. */
type Step = { say: string } | { wait: number } | { notice: string };

const CASES: { name: string; steps: Step[]; activity?: Partial<Activity>; replies: string[] }[] = [
  { name: 'a quick answer gets no notice', steps: [{ wait: 1_999 }, { say: 'answer' }], replies: ['answer'] },
  {
    name: 'a turn silent for the wait is told it is still working, once, before the answer',
    steps: [{ wait: 9_000 }, { say: 'answer' }],
    replies: [EN.stillWorking, 'answer'],
  },
  {
    name: 'every message sent starts the wait again',
    steps: [{ wait: 1_500 }, { say: 'Which app?' }, { wait: 1_500 }, { say: 'answer' }],
    replies: ['Which app?', 'answer'],
  },
  {
    name: 'a slow step after a message gets the notice after that message',
    steps: [{ say: 'first part' }, { wait: 2_500 }, { say: 'answer' }],
    replies: ['first part', EN.stillWorking, 'answer'],
  },
  {
    name: 'the step about to wait chooses the words',
    steps: [{ notice: EN.lookingItUp }, { wait: 5_000 }, { say: 'answer' }],
    replies: [EN.lookingItUp, 'answer'],
  },
  {
    name: 'in the language of the message',
    steps: [{ wait: 5_000 }, { say: 'antwoord' }],
    activity: { locale: 'nl-NL' },
    replies: [NL.stillWorking, 'antwoord'],
  },
  {
    name: 'no notice when the replies travel in the HTTP answer (expectReplies)',
    steps: [{ wait: 5_000 }, { say: 'answer' }],
    activity: { deliveryMode: 'expectReplies' },
    replies: ['answer'],
  },
  {
    name: 'no notice for what is not a message',
    steps: [{ wait: 5_000 }],
    activity: { type: 'conversationUpdate', text: undefined },
    replies: [],
  },
];

describe('SlowTurnNotice (a notice when a turn sends nothing for 2 s)', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: 0 })));
  afterEach(() => clock.restore());

  for (const { name, steps, activity, replies } of CASES)
    it(name, async () => {
      const notice = new SlowTurnNotice(2_000, createLogger('silent'));
      const sent: string[] = [];
      const adapter = new TestAdapter((context: TurnContext) =>
        notice.around(context, async () => {
          for (const step of steps) {
            if ('say' in step) await context.sendActivity(step.say);
            else if ('notice' in step) noticeIfSlow(context, step.notice);
            else await new Promise((resolve) => setTimeout(resolve, step.wait));
          }
        }),
      );
      adapter.use(async (context, next) => {
        context.onSendActivities(async (_context, activities, send) => {
          sent.push(...activities.map((reply) => reply.text ?? ''));
          return send();
        });
        await next();
      });
      const turn = adapter.processActivity({ type: 'message', text: 'hi', ...activity });
      await clock.tickAsync(20_000);
      await turn;
      expect(sent).to.deep.equal(replies);
    });
});
