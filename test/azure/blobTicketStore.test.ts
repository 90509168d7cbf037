import { expect } from 'chai';
import { BlobTicketStore } from '../../src/azure/blobTicketStore';
import { openContainer } from '../../src/azure/blobContainer';
import { azurite } from '../helpers/azurite';
import { capturedLog, messagesOf } from '../helpers/capturedLog';
import { aTicket } from '../helpers/tickets';

/** Two instances: each its own client and store, sharing one container on Azurite. */
async function twoInstances(): Promise<{ a: BlobTicketStore; b: BlobTicketStore; log: string[] }> {
  const storage = await azurite();
  const name = storage.container();
  await openContainer(storage.client(name));
  const { lines, logger } = capturedLog();
  return {
    a: new BlobTicketStore(storage.client(name), logger),
    b: new BlobTicketStore(storage.client(name), logger),
    log: lines,
  };
}

describe('tickets in Azure Blob Storage shared by two instances (Azurite)', function () {
  this.timeout(30_000);

  it('never gives one number twice when both file 10 tickets at the same moment', async () => {
    const { a, b } = await twoInstances();
    const filed = await Promise.all(
      Array.from({ length: 20 }, (_, n) => (n % 2 ? a : b).create(`conversation-${n}:draft`, aTicket())),
    );
    const ids = filed.map((result) => result.ticket.id);
    expect(new Set(ids).size).to.equal(20);
    expect(filed.every((result) => result.created)).to.equal(true);
    for (const store of [a, b]) expect((await store.all()).map((ticket) => ticket.id)).to.have.members(ids);
    expect((await b.all())[0].id).to.equal('SIGNIN-000001');
  });

  it('makes one ticket of one confirmation that reaches both instances at once', async () => {
    const { a, b } = await twoInstances();
    const [first, second] = await Promise.all([
      a.create('conversation-1:draft-7', aTicket()),
      b.create('conversation-1:draft-7', aTicket()),
    ]);
    expect(first.ticket.id).to.equal(second.ticket.id);
    expect([first.created, second.created].filter(Boolean)).to.have.length(1);
    expect(await a.all()).to.have.length(1);
    expect((await b.byConfirmation('conversation-1:draft-7'))?.id).to.equal(first.ticket.id);
    expect(await b.byConfirmation('conversation-1:draft-8')).to.equal(undefined);
  });

  it('keeps every note when both instances change one ticket at the same moment', async () => {
    const { a, b } = await twoInstances();
    const { ticket } = await a.create('c:d', aTicket());
    await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        (n % 2 ? a : b).update(ticket.id, (stored) => {
          stored.updates.push({ at: '2026-11-30T10:00:00Z', by: 'agent', note: `note ${n}` });
        }),
      ),
    );
    const notes = (await b.get(ticket.id.toLowerCase()))!.updates.map((update) => update.note);
    expect(notes).to.have.members(Array.from({ length: 20 }, (_, n) => `note ${n}`));
  });

  it("shows a ticket filed on one instance in the other's list, and a change made there", async () => {
    const { a, b } = await twoInstances();
    expect(await b.all()).to.deep.equal([]);
    const { ticket } = await a.create('c:1', aTicket());
    await b.update(ticket.id, (stored) => (stored.status = 'closed'));
    expect((await a.get(ticket.id))?.status).to.equal('closed');
    expect(await a.update('SIGNIN-999999', () => undefined)).to.equal(undefined);
    expect(await a.get('../counters/ticket-number')).to.equal(undefined);
  });

  it('leaves out a blob that is not a whole ticket and says why in the log, without its contents', async () => {
    const storage = await azurite();
    const name = storage.container();
    const container = storage.client(name);
    await openContainer(container);
    const { lines, logger } = capturedLog();
    const store = new BlobTicketStore(container, logger);
    await store.create('c:1', aTicket());
    await container.getBlockBlobClient('tickets/SIGNIN-000002.json').upload('{"half', 6);
    const noSubject = JSON.stringify({
      ...aTicket(),
      subject: undefined,
      id: 'SIGNIN-000003',
      confirmationKey: 'c:3',
    });
    await container.getBlockBlobClient('tickets/SIGNIN-000003.json').upload(noSubject, noSubject.length);
    expect((await store.all()).map((ticket) => ticket.id)).to.deep.equal(['SIGNIN-000001']);
    expect(messagesOf(lines)).to.include('left out a ticket blob that is not a whole ticket');
    expect(lines.join('')).to.include("must have required property 'subject'");
    expect(lines.join('')).not.to.include('megan.bowen');
  });

  it('goes on from the last number of the ticket file of the machine that filed before', async () => {
    const storage = await azurite();
    const name = storage.container();
    await openContainer(storage.client(name));
    const { logger } = capturedLog();
    const movedFrom = new BlobTicketStore(storage.client(name), logger, async () => 41);
    const other = new BlobTicketStore(storage.client(name), logger);
    expect((await movedFrom.create('c:1', aTicket())).ticket.id).to.equal('SIGNIN-000042');
    expect((await other.create('c:2', aTicket())).ticket.id).to.equal('SIGNIN-000043');
  });
});
