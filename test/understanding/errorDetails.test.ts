import { expect } from 'chai';
import { parseErrorDetails } from '../../src/understanding/errorDetails';

const REQUEST = '3f2a9b1c-1d2e-4f50-8a6b-7c8d9e0f1a2b';
const CORRELATION = 'aa11bb22-cc33-4d44-8e55-ff6677889900';

describe('parseErrorDetails', () => {
  const screens: [name: string, text: string][] = [
    [
      'the order of the error page',
      `AADSTS53003: Access has been blocked.\nRequest Id: ${REQUEST}\nCorrelation Id: ${CORRELATION}\nTimestamp: 2026-11-22T09:17:07Z`,
    ],
    [
      'reversed, with other labels',
      `Timestamp: 2026-11-22 09:17:07Z\nCorrelation ID: ${CORRELATION.toUpperCase()}\nError code: 53003\nTrace ID: ${REQUEST}`,
    ],
    [
      'a Dutch screen',
      `Foutcode: 53003\nCorrelatie-id: ${CORRELATION}\nTijdstempel: 2026-11-22T09:17:07Z\nAanvraag-id: ${REQUEST}`,
    ],
  ];
  for (const [name, text] of screens) {
    it(`reads every field in ${name}`, () => {
      expect(parseErrorDetails(text)).to.deep.equal({
        requestId: REQUEST,
        correlationId: CORRELATION,
        unlabeledId: undefined,
        timestamp: new Date('2026-11-22T09:17:07Z'),
        errorCode: 53003,
      });
    });
  }

  it("reads no sign-in's ID in an app's ID, labelled as one or known as one", () => {
    const url = `https://login.microsoftonline.com/common/oauth2/authorize?client_id=${REQUEST}&response_type=code`;
    expect(parseErrorDetails(url)).to.equal(undefined);
    expect(parseErrorDetails(`App id: ${REQUEST}`)).to.equal(undefined);
    expect(parseErrorDetails(`sign in to ${REQUEST}`, (id) => id === REQUEST)).to.equal(undefined);
    expect(parseErrorDetails(`client_id=${REQUEST} and then ${CORRELATION}`)?.unlabeledId).to.equal(
      CORRELATION,
    );
  });

  it('keeps a bare GUID as an ID that could be either', () => {
    expect(parseErrorDetails(`see ${REQUEST} please`)?.unlabeledId).to.equal(REQUEST);
  });

  it('finds nothing in text without an ID', () => {
    expect(parseErrorDetails('AADSTS50126 wrong password')).to.equal(undefined);
  });
});
