import { expect } from 'chai';
import { CompoundSplitter } from '../../src/text/compounds';

const splitter = new CompoundSplitter(
  new Set(['verificatie', 'gegevens', 'herstel', 'centrum', 'code', 'naam', 'admin', 'approval', 'need']),
);

describe('CompoundSplitter', () => {
  const CASES: [word: string, parts: string[], why: string][] = [
    ['tweestapsverificatie', ['tweestap', 'verificatie'], 'the linking s goes'],
    ['beveiligingsgegevens', ['beveiliging', 'gegevens'], 'a long modifier'],
    ['wachtwoordherstel', ['wachtwoord', 'herstel'], 'no linking letter'],
    ['beheercentrum', ['beheer', 'centrum'], 'a short compound'],
    ['smscode', ['sms', 'code'], 'a three-letter modifier'],
    ['tenantnaam', ['tenant', 'naam'], 'an English modifier with a Dutch head'],
    ['verificatie', [], 'a head on its own is not split'],
    ['decode', [], 'a modifier under three letters'],
    ['verificatiemethode', [], 'a word that does not end in a known head'],
    [
      'needadminapproval',
      ['need', 'admin', 'approval'],
      'words typed without spaces: the first part split again',
    ],
    ['wachtwoordherstelcode', ['wachtwoord', 'herstel', 'code'], 'an unknown first part split again'],
  ];
  for (const [word, parts, why] of CASES)
    it(`splits "${word}" into ${parts.length ? parts.join(' + ') : 'nothing'}: ${why}`, () => {
      expect(splitter.parts(word)).to.deep.equal(parts);
    });
});
