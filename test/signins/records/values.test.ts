import { expect } from 'chai';
import {
  parseBoolean,
  parseErrorCode,
  parseLocation,
  parseUtcTime,
} from '../../../src/signins/records/values';

describe('import value readers', () => {
  const TIMES: [text: string, usDates: boolean, iso: string | undefined][] = [
    ['2025-12-04T08:19:41Z', false, '2025-12-04T08:19:41.000Z'],
    ['2026-11-22T15:30:12.4410000Z', false, '2026-11-22T15:30:12.441Z'],
    ['2026-11-22T10:00:00', false, '2026-11-22T10:00:00.000Z'],
    ['05/01/2024 10:11:12', false, '2024-01-05T10:11:12.000Z'],
    ['11/22/2026, 2:41:07.512 PM', true, '2026-11-22T14:41:07.512Z'],
    ['11/22/2026, 12:05:00.000 AM', true, '2026-11-22T00:05:00.000Z'],
    ['31/02/2026 10:00:00', false, undefined],
    ['yesterday', false, undefined],
    ['', false, undefined],
  ];
  for (const [text, usDates, iso] of TIMES) {
    it(`reads the time "${text}"${usDates ? ' (US)' : ''} as ${iso ?? 'no time'}`, () => {
      expect(parseUtcTime(text, usDates)).to.equal(iso);
    });
  }

  const PLACES: [text: string, city: string, state: string, country: string][] = [
    ['Amsterdam, Noord-Holland, NL', 'Amsterdam', 'Noord-Holland', 'NL'],
    ['Amsterdam, , NL', 'Amsterdam', '', 'NL'],
    ['Gent, BE', 'Gent', '', 'BE'],
    ['NL', '', '', 'NL'],
    ['', '', '', ''],
  ];
  for (const [text, city, state, country] of PLACES) {
    it(`splits the location "${text}"`, () => {
      expect(parseLocation(text)).to.deep.equal({ city, state, countryOrRegion: country });
    });
  }

  it('reads error codes and yes/no values as the downloads write them', () => {
    expect(['50126', '', '0', 50053, 'fifty'].map(parseErrorCode)).to.deep.equal([
      50126,
      0,
      0,
      50053,
      undefined,
    ]);
    expect(['true', 'False', 'Yes', 'no', '', 'maybe'].map(parseBoolean)).to.deep.equal([
      true,
      false,
      true,
      false,
      null,
      null,
    ]);
  });
});
