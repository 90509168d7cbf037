import { expect } from 'chai';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createLogger } from '../../../src/host/log';
import { TicketOutbox } from '../../../src/features/tickets/ticketOutbox';
import { TicketStore } from '../../../src/features/tickets/ticketStore';
import { FakeTicketSystem } from '../../helpers/fakeTicketSystem';
import { NOW } from '../../helpers/fixture';
import { aTicket } from '../../helpers/tickets';
import { tempDir } from '../../helpers/endOfRun';

const quiet = createLogger('silent');

/** How tickets.json was lost, and whether the files kept next to it went too. */
const DAMAGE: [name: string, damage: (text: string) => string, onlyTicketsJsonLeft: boolean][] = [
  ['cut short by a crash', (text) => text.slice(0, Math.floor(text.length / 2)), false],
  ['filled with zero bytes by a power cut', (text) => '\u0000'.repeat(text.length), false],
  ['cut short, with every other file in its folder gone', (text) => text.slice(0, 200), true],
];

describe('ticket numbers after a corrupt tickets.json is set aside', () => {
  let receiver: FakeTicketSystem;
  before(async () => {
    receiver = await new FakeTicketSystem().start();
  });
  after(() => receiver.stop());
  beforeEach(() => receiver.filed.clear());

  /** Files one ticket through the store and delivers it to the fake ticket system. */
  const fileAndDeliver = async (store: TicketStore, key: string): Promise<string> => {
    const { ticket } = await store.create(key, aTicket());
    const webhook = { url: receiver.url, format: 'json' as const, timeoutMs: 2000 };
    await new TicketOutbox(store, webhook, quiet, () => NOW).deliverDue();
    return ticket.id;
  };

  for (const [name, damage, onlyTicketsJsonLeft] of DAMAGE)
    it(`never gives a number or an Idempotency-Key twice (${name})`, async () => {
      const dir = await tempDir('ticket-numbers');
      const file = path.join(dir, 'tickets.json');
      const first = await TicketStore.open(file, NOW, quiet);
      const earlier = [];
      for (const key of ['a', 'b', 'c']) earlier.push(await fileAndDeliver(first, key));
      await writeFile(file, damage(await readFile(file, 'utf8')));
      if (onlyTicketsJsonLeft)
        for (const entry of await readdir(dir)) if (entry !== 'tickets.json') await rm(path.join(dir, entry));

      const second = await TicketStore.open(file, NOW, quiet);
      const id = await fileAndDeliver(second, 'd');
      expect(earlier).to.deep.equal(['SIGNIN-000001', 'SIGNIN-000002', 'SIGNIN-000003']);
      expect(earlier).not.to.include(id);
      expect([...receiver.filed.keys()]).to.deep.equal([...earlier, id]);
      expect((await second.get(id))!.delivery).to.include({ state: 'delivered', externalId: 'INC0010004' });
    });
});
