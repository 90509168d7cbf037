import { expect } from 'chai';
import { asksAboutIntrusion } from '../../src/understanding/intrusion';

describe('asksAboutIntrusion', () => {
  const CASES: [text: string, asks: boolean][] = [
    ['did someone else try to sign in to my account?', true],
    ["has somebody been trying to get into megan's account?", true],
    ['I think my account was hacked', true],
    ['heeft iemand anders geprobeerd op mijn account in te loggen?', true],
    ['ben ik gehackt?', true],
    ['can someone look at why my teams login broke last week', false],
    ['she tried to sign in to outlook twice', false],
    ['iemand moet naar mijn laptop kijken', false],
  ];
  for (const [text, asks] of CASES)
    it(`${asks ? 'hears' : 'does not hear'} a question about someone else in "${text}"`, () =>
      expect(asksAboutIntrusion(text)).to.equal(asks));
});
