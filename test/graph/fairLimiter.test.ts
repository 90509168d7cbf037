import { expect } from 'chai';
import sinon from 'sinon';
import { FairLimiter } from '../../src/graph/fairLimiter';

describe('FairLimiter (5 requests per 10 s, shared fairly)', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: 0 });
  });
  afterEach(() => clock.restore());

  /** Starts tasks for keys in this order; returns the time and key of each start, in start order. */
  function start(limiter: FairLimiter, keys: string[]): { at: number; key: string }[] {
    const started: { at: number; key: string }[] = [];
    for (const key of keys)
      void limiter.run(key, async () => {
        started.push({ at: Date.now(), key });
      });
    return started;
  }

  it('starts at most 5 in any 10 s, and the rest as the window frees up', async () => {
    const limiter = new FairLimiter(5, 10_000);
    const started = start(
      limiter,
      Array.from({ length: 12 }, (_, i) => `person-${i}`),
    );
    await clock.tickAsync(0);
    expect(started).to.have.length(5);
    await clock.tickAsync(9_999);
    expect(started).to.have.length(5);
    await clock.tickAsync(1);
    expect(started).to.have.length(10);
    await clock.tickAsync(10_000);
    expect(started.map((start) => start.at)).to.deep.equal([
      ...Array(5).fill(0),
      ...Array(5).fill(10_000),
      ...Array(2).fill(20_000),
    ]);
  });

  it("takes turns between people: one agent's burst does not hold up the next question", async () => {
    const limiter = new FairLimiter(1, 1_000);
    const started = start(limiter, ['megan', 'megan', 'megan', 'megan', 'jane', 'lee']);
    await clock.tickAsync(5_000);
    expect(started.map((start) => start.key)).to.deep.equal([
      'megan',
      'megan',
      'jane',
      'lee',
      'megan',
      'megan',
    ]);
  });

  it('says about how long a question asked now would wait', async () => {
    const limiter = new FairLimiter(5, 10_000);
    expect(limiter.expectedWaitMs()).to.equal(0);
    start(
      limiter,
      Array.from({ length: 12 }, (_, i) => `person-${i}`),
    );
    await clock.tickAsync(0);
    expect(limiter.queued()).to.equal(7);
    expect(limiter.expectedWaitMs()).to.equal(20_000);
  });
});
