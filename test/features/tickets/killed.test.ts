import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readSignInFile } from '../../../src/signins/signInFile';
import { Ticket } from '../../../src/features/tickets/ticket';
import { cardsOf, buttonsOf } from '../../helpers/cardCheck';
import { ChildBot, startChildBot } from '../../helpers/childBot';
import { tempDir } from '../../helpers/endOfRun';
import { FakeTicketSystem } from '../../helpers/fakeTicketSystem';
import { sampleTenantDir } from '../../helpers/fixture';
import { postActivity } from '../../helpers/http';
import { eventually, within } from '../../helpers/realTime';

const CONVERSATIONS = 12;
/** How long the conversations, and the deliveries after the restart, may take (the outbox waits 2 s and more). */
const DEADLINE_MS = 30_000;

describe('tickets survive a killed bot (SIGKILL)', function () {
  this.timeout(60_000);

  let receiver: FakeTicketSystem;
  let bot: ChildBot | undefined;
  after(async () => {
    await bot?.kill();
    await receiver?.stop();
  });

  it('keeps every confirmed ticket exactly once in the store and at the ticket system', async () => {
    const dir = await sampleTenantDir();
    const state = await tempDir('killed');
    const ticketsFile = path.join(state, 'tickets.json');
    receiver = await new FakeTicketSystem().start();
    // Each ticket is filed 150 ms before its answer: a kill in between loses the answer, not the ticket.
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
    // From before the sample's last day: the child bot runs on the real clock, and that day's later hours are its future.
    const { signIns, meta } = await readSignInFile(env.SIGNINS_FILE);
    const lastDay = Date.parse(meta.anchorDate ?? '');
    const seen = new Set<string>();
    const picks = signIns.filter((signIn) => {
      if (!(Date.parse(signIn.createdDateTime) < lastDay)) return false;
      const key = `${signIn.userId}:${signIn.status.errorCode}`;
      if (signIn.status.errorCode === 0 || seen.has(signIn.userId) || seen.has(key)) return false;
      seen.add(signIn.userId);
      return true;
    });
    expect(picks.length).to.be.at.least(CONVERSATIONS);

    bot = await startChildBot(env);
    const { base } = bot;
    const confirmed = new Set<string>();
    let halfConfirmed = (): void => undefined;
    const half = new Promise<void>((resolve) => (halfConfirmed = resolve));
    const say = (conversation: string, message: string | Record<string, unknown>) =>
      postActivity(base, {
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
      if (confirmed.size >= CONVERSATIONS / 2) halfConfirmed();
    };
    const work = Promise.all(
      Array.from({ length: CONVERSATIONS }, (_, n) => fileOne(n).catch(() => undefined)),
    );
    // The kill comes as soon as half the tickets are confirmed, while the other conversations are still going on.
    await within(DEADLINE_MS, 'half the conversations confirming a ticket', Promise.race([half, work]));
    if (confirmed.size < CONVERSATIONS / 2)
      throw new Error(`every conversation ended with only ${confirmed.size} tickets confirmed`);
    await bot.kill();
    await within(DEADLINE_MS, 'the conversations ending once the bot is killed', work);
    const confirmedBeforeKill = [...confirmed];

    const stored = async (): Promise<Ticket[]> =>
      (JSON.parse(await readFile(ticketsFile, 'utf8')) as { tickets: Ticket[] }).tickets;
    const afterKill = await stored();
    for (const id of confirmedBeforeKill)
      expect(
        afterKill.filter((t) => t.id === id),
        id,
      ).to.have.length(1);

    // The slow answers were there to make the kill lose some; the restarted bot's deliveries need not wait for them.
    receiver.answerDelayMs = 0;
    bot = await startChildBot(env);
    await eventually(
      'every ticket delivered by the restarted bot',
      async () => (await stored()).every((t) => t.delivery.state === 'delivered'),
      {
        deadlineMs: DEADLINE_MS,
        everyMs: 50,
        detail: () => `the ticket system filed ${receiver.filed.size}`,
      },
    );
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
    for (const ticket of tickets) expect(ticket.delivery.externalId).to.equal(receiver.filed.get(ticket.id));
  });
});
