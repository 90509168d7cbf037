import { expect } from 'chai';
import path from 'node:path';
import sinon from 'sinon';
import { TicketOutbox } from '../../../src/features/tickets/ticketOutbox';
import { TicketStore } from '../../../src/features/tickets/ticketStore';
import { capturedLog, messagesOf } from '../../helpers/capturedLog';
import { tempDir } from '../../helpers/endOfRun';
import { FakeTicketSystem } from '../../helpers/fakeTicketSystem';
import { NOW, startTestBot } from '../../helpers/fixture';
import { aTicket } from '../../helpers/tickets';

describe('TicketOutbox', () => {
  let receiver: FakeTicketSystem;
  before(async () => {
    receiver = await new FakeTicketSystem().start();
  });
  after(() => receiver.stop());
  beforeEach(() => receiver.reset());

  it("schedules a retry on the bot's clock, not the machine's", async () => {
    receiver.plan = [500];
    const dir = await tempDir('outbox-clock');
    const bot = await startTestBot({
      TICKETS_FILE: path.join(dir, 'tickets.json'),
      TICKET_WEBHOOK_URL: receiver.url,
    });
    try {
      await bot.app.tickets.file('clock', aTicket());
      // The round that takes the new ticket, whether the test or the outbox's timer starts it.
      await bot.app.outbox!.deliverDue();
      const { delivery } = (await bot.app.tickets.byConfirmation('clock'))!;
      expect(delivery).to.include({ state: 'queued', attempts: 1, lastError: 'HTTP 500' });
      // The first wait is 2 s with jitter (1 to 2 s) after the bot's NOW, whatever the date on this machine.
      expect(Date.parse(delivery.nextAttemptAt!) - NOW.getTime()).to.be.within(1000, 2000);
    } finally {
      await bot.close();
    }
  });

  it('logs a round that cannot write the ticket file, and tries again at the next tick', async () => {
    const clock = sinon.useFakeTimers({
      now: NOW,
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      // undici clears the timers of a kept-alive connection it opened before the fake clock was installed.
      shouldClearNativeTimers: true,
    });
    const { lines, logger } = capturedLog();
    const store = await TicketStore.open(
      path.join(await tempDir('outbox-disk'), 'tickets.json'),
      NOW,
      logger,
    );
    const outbox = new TicketOutbox(
      store,
      { url: receiver.url, format: 'json', timeoutMs: 2000 },
      logger,
      () => new Date(),
    );
    const update = sinon.stub(store, 'update').rejects(new Error('ENOSPC: no space left on device'));
    try {
      const { ticket } = await store.create('disk', aTicket());
      outbox.start();
      await clock.tickAsync(0);
      await outbox.settled().catch(() => undefined);
      expect(messagesOf(lines)).to.include('ticket delivery round failed');

      update.restore();
      await clock.tickAsync(1000);
      await outbox.settled();
      expect((await store.get(ticket.id))!.delivery).to.include({ state: 'delivered' });
    } finally {
      await outbox.stop();
      update.restore();
      clock.restore();
    }
  });
});
