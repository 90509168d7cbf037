import { expect } from 'chai';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Person, Ticket, ticketNumber } from '../../../src/features/tickets/ticket';
import { capturedLog, messagesOf } from '../../helpers/capturedLog';
import { Conversation } from '../../helpers/conversation';
import { sampleTenantDir, startTestBot } from '../../helpers/fixture';
import { identityOf } from '../../helpers/identity';
import { aTicket } from '../../helpers/tickets';
import { tempDir } from '../../helpers/endOfRun';

describe('a tickets.json with entries the bot cannot read', () => {
  it('lists the good tickets, keeps the bad ones aside on disk and never reuses a number in the file', async () => {
    const dir = await tempDir('ticket-file');
    const file = path.join(dir, 'tickets.json');
    const { lines, logger } = capturedLog();
    const directory = JSON.parse(
      await readFile(path.join(await sampleTenantDir(), 'directory.json'), 'utf8'),
    ) as {
      users: Person[];
    };
    const { id, userPrincipalName, displayName } = directory.users.find(
      (user) => user.userPrincipalName === 'hanna.hoek@contoso.com',
    )!;
    const hanna: Person = { id, userPrincipalName, displayName };
    const good = (n: number): Ticket => ({
      ...aTicket({ raisedBy: hanna }),
      id: ticketNumber(n),
      confirmationKey: `k${n}`,
    });
    const noSubject: Partial<Ticket> = good(7);
    delete noSubject.subject;
    const entries = [null, good(1), {}, noSubject, good(2)];
    await writeFile(file, JSON.stringify({ lastNumber: 2, tickets: entries }, null, 2));

    const bot = await startTestBot({ TICKETS_FILE: file, TICKET_WEBHOOK_URL: '' }, {}, logger);
    try {
      const mine = await new Conversation(bot.app, identityOf(bot.app, hanna.userPrincipalName)).ask(
        'my tickets',
      );
      expect(mine).to.include('SIGNIN-000001 · Megan Bowen · 53003');
      expect(mine).to.include('SIGNIN-000002 · Megan Bowen · 53003');
      expect(mine).not.to.include('SIGNIN-000007');

      const aside = (await readdir(dir)).filter((entry) => entry.startsWith('tickets.json.rejected-'));
      expect(aside).to.have.length(1);
      const kept = JSON.parse(await readFile(path.join(dir, aside[0]), 'utf8')) as {
        entries: { position: number; reason: string; entry: unknown }[];
      };
      expect(kept.entries.map(({ position, entry }) => [position, entry])).to.deep.equal([
        [1, null],
        [3, {}],
        [4, noSubject],
      ]);
      const log = messagesOf(lines);
      expect(log).to.include('tickets.json');
      expect(log).to.include('entries 1, 3, 4');
      expect(log).to.include('"subject" is missing');
      expect(log).not.to.include('hanna');

      const { ticket } = await bot.app.services.tickets.file('new', aTicket({ raisedBy: hanna }));
      expect(ticket.id).to.equal('SIGNIN-000008');
      const stored = JSON.parse(await readFile(file, 'utf8')) as { tickets: Ticket[] };
      expect(stored.tickets.map((entry) => entry.id)).to.deep.equal([
        'SIGNIN-000001',
        'SIGNIN-000002',
        'SIGNIN-000008',
      ]);
    } finally {
      await bot.close();
    }
  });
});
