import { expect } from 'chai';
import { Conversation } from '../helpers/conversation';
import { startTestBot, TestBot } from '../helpers/fixture';
import { identityOf } from '../helpers/identity';

const HELPDESK = 'hanna.hoek@contoso.com';
const END_USER = 'adele.vance@contoso.com';

const CASES: [as: string, say: string, wanted: string[], refused?: string[]][] = [
  // No steps for the user in this entry: no heading with nothing under it (found by a fresh trial).
  [
    END_USER,
    'what does FAILED_PHONE_APP_ALL_DEVICES_BLOCKED mean',
    ['FAILED_PHONE_APP_ALL_DEVICES_BLOCKED'],
    ['What you can do', 'What the user can do'],
  ],
  [
    HELPDESK,
    'what does 5O126 mean?',
    ['I read "5O126" as 50126.', '**AADSTS50126 InvalidUserNameOrPassword**'],
  ],
  [
    HELPDESK,
    '50216',
    ['There is no error code 50216', 'Did you mean **50126**?', 'InvalidUserNameOrPassword'],
  ],
  [HELPDESK, '50162', ['**AADSTS50162**', 'Did you mean 50126 (']],
  [HELPDESK, 'IdsLocked', ['**AADSTS50053 IdsLocked**', 'Kind of problem: Lockout and sign-in risk.']],
  [
    HELPDESK,
    'FAILED_PHONE_APP_DENIED',
    ['**MFA result FAILED_PHONE_APP_DENIED (Mobile App Denied)**', 'Deny'],
  ],
  [
    HELPDESK,
    'wat betekent wachtwoord verlopen?',
    ['AADSTS50055 InvalidPasswordExpiredPassword', 'Also close: 50144'],
  ],
  [HELPDESK, 'account geblokkeerd', ['**AADSTS50053 IdsLocked**', 'Also close:']],
  [
    HELPDESK,
    'error 7000222',
    ['client secret has expired', 'Always open a ticket for this one', 'error?code=7000222'],
  ],
  [HELPDESK, 'what does 53003 mean?', ['What the user can do', 'What the helpdesk or admin does']],
  [
    END_USER,
    'what does 53003 mean?',
    ['What you can do', 'the helpdesk fixes this for you'],
    ['What the helpdesk or admin does'],
  ],
  [
    HELPDESK,
    'what does user declined the authentication mean',
    ['**MFA result: User declined the authentication**'],
  ],
];

describe('catalog questions in the chat', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startTestBot();
  });
  after(() => bot.close());

  for (const [as, say, wanted, refused = []] of CASES) {
    it(`answers "${say}" asked by ${as === HELPDESK ? 'the helpdesk' : 'an end user'}`, async () => {
      const reply = await new Conversation(bot.app, identityOf(bot.app, as)).ask(say);
      for (const part of wanted) expect(reply).to.include(part);
      for (const part of refused) expect(reply).not.to.include(part);
    });
  }
});
