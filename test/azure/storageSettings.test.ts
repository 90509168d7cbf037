import { expect } from 'chai';
import { azurite } from '../helpers/azurite';
import { startTestBot } from '../helpers/fixture';

/** The message start-up fails with, or undefined when it starts (and is closed again). */
async function startFailure(env: Record<string, string>): Promise<string | undefined> {
  try {
    const bot = await startTestBot({ STATE_STORE: 'blob', ...env });
    await bot.close();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('shared storage settings that cannot work stop the start, naming what to fix (Azurite)', function () {
  this.timeout(30_000);

  it('names the setting of a connection string that is not one, without showing it', async () => {
    for (const value of ['hello world', 'AccountName=devstoreaccount1;AccountKey=c2VjcmV0']) {
      const failure = await startFailure({ AZURE_STORAGE_CONNECTION_STRING: value });
      expect(failure, value).to.match(
        /^\[config\] AZURE_STORAGE_CONNECTION_STRING is not a connection string/,
      );
      expect(failure).not.to.include('c2VjcmV0');
    }
  });

  it('says to check the account key when the account refuses it', async () => {
    const { connectionString } = await azurite();
    const wrongKey = connectionString.replace(
      /AccountKey=[^;]+/,
      `AccountKey=${Buffer.from('wrong').toString('base64')}`,
    );
    const failure = await startFailure({ AZURE_STORAGE_CONNECTION_STRING: wrongKey });
    expect(failure).to.match(/^\[storage\] cannot open container "signin-helpdesk" at 127\.0\.0\.1:\d+: /);
    expect(failure).to.include('Check the account name and key in AZURE_STORAGE_CONNECTION_STRING');
    expect(failure).not.to.include('Storage Blob Data Contributor');
  });
});
