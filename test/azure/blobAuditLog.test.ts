import { expect } from 'chai';
import { AuditEntry } from '../../src/access/auditLog';
import { BlobAuditLog } from '../../src/azure/blobAuditLog';
import { openContainer } from '../../src/azure/blobContainer';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { azurite } from '../helpers/azurite';
import { sampleTenantDir } from '../helpers/fixture';
import { runTool } from '../helpers/tools';

function entry(n: number, at = '2026-11-30T09:00:00.000Z'): AuditEntry {
  return {
    at,
    askedBy: `agent-${n % 3}`,
    target: `user-${n}`,
    shown: 1,
    matched: 1,
    allowed: true,
    outcome: 'shown',
  };
}

describe('the audit trail in append blobs shared by two instances (Azurite)', function () {
  this.timeout(30_000);

  it('keeps every entry of two instances appending at the same moment, each batch one block', async () => {
    const storage = await azurite();
    const name = storage.container();
    const container = storage.client(name);
    await openContainer(container);
    const now = () => new Date('2026-11-30T09:00:00Z');
    const a = new BlobAuditLog(storage.client(name), now);
    const b = new BlobAuditLog(storage.client(name), now);
    await Promise.all(Array.from({ length: 40 }, (_, n) => (n % 2 ? a : b).append(entry(n))));
    const read = await new BlobAuditLog(storage.client(name)).read();
    expect(read.map((e) => e.target)).to.have.members(Array.from({ length: 40 }, (_, n) => `user-${n}`));
    const blob = await container.getAppendBlobClient('audit/2026-11-30/000.jsonl').getProperties();
    // Entries waiting while a block is written go out together in the next: far fewer blocks than entries.
    expect(blob.blobCommittedBlockCount).to.be.within(2, 10);
  });

  it('reads the days in order, and skips a line that is not a whole entry', async () => {
    const storage = await azurite();
    const name = storage.container();
    const container = storage.client(name);
    await openContainer(container);
    let day = '2026-11-29T23:59:00Z';
    const log = new BlobAuditLog(container, () => new Date(day));
    await log.append(entry(1, day));
    // Something else appended half a line, as a writer killed half-way through a line of its own would leave.
    await container.getAppendBlobClient('audit/2026-11-29/000.jsonl').appendBlock('{"at":"2026', 11);
    await log.append(entry(2, day));
    day = '2026-11-30T00:01:00Z';
    await log.append(entry(3, day));
    expect((await log.read()).map((e) => e.target)).to.deep.equal(['user-1', 'user-2', 'user-3']);
    const names: string[] = [];
    for await (const item of container.listBlobsFlat({ prefix: 'audit/' })) names.push(item.name);
    expect(names).to.deep.equal(['audit/2026-11-29/000.jsonl', 'audit/2026-11-30/000.jsonl']);
  });

  it('fails an entry that could not be stored, and stores the next once storage is back', async () => {
    const storage = await azurite();
    const container = storage.client(storage.container());
    await openContainer(container);
    const now = () => new Date('2026-11-30T09:00:00Z');
    const log = new BlobAuditLog(container, now);
    await log.append(entry(1));
    // A retention clean-up removed the day's blob: the next entry starts it again.
    await container.deleteBlob('audit/2026-11-30/000.jsonl');
    await log.append(entry(2));
    expect((await log.read()).map((e) => e.target)).to.deep.equal(['user-2']);
    await container.delete();
    const failed = await log.append(entry(3)).then(
      () => undefined,
      (error: Error) => error,
    );
    expect(failed).to.be.instanceOf(Error);
    await openContainer(container);
    await log.append(entry(4));
    expect((await log.read()).map((e) => e.target)).to.deep.equal(['user-4']);
  });

  it('is what npm run audit prints with STATE_STORE=blob, names and all', async () => {
    const storage = await azurite();
    const name = storage.container();
    const container = storage.client(name);
    await openContainer(container);
    const dir = await sampleTenantDir();
    const { users } = JSON.parse(await readFile(path.join(dir, 'directory.json'), 'utf8')) as {
      users: { id: string; userPrincipalName: string }[];
    };
    const id = (upn: string): string => users.find((user) => user.userPrincipalName === upn)!.id;
    await new BlobAuditLog(container).append({
      ...entry(1),
      askedBy: id('hanna.hoek@contoso.com'),
      target: id('jane.visser@contoso.com'),
    });
    const { stdout } = await runTool('audit.js', [], {
      ...storage.env(name),
      DIRECTORY_FILE: path.join(dir, 'directory.json'),
      SIGNINS_FILE: path.join(dir, 'signins.json'),
      AUDIT_FILE: path.join(dir, 'no-such-audit.jsonl'),
    });
    expect(stdout.split('\n')[0]).to.match(
      /^Lookups recorded in container test-\w+ \(audit\/\), oldest first:$/,
    );
    expect(stdout).to.include(
      'Hanna Hoek <hanna.hoek@contoso.com> looked up Jane Visser <jane.visser@contoso.com>  [allowed, 1 shown of 1 found]',
    );
  });
});
