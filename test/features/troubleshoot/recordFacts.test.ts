import { expect } from 'chai';
import path from 'node:path';
import { Catalog } from '../../../src/catalog/catalog';
import { PROJECT_ROOT } from '../../../src/host/config';
import { ticketDraft } from '../../../src/features/tickets/ticketGuidance';
import { signInFacts } from '../../../src/features/troubleshoot/signInFacts';
import { operatingSystemOf } from '../../../src/features/troubleshoot/recordWords';
import { SignIn } from '../../../src/signins/signIn';
import { en } from '../../../src/text/en';
import { nl } from '../../../src/text/nl';
import { builtSignIn } from '../../helpers/builtSignIns';

/** What Graph v1.0 gives: no authentication details or requirement; without Policy.Read.All, no policy names. */
const V1_BLOCK = builtSignIn('2026-11-22T08:00:00Z', 53003, {
  conditionalAccessStatus: 'failure',
  appliedConditionalAccessPolicies: [],
  authenticationRequirement: undefined,
  authenticationDetails: undefined,
});

const V1_MFA_FAILED = builtSignIn('2026-11-22T08:00:00Z', 500121, {
  authenticationRequirement: undefined,
  authenticationDetails: undefined,
});

/** A record with the optional fields empty and a value Graph added after the bot was written. */
const SPARSE = builtSignIn('2026-11-22T08:00:00Z', 50126, {
  userDisplayName: '',
  correlationId: '',
  ipAddress: '',
  clientAppUsed: '',
  conditionalAccessStatus: 'somethingNew' as SignIn['conditionalAccessStatus'],
  location: { city: '', state: '', countryOrRegion: '' },
});

const CASES: [name: string, signIn: SignIn, card: string[], ticket: string[], never: RegExp][] = [
  [
    'a Conditional Access block without policy names',
    V1_BLOCK,
    ['**Conditional Access:** failure: a policy blocked the sign-in (the log names none'],
    ['Conditional Access: failure'],
    /no policy applied/,
  ],
  [
    'an MFA failure on Graph v1.0',
    V1_MFA_FAILED,
    ['**MFA:** not in the log (Graph v1.0 leaves it out'],
    ['MFA: not in the log'],
    /not required|MFA: unknown/,
  ],
  [
    'empty optional fields and an unknown value',
    SPARSE,
    [
      '**User:** jane.visser@contoso.com',
      '**Correlation ID:** not in the log',
      '**IP address:** not in the log',
      '**Conditional Access:** unknown (somethingNew)',
    ],
    [
      'User: <jane.visser@contoso.com> (object ID',
      'Correlation ID: not in the log',
      'Conditional Access: unknown (somethingNew)',
    ],
    /User: {2}|\( *jane|IP address: *$|Location: *$|Client app: *$/m,
  ],
];

describe('the facts of a record, as the log has them', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = await Catalog.read(path.join(PROJECT_ROOT, 'data', 'catalog.json'));
  });

  for (const [name, signIn, card, ticket, never] of CASES)
    it(`tells the truth about ${name}`, () => {
      const shown = signInFacts(signIn, catalog, 'Europe/Amsterdam', en);
      for (const part of card) expect(shown).to.include(part);
      const entry = catalog.get(signIn.status.errorCode);
      const text = ticketDraft(signIn, entry, en, catalog)
        .facts.map((fact) => `${fact.title}: ${fact.value}`)
        .join('\n');
      for (const part of ticket) expect(text).to.include(part);
      expect(`${shown}\n${text}`).to.not.match(never);
    });

  it('says the same in Dutch', () => {
    const shown = signInFacts(V1_BLOCK, catalog, 'Europe/Amsterdam', nl);
    expect(shown).to.include('**Voorwaardelijke toegang:** mislukt, een beleid blokkeerde de aanmelding');
    expect(signInFacts(SPARSE, catalog, 'Europe/Amsterdam', nl)).to.include('onbekend (somethingNew)');
    expect(signInFacts(V1_MFA_FAILED, catalog, 'Europe/Amsterdam', nl)).to.include(
      '**MFA:** niet in het logboek',
    );
  });
});

describe('operatingSystemOf', () => {
  const CASES: [logged: string | undefined, shown: string | undefined][] = [
    ['Ios 18.1', 'iOS 18.1'],
    ['IOS', 'iOS'],
    ['MacOs', 'macOS'],
    ['Windows 11', 'Windows 11'],
    ['Android 14', 'Android 14'],
    [undefined, undefined],
  ];
  for (const [logged, shown] of CASES)
    it(`shows ${String(logged)} as ${String(shown)}`, () => {
      expect(operatingSystemOf(logged)).to.equal(shown);
    });
});
