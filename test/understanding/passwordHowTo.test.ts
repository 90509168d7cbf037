import { expect } from 'chai';
import { asksPasswordHowTo } from '../../src/understanding/passwordHowTo';

describe('asksPasswordHowTo', () => {
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
  for (const [text, howTo] of CASES)
    it(`${howTo ? 'reads' : 'does not read'} "${text}" as how to change a password`, () => {
      expect(asksPasswordHowTo(text)).to.equal(howTo);
    });
});
