import { expect } from 'chai';
import { selfServiceHowTo } from '../../src/understanding/selfServiceHowTo';

describe('selfServiceHowTo', () => {
  const CASES: [text: string, howTo: boolean][] = [
    ['how do I change my password?', true],
    ['where can I reset my password', true],
    ['hoe kan ik mijn wachtwoord wijzigen?', true],
    ['hoe wijzig ik mijn wachtwoord', true],
    // Something failed: that is a question about a sign-in, not a how-to.
    ['how do I change my password, it says it is wrong', false],
    ['my password expired', false],
    ['how do I change my desktop background', false],
  ];
  const METHODS: [text: string, howTo: boolean][] = [
    ['how do I set up the authenticator app?', true],
    ['hoe stel ik de authenticator in op mijn nieuwe telefoon?', true],
    ['how can I add a new phone number for MFA', true],
    // Failed: a question about a sign-in.
    ['how do I set up the authenticator, it says the code is wrong', false],
  ];
  for (const [text, howTo] of METHODS)
    it(`${howTo ? 'reads' : 'does not read'} "${text}" as how to set up sign-in methods`, () => {
      expect(selfServiceHowTo(text)).to.equal(howTo ? 'mfaHowTo' : undefined);
    });
  for (const [text, howTo] of CASES)
    it(`${howTo ? 'reads' : 'does not read'} "${text}" as how to change a password`, () => {
      expect(selfServiceHowTo(text)).to.equal(howTo ? 'passwordHowTo' : undefined);
    });
});
