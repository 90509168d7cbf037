import { expect } from 'chai';
import { countryNames } from '../../src/text/countries';

describe('countryNames', () => {
  const CASES: [word: string, country: boolean][] = [
    ['singapore', true],
    ['marokko', true],
    ['brazil', true],
    ['brazilie', true],
    ['duitsland', true],
    // Also a first name or an ordinary word: "why can't jordan sign in?", "turkey sandwich".
    ['jordan', false],
    ['turkey', false],
    ['outlook', false],
  ];
  for (const [word, country] of CASES)
    it(`${country ? 'knows' : 'does not take'} "${word}" ${country ? 'as' : 'for'} a country`, () => {
      expect(countryNames().has(word)).to.equal(country);
    });
});
