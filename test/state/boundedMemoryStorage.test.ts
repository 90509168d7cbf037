import { expect } from 'chai';
import { BoundedMemoryStorage } from '../../src/state/boundedMemoryStorage';

describe('BoundedMemoryStorage', () => {
  let clock: number;
  let storage: BoundedMemoryStorage;
  beforeEach(() => {
    clock = 0;
    storage = new BoundedMemoryStorage({ maxConversations: 3, idleMs: 60_000 }, () => clock);
  });
  const write = (key: string) => storage.write({ [key]: { said: key } });
  const has = async (key: string) => (await storage.read([key]))[key] !== undefined;

  it('keeps at most its limit of conversations, forgetting the one idle longest', async () => {
    for (const key of ['a', 'b', 'c']) await write(key);
    await storage.read(['a']);
    await write('d');
    expect([await has('a'), await has('b'), await has('c'), await has('d')]).to.deep.equal([
      true,
      false,
      true,
      true,
    ]);
    expect(storage.size).to.equal(3);
  });

  it('forgets a conversation that has been idle too long', async () => {
    await write('a');
    clock = 30_000;
    await write('b');
    clock = 61_000;
    expect([await has('a'), await has('b')]).to.deep.equal([false, true]);
  });
});
