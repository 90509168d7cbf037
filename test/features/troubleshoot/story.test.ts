import { expect } from 'chai';
import { storyOf } from '../../../src/features/troubleshoot/story';
import { Investigation } from '../../../src/features/troubleshoot/investigator';
import { SignIn } from '../../../src/signins/signIn';
import { builtSignIn, newestFirst, OUTLOOK } from '../../helpers/builtSignIns';

const INTERRUPTS = new Set([50074, 50076, 50140]);

/** An investigation as the investigator builds it: failures, interrupts and successes, newest first. */
function found(signIns: SignIn[]): Investigation {
  const sorted = newestFirst(signIns);
  const failed = sorted.filter((signIn) => signIn.status.errorCode !== 0);
  return {
    searched: sorted.length,
    failures: failed.filter((signIn) => !INTERRUPTS.has(signIn.status.errorCode)),
    interrupts: failed.filter((signIn) => INTERRUPTS.has(signIn.status.errorCode)),
    successes: sorted.filter((signIn) => signIn.status.errorCode === 0),
    around: [],
    patterns: [],
  };
}

describe('the story of a failed sign-in', () => {
  it('groups failures by code and app, oldest group first, with counts and the first and last time', () => {
    const story = storyOf(
      found([
        builtSignIn('2026-11-22T09:10:00Z', 50126),
        builtSignIn('2026-11-22T09:12:00Z', 50126),
        builtSignIn('2026-11-22T09:14:00Z', 50126),
        builtSignIn('2026-11-22T09:20:00Z', 50053),
        builtSignIn('2026-11-22T09:25:00Z', 50053),
        builtSignIn('2026-11-22T09:30:00Z', 50126, OUTLOOK),
      ]),
    )!;
    expect(story.failures).to.deep.equal([
      {
        code: 50126,
        app: 'Microsoft Teams',
        count: 3,
        first: '2026-11-22T09:10:00Z',
        last: '2026-11-22T09:14:00Z',
      },
      {
        code: 50053,
        app: 'Microsoft Teams',
        count: 2,
        first: '2026-11-22T09:20:00Z',
        last: '2026-11-22T09:25:00Z',
      },
      {
        code: 50126,
        app: 'Office 365 Exchange Online',
        count: 1,
        first: '2026-11-22T09:30:00Z',
        last: '2026-11-22T09:30:00Z',
      },
    ]);
    expect(story.shown.createdDateTime).to.equal('2026-11-22T09:30:00Z');
  });

  it('answers about the latest failure the person saw, and names background failures apart', () => {
    const seen = builtSignIn('2026-11-22T08:00:00Z', 50126);
    const story = storyOf(
      found([seen, builtSignIn('2026-11-22T09:00:00Z', 700082, { isInteractive: false })]),
    )!;
    expect(story.shown).to.equal(seen);
    expect(story.failures.map((run) => run.code)).to.deep.equal([50126]);
    expect(story.background.map((run) => run.code)).to.deep.equal([700082]);
  });

  it('answers about a background failure when nothing else failed', () => {
    const background = builtSignIn('2026-11-22T09:00:00Z', 700082, { isInteractive: false });
    expect(storyOf(found([background]))!.shown).to.equal(background);
  });

  it('counts and names interrupts', () => {
    const story = storyOf(
      found([
        builtSignIn('2026-11-22T08:00:00Z', 50076),
        builtSignIn('2026-11-22T08:05:00Z', 50076),
        builtSignIn('2026-11-22T08:10:00Z', 50126),
      ]),
    )!;
    expect(story.interrupts.map((run) => [run.code, run.count])).to.deep.equal([[50076, 2]]);
  });

  const RECOVERY: [name: string, successesAt: string[], recovered: string | undefined][] = [
    ['a success after the last failure', ['2026-11-22T13:23:00Z'], '2026-11-22T13:23:00Z'],
    ['a success before the failures only', ['2026-11-22T07:00:00Z'], undefined],
    [
      'successes after the last failure, naming the first of them',
      ['2026-11-22T07:00:00Z', '2026-11-22T09:05:00Z', '2026-11-22T13:23:00Z', '2026-11-22T16:40:00Z'],
      '2026-11-22T09:05:00Z',
    ],
  ];
  for (const [name, successesAt, recovered] of RECOVERY)
    it(`says it may have resolved itself only after ${name}`, () => {
      const successes = successesAt.map((at) => builtSignIn(at, 0));
      const story = storyOf(found([builtSignIn('2026-11-22T09:00:00Z', 50126), ...successes]))!;
      expect(story.recovered?.createdDateTime).to.equal(recovered);
    });

  it('has no story when nothing failed', () => {
    expect(
      storyOf(found([builtSignIn('2026-11-22T09:00:00Z', 0), builtSignIn('2026-11-22T09:01:00Z', 50076)])),
    ).to.equal(undefined);
  });
});
