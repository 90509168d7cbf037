import { expect } from 'chai';
import { nearbyOf, readSpan } from '../../../src/features/troubleshoot/nearby';
import { SignIn } from '../../../src/signins/signIn';
import { DateWindow } from '../../../src/understanding/dateWindow';
import { builtSignIn, newestFirst, OUTLOOK, TEAMS } from '../../helpers/builtSignIns';

const NOW = new Date('2026-11-23T10:00:00Z');
const ZONE = 'Europe/Amsterdam';
/** Sunday 22 November, all day in Amsterdam. */
const SUNDAY: DateWindow = {
  from: new Date('2026-11-21T23:00:00Z'),
  to: new Date('2026-11-22T23:00:00Z'),
  precision: 'day',
};
const failed = (signIn: SignIn): boolean =>
  signIn.status.errorCode !== 0 && signIn.status.errorCode !== 50076;

function near(signIns: SignIn[], window = SUNDAY, appId: string | undefined = TEAMS.appId) {
  return nearbyOf(newestFirst(signIns), failed, { appId, window, timeZone: ZONE, now: NOW });
}

describe('failures near an empty search', () => {
  const CASES: [
    name: string,
    signIns: SignIn[],
    sameDay: number[],
    daysAround: number[],
    nearest?: number,
  ][] = [
    ['another app the same day', [builtSignIn('2026-11-22T08:42:00Z', 53003, OUTLOOK)], [53003], []],
    ['the same app at 23:30 local the day before', [builtSignIn('2026-11-21T22:30:00Z', 50126)], [], [50126]],
    ['the same app the day after', [builtSignIn('2026-11-23T07:00:00Z', 50079)], [], [50079]],
    [
      'another app the day before (not the app asked about)',
      [builtSignIn('2026-11-21T12:00:00Z', 50126, OUTLOOK)],
      [],
      [],
      50126,
    ],
    ['five days before', [builtSignIn('2026-11-17T09:00:00Z', 50057)], [], [], 50057],
    [
      'an interrupt the same day (not a failure)',
      [builtSignIn('2026-11-22T08:00:00Z', 50076, OUTLOOK)],
      [],
      [],
    ],
    ['a success the same day', [builtSignIn('2026-11-22T08:00:00Z', 0, OUTLOOK)], [], []],
    [
      'the app asked about, inside the window (already answered)',
      [builtSignIn('2026-11-22T08:00:00Z', 50126)],
      [],
      [],
    ],
  ];
  for (const [name, signIns, sameDay, daysAround, nearest] of CASES)
    it(`finds ${name}`, () => {
      const nearby = near(signIns);
      expect(
        nearby.sameDay.map((run) => run.code),
        'same day',
      ).to.deep.equal(sameDay);
      expect(
        nearby.daysAround.map((run) => run.code),
        'days around',
      ).to.deep.equal(daysAround);
      expect(nearby.nearest?.code, 'nearest').to.equal(nearest);
    });

  it('names the nearest of several failures in the last 7 days', () => {
    const nearby = near([
      builtSignIn('2026-11-16T09:00:00Z', 50057),
      builtSignIn('2026-11-19T09:00:00Z', 50055),
    ]);
    expect(nearby.nearest?.code).to.equal(50055);
    // "details" opens the nearest, "more" lists it and then the others of those days (found by a fresh trial).
    expect(nearby.records.map((signIn) => signIn.status.errorCode)).to.deep.equal([50055, 50057]);
  });

  it('looks at other hours of the same day when the window was part of a day', () => {
    const morning: DateWindow = {
      from: new Date('2026-11-23T08:30:00Z'),
      to: new Date('2026-11-23T10:00:00Z'),
      precision: 'hours',
    };
    const nearby = near([builtSignIn('2026-11-23T06:40:00Z', 50079)], morning, undefined);
    expect(nearby.sameDay.map((run) => run.code)).to.deep.equal([50079]);
    expect(nearby.logDelay).to.equal(true);
  });

  const SPANS: [name: string, window: DateWindow, severalDays: boolean][] = [
    ['one whole day', SUNDAY, false],
    [
      'a morning',
      { from: new Date('2026-11-23T07:00:00Z'), to: new Date('2026-11-23T10:00:00Z'), precision: 'hours' },
      false,
    ],
    [
      'last week',
      { from: new Date('2026-11-15T23:00:00Z'), to: new Date('2026-11-22T23:00:00Z'), precision: 'days' },
      true,
    ],
    [
      'a night, across midnight',
      { from: new Date('2026-11-21T21:00:00Z'), to: new Date('2026-11-22T05:00:00Z'), precision: 'hours' },
      true,
    ],
  ];
  for (const [name, window, severalDays] of SPANS)
    it(`says whether ${name} is several days (${severalDays}), so "the same day" is only said of one`, () =>
      expect(near([builtSignIn('2026-11-22T08:42:00Z', 53003, OUTLOOK)], window).severalDays).to.equal(
        severalDays,
      ));

  it('adds the log-delay note only when the window reaches into the last 2 hours', () => {
    expect(near([]).logDelay).to.equal(false);
  });

  it('reads the window and 7 days before it, up to a day after but never past now', () => {
    expect(readSpan(SUNDAY, NOW)).to.deep.equal({ from: new Date('2026-11-14T23:00:00Z'), to: NOW });
    expect(readSpan(SUNDAY, new Date('2026-11-28T00:00:00Z')).to).to.deep.equal(
      new Date('2026-11-23T23:00:00Z'),
    );
  });
});
