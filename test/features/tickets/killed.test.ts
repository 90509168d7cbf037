import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readSignInFile } from '../../../src/signins/signInFile';
import { Ticket } from '../../../src/features/tickets/ticket';
import { cardsOf, buttonsOf } from '../../helpers/cardCheck';
import { startChildBot } from '../../helpers/childBot';
import { FakeTicketSystem } from '../../helpers/fakeTicketSystem';
import { sampleTenantDir } from '../../helpers/fixture';
import { postActivity } from '../../helpers/http';
import { tempDir } from '../../helpers/endOfRun';

const CONVERSATIONS = 12;

describe('tickets survive a killed bot (SIGKILL)', function () {
  this.timeout(60_000);

  it('keeps every confirmed ticket exactly once in the store and at the ticket system', async () => {
    const dir = await sampleTenantDir();
    const state = await tempDir('killed');
    const ticketsFile = path.join(state, 'tickets.json');
    const receiver = await new FakeTicketSystem().start();
    receiver.answerDelayMs = 150;
    receiver.plan = [500, 'hang', 503, 500];
    const env = {
      SIGNINS_FILE: path.join(dir, 'signins.json'),
      DIRECTORY_FILE: path.join(dir, 'directory.json'),
      CATALOG_FILE: path.join(dir, 'catalog.json'),
      APPS_FILE: path.join(dir, 'apps.json'),
      AUDIT_FILE: path.join(state, 'audit.jsonl'),
      TICKETS_FILE: ticketsFile,
      TICKET_WEBHOOK_URL: receiver.url,
      TICKET_TIMEOUT_SECONDS: '0.5',
    };
    // One failed sign-in each for different people and codes, so every conversation files a ticket of its own.
    const { signIns } = await readSignInFile(env.SIGNINS_FILE);
    const seen = new Set<string>();
    const picks = signIns.filter((signIn) => {
      const key = `${signIn.userId}:${signIn.status.errorCode}`;
      if (signIn.status.errorCode === 0 || seen.has(signIn.userId) || seen.has(key)) return false;
      seen.add(signIn.userId);
      return true;
    });
    expect(picks.length).to.be.at.least(CONVERSATIONS);

    let bot = await startChildBot(env);
    const confirmed = new Set<string>();
    const say = (conversation: string, message: string | Record<string, unknown>) =>
      postActivity(bot.base, {
        ...(typeof message === 'string' ? { text: message } : { value: message }),
        from: { id: 'hanna.hoek@contoso.com', name: 'Hanna' },
        conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: 'k' },
      });
    const fileOne = async (n: number): Promise<void> => {
      const conversation = `killed-${n}`;
      await say(conversation, `open a ticket for ${picks[n].id}`);
      const draft = await say(conversation, n % 2 ? 'yes' : 'no');
      const file = buttonsOf(cardsOf(draft.activities)[0]).find((b) => b.title === 'File this ticket')!.data!;
      const filed = await say(conversation, file);
      const id = /Filed (SIGNIN-\d+)/.exec(filed.texts.join())?.[1];
      if (id) confirmed.add(id);
    };
    const work = Array.from({ length: CONVERSATIONS }, (_, n) => fileOne(n).catch(() => undefined));
    while (confirmed.size < CONVERSATIONS / 2) await new Promise((resolve) => setTimeout(resolve, 5));
    bot.child.kill('SIGKILL');
    await Promise.all(work);
    const confirmedBeforeKill = [...confirmed];

    const stored = async (): Promise<Ticket[]> =>
      (JSON.parse(await readFile(ticketsFile, 'utf8')) as { tickets: Ticket[] }).tickets;
    const afterKill = await stored();
    for (const id of confirmedBeforeKill)
      expect(
        afterKill.filter((t) => t.id === id),
        id,
      ).to.have.length(1);

    bot = await startChildBot(env);
    try {
      const deadline = Date.now() + 30_000;
      while ((await stored()).some((t) => t.delivery.state !== 'delivered') && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const tickets = await stored();
      expect(tickets.every((t) => t.delivery.state === 'delivered')).to.equal(true);
      expect(new Set(tickets.map((t) => t.id)).size).to.equal(tickets.length);
      expect(new Set(tickets.map((t) => t.confirmationKey)).size).to.equal(tickets.length);
      for (const id of confirmedBeforeKill)
        expect(
          tickets.filter((t) => t.id === id),
          id,
        ).to.have.length(1);
      expect([...receiver.filed.keys()].sort()).to.deep.equal(tickets.map((t) => t.id).sort());
      for (const ticket of tickets)
        expect(ticket.delivery.externalId).to.equal(receiver.filed.get(ticket.id));
    } finally {
      bot.child.kill('SIGKILL');
      await receiver.stop();
    }
  });
});
