import { expect } from 'chai';
import { AGENT, Conversation } from '../helpers/conversation';
import { startTestBot, TestBot } from '../helpers/fixture';
import { identityOf } from '../helpers/identity';

/** The same question about someone in the sample tenant and about someone who does not exist. */
const PAIRS: [locale: string, known: string, unknown: string][] = [
  [
    'en-US',
    "why can't Megan Bowen sign in to teams today?",
    "why can't Zorro Nobody sign in to teams today?",
  ],
  [
    'en-US',
    "why can't Isaiah Langer sign in to teams today?",
    "why can't Isaac Lange sign in to teams today?",
  ],
  ['en-US', "why can't megan sign in to outlook yesterday?", "why can't zorro sign in to outlook yesterday?"],
  ['en-US', 'show me the sign-ins of megan', 'show me the sign-ins of zorro'],
  ['en-US', "megan's sign-ins from yesterday", "zorro's sign-ins from yesterday"],
  ['en-US', 'failed sign-ins for Megan Bowen this week', 'failed sign-ins for Zorro Nobody this week'],
  ['en-US', 'why does megan.bowen@contoso.com fail?', 'why does zorro.nobody@contoso.com fail?'],
  ['en-US', "who looked up megan's sign-ins?", "who looked up zorro's sign-ins?"],
  ['en-US', 'who looked up the sign-ins of Megan Bowen?', 'who looked up the sign-ins of Zorro Nobody?'],
  [
    'nl-NL',
    'waarom kan Megan Bowen vandaag niet inloggen op teams?',
    'waarom kan Zorro Nobody vandaag niet inloggen op teams?',
  ],
  ['nl-NL', 'waarom kan megan niet inloggen?', 'waarom kan zorro niet inloggen?'],
  ['nl-NL', 'laat de aanmeldingen van megan zien', 'laat de aanmeldingen van zorro zien'],
  ['nl-NL', 'wie heeft de aanmeldingen van megan bekeken?', 'wie heeft de aanmeldingen van zorro bekeken?'],
];

const REFUSALS: Record<string, RegExp> = {
  'en-US': /^(I can only show you your own sign-ins\.|Only people in a reader role)/,
  'nl-NL': /^(Ik kan je alleen je eigen aanmeldingen laten zien|Alleen mensen met een leesrol)/,
};

/**
 * Found in a user trial: a colleague's name was refused, while an unknown name in the same place, or one that shares
 * only a first name or surname with the caller, showed the caller's own sign-ins. Each message must get the same reply
 * as the same question about a known colleague. [caller, locale, about a colleague, the same about anyone else]
 */
const SAME_AS_A_COLLEAGUE: [caller: string, locale: string, colleague: string, others: string[]][] = [
  [
    'adele.vance@contoso.com',
    'en-US',
    'is megan locked out?',
    ['is karel locked out?', 'is john smith locked out?', 'why is karel locked out?', 'is karel blocked?'],
  ],
  [
    'adele.vance@contoso.com',
    'en-US',
    "why can't megan vance sign in?",
    ["why can't john vance sign in?", "why can't adele smith sign in?", "why can't john sign in?"],
  ],
  ['adele.vance@contoso.com', 'en-US', 'can megan sign in?', ['can karel sign in?']],
  ['daan.devries@contoso.com', 'nl-NL', 'is jane vergrendeld?', ['is karel vergrendeld?']],
  ['daan.devries@contoso.com', 'nl-NL', 'waarom is bram buitengesloten?', ['waarom is piet buitengesloten?']],
  [
    'daan.devries@contoso.com',
    'nl-NL',
    'waarom kan megan niet inloggen?',
    ['waarom kan emma de vries niet inloggen?', 'waarom kan john niet inloggen?', 'kan karel inloggen?'],
  ],
];

/** For staff a name nobody has is said back, not met with "whose sign-in?". */
const STAFF_UNKNOWN: [locale: string, text: string, name: string][] = [
  ['en-US', "why can't john smith sign in to teams yesterday?", 'john smith'],
  ['en-US', "why can't peter de groot sign in?", 'peter de groot'],
  ['en-US', 'is karel locked out?', 'karel'],
  ['nl-NL', 'is karel vergrendeld?', 'karel'],
  ['nl-NL', 'waarom is piet buitengesloten?', 'piet'],
];

describe('refusals that reveal nothing', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startTestBot();
  });
  after(() => bot.close());

  for (const [locale, known, unknown] of PAIRS) {
    it(`gives an end user one refusal for "${known}" and "${unknown}"`, async () => {
      const ask = (text: string) =>
        new Conversation(bot.app, identityOf(bot.app, 'adele.vance@contoso.com'), { locale }).ask(text);
      const [aboutKnown, aboutUnknown] = [await ask(known), await ask(unknown)];
      expect(aboutKnown).to.match(REFUSALS[locale]);
      expect(aboutUnknown).to.equal(aboutKnown);
    });
  }

  for (const [caller, locale, colleague, others] of SAME_AS_A_COLLEAGUE)
    for (const other of others)
      it(`gives ${caller} the same refusal for "${other}" as for "${colleague}"`, async () => {
        const ask = (text: string) =>
          new Conversation(bot.app, identityOf(bot.app, caller), { locale }).ask(text);
        const aboutColleague = await ask(colleague);
        expect(aboutColleague).to.match(REFUSALS[locale]);
        expect(await ask(other)).to.equal(aboutColleague);
      });

  for (const [locale, text, name] of STAFF_UNKNOWN)
    it(`says the unknown name "${name}" back to staff for "${text}"`, async () => {
      const reply = await new Conversation(bot.app, AGENT, { locale }).ask(text);
      expect(reply).to.match(locale === 'nl-NL' ? /^Ik vind niemand die / : /^I can't find anyone called /);
      expect(reply).to.include(`"${name}"`);
    });

  it("still answers an end user's own questions that name no one else", async () => {
    const adele = new Conversation(bot.app, identityOf(bot.app, 'adele.vance@contoso.com'));
    for (const text of [
      "why can't I sign in to teams today?",
      'why does outlook keep failing?',
      'my sign-ins of yesterday',
      "why can't Adele Vance sign in to teams today?",
      "why can't adel vance sign in?",
      'is my account locked?',
    ])
      expect(await adele.ask(text), text).not.to.match(REFUSALS['en-US']);
    const daan = new Conversation(bot.app, identityOf(bot.app, 'daan.devries@contoso.com'), {
      locale: 'nl-NL',
    });
    for (const text of ['waarom is mijn account geblokkeerd?', 'waarom kan ik niet inloggen?'])
      expect(await daan.ask(text), text).not.to.match(REFUSALS['nl-NL']);
  });
});
