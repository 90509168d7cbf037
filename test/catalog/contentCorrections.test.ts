import { expect } from 'chai';
import path from 'node:path';
import { Catalog } from '../../src/catalog/catalog';
import { CatalogEntry } from '../../src/catalog/catalogEntry';
import { advice, adviceText } from '../../src/features/explain/advice';
import { PROJECT_ROOT } from '../../src/host/config';
import { en } from '../../src/text/en';
import { nl } from '../../src/text/nl';

const CATALOG = path.join(PROJECT_ROOT, 'data', 'catalog.json');

/** What the bot tells helpdesk staff about a code: meaning, cause, both step lists and notes. */
function reply(catalog: Catalog, code: string, language: 'en' | 'nl' = 'en'): string {
  const entry = catalog.inLanguage(catalog.get(code)!, language);
  const texts = language === 'nl' ? nl : en;
  return adviceText(advice(entry, true, texts), texts);
}

const steps = (entry: CatalogEntry): string[] => [...entry.userSteps, ...entry.adminSteps];

/** Steps that hand out a Temporary Access Pass or reset, remove or re-register someone's MFA methods. */
const RESETS_METHODS: Record<'en' | 'nl', RegExp> = {
  en: /temporary access pass|\bTAP\b|(reset|remove|delete|change)\w* (the |your |their )?(old |mfa )*(methods|registrations)/i,
  nl: /tijdelijke toegangspas|temporary access pass|(verwijder|opnieuw in te stellen|aangepast).*(methoden|registraties)|methoden.*(verwijder|opnieuw in te stellen|aangepast)/i,
};
/** Wording that has the helpdesk prove who the caller is first. */
const VERIFIES: Record<'en' | 'nl', RegExp> = {
  en: /verif\w* (the caller's|the user's|their) identity|check that it is really you/i,
  nl: /identiteit van de (beller|gebruiker) vast|of jij het echt bent/i,
};

/** Entries without Dutch words fall back to English, so either language's wording counts. */
const matches = (patterns: Record<'en' | 'nl', RegExp>, text: string): boolean =>
  patterns.en.test(text) || patterns.nl.test(text);

