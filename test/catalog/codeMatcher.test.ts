import { expect } from 'chai';
import { findCodeMention, nearCodes, separatedNumbers } from '../../src/catalog/codeMatcher';

describe('findCodeMention', () => {
  const CASES: [text: string, code: string | undefined, corrected: boolean][] = [
    ['50126', '50126', false],
    ['AADSTS50126', '50126', false],
    ['aadsts 50126', '50126', false],
    ['error code: 50126', '50126', false],
    ['AADSTS50053: Your account is locked', '50053', false],
    ['5O126', '50126', true],
    ['what does 50l26 mean', '50126', true],
    ['53OOO', '53000', true],
    ['5126', '5126', false],
    ['why cant jane sign in since 2025', undefined, false],
    ['IdsLocked', undefined, false],
    ['what does o365 mean', undefined, false],
    ['Request Id: 66ea54eb-6301-4ee5-be62-ff5a759b0100', undefined, false],
    ['AADSTS-50,126', '50126', false],
    ['aadsts 50 126', '50126', false],
    ['ADSTS50126', '50126', false],
    ['AADST50126', '50126', false],
    ['aadst-50 126', '50126', false],
    ['error 50-126', '50126', false],
    ['fout 50.126', '50126', false],
    ['code: 500 121', '500121', false],
    ['AADSTS-7.000.222', '7000222', false],
    ['code 7,000,215', '7000215', false],
    ['2 users got 50126 at 10:30', '50126', false],
    ['foutcode 5 0 1 0 5', '50105', false],
    ['AADSTS_530-03 on their iphones', '53003', false],
    ['5 0 1 2 6', '50126', false],
    ['call me on 06 1 2 3 4 5 6 7 8', undefined, false],
  ];
  for (const [text, code, corrected] of CASES) {
    it(`reads "${text}" as ${code ?? 'no code'}`, () => {
      const mention = findCodeMention(text);
      expect(mention?.code).to.equal(code);
      if (code) expect(mention?.corrected).to.equal(corrected);
    });
  }
});

describe('nearCodes', () => {
  const KNOWN = ['50126', '50162', '50125', '50127', '53003', '53000', '50053', '7000215'];
  const common = (code: string): boolean => ['50126', '53003', '53000', '50053', '7000215'].includes(code);
  const CASES: [typed: string, first: string][] = [
    ['50216', '50126'],
    ['50621', '50126'],
    ['53030', '53003'],
    ['50035', '50053'],
    ['5053', '50053'],
    ['7000251', '7000215'],
  ];
  for (const [typed, first] of CASES) {
    it(`offers ${first} first for ${typed}`, () => {
      expect(nearCodes(typed, KNOWN, common)[0]).to.equal(first);
    });
  }

  it('offers nothing for a number far from every known code', () => {
    expect(nearCodes('12345', KNOWN, common)).to.deep.equal([]);
  });
});

describe('separatedNumbers', () => {
  const CASES: [text: string, numbers: string[]][] = [
    ['50,173 error in teams', ['50173']],
    ['fout 530.032 sinds vanochtend', ['530032']],
    ['7,000,222 again', ['7000222']],
    ['we have 50.000 users', []],
    ['version 1.2.3', []],
  ];
  for (const [text, numbers] of CASES)
    it(`reads ${numbers.join(', ') || 'no number'} in "${text}"`, () => {
      expect(separatedNumbers(text)).to.deep.equal(numbers);
    });
});
