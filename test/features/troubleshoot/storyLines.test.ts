import { expect } from 'chai';
import { patternLines, storyLines } from '../../../src/features/troubleshoot/storyLines';
import { findPatterns } from '../../../src/features/troubleshoot/patterns';
import { en } from '../../../src/text/en';
import { nl } from '../../../src/text/nl';
import { builtSignIn, newestFirst, OUTLOOK } from '../../helpers/builtSignIns';

const at = (minute: number): string => new Date(Date.UTC(2026, 10, 22, 9, minute)).toISOString();
/** Three wrong passwords and the lock, all in Teams (the sign-ins' default app). */
const chain = newestFirst(
  [0, 1, 2].map((minute) => builtSignIn(at(minute), 50126)).concat(builtSignIn(at(5), 50053)),
);

describe('patternLines', () => {
  const CASES: [who: string, staff: boolean, texts: typeof en, line: string][] = [
    [
      'the helpdesk',
      true,
      en,
      '**Lockout chain in Microsoft Teams:** the lock holds for every app. 3 wrong passwords',
    ],
    [
      'the person',
      false,
      en,
      '**Locked by an old password (in Microsoft Teams; a lock holds for every app):**',
    ],
    [
      'de helpdesk',
      true,
      nl,
      '**Verloop van de vergrendeling in Microsoft Teams:** de vergrendeling geldt voor elke app.',
    ],
  ];
  for (const [who, staff, texts, line] of CASES)
    it(`names the app of a lockout chain outside the app asked about, for ${who}`, () => {
      const patterns = findPatterns({
        window: chain,
        before: [],
        sameAddress: [],
        asked: [],
        appId: OUTLOOK.appId,
      });
      const lines = patternLines(patterns, { texts, timeZone: 'Europe/Amsterdam', staff, withDay: false });
      expect(lines.join('\n')).to.include(line);
    });

  it('does not name the app when the chain is in the app asked about', () => {
    const patterns = findPatterns({
      window: chain,
      before: [],
      sameAddress: [],
      asked: chain,
      appId: undefined,
    });
    const lines = patternLines(patterns, {
      texts: en,
      timeZone: 'Europe/Amsterdam',
      staff: true,
      withDay: false,
    });
    expect(lines.join('\n')).to.include('**Lockout chain:** 3 wrong passwords');
  });
});

describe('the time zone after a line', () => {
  it('goes before the full stop', () => {
    expect(
      en.story.inZone('In the background: 81010 to Outlook Mobile at 13:30.', 'Europe/Amsterdam'),
    ).to.equal('In the background: 81010 to Outlook Mobile at 13:30 (Europe/Amsterdam).');
  });
});

describe('storyLines after an attack', () => {
  it('does not say a later success may mean it resolved itself', () => {
    const denied = newestFirst([0, 5, 10].map((minute) => builtSignIn(at(minute), 500121)));
    const story = {
      shown: denied[0],
      failures: [{ code: 500121, app: 'Microsoft Teams', count: 3, first: at(0), last: at(10) }],
      background: [],
      interrupts: [],
      recovered: builtSignIn(at(30), 0),
    };
    const reader = { texts: en, timeZone: 'Europe/Amsterdam', staff: true, withDay: false, withApp: false };
    const attacked = findPatterns({
      window: denied,
      before: [],
      sameAddress: [],
      asked: denied,
      appId: undefined,
    });
    expect(attacked.map((pattern) => pattern.kind)).to.include('mfaFatigue');
    expect(storyLines(story, undefined, attacked, reader).join('\n')).not.to.include('resolved itself');
    expect(storyLines(story, undefined, [], reader).join('\n')).to.include('resolved itself');
  });
});
