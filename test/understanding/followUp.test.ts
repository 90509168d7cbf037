import { expect } from 'chai';
import { asksWhoseShown, meantInstead, refersBack } from '../../src/understanding/followUp';

describe('meantInstead', () => {
  const CASES: [text: string, meant: string | undefined][] = [
    ['no sorry, I meant Adele, not megan', 'Adele'],
    ['I meant teams', 'teams'],
    ['oops i mean yesterday.', 'yesterday'],
    ['nee sorry, ik bedoelde adele', 'adele'],
    ['ik bedoel Pieter, niet Megan', 'Pieter'],
    ['adele, not megan', undefined],
    ['why did it fail?', undefined],
  ];
  for (const [text, meant] of CASES)
    it(`reads "${text}" as ${meant === undefined ? 'no correction' : `"${meant}"`}`, () =>
      expect(meantInstead(text)).to.equal(meant));
});

describe('refersBack', () => {
  const CASES: [text: string, back: boolean][] = [
    ["actually it's on her phone, Outlook Mobile", true],
    ['eigenlijk in outlook op haar telefoon', true],
    ['megan cannot sign in to outlook', false],
  ];
  for (const [text, back] of CASES)
    it(`${back ? 'hears' : 'does not hear'} a pointer back in "${text}"`, () =>
      expect(refersBack(text)).to.equal(back));
});

describe('asksWhoseShown', () => {
  const CASES: [text: string, whose: boolean][] = [
    ['wie is dit?', true],
    ['Who is this?', true],
    ['van wie is deze aanmelding?', true],
    ['whose sign-in is this', true],
    ["who is jane's manager?", false],
    ['who looked up this sign-in?', false],
  ];
  for (const [text, whose] of CASES)
    it(`${whose ? 'hears' : 'does not hear'} "whose is it?" in "${text}"`, () =>
      expect(asksWhoseShown(text)).to.equal(whose));
});
