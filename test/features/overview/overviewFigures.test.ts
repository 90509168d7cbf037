import { expect } from 'chai';
import { countByCode, outageVerdict, Rate, Verdict } from '../../../src/features/overview/overviewFigures';
import { builtSignIn, OUTLOOK } from '../../helpers/builtSignIns';

const usual = (failed: number, total: number): Rate[] => Array.from({ length: 7 }, () => ({ failed, total }));

describe('figures across people', () => {
  const VERDICTS: [name: string, now: Rate, before: Rate[], verdict: Verdict][] = [
    ['12 of 80 failing where 2 of 80 is usual', { failed: 12, total: 80 }, usual(2, 80), 'outage'],
    [
      '4 of 80 failing where 2 of 80 is usual (too few failures to call it)',
      { failed: 4, total: 80 },
      usual(2, 80),
      'normal',
    ],
    [
      '9 of 80 failing where 2 of 80 is usual (not 10 points above it)',
      { failed: 9, total: 80 },
      usual(2, 80),
      'higher',
    ],
    ['7 of 80 failing where 2 of 80 is usual', { failed: 7, total: 80 }, usual(2, 80), 'higher'],
    ['40 of 80 failing where 30 of 80 is usual', { failed: 40, total: 80 }, usual(30, 80), 'normal'],
    ['5 of 9 failing: too few sign-ins to tell', { failed: 5, total: 9 }, usual(0, 80), 'tooFew'],
    ['the usual 2 of 80', { failed: 2, total: 80 }, usual(2, 80), 'normal'],
    ['failures where there were no sign-ins before', { failed: 6, total: 20 }, usual(0, 0), 'outage'],
  ];
  for (const [name, now, before, verdict] of VERDICTS)
    it(`calls ${name} "${verdict}"`, () => {
      expect(outageVerdict(now, before).verdict).to.equal(verdict);
    });

  it('counts failures by code, most first, with people, apps and the first and last time', () => {
    const failures = [
      builtSignIn('2026-11-23T09:00:00Z', 50126),
      builtSignIn('2026-11-23T09:10:00Z', 50126, { userId: 'someone-else', ...OUTLOOK }),
      builtSignIn('2026-11-23T09:05:00Z', 50126),
      builtSignIn('2026-11-23T09:20:00Z', 53003, OUTLOOK),
    ];
    expect(countByCode(failures)).to.deep.equal([
      {
        code: 50126,
        failures: 3,
        people: 2,
        apps: [
          { name: 'Microsoft Teams', failures: 2 },
          { name: 'Office 365 Exchange Online', failures: 1 },
        ],
        first: '2026-11-23T09:00:00Z',
        last: '2026-11-23T09:10:00Z',
      },
      {
        code: 53003,
        failures: 1,
        people: 1,
        apps: [{ name: 'Office 365 Exchange Online', failures: 1 }],
        first: '2026-11-23T09:20:00Z',
        last: '2026-11-23T09:20:00Z',
      },
    ]);
  });
});
