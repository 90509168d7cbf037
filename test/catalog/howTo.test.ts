import { expect } from 'chai';
import { asksHowTo } from '../../src/catalog/howTo';

describe('asksHowTo', () => {
  const CASES: [question: string, howTo: boolean][] = [
    ['How do I change my password before it expires next month?', true],
    ['is there a policy about work email on my own phone?', true],
    ['Kan je uitleggen wat tweestapsverificatie is?', true],
    ['hoe vaak moeten we ons wachtwoord wijzigen', true],
    // Dutch puts the verb before "ik": any verb.
    ['Hoe nodig ik een partner uit als gast in ons Teams-kanaal?', true],
    ['hoe vergrendel ik snel mijn scherm', true],
    ['kan ik python laten installeren?', true],
    ['Which app should I install from the company portal to edit PDFs?', true],
    ['What are the password rules here?', true],
    // Asking for information, not reporting a failure.
    ['Can I use a hardware key instead of the phone app?', true],
    ['do I need a smartphone for the two-step check?', true],
    ["what's the difference between MFA and SSPR?", true],
    ['moet ik elke week een nieuwe code aanvragen?', true],
    ['heb ik een smartphone nodig voor de verificatie?', true],
    ['wie beheert de gastaccounts hier?', true],
    ["can I use my phone if the app doesn't work?", false],
    // After a clause too, and a slip of a problem word is one.
    ['I got a new phone, how do I move my Authenticator app to it?', true],
    ['ik heb een nieuwe telefoon, hoe zet ik de authenticator app over?', true],
    ['it says my passwrod expierd, how do i make a new one', false],
    ['account gedeactiveerd door de beheerder, hoe zet ik het weer aan', false],
    // A letter left out or doubled in a problem word too; another last letter is another form of the word.
    ['wachtwoord verlopn, hoe maak ik een nieuwe', false],
    ['my password expird, how do i make a new one', false],
    ['How do I change my password before it expires next week?', true],
    // A message that opens with a question and names no problem asks for information; only at its start.
    ['Can the whole team share one login on the front desk PC?', true],
    ['blijft mijn mailaccount actief tijdens mijn verlof?', true],
    ['Who approves access requests for the finance app?', true],
    ['does it keep asking you for the code?', false],
    ['Is the authenticator service down?', false],
    ['kan ik ineens niet meer inloggen?', false],
    ['The log shows many interrupted sign-ins at the stay signed in prompt. Is that normal?', false],
    ['can the whole team share one login on the front desk PC', false],
    // After a short label; "nothing wrong" and "niet meer nodig" name no problem; "why do we" asks about a rule.
    ['vraagje over voorwaardelijke toegang: kunnen we de kiosk-pcs uitzonderen van MFA?', true],
    ['Where can I see which devices are signed in with my account? Just curious, nothing wrong.', true],
    ['laat maar, de MFA-reset is niet meer nodig', true],
    ['Why do we have to change our passwords every 90 days?', true],
    ['waarom moeten we elke 3 maanden een nieuw wachtwoord kiezen?', true],
    ['why do I have to change my password, it says it is wrong', false],
    // Something done by accident is a problem.
    ["Per ongeluk op 'Weigeren' gedrukt in de Authenticator-app, hoe los ik dat op?", false],
    ['I accidentally pressed deny, how do I fix that?', false],
    // A problem that is over; unless something still fails.
    ['Password reset done for the user, ticket can be closed.', true],
    ['wachtwoord gereset, werkt weer, mag dicht', true],
    ['Outlook works again but Teams still says the account is locked', false],
    // A request, a change of plan or thanks that names no problem is a task, not a failure.
    ['graag een lijst van iedereen die globale beheerder is', true],
    ['Hi, can someone pull a report of all users without MFA registered?', true],
    ['laat maar, ze heeft haar oude telefoon teruggevonden', true],
    ['Need access to the finance SharePoint site.', true],
    ['Gebruiker wil van sms naar de Authenticator-app overstappen.', true],
    ["please explain 'strong authentication required'", false],
    ['Outlook asks for MFA every hour. Could you look into it?', false],
    ['please help, my account is locked', false],
    // A how-to about something that went wrong is about an error.
    ['how do I fix it when the sign-in says my password is wrong?', false],
    ['how can I unlock my account', false],
    ['hoe kan ik inloggen als de sms niet komt?', false],
    ["how do I get past 'your account is blocked'?", false],
    ['hoe kom ik erin als mijn account geblokkeerd is', false],
    // "How come" asks why something happens.
    ['how come I keep getting asked to approve on my phone?', false],
    // Not a how-to at all.
    ['my password expired', false],
    ['account geblokkeerd', false],
  ];
  for (const [question, howTo] of CASES)
    it(`${howTo ? 'reads' : 'does not read'} "${question}" as a how-to question`, () => {
      expect(asksHowTo(question)).to.equal(howTo);
    });
});
