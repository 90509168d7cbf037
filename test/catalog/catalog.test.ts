import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Catalog } from '../../src/catalog/catalog';
import { PROJECT_ROOT } from '../../src/host/config';
import { readSignInFile } from '../../src/signins/signInFile';
import { sampleTenantDir } from '../helpers/fixture';
import { tempDir } from '../helpers/endOfRun';

const CATALOG = path.join(PROJECT_ROOT, 'data', 'catalog.json');
const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures');

describe('Catalog content', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = await Catalog.read(CATALOG);
  });

  it('has an entry for every official AADSTS code, remediation code, MFA result code and MFA denial reason', async () => {
    const rows = (await readFile(path.join(FIXTURES, 'officialCodes.tsv'), 'utf8'))
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('\t'));
    expect(rows.filter(([kind]) => kind === 'aadsts')).to.have.length(345);
    const missing = rows.filter(([kind, code, name]) =>
      kind === 'mfaDenial' ? !catalog.entries.some((entry) => entry.name === name) : !catalog.get(code),
    );
    expect(missing).to.deep.equal([]);
    const renamed = rows.filter(
      ([kind, code, name]) => kind === 'aadsts' && catalog.get(code)!.name !== name,
    );
    expect(renamed, 'Microsoft names are kept as Microsoft spells them').to.deep.equal([]);
  });

  it('has an entry for every error code in the sample tenant', async () => {
    const file = await readSignInFile(path.join(await sampleTenantDir(), 'signins.json'));
    const codes = new Set(file.signIns.map((signIn) => signIn.status.errorCode).filter((code) => code !== 0));
    expect([...codes].filter((code) => !catalog.get(code))).to.deep.equal([]);
  });

  it('gives at least 60 common failures steps written for them, and every entry steps of some kind', () => {
    const handWritten = catalog.entries.filter((entry) => entry.kind === 'aadsts' && entry.handWritten);
    expect(handWritten.length).to.be.at.least(60);
    for (const entry of catalog.entries) {
      expect(entry.title.trim(), entry.code).to.not.equal('');
      expect(entry.userSteps.length + entry.adminSteps.length, entry.code).to.be.above(0);
    }
  });

  it('shares no run of seven words with Microsoft descriptions', async () => {
    const official = JSON.parse(await readFile(path.join(FIXTURES, 'officialShingles.json'), 'utf8')) as {
      words: number;
      hashes: string[];
    };
    const known = new Set(official.hashes);
    const texts = catalog.entries.flatMap((entry) => [
      entry.title,
      entry.cause,
      ...entry.userSteps,
      ...entry.adminSteps,
    ]);
    const copied = texts.filter((text) => shingles(text, official.words).some((hash) => known.has(hash)));
    expect(copied).to.deep.equal([]);
  });

  const INTERRUPTS: [code: string, interrupt: boolean][] = [
    ['50074', true],
    ['50140', true],
    ['16000', false],
    ['50158', true],
    ['50072', true],
    ['50125', true],
    ['50126', false],
    ['53003', false],
    ['500121', false],
  ];
  for (const [code, interrupt] of INTERRUPTS) {
    it(`marks ${code} as ${interrupt ? 'an interrupt' : 'a failure'}`, () => {
      expect(catalog.isInterrupt(code)).to.equal(interrupt);
    });
  }
});

