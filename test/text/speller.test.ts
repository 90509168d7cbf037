import { expect } from 'chai';
import { Speller } from '../../src/text/speller';

const speller = new Speller([
  'password',
  'expired',
  'tenant',
  'directory',
  'sms',
  'pin',
  'verificatie',
  'locked',
  'wachtwoord',
]);

describe('Speller', () => {
  const CASES: [typed: string, meant: string[], why: string][] = [
    ['pasword', ['password'], 'a letter dropped'],
    ['passwrod', ['password'], 'two letters swapped count as one slip'],
    ['expierd', ['expired'], 'a swap in a seven-letter word'],
    ['tennant', ['tenant'], 'a letter doubled'],
    ['directroy', ['directory'], 'a swap in a long word'],
    ['dirrectoryy', ['directory'], 'two slips in a word of eight letters or more'],
    ['wachtwrd', ['wachtwoord'], 'two letters left out of a long word'],
    ['pswrd', [], 'two letters left out of a short word'],
    ['verifcatie', ['verificatie'], 'Dutch, a letter dropped'],
    ['sms', [], 'a known word needs no correction'],
    ['mss', ['sms'], 'a swap in a three-letter word'],
    ['pni', ['pin'], 'a swap at the end of a three-letter word'],
    ['smx', [], 'a changed letter in a three-letter word makes another word'],
    ['lokced', ['locked'], 'a swap near the start'],
    ['printer', [], 'an unrelated word'],
  ];
  for (const [typed, meant, why] of CASES)
    it(`reads "${typed}" as ${meant.length ? meant.join(', ') : 'nothing'}: ${why}`, () => {
      expect(speller.corrections(typed)).to.deep.equal(meant);
    });
});
