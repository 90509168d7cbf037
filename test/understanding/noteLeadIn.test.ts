import { expect } from 'chai';
import { noteLedIn, withoutNoteLeadIn } from '../../src/understanding/intent';

describe('withoutNoteLeadIn', () => {
  const CASES: [text: string, note: string][] = [
    ['add a note: she was rehired last week', 'she was rehired last week'],
    ['notitie: haar manager belde ook', 'haar manager belde ook'],
    ['oh wait, also add that it is on her laptop', 'it is on her laptop'],
    ['eh wacht, zet er ook bij dat het op haar laptop is', 'het op haar laptop is'],
    ['she added that app yesterday', 'she added that app yesterday'],
    ['the note is on her desk', 'the note is on her desk'],
  ];
  for (const [text, note] of CASES)
    it(`notes "${text}" as "${note}"`, () => expect(withoutNoteLeadIn(text)).to.equal(note));
});

describe('noteLedIn', () => {
  const CASES: [text: string, note: string | undefined][] = [
    ['add a note: confirmed she still uses the iOS mail app', 'confirmed she still uses the iOS mail app'],
    ['note - she is abroad', 'she is abroad'],
    ['voeg een notitie toe: ze zit in het buitenland', 'ze zit in het buitenland'],
    ['notitie: ze zit in het buitenland', 'ze zit in het buitenland'],
    ['add a note', ''],
    ['Notitie:', ''],
    ['voeg een notitie toe', ''],
    ['she is abroad', undefined],
    ['the note is on her desk', undefined],
    ['file it', undefined],
  ];
  for (const [text, note] of CASES)
    it(`reads "${text}" as ${note === undefined ? 'no note' : `the note "${note}"`}`, () =>
      expect(noteLedIn(text)).to.equal(note));
});