describe('Catalog search on what the outside review found it missing', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = await Catalog.read(CATALOG);
  });

  const CASES: [question: string, first: string][] = [
    ['wrong password', '50126'],
    ['password expired', '50055'],
    ['user denied', 'FAILED_PHONE_APP_DENIED'],
    ['SMS delivery failed', 'FAILED_SMS_NOT_SENT'],
    ['gebruiker heeft verificatie geweigerd', 'userDeclinedTheAuthentication'],
    ['wachtwoord verlopen', '50055'],
    ["it says my password has expired and I can't change it", '50055'],
    ['pasword expierd', '50055'],
    ['FAILD_SMS_OTP_INCORECT', 'FAILED_SMS_OTP_INCORRECT'],
    ['mijn account is geblokkeerd', '50053'],
    // A contraction keeps its negation: "didn't get" is not "got".
    ["i didn't get the text message", 'FAILED_SMS_NOT_SENT'],
    ["you don't have access to this app", '50105'],
    ['my password is not working', '50126'],
    // "fout" after a word is "wrong", not an error message's label.
    ["ze krijgt steeds 'wachtwoord fout' in outlook op het web", '50126'],
    ['hij zegt wachtwoord fout maar ik typ het goed', '50126'],
    ['ik ben buitengesloten', '50053'],
    // Other words for a notification and a country.
    ['ik krijg geen mededeling van de authenticator', 'FAILED_PHONE_APP_NOTIFICATION_FAILED'],
    ['collega kan niet inloggen, er staat iets over het land waar ze is', '53003'],
    // The Dutch sign-in screen's own words, and a login that keeps going round.
    [
      'Uw account of wachtwoord is onjuist. Als u uw wachtwoord niet meer weet, kunt u het nu opnieuw instellen.',
      '50126',
    ],
    ['het scherm draait rond en stuurt me telkens terug naar het begin', '50196'],
    // Prompts nobody asked for are the failed MFA step, not a notification that could not be sent.
    ["he keeps getting authenticator notifications he didn't ask for", '500121'],
    // Abbreviations people type.
    ["pw expired, usr can't get into the portal", '50055'],
    ['ww verlopen', '50055'],
  ];
  for (const [question, first] of CASES)
    it(`answers "${question}" with ${first} first`, () => {
      expect(catalog.search(question)[0]?.entry.code).to.equal(first);
    });

  // The nearest hit by rank may lack the evidence another of the first three has.
  it('answers when one of the first three hits is clear, though the first is not', () => {
    const codes = catalog
      .search('Ik typ de code uit de sms over maar hij zegt steeds dat de code niet klopt')
      .map((hit) => hit.entry.code);
    expect(codes).to.include('FAILED_SMS_OTP_INCORRECT');
  });

  for (const question of [
    'why did the sign-in fail?',
    'sign-in failed',
    'the printer on floor 3 is out of paper',
    // Another system's error code: Intune, Windows, Teams' own sign-in library.
    'Company Portal says the install failed with 0x87D1041C',
    'teams geeft foutcode caa20003 bij het opstarten',
  ])
    it(`finds nothing for "${question}": it names no problem the catalog knows`, () => {
      expect(catalog.search(question)).to.deep.equal([]);
    });
});

describe('Catalog loading', () => {
  let raw: { categories: Record<string, unknown>[]; entries: Record<string, unknown>[] };
  before(async () => {
    raw = JSON.parse(await readFile(CATALOG, 'utf8'));
  });

  const BROKEN: [problem: string, change: (entry: Record<string, unknown>) => void, message: string][] = [
    ['a missing title', (entry) => delete entry.title, 'entry 1 (code 16001): "title" is missing'],
    ['an empty cause', (entry) => (entry.cause = '  '), 'entry 1 (code 16001): "cause" must not be empty'],
    ['a code that is a number', (entry) => (entry.code = 50126), 'entry 1: "code" must be string'],
    [
      'an unknown fixer',
      (entry) => (entry.fixedBy = 'nobody'),
      '"fixedBy" must be equal to one of the allowed',
    ],
    ['an unknown field', (entry) => (entry.colour = 'red'), '"colour" is not a field the catalog knows'],
    [
      'steps for the user only',
      (entry) => (entry.userSteps = ['Try again.']),
      'must have property adminSteps',
    ],
    ['an unknown category', (entry) => (entry.category = 'weather'), '"category" weather is not defined'],
    ['a related code that does not exist', (entry) => (entry.related = ['12345']), '"related" names 12345'],
    ['a code used twice', (entry) => (entry.code = '16000'), 'entry 1 (code 16000): the code appears twice'],
  ];
  for (const [problem, change, message] of BROKEN) {
    it(`refuses to start with ${problem}, naming the entry`, async () => {
      const copy = structuredClone(raw);
      change(copy.entries[1]);
      const error = await read(copy).catch((failure: Error) => failure);
      expect(error).to.be.instanceOf(Error);
      expect((error as Error).message).to.match(/^\[catalog\] /);
      expect((error as Error).message).to.include(message);
    });
  }
});

