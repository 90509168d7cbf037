import { expect } from 'chai';
import { withoutTraceValues } from '../../src/catalog/traceValues';

const plain = (text: string): string => withoutTraceValues(text).replace(/\s+/g, ' ').trim();

describe('withoutTraceValues', () => {
  const CASES: [typed: string, left: string][] = [
    [
      'The user account is disabled.\nRequest Id: 1f2e3d4c-aaaa-bbbb-cccc-1234567890ab\nTimestamp: 2026-11-30T08:14:02Z',
      'The user account is disabled.',
    ],
    ['Correlation ID: 5d2e... account locked', 'account locked'],
    ['account uitgeschakeld, aanvraag-id 4d1e..., tijdstempel 2026-04-09 07:52', 'account uitgeschakeld, ,'],
    [
      "app 'https://hr.fabrikam.com/portal' not found in 'fabrikam.onmicrosoft.com'",
      "app ' not found in ' '",
    ],
    ['blocked from 203.0.113.7 for jane@contoso.com', 'blocked from for'],
    // A label without a value that names one sign-in stays: "IP address" is also how people describe a block.
    ['blocked because of my new ip address', 'blocked because of my new ip address'],
    // A label with a colon goes; a value that names nothing stays.
    ['Device identifier: Not available', 'Not available'],
    // The lines about the app and device are words, not IDs: they go whole, with their heading.
    [
      'Your account is disabled.\nTroubleshooting details\nApp name: Office 365 Exchange Online\nDevice platform: Android',
      'Your account is disabled.',
    ],
    ['Account geblokkeerd.\nNaam van de app: Microsoft Teams\nApparaatplatform: iOS', 'Account geblokkeerd.'],
    ['Browser not supported', 'Browser not supported'],
  ];
  for (const [typed, left] of CASES)
    it(`leaves "${left}" of "${typed.replace(/\n/g, ' ')}"`, () => {
      expect(plain(typed)).to.equal(left);
    });
});
