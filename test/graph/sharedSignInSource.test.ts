import { expect } from 'chai';
import { FairLimiter } from '../../src/graph/fairLimiter';
import { SharedSignInSource } from '../../src/graph/sharedSignInSource';
import { SignIn } from '../../src/signins/signIn';
import { SignInQuery, SignInSource } from '../../src/signins/signInSource';
import { builtSignIn } from '../helpers/builtSignIns';

const NOW = Date.parse('2026-11-23T10:00:00Z');
const USER = '11111111-0000-4000-8000-000000000001';
const YESTERDAY = {
  userId: USER,
  from: new Date('2026-11-21T23:00:00Z'),
  to: new Date('2026-11-22T23:00:00Z'),
};
const THIS_MORNING = { userId: USER, from: new Date('2026-11-22T23:00:00Z'), to: new Date(NOW) };

/** Counts what reaches it, and answers when the test says so. */
class CountingSource implements SignInSource {
  readonly asked: SignInQuery[] = [];
  private release: (() => void)[] = [];
  find(query: SignInQuery): Promise<SignIn[]> {
    this.asked.push(query);
    return new Promise((resolve) =>
      this.release.push(() => resolve([builtSignIn('2026-11-22T08:00:00Z', 50126)])),
    );
  }
  /** Answers every question that has reached it, once the event loop has let them through (no time passes). */
  async answerAll(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    for (const release of this.release.splice(0)) release();
  }
  describe() {
    return { includesNonInteractive: false };
  }
}

describe('SharedSignInSource', () => {
  let now = NOW;
  const shared = (inner: SignInSource) =>
    new SharedSignInSource(inner, new FairLimiter(5, 10_000, () => now), () => now);

  it('sends identical questions asked together once, and gives each the answer', async () => {
    const inner = new CountingSource();
    const source = shared(inner);
    const answers = Promise.all([
      source.find({ ...YESTERDAY }),
      source.find({ ...YESTERDAY }),
      source.find({ ...YESTERDAY }),
    ]);
    await inner.answerAll();
    expect((await answers).map((signIns) => signIns.length)).to.deep.equal([1, 1, 1]);
    expect(inner.asked).to.have.length(1);
  });

  it('keeps a settled window for 10 minutes, and reads one that reaches into the last 2 hours afresh', async () => {
    const inner = new CountingSource();
    const source = shared(inner);
    for (const query of [YESTERDAY, YESTERDAY, THIS_MORNING, THIS_MORNING]) {
      const answer = source.find({ ...query });
      await inner.answerAll();
      await answer;
    }
    expect(inner.asked.map((query) => query.to)).to.deep.equal([
      YESTERDAY.to,
      THIS_MORNING.to,
      THIS_MORNING.to,
    ]);
    now += 10 * 60 * 1000 + 1;
    const again = source.find({ ...YESTERDAY });
    await inner.answerAll();
    await again;
    expect(inner.asked).to.have.length(4);
  });
});