describe('Catalog search', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = await Catalog.read(CATALOG);
  });

  const CASES: [query: string, reason: string, codes: string[]][] = [
    ['AADSTS50126', 'code', ['50126']],
    ['5O126', 'correctedCode', ['50126']],
    ['50162', 'code', ['50162', '50126']],
    ['50216', 'nearCode', ['50126']],
    ['IdsLocked', 'name', ['50053']],
    ['InvalidUsernamePasword', 'name', ['50126']],
    ['FAILED_PHONE_APP_DENIED', 'name', ['FAILED_PHONE_APP_DENIED']],
    ['wachtwoord verlopen', 'words', ['50055']],
  ];
  for (const [query, reason, codes] of CASES) {
    it(`finds ${codes.join(' then ')} for "${query}" by ${reason}`, () => {
      const hits = catalog.search(query);
      expect(hits[0].reason).to.equal(reason);
      expect(hits.slice(0, codes.length).map((hit) => hit.entry.code)).to.deep.equal(codes);
    });
  }

  it('ranks up to three results, best first', () => {
    const hits = catalog.search('mfa denied');
    expect(hits).to.have.length(3);
    expect(new Set(hits.map((hit) => hit.entry.code)).size).to.equal(3);
  });

  it('finds nothing for words that describe no sign-in problem', () => {
    expect(catalog.search('pizza delivery')).to.deep.equal([]);
  });

  it('tells a check that did not happen from one that did by the negation', () => {
    expect(catalog.search('the sms was not sent')[0]?.entry.code).to.equal('FAILED_SMS_NOT_SENT');
    expect(catalog.search('the sms was sent')[0]?.entry.code).to.equal('SUCCESS_SMS_SENT');
    expect(catalog.search('de sms is niet verzonden')[0]?.entry.code).to.equal('FAILED_SMS_NOT_SENT');
    expect(catalog.search('de sms is verzonden')[0]?.entry.code).to.equal('SUCCESS_SMS_SENT');
    for (const question of [
      'sms komt niet aan',
      'de sms-code komt niet meer aan',
      'the text with the code never arrives',
    ])
      expect(catalog.search(question)[0]?.entry.code, question).to.equal('FAILED_SMS_NOT_SENT');
  });

  it('reads a long ordinary word the catalog does not use as the catalog word autocorrect made it from', () => {
    // "compliant" → "complaint"
    expect(catalog.search('company portal says my phone is not complaint')[0]?.entry.code).to.equal('53000');
  });

  it('reads a pasted error screen without its request ID, correlation ID and timestamp', () => {
    const screen = [
      'The user account is disabled.',
      'Request Id: 1f2e3d4c-aaaa-bbbb-cccc-1234567890ab',
      'Correlation Id: 9a8b7c6d-1111-2222-3333-444455556666',
      'Timestamp: 2026-11-30T08:14:02Z',
    ].join('\n');
    expect(catalog.search(screen)[0]?.entry.code).to.equal('50057');
    const app =
      "Application with identifier 'https://hr.fabrikam.com/portal' was not found in the directory 'fabrikam.onmicrosoft.com'";
    expect(catalog.search(app)[0]?.entry.code).to.equal('700016');
    const device = [
      'Your account is disabled. Contact your administrator.',
      'Troubleshooting details',
      'App name: Office 365 Exchange Online',
      'Device platform: Android',
    ].join('\n');
    expect(catalog.search(device)[0]?.entry.code).to.equal('50057');
  });

  it('searches the words of a message whose number the catalog does not have, and offers near codes without words', () => {
    const lifetime = 'refresh token no longer valid after the sign-in frequency check, max lifetime 43200';
    expect(catalog.search(lifetime)[0]?.entry.code).to.equal('70043');
    expect(catalog.search('what does 50127 mean?')[0]?.entry.code).to.equal('50127');
    expect(catalog.search('error 51026').map((hit) => hit.reason)).to.include('nearCode');
  });

  it('finds nothing in one long run of letters, without spelling it out', () => {
    const letters = Array.from({ length: 2000 }, (_, at) =>
      String.fromCharCode(97 + ((at * 7919) % 26)),
    ).join('');
    expect(catalog.search(letters)).to.deep.equal([]);
    expect(catalog.search(`account locked ${letters}`)[0]?.entry.code).to.equal('50053');
  });

  it('reads a known code written with a thousands separator, and not a count', () => {
    expect(catalog.search('error 50,126 in outlook').map((hit) => hit.entry.code)).to.deep.equal(['50126']);
    expect(catalog.describes('we have 50.000 users, how do we roll out MFA?')).to.equal(undefined);
  });

  it('finds nothing for a how-to question that says nothing went wrong, and the error for one that does', () => {
    expect(catalog.search('How do I change my password before it expires next month?')).to.deep.equal([]);
    expect(catalog.describes('How do I change my password before it expires next month?')).to.equal(
      undefined,
    );
    const locked = catalog.search('how can I unlock my account after too many wrong passwords');
    expect(locked.map((hit) => hit.entry.code)).to.include('50053');
  });

  it('needs less to go on when a question names what only sign-ins have (a password, MFA, an account)', () => {
    const changed = catalog.search('ze heeft net haar wachtwoord veranderd en nu zegt hij dat het fout is??');
    expect(changed[0]?.entry.code).to.equal('50126');
    expect(catalog.search('what is the password policy for new starters?')).to.deep.equal([]);
  });

  it('reads a slip as the word meant, not as the parts its letters happen to make', () => {
    const terms = catalog.termsOf('pasword');
    expect(terms).to.include('password');
    expect(terms).to.not.include.members(['pas']);
    expect(terms).to.not.include.members(['word']);
  });

  it('reads a word as the words that mean the same to the catalog ("applicatie" as "app")', () => {
    for (const [word, same] of [
      ['applicatie', 'app'],
      ['application', 'app'],
      ['uitgezet', 'uitgeschakeld'],
      ['smsje', 'sms'],
    ])
      expect(catalog.termsOf(word), word).to.include(same);
    const question = 'ik krijg de melding dat ik geen toegang heb tot deze applicatie, mijn collega wel';
    expect(catalog.search(question)[0]?.entry.code).to.equal('50105');
  });

  it("reads a country's name as a sign-in from abroad", () => {
    for (const question of ['blocked from singapore', "colleague in Brazil can't log in"])
      expect(catalog.search(question)[0]?.entry.code, question).to.equal('53003');
  });

  it('finds nothing for an everyday question about an app that names no sign-in problem', () => {
    expect(catalog.search('how do I share my calendar with a colleague in outlook?')).to.deep.equal([]);
    expect(catalog.search('where can I change the ringtone of the Teams app')).to.deep.equal([]);
  });

  it('finds nothing for a greeting or thanks alone, though "Windows Hello" is still found', () => {
    for (const smallTalk of ['Hello!', 'hey', 'goedemiddag', 'thank you.', 'dank je wel'])
      expect(catalog.search(smallTalk), smallTalk).to.deep.equal([]);
    expect(catalog.search('windows hello')).to.not.deep.equal([]);
  });

  it('recognises a message that only names or describes a problem, and not one about something else', () => {
    expect(catalog.describes('IdsLocked')?.code).to.equal('50053');
    expect(catalog.describes('account geblokkeerd')?.code).to.equal('50053');
    expect(catalog.describes('the printer on floor 3 is out of paper')).to.equal(undefined);
  });
});

