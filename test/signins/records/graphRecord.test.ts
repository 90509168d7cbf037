import { expect } from 'chai';
import { fromGraph } from '../../../src/signins/records/graphRecord';

const RECORD = {
  id: '66ea54eb-6301-4ee5-be62-ff5a759b0100',
  createdDateTime: '2026-11-22T08:00:00Z',
  userPrincipalName: 'jane.visser@contoso.com',
  userId: '11111111-0000-4000-8000-000000000001',
  appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
  status: { errorCode: 53003 },
};

describe('a Graph signIn in the bot’s shape', () => {
  const CASES: [given: unknown, shown: string][] = [
    ['failure', 'failure'],
    ['notApplied', 'notApplied'],
    // A value Graph added after the bot was written is unknown, not "not applied".
    ['somethingNew', 'unknownFutureValue'],
    [undefined, 'notApplied'],
  ];
  for (const [given, shown] of CASES)
    it(`reads conditionalAccessStatus ${String(given)} as ${shown}`, () => {
      const converted = fromGraph({ ...RECORD, conditionalAccessStatus: given });
      expect('signIn' in converted && converted.signIn.conditionalAccessStatus).to.equal(shown);
    });
});
