import { expect } from 'chai';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SignInIndex } from '../../src/signins/signInIndex';
import {
  readSignInFile,
  readSignInFileGently,
  readSignInHeader,
  writeSignInFile,
} from '../../src/signins/signInFile';
import { NOW, sampleTenantDir } from '../helpers/fixture';
import { tempDir } from '../helpers/endOfRun';

describe('reading the sign-in file while the bot keeps answering', () => {
  it('reads a line at a time exactly what a whole read gives, and builds the same store in slices', async () => {
    const data = await readSignInFile(path.join(await sampleTenantDir(), 'signins.json'));
    const file = path.join(await tempDir('gently'), 'signins.json');
    await writeSignInFile(file, data);
    const gently = await readSignInFileGently(file);
    expect(gently).to.deep.equal(await readSignInFile(file));
    const whole = new SignInIndex(data, NOW);
    const sliced = await SignInIndex.build(gently, NOW);
    const query = {
      userId: data.signIns[0].userId,
      from: new Date(Date.parse(data.signIns[0].createdDateTime) - 86_400_000),
    };
    expect(await sliced.find(query)).to.deep.equal(await whole.find(query));
    expect(sliced.size).to.equal(whole.size);
  });

  it('refuses a file with a broken record, naming it, and reads other layouts whole', async () => {
    const dir = await tempDir('gently');
    const data = await readSignInFile(path.join(await sampleTenantDir(), 'signins.json'));
    const file = path.join(dir, 'signins.json');
    await writeSignInFile(file, { ...data, signIns: data.signIns.slice(0, 3) });
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[2] = lines[2].slice(0, 40);
    await writeFile(file, lines.join('\n'));
    const error = await readSignInFileGently(file).catch((caught: Error) => caught);
    expect(String(error)).to.match(/\[signins\] .*signins\.json is not valid JSON/);
    const compact = path.join(dir, 'compact.json');
    await writeFile(compact, JSON.stringify({ ...data, signIns: data.signIns.slice(0, 3) }));
    expect((await readSignInFileGently(compact)).signIns).to.have.length(3);
  });

  it('reads the meta and people alone from the first line, and other layouts whole', async () => {
    const dir = await tempDir('gently');
    const data = await readSignInFile(path.join(await sampleTenantDir(), 'signins.json'));
    const users = [{ id: 'u1', userPrincipalName: 'ruud@fabrikam.nl', displayName: 'Ruud' }];
    const layouts: [name: string, write: (file: string) => Promise<void>][] = [
      ['lines', (file) => writeSignInFile(file, { ...data, users })],
      [
        'pretty',
        (file) =>
          writeFile(file, JSON.stringify({ ...data, users, signIns: data.signIns.slice(0, 3) }, null, 2)),
      ],
    ];
    for (const [name, write] of layouts) {
      const file = path.join(dir, `${name}.json`);
      await write(file);
      expect(await readSignInHeader(file), name).to.deep.equal({ meta: data.meta, users });
    }
  });
});
