import { expect } from 'chai';
import { withoutNoteLeadIn } from '../../src/understanding/intent';

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
