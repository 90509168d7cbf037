import { expect } from 'chai';
import path from 'node:path';
import { createLogger } from '../../src/host/log';
import { LiveSignInStore } from '../../src/signins/liveSignInStore';
import { readSignInFile, writeSignInFile } from '../../src/signins/signInFile';
import { tempDir } from '../helpers/endOfRun';
import { NOW, sampleTenantDir } from '../helpers/fixture';

describe('the sample tenant and the clock', () => {
  const CASES: [kind: 'sample' | 'import', hidesLater: boolean][] = [
    ['sample', true],
    ['import', false],
  ];
  for (const [kind, hidesLater] of CASES)
    it(`${hidesLater ? 'hides' : 'keeps'} ${kind} records later than now`, async () => {
      const data = await readSignInFile(path.join(await sampleTenantDir(), 'signins.json'));
      const file = path.join(await tempDir('sample-clock'), 'signins.json');
      await writeSignInFile(file, { ...data, meta: { ...data.meta, kind } });
      const store = await LiveSignInStore.open(file, () => NOW, createLogger('silent'));
      const later = data.signIns.filter((signIn) => Date.parse(signIn.createdDateTime) > NOW.getTime());
      expect(later.length, 'the sample has records later on its last day').to.be.greaterThan(0);
      const found = await store.find({});
      expect(found.some((signIn) => Date.parse(signIn.createdDateTime) > NOW.getTime())).to.equal(
        !hidesLater,
      );
      expect(await store.find({ requestId: later[0].id })).to.have.length(hidesLater ? 0 : 1);
    });
});
