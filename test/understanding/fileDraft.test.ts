import { expect } from 'chai';
import { filesDraft } from '../../src/understanding/fileDraft';

describe('filesDraft', () => {
  const CASES: [text: string, files: boolean][] = [
    ['verstuur het ticket maar', true],
    ['stuur het ticket maar in', true],
    ['ticket versturen graag', true],
    ['ja, dien het ticket maar in', true],
    ['send the ticket', true],
    ['go ahead and send it', true],
    ['ok, submit the ticket please', true],
    ['stuur het ticket nog niet in', false],
    ["don't send it yet", false],
    ['send it to the exchange team', false],
    ['the ticket', false],
    ['mijn tickets', false],
    ['ze heeft een nieuw ticket nodig', false],
  ];
  for (const [text, files] of CASES)
    it(`${files ? 'files' : 'does not file'} at "${text}"`, () => expect(filesDraft(text)).to.equal(files));
});
