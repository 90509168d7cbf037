import { expect } from 'chai';
import { triedNote } from '../../src/understanding/triedAnswer';

describe('triedNote', () => {
  /** What followed the yes or no, and what of it goes into the ticket's note. */
  const CASES: [rest: string, note: string][] = [
    ['not yet', ''],
    ['I did', ''],
    ["she hasn't tried them yet", ''],
    ['nog niet', ''],
    ['heb ik al gedaan', ''],
    ['but I restarted the phone twice', 'I restarted the phone twice'],
    ["not yet, but she'll try tonight", "she'll try tonight"],
    ['she did, but it did not help', 'it did not help'],
    ['maar ze heeft haar telefoon opnieuw opgestart', 'ze heeft haar telefoon opnieuw opgestart'],
    ['she used the iphone mail app', 'she used the iphone mail app'],
    ['tried everything twice, pls prio 1', 'tried everything twice, pls prio 1'],
    [
      'ze heeft nog niets geprobeerd, zit in een vergadering',
      'ze heeft nog niets geprobeerd, zit in een vergadering',
    ],
  ];
  for (const [rest, note] of CASES)
    it(`notes "${rest}" as "${note}"`, () => expect(triedNote(rest)).to.equal(note));
});
