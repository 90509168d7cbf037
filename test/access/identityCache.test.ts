import { expect } from 'chai';
import { IdentityCache, IdentityLookup, Identity } from '../../src/access/identityCache';
import { DirectoryUser } from '../../src/directory/directoryUser';

const person = (id: string, roles: string[]): Identity => ({
  user: { id, userPrincipalName: `${id}@contoso.com`, roles } as DirectoryUser,
  groups: [],
});

/** A directory whose answers the test changes, counting how often it is asked. */
class ChangingDirectory implements IdentityLookup {
  roles: string[] = ['Reports Reader'];
  down = false;
  asked = 0;
  async person(id: string): Promise<Identity | undefined> {
    this.asked++;
    if (this.down) throw new Error('directory down');
    return person(id, this.roles);
  }
}

describe('IdentityCache', () => {
  let clock: number;
  let inner: ChangingDirectory;
  let cache: IdentityCache;
  beforeEach(() => {
    clock = 0;
    inner = new ChangingDirectory();
    cache = new IdentityCache(inner, 15 * 60_000, 3, () => clock);
  });

  it('keeps a role decision for 15 minutes, then asks again and sees a removed role', async () => {
    expect((await cache.person('a'))!.user.roles).to.deep.equal(['Reports Reader']);
    inner.roles = [];
    clock = 14 * 60_000;
    expect((await cache.person('A'))!.user.roles).to.deep.equal(['Reports Reader']);
    clock = 15 * 60_000 + 1;
    expect((await cache.person('a'))!.user.roles).to.deep.equal([]);
    expect(inner.asked).to.equal(2);
  });

  it('never keeps a failure: the next message asks the directory again', async () => {
    inner.down = true;
    let failures = 0;
    for (let attempt = 0; attempt < 2; attempt++) await cache.person('a').catch(() => failures++);
    inner.down = false;
    expect((await cache.person('a'))!.user.id).to.equal('a');
    expect([failures, inner.asked]).to.deep.equal([2, 3]);
  });

  it('holds at most its limit of people, dropping the oldest', async () => {
    for (const id of ['a', 'b', 'c', 'd']) await cache.person(id);
    await cache.person('d');
    await cache.person('a');
    expect(inner.asked).to.equal(5);
  });
});
