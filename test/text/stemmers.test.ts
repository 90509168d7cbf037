import { expect } from 'chai';
import { STEMMERS } from '../../src/text/stemmers';

describe('stemmers', () => {
  const cases: [keyof typeof STEMMERS, string, string][] = [
    ['en', 'passwords', 'password'],
    ['en', 'expired', 'expir'],
    ['nl', 'wachtwoorden', 'wachtwoord'],
    ['nl', 'geblokkeerd', 'geblokkeerd'],
  ];
  for (const [language, word, stem] of cases)
    it(`stems ${language} "${word}" as "${stem}"`, () =>
      expect(STEMMERS[language].stemWord(word)).to.equal(stem));

  it('keeps none of the words it stemmed: people type endless new words', () => {
    for (let n = 0; n < 1000; n++) STEMMERS.en.stemWord(`word${n}x`);
    const cache = (STEMMERS.en as unknown as { cache: object }).cache;
    expect(Object.keys(cache)).to.have.length(0);
  });
});
