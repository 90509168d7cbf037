import { expect } from 'chai';
import { appendFile, mkdir, readFile, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { AuditEntry, AuditLog } from '../../src/access/auditLog';
import { sampleTenantDir } from '../helpers/fixture';
import { runTool } from '../helpers/tools';
import { tempDir } from '../helpers/endOfRun';

const HANNA = 'b1f5f5a2-0000-0000-0000-000000000000';

function entry(target: string, allowed: boolean, n: number): AuditEntry {
  return {
    at: `2026-11-23T10:00:${String(n % 60).padStart(2, '0')}.000Z`,
    askedBy: HANNA,
    target,
    shown: n,
    allowed,
  };
}

describe('the audit trail', () => {
  let file: string;
  beforeEach(async () => {
    file = path.join(await tempDir('audit'), 'state', 'audit.jsonl');
  });

  it('stays a valid file with every entry when two conversations write at once', async () => {
    const one = new AuditLog(file);
    const two = new AuditLog(file);
    await Promise.all(
      Array.from({ length: 200 }, (_, n) => (n % 2 ? one : two).append(entry(n % 2 ? 'a' : 'b', true, n))),
    );
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines).to.have.length(200);
    for (const line of lines) expect(() => JSON.parse(line)).to.not.throw();
    expect(await new AuditLog(file).read()).to.have.length(200);
  });

  it('refuses the entries it could not write, and writes the next ones once the disk lets it', async () => {
    const log = new AuditLog(file);
    await log.append(entry('a', true, 1));
    const blocked = `${file}.blocked`;
    const stuck = new AuditLog(blocked);
    await mkdir(blocked);
    const refused = await Promise.allSettled([1, 2].map((n) => stuck.append(entry('b', true, n))));
    expect(refused.map((outcome) => outcome.status)).to.deep.equal(['rejected', 'rejected']);
    await rmdir(blocked);
    await stuck.append(entry('b', true, 3));
    expect((await stuck.read()).map((item) => item.shown)).to.deep.equal([3]);
    expect((await log.read()).map((item) => item.shown)).to.deep.equal([1]);
  });

  it('reads past a line torn by a crash instead of failing', async () => {
    const log = new AuditLog(file);
    await log.append(entry('a', true, 1));
    await appendFile(file, '{"at":"2026-11-23T10:');
    expect((await new AuditLog(file).read()).map((item) => item.shown)).to.deep.equal([1]);
  });

  it('starts the next entry on a line of its own after a line torn by a crash', async () => {
    await new AuditLog(file).append(entry('a', true, 1));
    await appendFile(file, '{"at":"2026-11-23T10:');
    const restarted = new AuditLog(file);
    await restarted.append(entry('b', true, 2));
    await restarted.append(entry('c', false, 3));
    expect(await restarted.read()).to.deep.equal([
      entry('a', true, 1),
      entry('b', true, 2),
      entry('c', false, 3),
    ]);
  });

  it('is printed with names by npm run audit, refusals marked, and filtered by --user', async () => {
    const dir = await sampleTenantDir();
    const directory = JSON.parse(await readFile(path.join(dir, 'directory.json'), 'utf8')) as {
      users: { id: string; userPrincipalName: string }[];
    };
    const id = (upn: string): string => directory.users.find((user) => user.userPrincipalName === upn)!.id;
    const log = new AuditLog(file);
    await log.append({
      ...entry(id('jane.visser@contoso.com'), true, 5),
      askedBy: id('hanna.hoek@contoso.com'),
    });
    await log.append({
      ...entry(id('megan.bowen@contoso.com'), false, 0),
      askedBy: id('adele.vance@contoso.com'),
    });
    const run = (...args: string[]) =>
      runTool('audit.js', args, {
        AUDIT_FILE: file,
        DIRECTORY_FILE: path.join(dir, 'directory.json'),
        SIGNINS_FILE: path.join(dir, 'signins.json'),
      });
    // Three runs of the tool, each a node process reading the files: they overlap.
    const [everything, aboutMegan, last] = await Promise.all([
      run(),
      run('--user', 'megan.bowen@contoso.com'),
      run('--last', '1'),
    ]);
    const all = everything.stdout;
    expect(all).to.include(
      'Hanna Hoek <hanna.hoek@contoso.com> looked up Jane Visser <jane.visser@contoso.com>  [allowed, 5 shown]',
    );
    expect(all).to.include(
      'Adele Vance <adele.vance@contoso.com> looked up Megan Bowen <megan.bowen@contoso.com>  [REFUSED]',
    );
    const megan = aboutMegan.stdout;
    expect(megan).to.include('Megan Bowen');
    expect(megan).to.not.include('Jane Visser');
    const [heading, ...newest] = last.stdout.trim().split('\n');
    expect(heading).to.equal(`Lookups recorded in ${file}, oldest first:`);
    expect(newest).to.have.length(1);
    expect(newest[0]).to.include('[REFUSED]');
  });
});
