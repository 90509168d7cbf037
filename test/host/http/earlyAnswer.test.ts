import { expect } from 'chai';
import { Activity, InvokeResponse } from 'botbuilder';
import sinon from 'sinon';
import { runWithin, TurnOutcome } from '../../../src/host/http/earlyAnswer';

const MESSAGE = { type: 'message', deliveryMode: 'normal' } as Activity;

/** A turn whose token check takes `checkMs` and whose bot then takes `turnMs` (fake time). */
function turn(checkMs: number, turnMs: number, fails = false) {
  return async (started: () => void): Promise<InvokeResponse | undefined> => {
    await new Promise((resolve) => setTimeout(resolve, checkMs));
    started();
    await new Promise((resolve) => setTimeout(resolve, turnMs));
    if (fails) throw new Error('turn failed');
    return undefined;
  };
}

const CASES: {
  name: string;
  activity: Activity;
  check: number;
  turn: number;
  answeredAt: number;
  kind: string;
}[] = [
  {
    name: 'a quick turn is answered when it ends',
    activity: MESSAGE,
    check: 10,
    turn: 300,
    answeredAt: 310,
    kind: 'done',
  },
  {
    name: 'a slow turn is answered at the deadline and goes on',
    activity: MESSAGE,
    check: 10,
    turn: 60_000,
    answeredAt: 2_500,
    kind: 'answeredEarly',
  },
  {
    name: 'a slow token check is waited for: nothing is accepted before it is known to be genuine',
    activity: MESSAGE,
    check: 4_000,
    turn: 60_000,
    answeredAt: 4_000,
    kind: 'answeredEarly',
  },
  {
    name: 'expectReplies waits for the whole turn (its replies are the HTTP answer)',
    activity: { ...MESSAGE, deliveryMode: 'expectReplies' },
    check: 10,
    turn: 20_000,
    answeredAt: 20_010,
    kind: 'done',
  },
  {
    name: 'an invoke waits for its result',
    activity: { ...MESSAGE, type: 'invoke' },
    check: 10,
    turn: 20_000,
    answeredAt: 20_010,
    kind: 'done',
  },
];

describe('runWithin (Teams gets its HTTP answer within 2.5 s)', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: 0 })));
  afterEach(() => clock.restore());

  for (const { name, activity, check, turn: turnMs, answeredAt, kind } of CASES)
    it(name, async () => {
      let at = -1;
      const outcome = runWithin(activity, 2_500, turn(check, turnMs)).then((result) => {
        at = Date.now();
        return result;
      });
      await clock.tickAsync(100_000);
      expect((await outcome).kind).to.equal(kind);
      expect(at).to.equal(answeredAt);
    });

  it('hands over the rest of an early-answered turn, failure included', async () => {
    const outcome = runWithin(MESSAGE, 2_500, turn(10, 10_000, true));
    await clock.tickAsync(2_500);
    const early = await outcome;
    expect(early.kind).to.equal('answeredEarly');
    await clock.tickAsync(10_000);
    const rest = await (early as Extract<TurnOutcome, { kind: 'answeredEarly' }>).rest;
    expect(rest).to.include({ kind: 'failed', started: true });
  });

  it('says a turn that failed before it started failed at the token check', async () => {
    const outcome = runWithin(MESSAGE, 2_500, async () => Promise.reject(new Error('bad token')));
    await clock.tickAsync(0);
    expect(await outcome).to.include({ kind: 'failed', started: false });
  });
});
