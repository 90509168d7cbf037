import { expect } from 'chai';
import { APP_ID, peakRss, SERVICE_URL } from '../../helpers/hostile';
import { rawExchange } from '../../helpers/rawHttp';
import { SharedBots, sharedBots } from '../../helpers/sharedBots';
import { Expected, hostileRequests } from './hostileCases';

const CASES = hostileRequests();
const DEADLINE_MS = 2_000;
const MAX_GROWTH_MIB = 32;
const MAX_RUN_GROWTH_MIB = 128;

type Mode = 'local mode' | 'channel mode without a token' | 'channel mode with a valid token';

/** What a caller must notice in each mode: the same refusal, except 401 for whatever reaches the route unsigned. */
function expectedIn(
  mode: Mode,
  status: Expected,
  withToken: Expected | undefined,
  beforeRoute?: true,
): Expected {
  if (mode === 'local mode' || status === 'left') return status;
  if (mode === 'channel mode without a token') return beforeRoute ? status : 401;
  return withToken ?? status;
}

/**
 * Hostile requests against the real server on a free port: each is answered as the table says within 2 s (a body
 * gets 150 ms here), nothing throws outside a request, /healthz answers after each one, and memory stays bounded
 * (a bomb is never inflated).
 */
describe(`${CASES.length} hostile requests in each mode`, () => {
  let bots: SharedBots;
  const uncaught: unknown[] = [];
  const record = (error: unknown): void => void uncaught.push(error);
  before(async () => {
    bots = await sharedBots();
    process.on('uncaughtException', record);
  });
  after(() => process.off('uncaughtException', record));

  const MODES: [Mode, 'local' | 'channel'][] = [
    ['local mode', 'local'],
    ['channel mode without a token', 'channel'],
    ['channel mode with a valid token', 'channel'],
  ];
  for (const [mode, which] of MODES) {
    describe(mode, () => {
      let startRss: number;
      let runGrowthMiB = 0;
      before(() => (startRss = process.memoryUsage().rss));

      for (const { name, exchange, status, withToken, beforeRoute } of CASES) {
        const expected = expectedIn(mode, status, withToken, beforeRoute);
        it(`${expected === 'left' ? 'outlives' : `answers ${expected} to`} ${name}`, async () => {
          const { port, base } = bots[which];
          const auth = mode.endsWith('valid token')
            ? [`authorization: Bearer ${bots.keys.token(APP_ID, SERVICE_URL)}`]
            : [];
          const { result: answer, growthMiB } = await peakRss(() =>
            rawExchange(port, { deadlineMs: DEADLINE_MS, ...exchange(auth) }),
          );
          expect(growthMiB, 'MiB more while the request ran').to.be.below(MAX_GROWTH_MIB);
          runGrowthMiB = Math.max(runGrowthMiB, (process.memoryUsage().rss - startRss) / 2 ** 20);
          if (expected === 'left') expect(answer.outcome).to.equal('left');
          else
            expect([answer.outcome, answer.status], answer.body.slice(0, 300)).to.deep.equal([
              'answered',
              expected,
            ]);
          expect(answer.ms).to.be.below(DEADLINE_MS);
          const health = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(DEADLINE_MS) });
          expect(health.status).to.equal(200);
          expect(uncaught).to.deep.equal([]);
        });
      }

      it(`grows by less than ${MAX_RUN_GROWTH_MIB} MiB over the run and pollutes no prototype`, () => {
        expect(runGrowthMiB).to.be.below(MAX_RUN_GROWTH_MIB);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      });
    });
  }
});
