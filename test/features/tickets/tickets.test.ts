import { expect } from 'chai';
import { DateTime } from 'luxon';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sinon from 'sinon';
import { Ticket } from '../../../src/features/tickets/ticket';
import { buttonsOf, cardProblems, cardsOf, cardText } from '../../helpers/cardCheck';
import { FakeTicketSystem } from '../../helpers/fakeTicketSystem';
import { NOW, startTestBot, TestBot, listen } from '../../helpers/fixture';
import { postActivity } from '../../helpers/http';
import { identityOf } from '../../helpers/identity';
import { tempDir } from '../../helpers/endOfRun';

const MEGAN = "why can't megan sign in to outlook yesterday?";
/** The outbox's longest wait between two tries of a ticket. */
const LONGEST_WAIT_MS = 15 * 60 * 1000;

interface Chat {
  say(
    message: string | Record<string, unknown>,
  ): Promise<{ texts: string[]; text: string; cards: ReturnType<typeof cardsOf> }>;
}

describe('support tickets', () => {
  let receiver: FakeTicketSystem;
  before(async () => {
    receiver = await new FakeTicketSystem().start();
  });
  after(() => receiver.stop());
  beforeEach(() => {
    receiver.reset();
  });

  // The outbox's timers and the bot's clock are fake: a test moves time on, and the outbox's waits (2 s, 15 min) take
  // none. HTTP to the fake ticket system stays real.
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({
      now: NOW,
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
      // undici clears the timers of a kept-alive connection it opened before the fake clock was installed.
      shouldClearNativeTimers: true,
    });
  });
  const started: TestBot[] = [];
  afterEach(async () => {
    clock.restore();
    for (const bot of started.splice(0)) await bot.close();
  });

  /**
   * Moves the fake clock on to the outbox's next timer, again and again, each time waiting for the round it starts to
   * finish (its HTTP is real), until `done` holds; fails when that takes more than `withinMs` of the bot's time.
   */
  const runOutboxUntil = async (
    bot: TestBot,
    done: () => boolean | Promise<boolean>,
    withinMs = LONGEST_WAIT_MS,
  ) => {
    const outbox = bot.app.outbox!;
    const until = clock.now + withinMs;
    await outbox.settled();
    while (!(await done())) {
      if (clock.now > until || clock.countTimers() === 0)
        throw new Error(`the outbox did not get there within ${withinMs} ms of the bot's time`);
      await clock.nextAsync();
      await outbox.settled();
    }
  };

  /** A bot with its own ticket file, delivering to the fake ticket system (or to nothing). */
  const botWith = async (env: NodeJS.ProcessEnv = {}, ticketsFile?: string) => {
    const file = ticketsFile ?? path.join(await tempDir('tickets'), 'tickets.json');
    const bot = await startTestBot(
      { TICKETS_FILE: file, TICKET_WEBHOOK_URL: receiver.url, TICKET_TIMEOUT_SECONDS: '0.5', ...env },
      { now: () => new Date() },
    );
    started.push(bot);
    const base = await listen(bot);
    const stored = async (): Promise<Ticket[]> =>
      (JSON.parse(await readFile(file, 'utf8')) as { tickets: Ticket[] }).tickets;
    const chat = (as = 'hanna.hoek@contoso.com', id = `tickets-${Math.random()}`): Chat => ({
      async say(message) {
        const body = typeof message === 'string' ? { text: message } : { value: message };
        const reply = await postActivity(base, {
          ...body,
          from: identityOf(bot.app, as),
          localTimezone: 'Europe/Amsterdam',
          conversation: { id, isGroup: false, conversationType: 'personal', name: 't' },
        });
        return { texts: reply.texts, text: reply.texts.join('\n'), cards: cardsOf(reply.activities) };
      },
    });
    return { bot, file, stored, chat };
  };

  /** Asks about megan's failure and walks to the draft; returns the draft card's "File this ticket" data. */
  const draftFor = async (chat: Chat, tried = 'yes', question = MEGAN) => {
    const answer = await chat.say(question);
    const offer = answer.cards.find((card) => buttonsOf(card).some((b) => b.title === 'Draft a ticket'))!;
    const draftButton = buttonsOf(offer).find((button) => button.title === 'Draft a ticket')!;
    expect((await chat.say(draftButton.data!)).text).to.include('already try the steps');
    const draft = await chat.say(tried);
    const card = draft.cards[0];
    expect(cardProblems(card)).to.deep.equal([]);
    return { card, file: buttonsOf(card).find((button) => button.title === 'File this ticket')!.data! };
  };

  it('drafts a ticket with everything support needs, takes a note, files it once and delivers it', async () => {
    const { bot, chat, stored } = await botWith();
    const hanna = chat();
    const { card, file } = await draftFor(hanna);
    const seen = cardText(card);
    for (const part of [
      'Sign-in failure 53003 for megan.bowen@contoso.com on Office 365 Exchange Online',
      'User: Megan Bowen <megan.bowen@contoso.com> (object ID ',
      'App: Office 365 Exchange Online (app ID 00000002-0000-0ff1-ce00-000000000000)',
      'Time: 2026-11-22 09:17:07 UTC (Sun 22 Nov 10:17 Europe/Amsterdam)',
      'Error code: 53003 (BlockedByConditionalAccess)',
      'Request ID: ',
      'Correlation ID: ',
      'Client app: Exchange ActiveSync',
      'IP address: ',
      'Location: ',
      // Her phone's mail app syncs over Exchange ActiveSync: no browser. The device's name, as the record shows it.
      'Device: CONTOSO-A489C7, iOS 18.1, compliant, managed',
      'Conditional Access: failure (Block legacy authentication=failure)',
      'MFA: not required (single-factor)',
      'Meaning: A Conditional Access policy blocked the sign-in.',
      'Steps tried by the user: yes',
      'Conversation: Found 2 failed sign-ins of megan.bowen@contoso.com',
      'Raised by: Hanna Hoek (hanna.hoek@contoso.com)',
      'Priority 3 · Service Desk',
    ])
      expect(seen).to.include(part);

    expect((await hanna.say('she is abroad this week')).text).to.include('Added that to the note.');
    const filed = await hanna.say(file);
    expect(filed.text).to.match(
      /^Filed SIGNIN-000001\. (It is queued for the ticket system|It was delivered to the ticket system as INC0010001)\./,
    );
    const again = await hanna.say(file);
    expect(again.text).to.match(/^That ticket was already filed as SIGNIN-000001\./);

    await runOutboxUntil(bot, async () => (await stored())[0]?.delivery.state === 'delivered');
    const [ticket] = await stored();
    expect(ticket.id).to.equal('SIGNIN-000001');
    expect(ticket.note).to.equal('she is abroad this week');
    expect(ticket.stepsTried).to.equal(true);
    expect(ticket.stepsSuggested.length).to.be.greaterThan(2);
    expect(receiver.received[0].key).to.equal('SIGNIN-000001');
    expect(receiver.received[0].body).to.include({
      id: 'SIGNIN-000001',
      errorCode: 53003,
      note: 'she is abroad this week',
    });
    const status = async () => (await hanna.say('ticket SIGNIN-000001')).text;
    expect(await status()).to.include('It was delivered to the ticket system as INC0010001. Priority 3');
    // The note filed with it is shown, at local time (the fake clock's UTC plus an hour in Amsterdam).
    const filedAt = DateTime.fromISO(ticket.createdAt, { zone: 'Europe/Amsterdam' }).toFormat('d LLL HH:mm');
    expect(await status()).to.include(`- ${filedAt} she is abroad this week`);
    expect((await hanna.say('my tickets')).text).to.include(
      'SIGNIN-000001 · Megan Bowen · 53003 · delivered as INC0010001',
    );
    expect((await stored()).length).to.equal(1);
  });

  it('files one ticket when the same confirmation arrives twice at once (a double click, or Teams sending again)', async () => {
    const { chat, stored } = await botWith();
    const hanna = chat();
    const { file } = await draftFor(hanna);
    const replies = await Promise.all([hanna.say(file), hanna.say(file), hanna.say('file it')]);
    const ids = replies.map((reply) => /SIGNIN-\d+/.exec(reply.text)?.[0]).filter(Boolean);
    expect(new Set(ids)).to.deep.equal(new Set(['SIGNIN-000001']));
    expect((await stored()).map((ticket) => ticket.id)).to.deep.equal(['SIGNIN-000001']);
  });

  it('offers to add to an open ticket for the same person and code instead of filing a duplicate', async () => {
    const { chat, stored } = await botWith({ TICKET_WEBHOOK_URL: '' });
    const hanna = chat();
    const { file } = await draftFor(hanna);
    expect((await hanna.say(file)).text).to.include(
      'No ticket system is connected, so the bot keeps it for the helpdesk.',
    );
    await hanna.say(MEGAN);
    const offer = await hanna.say('open a ticket');
    expect(offer.text).to.include(
      'There is already an open ticket for this person and error code: SIGNIN-000001',
    );
    expect((await hanna.say('yes')).text).to.equal('Which one: add to SIGNIN-000001, or file a new ticket?');
    expect((await hanna.say('Add to SIGNIN-000001')).text).to.include('What should I add to SIGNIN-000001?');
    expect((await hanna.say('still failing on Monday')).text).to.equal('Added your note to SIGNIN-000001.');
    const tickets = await stored();
    expect(tickets).to.have.length(1);
    expect(tickets[0].updates.map((update) => update.note)).to.deep.equal(['still failing on Monday']);
  });

  it('lets end users file about their own sign-ins and see only their own tickets', async () => {
    const { chat } = await botWith({ TICKET_WEBHOOK_URL: '' });
    const hanna = chat();
    const { file } = await draftFor(hanna);
    await hanna.say(file);
    const adele = chat('adele.vance@contoso.com');
    expect((await adele.say('ticket SIGNIN-000001')).text).to.equal(
      "I can't find a ticket SIGNIN-000001 that you may see.",
    );
    expect((await adele.say('open tickets')).text).to.include('Only helpdesk staff');
    expect((await adele.say('my tickets')).text).to.equal('There are no tickets to show.');
    const megan = chat('megan.bowen@contoso.com');
    expect((await megan.say('my tickets')).text).to.include('SIGNIN-000001');
    expect((await hanna.say('open tickets')).text).to.include('SIGNIN-000001 · Megan Bowen · 53003');
  });

  it('reads "open ticket" and "ticket openen" as opening one, "open tickets" as the list', async () => {
    const { chat } = await botWith({ TICKET_WEBHOOK_URL: '' });
    const hanna = chat();
    for (const opening of ['open ticket', 'ticket openen', 'een ticket openen graag'])
      expect((await hanna.say(opening)).text, opening).to.match(/Which sign-in should the ticket be about/);
    for (const listing of ['open tickets', 'my open ticket'])
      expect((await hanna.say(listing)).text, listing).to.equal('There are no tickets to show.');
  });

  it('sends the ServiceNow incident record with basic auth and shows the incident number', async () => {
    const { bot, chat } = await botWith({
      TICKET_FORMAT: 'servicenow',
      TICKET_USERNAME: 'bot',
      TICKET_PASSWORD: 's3cret',
    });
    const hanna = chat();
    const { file } = await draftFor(hanna, 'no');
    await hanna.say(file);
    await runOutboxUntil(bot, () => receiver.filed.size === 1);
    const [{ body, authorization }] = receiver.received;
    expect(authorization).to.equal(`Basic ${Buffer.from('bot:s3cret').toString('base64')}`);
    expect(body).to.include({
      short_description: 'Sign-in failure 53003 for megan.bowen@contoso.com on Office 365 Exchange Online',
      caller_id: 'megan.bowen@contoso.com',
      assignment_group: 'Service Desk',
      correlation_id: 'SIGNIN-000001',
      urgency: '2',
      impact: '3',
    });
    expect(String(body.description)).to.include('Steps tried by the user: no');
    expect(String(body.description)).to.include('Request ID: ');
  });

  it('asks ServiceNow for the incident before trying again, so a lost answer does not file it twice', async () => {
    receiver.servicenow = true;
    receiver.answerDelayMs = 800;
    try {
      const { bot, chat, stored } = await botWith({
        TICKET_FORMAT: 'servicenow',
        TICKET_TIMEOUT_SECONDS: '0.5',
      });
      const hanna = chat();
      const { file } = await draftFor(hanna);
      await hanna.say(file);
      await runOutboxUntil(bot, async () => (await stored())[0]?.delivery.state === 'delivered');
      expect((await stored())[0].delivery).to.include({ state: 'delivered', externalId: 'INC0010001' });
      expect(receiver.received).to.have.length(1);
      expect(receiver.duplicates).to.equal(0);
    } finally {
      receiver.servicenow = false;
      receiver.answerDelayMs = 0;
    }
  });

  /** What the ticket system does, and where the ticket ends up. */
  const DELIVERIES: [name: string, plan: FakeTicketSystem['plan'], state: string, attempts: number][] = [
    ['a 500, then 201', [500], 'delivered', 2],
    ['a 503 with Retry-After, then 201', [503], 'delivered', 2],
    ['a 429, then 201', [429], 'delivered', 2],
    ['no answer within the timeout, then 201', ['hang'], 'delivered', 2],
    ['a 400', [400], 'attention', 1],
  ];
  for (const [name, plan, state, attempts] of DELIVERIES) {
    it(`retries or stops as it should after ${name}`, async () => {
      receiver.plan = [...plan];
      const { bot, chat, stored } = await botWith();
      const hanna = chat();
      const { file } = await draftFor(hanna);
      await hanna.say(file);
      await runOutboxUntil(bot, async () => (await stored())[0]?.delivery.state === state);
      const [ticket] = await stored();
      expect(ticket.delivery.state).to.equal(state);
      expect(ticket.delivery.attempts).to.equal(attempts);
      expect(receiver.filed.size).to.equal(state === 'delivered' ? 1 : 0);
      if (state === 'attention') {
        expect((await hanna.say('ticket SIGNIN-000001')).text).to.include(
          'The ticket system refused it (HTTP 400)',
        );
        // However long the outbox runs on, it does not try a refused ticket again.
        await clock.tickAsync(LONGEST_WAIT_MS);
        await bot.app.outbox!.settled();
        expect(receiver.received).to.have.length(1);
      }
    });
  }

  it('keeps a ticket while the ticket system is down, and delivers it after a restart', async () => {
    await receiver.stop();
    const first = await botWith();
    const hanna = first.chat();
    const { file } = await draftFor(hanna);
    await hanna.say(file);
    await runOutboxUntil(first.bot, async () => (await first.stored())[0]?.delivery.attempts >= 2);
    const [waiting] = await first.stored();
    expect(waiting.delivery.state).to.equal('queued');
    expect(waiting.delivery.lastError).to.equal('ECONNREFUSED');
    await first.bot.close();

    await receiver.start();
    const second = await botWith({}, first.file);
    await runOutboxUntil(
      second.bot,
      async () => receiver.filed.size === 1 && (await second.stored())[0].delivery.state === 'delivered',
    );
    expect((await second.stored())[0].delivery).to.include({ state: 'delivered', externalId: 'INC0010001' });
  });
});
