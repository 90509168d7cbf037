import { expect } from 'chai';
import { findPatterns, Pattern, PatternInput } from '../../../src/features/troubleshoot/patterns';
import { SignIn } from '../../../src/signins/signIn';
import { builtSignIn, newestFirst, OUTLOOK } from '../../helpers/builtSignIns';

const at = (minute: number): string => new Date(Date.UTC(2026, 10, 22, 9, minute)).toISOString();
const wrongPasswords = (count: number, more: Partial<SignIn> = {}): SignIn[] =>
  Array.from({ length: count }, (_, i) => builtSignIn(at(i), 50126, more));
const mfaDenied = (minutes: number[]): SignIn[] => minutes.map((minute) => builtSignIn(at(minute), 500121));
const sprayFrom = (ipAddress: string, people: number): SignIn[] =>
  Array.from({ length: people }, (_, i) =>
    builtSignIn(at(i), 50126, { ipAddress, userId: `22222222-0000-4000-8000-00000000000${i}` }),
  );
const fromCountry = (country: string, minute: number, code = 0): SignIn =>
  builtSignIn(at(minute), code, { location: { city: 'Moscow', state: '', countryOrRegion: country } });

function kinds(input: Partial<PatternInput>): Pattern['kind'][] {
  const window = newestFirst(input.window ?? []);
  return findPatterns({
    window,
    before: newestFirst(input.before ?? []),
    sameAddress: input.sameAddress ?? [],
    asked: input.asked ?? window.filter((signIn) => signIn.status.errorCode !== 0),
  }).map((pattern) => pattern.kind);
}

/** Each pattern on built data, and its near miss, which must not be called that pattern. */
const CASES: [name: string, input: Partial<PatternInput>, pattern: Pattern['kind'], found: boolean][] = [
  [
    '3 wrong passwords, then a lock',
    { window: [...wrongPasswords(3), builtSignIn(at(10), 50053)] },
    'lockoutChain',
    true,
  ],
  [
    '2 wrong passwords, then a lock',
    { window: [...wrongPasswords(2), builtSignIn(at(10), 50053)] },
    'lockoutChain',
    false,
  ],
  ['3 wrong passwords and no lock', { window: wrongPasswords(3) }, 'lockoutChain', false],
  ['3 MFA denials within an hour', { window: mfaDenied([0, 20, 40]) }, 'mfaFatigue', true],
  ['3 MFA denials over three hours', { window: mfaDenied([0, 90, 180]) }, 'mfaFatigue', false],
  [
    'an unanswered Authenticator prompt, three times',
    {
      window: [0, 5, 10].map((minute) =>
        builtSignIn(at(minute), 50074, {
          authenticationDetails: [
            {
              authenticationMethod: 'Mobile app notification',
              authenticationMethodDetail: null,
              authenticationStepDateTime: at(minute),
              authenticationStepRequirement: 'Secondary authentication',
              authenticationStepResultDetail: 'MFA denied; user did not respond to mobile app notification',
              succeeded: false,
            },
          ],
        }),
      ),
    },
    'mfaFatigue',
    true,
  ],
  ['5 people failing from one address', { sameAddress: sprayFrom('203.0.113.24', 5) }, 'passwordSpray', true],
  [
    '4 people failing from one address',
    { sameAddress: sprayFrom('203.0.113.24', 4) },
    'passwordSpray',
    false,
  ],
  [
    'Exchange ActiveSync blocked by Conditional Access',
    { window: [builtSignIn(at(0), 53003, { ...OUTLOOK, clientAppUsed: 'Exchange ActiveSync' })] },
    'legacyAuth',
    true,
  ],
  [
    'Exchange ActiveSync signing in fine',
    { window: [builtSignIn(at(0), 0, { ...OUTLOOK, clientAppUsed: 'Exchange ActiveSync' })] },
    'legacyAuth',
    false,
  ],
  [
    'a browser blocked by Conditional Access',
    { window: [builtSignIn(at(0), 53003, OUTLOOK)] },
    'legacyAuth',
    false,
  ],
  [
    'a country not seen in the week before',
    { window: [fromCountry('RU', 0)], before: [0, 1, 2].map((minute) => builtSignIn(at(minute), 0)) },
    'newCountry',
    true,
  ],
  [
    'a country seen in the week before',
    {
      window: [fromCountry('RU', 0)],
      before: [fromCountry('RU', 1), ...[2, 3].map((m) => builtSignIn(at(m), 0))],
    },
    'newCountry',
    false,
  ],
  [
    'a country with too little history to tell',
    { window: [fromCountry('RU', 0)], before: [builtSignIn(at(1), 0)] },
    'newCountry',
    false,
  ],
  [
    'a disabled account tried twice',
    { window: [builtSignIn(at(0), 50057), builtSignIn(at(5), 50057)] },
    'disabledStillTried',
    true,
  ],
  ['a disabled account tried once', { window: [builtSignIn(at(0), 50057)] }, 'disabledStillTried', false],
  [
    'Teams fine, Outlook failing',
    { window: [builtSignIn(at(0), 0), builtSignIn(at(30), 53003, OUTLOOK)] },
    'otherAppFails',
    true,
  ],
  [
    'Teams fine, Teams failing',
    { window: [builtSignIn(at(0), 0), builtSignIn(at(30), 50126)] },
    'otherAppFails',
    false,
  ],
  [
    'Teams fine, Outlook failing with a wrong password (says nothing about the password)',
    { window: [builtSignIn(at(0), 0), builtSignIn(at(30), 50126, OUTLOOK)] },
    'otherAppFails',
    false,
  ],
  [
    'Teams fine, then Outlook failing a day later',
    { window: [builtSignIn(at(0), 0), builtSignIn('2026-11-23T09:30:00Z', 53003, OUTLOOK)] },
    'otherAppFails',
    false,
  ],
];

describe('patterns in a person’s sign-ins', () => {
  for (const [name, input, pattern, found] of CASES)
    it(`${found ? 'finds' : 'does not find'} ${pattern} in ${name}`, () => {
      expect(kinds(input).includes(pattern)).to.equal(found);
    });

  it('names the device, address and client most of a lockout chain came from', () => {
    const phone = { ipAddress: '84.241.196.10', clientAppUsed: 'Exchange ActiveSync' };
    const [chain] = findPatterns({
      window: newestFirst([
        ...wrongPasswords(4, phone),
        builtSignIn(at(6), 50126),
        builtSignIn(at(10), 50053),
      ]),
      before: [],
      sameAddress: [],
      asked: [],
    });
    expect(chain.kind).to.equal('lockoutChain');
    if (chain.kind !== 'lockoutChain') return;
    expect(chain.wrongPasswords).to.equal(5);
    expect(chain.source).to.include(phone);
    expect(chain.records).to.have.length(6);
  });
});
