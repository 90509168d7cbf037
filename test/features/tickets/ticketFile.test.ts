import { expect } from 'chai';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { TicketPerson, Ticket, ticketNumber } from '../../../src/features/tickets/ticket';
import { readTicketFile } from '../../../src/features/tickets/ticketFile';
import { capturedLog, messagesOf } from '../../helpers/capturedLog';
import { Conversation } from '../../helpers/conversation';
import { NOW, sampleTenantDir, startTestBot } from '../../helpers/fixture';
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
      users: TicketPerson[];
    };
    const { id, userPrincipalName, displayName } = directory.users.find(
      (user) => user.userPrincipalName === 'hanna.hoek@contoso.com',
    )!;
    const hanna: TicketPerson = { id, userPrincipalName, displayName };
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

      const { ticket } = await bot.app.tickets.file('new', aTicket({ raisedBy: hanna }));
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

describe('a tickets.json entry against the ticket schema', () => {
  /** What is wrong with the second entry, and the reason the log and the file of set-aside entries give. */
  const CASES: [problem: string, breakIt: (ticket: Record<string, unknown>) => unknown, reason: string][] = [
    ['no subject', (ticket) => void delete ticket.subject, '"subject" is missing'],
    [
      'a subject without a UPN',
      (ticket) => void delete (ticket.subject as Partial<TicketPerson>).userPrincipalName,
      '"subject.userPrincipalName" is missing',
    ],
    ['an error code as text', (ticket) => void (ticket.errorCode = '53003'), '"errorCode" must be integer'],
    [
      'a priority as a word',
      (ticket) => void (ticket.priority = 'high'),
      '"priority" must be equal to one of the allowed values',
    ],
    [
      'a delivery state the bot does not know',
      (ticket) => void (ticket.delivery = { state: 'lost', attempts: 0 }),
      '"delivery.state" must be equal to one of the allowed values',
    ],
    ['a number where the ticket should be', () => 2, 'it is not an object'],
  ];
  for (const [problem, breakIt, reason] of CASES)
    it(`sets aside an entry with ${problem} (${reason}) and keeps the rest`, async () => {
      const dir = await tempDir('ticket-entry-');
      const file = path.join(dir, 'tickets.json');
      const ticket = (n: number): Ticket => ({ ...aTicket(), id: ticketNumber(n), confirmationKey: `k${n}` });
      // A copy through JSON: in aTicket raisedBy and subject are one object, which structuredClone keeps.
      const second = JSON.parse(JSON.stringify(ticket(2))) as Record<string, unknown>;
      const entries = [ticket(1), breakIt(second) ?? second, ticket(3)];
      await writeFile(file, JSON.stringify({ lastNumber: 3, tickets: entries }));
      const { lines, logger } = capturedLog();

      const { data, changed } = await readTicketFile(file, NOW, logger);

      expect(changed).to.equal(true);
      expect(data.tickets.map((kept) => kept.id)).to.deep.equal(['SIGNIN-000001', 'SIGNIN-000003']);
      expect(messagesOf(lines)).to.include(`set aside entry 2 of ${file}: not whole tickets (2: ${reason}`);
      const aside = (await readdir(dir)).find((name) => name.startsWith('tickets.json.rejected-'))!;
      const record = JSON.parse(await readFile(path.join(dir, aside), 'utf8')) as {
        entries: { reason: string }[];
      };
      expect(record.entries.map((entry) => entry.reason)[0]).to.match(new RegExp(`^${escapeRegExp(reason)}`));
    });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