describe('Catalog content corrections from the expert review', () => {
  let catalog: Catalog;
  before(async () => {
    catalog = await Catalog.read(CATALOG);
  });

  for (const language of ['en', 'nl'] as const) {
    it(`never has the helpdesk issue a TAP or reset MFA methods without verifying the caller (${language})`, () => {
      const careless = catalog.entries.flatMap((english) =>
        steps(catalog.inLanguage(english, language))
          .filter((step) => matches(RESETS_METHODS, step) && !matches(VERIFIES, step))
          .map((step) => `${english.code}: ${step}`),
      );
      expect(careless).to.deep.equal([]);
    });
  }

  /** Steps that hand a caller a new password; resetting it after an attack (with sessions revoked) is not that. */
  const GIVES_PASSWORD: Record<'en' | 'nl', RegExp> = {
    en: /(reset|set)\w* (the |a )?(temporary )?password/i,
    nl: /(wachtwoord opnieuw in|tijdelijk wachtwoord in)/i,
  };
  const AFTER_ATTACK = /revoke|trek de sessies in|sessies in/i;
  for (const language of ['en', 'nl'] as const) {
    it(`never has the helpdesk give a caller a new password without verifying who they are (${language})`, () => {
      const careless = catalog.entries.flatMap((english) =>
        catalog
          .inLanguage(english, language)
          .adminSteps.filter(
            (step) => matches(GIVES_PASSWORD, step) && !AFTER_ATTACK.test(step) && !matches(VERIFIES, step),
          )
          .map((step) => `${english.code}: ${step}`),
      );
      expect(careless).to.deep.equal([]);
    });
  }

  it('finds the identity check in the steps for lost phones, MFA registration and changed MFA numbers', () => {
    const checked = [
      '50079',
      '500121',
      '50072',
      '53004',
      '53010',
      'phoneNumberHasInvalidFormat',
      'FAILED_PHONE_APP_NOTIFICATION_FAILED',
      'unableToSendMobileAppNotification',
    ];
    for (const code of [...checked, 'userDoesNotHaveAnyVerificationMethodsRegistered'])
      expect(catalog.get(code)!.adminSteps.join(' '), code).to.match(VERIFIES.en);
    for (const code of checked)
      expect(catalog.inLanguage(catalog.get(code)!, 'nl').adminSteps.join(' '), code).to.match(VERIFIES.nl);
  });

  const CASES: [code: string, what: string, check: (catalog: Catalog) => void][] = [
    ...[
      'FAILED_PHONE_APP_NOTIFICATION_FAILED',
      'unableToSendMobileAppNotification',
      'FAILED_PHONE_APP_NO_RESPONSE',
    ].map((code): [string, string, (catalog: Catalog) => void] => [
      code,
      'tells someone with a new phone to add Authenticator on it, and the helpdesk to check who they are first',
      (catalog) => {
        const user = catalog.get(code)!.userSteps.join(' ');
        expect(user).to.match(
          /New phone\?.*add Authenticator on the new phone at https:\/\/aka\.ms\/mysecurityinfo/,
        );
        expect(user).to.match(/check it is you first/);
        const dutch = catalog.inLanguage(catalog.get(code)!, 'nl').userSteps.join(' ');
        expect(dutch).to.match(
          /Nieuwe telefoon\?.*op de nieuwe telefoon toe via https:\/\/aka\.ms\/mysecurityinfo/,
        );
      },
    ]),
    [
      '65001',
      'accepts consent only for a known app and publisher, and has unknown ones reported',
      (catalog) => {
        const user = catalog.get('65001')!.userSteps.join(' ');
        expect(user).to.match(/only when you recognise both the app and the publisher/);
        expect(user).to.match(/do not accept/);
        expect(user).to.match(/report it/);
        expect(user).to.not.match(/^Accept the consent screen/);
        const dutch = catalog.inLanguage(catalog.get('65001')!, 'nl').userSteps.join(' ');
        expect(dutch).to.match(/uitgever/);
        expect(dutch).to.match(/accepteer dan niet/);
      },
    ],
    [
      '50158',
      'is an interrupt like 50074 and points at the next record',
      (catalog) => {
        expect(catalog.isInterrupt('50158')).to.equal(true);
        expect(catalog.isInterrupt('50074')).to.equal(true);
        expect(reply(catalog, '50158')).to.include(en.interruptNote);
        expect(reply(catalog, '50158')).to.match(/terms of use/);
        expect(reply(catalog, '50158')).to.match(/next record/);
        expect(reply(catalog, '50158', 'nl')).to.include(nl.interruptNote);
        expect(reply(catalog, '50158', 'nl')).to.match(/volgende regel/);
        expect(catalog.get('50158')!.title).to.not.match(/not completed/);
      },
    ],
    [
      '16000',
      'says the account is not in the tenant and must be added as an external user',
      (catalog) => {
        const entry = catalog.get('16000')!;
        expect(entry.title).to.match(/not in this tenant/);
        expect(entry.title).to.match(/external user/);
        expect(entry.title).to.not.match(/choose|pick/);
        expect(entry.interrupt).to.equal(false);
        expect(reply(catalog, '16000')).to.not.include(en.interruptNote);
        expect(reply(catalog, '16000')).to.match(/personal Microsoft account/);
        expect(catalog.inLanguage(entry, 'nl').title).to.match(/niet in deze tenant/);
      },
    ],
    [
      '530032',
      'names no feature the official text does not name',
      (catalog) => {
        const entry = catalog.get('530032')!;
        for (const language of ['en', 'nl'] as const)
          expect(reply(catalog, '530032', language)).to.not.match(
            /device code|code on another device|apparaatcode/i,
          );
        expect(entry.synonyms.join(' ')).to.not.match(/device code/);
        expect(entry.cause).to.match(/does not say which policy/);
      },
    ],
    [
      '50079',
      'covers the federated case, where the identity provider must supply the MFA claim',
      (catalog) => {
        expect(catalog.get('50079')!.cause).to.match(/federated user.*claim/);
        expect(reply(catalog, '50079')).to.match(/identity provider performs MFA and passes the MFA claim/);
        expect(reply(catalog, '50079', 'nl')).to.match(/MFA-claim/);
      },
    ],
    [
      '7000215',
      'leaves expired secrets to 7000222',
      (catalog) => {
        const entry = catalog.get('7000215')!;
        expect(`${entry.title} ${entry.cause}`).to.not.match(/has expired|or expired|or has expired/);
        expect(entry.cause).to.include('7000222');
        expect(entry.related).to.include('7000222');
        const dutch = catalog.inLanguage(entry, 'nl');
        expect(`${dutch.title} ${dutch.cause}`).to.not.match(/of verlopen|of is verlopen/);
        expect(catalog.search('expired secret')[0].entry.code).to.equal('7000222');
      },
    ],
    [
      '50097',
      'names the "Microsoft Single Sign On" browser extension',
      (catalog) => {
        expect(reply(catalog, '50097')).to.include('"Microsoft Single Sign On"');
        expect(reply(catalog, '50097', 'nl')).to.include('"Microsoft Single Sign On"');
        expect(reply(catalog, '50097')).to.not.match(/Microsoft account extension/);
      },
    ],
    [
      '50105',
      'says nested groups do not grant app assignment',
      (catalog) => {
        expect(reply(catalog, '50105')).to.match(/nested groups? (does|do) not/i);
        expect(reply(catalog, '50105', 'nl')).to.match(/geneste groep/);
      },
    ],
    [
      '50034',
      'mentions an app that sent the user to the wrong tenant',
      (catalog) => {
        expect(catalog.get('50034')!.cause).to.match(/wrong tenant/);
        expect(reply(catalog, '50034')).to.match(/another tenant/);
        expect(reply(catalog, '50034', 'nl')).to.match(/verkeerde tenant/);
      },
    ],
    [
      '70011',
      'gives hints such as /.default for app-only tokens',
      (catalog) => {
        const text = reply(catalog, '70011');
        expect(text).to.include('/.default');
        expect(text).to.match(/app-only/);
      },
    ],
    // The second review, by the writers of the phrasings.
    [
      '90072',
      'names the ImmutableID mismatch of synced users',
      (catalog) => {
        expect(reply(catalog, '90072')).to.match(/ImmutableID/);
        expect(reply(catalog, '90072', 'nl')).to.match(/ImmutableID/);
      },
    ],
    [
      'userDeclinedTheAuthentication',
      'leaves a request reported as fraud to FAILED_FRAUD_REPORTED',
      (catalog) => {
        expect(catalog.get('userDeclinedTheAuthentication')!.cause).to.not.match(/or reported/);
        expect(catalog.get('userDeclinedTheAuthentication')!.cause).to.include('FAILED_FRAUD_REPORTED');
      },
    ],
    [
      '81001',
      'does not suggest raising a ticket size Entra ID fixes',
      (catalog) => {
        expect(reply(catalog, '81001')).to.not.match(/raise the ticket size/);
        expect(reply(catalog, '81001', 'nl')).to.not.match(/verhoog de limieten/);
      },
    ],
    [
      '50020',
      'leaves unredeemed invitations out of the cause',
      (catalog) => expect(catalog.get('50020')!.cause).to.not.match(/never accepted/),
    ],
    [
      '7000112',
      'says Microsoft can disable an app too',
      (catalog) => expect(catalog.get('7000112')!.cause).to.match(/Microsoft/),
    ],
    [
      '81010',
      'does not assume a computer: from a phone it is background noise',
      (catalog) => {
        expect(reply(catalog, '81010')).to.not.match(/on this computer/);
        expect(reply(catalog, '81010')).to.match(/phone .* background noise/);
        expect(reply(catalog, '81010', 'nl')).to.match(/telefoon .* achtergrondruis/);
      },
    ],
  ];
  for (const [code, what, check] of CASES) it(`${code} ${what}`, () => check(catalog));
});