async function read(content: unknown): Promise<Catalog> {
  const file = path.join(await tempDir('catalog'), 'catalog.json');
  await writeFile(file, JSON.stringify(content));
  return Catalog.read(file);
}

function shingles(text: string, size: number): string[] {
  const words =
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  const hashes = [];
  for (let i = 0; i + size <= words.length; i++) {
    hashes.push(
      createHash('sha256')
        .update(words.slice(i, i + size).join(' '))
        .digest('hex')
        .slice(0, 12),
    );
  }
  return hashes;
}

describe('the Dutch catalog', () => {
  it('gives every common code and every MFA result 6 English and 4 Dutch phrasings and a Dutch title and cause', async () => {
    const catalog = await Catalog.read(path.join(PROJECT_ROOT, 'data', 'catalog.json'));
    const dutch = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'data', 'catalog.nl.json'), 'utf8')) as {
      entries: Record<string, { title: string; cause: string; synonyms?: string[] }>;
    };
    const wanted = catalog.entries.filter((entry) => entry.common || entry.kind !== 'aadsts');
    expect(wanted.filter((entry) => entry.common)).to.have.length.of.at.least(150);
    const short = wanted.flatMap((entry) => {
      const nl = dutch.entries[entry.code];
      const problems = [
        entry.synonyms.length < 6 ? `${entry.synonyms.length} English phrasings` : '',
        (nl?.synonyms?.length ?? 0) < 4 ? `${nl?.synonyms?.length ?? 0} Dutch phrasings` : '',
        nl && nl.title !== entry.title && nl.cause !== entry.cause ? '' : 'no Dutch title and cause',
      ].filter(Boolean);
      return problems.length > 0 ? [`${entry.code}: ${problems.join(', ')}`] : [];
    });
    expect(short).to.deep.equal([]);
    for (const code of ['70011', '7000222', '90094', '90095', 'FAILED_PHONE_APP_DENIED'])
      expect(catalog.inLanguage(catalog.get(code)!, 'nl').title, code).to.not.equal(catalog.get(code)!.title);
  });

  it('has a Dutch title and cause for every entry, so a Dutch reply never lists English titles', async () => {
    const catalog = await Catalog.read(path.join(PROJECT_ROOT, 'data', 'catalog.json'));
    const english = catalog.entries.filter((entry) => catalog.inLanguage(entry, 'nl').title === entry.title);
    expect(english.map((entry) => entry.code)).to.deep.equal([]);
  });

  it('has its own Dutch words for at least 60 common codes, not copies of the English', async () => {
    const catalog = await Catalog.read(path.join(PROJECT_ROOT, 'data', 'catalog.json'));
    const translated = catalog.entries.filter(
      (entry) => catalog.inLanguage(entry, 'nl').title !== entry.title,
    );
    expect(translated).to.have.length.of.at.least(60);
    for (const code of ['50126', '50053', '53003', '500121', '50076', '65001', '50057', '53000']) {
      const english = catalog.get(code)!;
      const dutch = catalog.inLanguage(english, 'nl');
      expect(dutch.title, code).to.not.equal(english.title);
      expect(dutch.userSteps.join(), code).to.not.equal(english.userSteps.join());
      expect(dutch.adminSteps.join(), code).to.not.equal(english.adminSteps.join());
      expect(dutch.name, code).to.equal(english.name);
    }
  });
});
