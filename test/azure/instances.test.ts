import { expect } from 'chai';
import path from 'node:path';
import { BlobTicketStore } from '../../src/azure/blobTicketStore';
import { createLogger } from '../../src/host/log';
import { readSignInFile } from '../../src/signins/signInFile';
import { SignIn } from '../../src/signins/signIn';
import { Azurite, azurite } from '../helpers/azurite';
import { buttonsOf, cardsOf } from '../helpers/cardCheck';
import { ChildBot, startChildBot } from '../helpers/childBot';
import { FakeTicketSystem } from '../helpers/fakeTicketSystem';
import { sampleTenantDir } from '../helpers/fixture';
import { postActivity } from '../helpers/http';
import { eventually } from '../helpers/realTime';

/** The sample tenant's files, as a deployment names them. */
async function tenantEnv(): Promise<Record<string, string>> {
  const dir = await sampleTenantDir();
  return {
    SIGNINS_FILE: path.join(dir, 'signins.json'),
    DIRECTORY_FILE: path.join(dir, 'directory.json'),
    CATALOG_FILE: path.join(dir, 'catalog.json'),
    APPS_FILE: path.join(dir, 'apps.json'),
  };
}

/** Failed sign-ins before the sample's last day (the child bots run on the real clock). */
async function failures(count: number): Promise<SignIn[]> {
  const { signIns, meta } = await readSignInFile((await tenantEnv()).SIGNINS_FILE);
  const lastDay = Date.parse(meta.anchorDate ?? '');
  const picked = signIns.filter(
    (signIn) => signIn.status.errorCode !== 0 && Date.parse(signIn.createdDateTime) < lastDay,
  );
  expect(picked.length).to.be.at.least(count);
  return picked.slice(0, count);
}

/** One helpdesk agent's 1:1 chat, each message sent to whichever instance the load balancer picks. */
function chat(id: string) {
  return (bot: ChildBot, message: string | Record<string, unknown>) =>
    postActivity(bot.base, {
      ...(typeof message === 'string' ? { text: message } : { value: message }),
      from: { id: 'hanna.hoek@contoso.com', name: 'Hanna' },
      conversation: { id, isGroup: false, conversationType: 'personal', name: 'n' },
    });
}

const FILE = 'File this ticket';

/** Opens, drafts and files a ticket about `signIn` on one instance; the ticket's ID. */
async function fileTicket(bot: ChildBot, conversation: string, signIn: SignIn): Promise<string> {
  const say = chat(conversation);
  await say(bot, `open a ticket for ${signIn.id}`);
  const draft = await say(bot, 'no');
  const file = buttonsOf(cardsOf(draft.activities)[0]).find((button) => button.title === FILE)!;
  return /Filed (SIGNIN-\d+)/.exec((await say(bot, file.data!)).texts.join())![1];
}

/** Two instances, the first started alone until it holds the outbox lock: it is the one delivering. */
async function holderAndOther(
  env: Record<string, string>,
  storage: Azurite,
  container: string,
): Promise<ChildBot[]> {
  const holder = await startChildBot(env);
  const lock = storage.client(container).getBlobClient('locks/ticket-outbox');
  await eventually(
    'the first instance holding the outbox lock',
    async () => (await lock.getProperties().catch(() => undefined))?.leaseState === 'leased',
  );
  return [holder, await startChildBot(env)];
}

describe('two bot processes on one Azure Blob Storage (Azurite)', function () {
  this.timeout(90_000);
  const bots: ChildBot[] = [];
  let receiver: FakeTicketSystem | undefined;
  afterEach(async () => {
    for (const bot of bots.splice(0)) await bot.kill();
    await receiver?.stop();
  });

  it('carries 50 conversations whose turns alternate between them, and numbers their tickets once each', async () => {
    const storage = await azurite();
    const container = storage.container();
    const env = { ...(await tenantEnv()), ...storage.env(container) };
    bots.push(...(await Promise.all([startChildBot(env), startChildBot(env)])));
    const [a, b] = bots;
    const picks = await failures(50);
    const say = picks.map((_, n) => chat(`instances-${n}`));
    // Each step of every conversation at the same moment: the draft asked on one, answered on the other, filed on the first.
    const asked = await Promise.all(
      picks.map((signIn, n) => say[n](n % 2 ? a : b, `open a ticket for ${signIn.id}`)),
    );
    expect(asked.filter((reply) => /Did .* try/i.test(reply.texts.join())).length).to.equal(50);
    const drafts = await Promise.all(picks.map((_, n) => say[n](n % 2 ? b : a, 'no')));
    const files = drafts.map((draft) =>
      buttonsOf(cardsOf(draft.activities)[0]).find((button) => button.title === FILE),
    );
    expect(files.filter(Boolean)).to.have.length(50);
    const filed = await Promise.all(picks.map((_, n) => say[n](n % 2 ? a : b, files[n]!.data!)));
    const ids = filed.map((reply) => /Filed (SIGNIN-\d+)/.exec(reply.texts.join())?.[1]);
    expect(ids.filter(Boolean)).to.have.length(50);
    expect(new Set(ids).size).to.equal(50);
    const stored = await new BlobTicketStore(storage.client(container), createLogger('silent')).all();
    expect(stored.map((ticket) => ticket.id).sort()).to.deep.equal([...ids].sort());
    expect(stored.map((ticket) => ticket.requestId).sort()).to.deep.equal(
      picks.map((signIn) => signIn.id).sort(),
    );
  });

  it('delivers a ticket exactly once when the instance delivering it is killed mid-delivery', async () => {
    const storage = await azurite();
    const container = storage.container();
    receiver = await new FakeTicketSystem().start();
    // The ticket system files the first delivery and never answers it: the instance dies waiting.
    receiver.answerDelayMs = 60_000;
    const env = {
      ...(await tenantEnv()),
      ...storage.env(container),
      TICKET_WEBHOOK_URL: receiver.url,
      TICKET_TIMEOUT_SECONDS: '30',
    };
    bots.push(...(await holderAndOther(env, storage, container)));
    const [delivering, other] = bots;
    const id = await fileTicket(other, 'killed-mid-delivery', (await failures(1))[0]);
    await eventually('the delivery reaching the ticket system', async () => receiver!.received.length === 1);
    await delivering.kill();
    receiver.answerDelayMs = 0;
    const tickets = new BlobTicketStore(storage.client(container), createLogger('silent'));
    // The lease runs out 15 s after the last renewal; the other instance then takes over.
    await eventually(
      'the other instance delivering the ticket',
      async () => (await tickets.get(id))?.delivery.state === 'delivered',
      { deadlineMs: 40_000, everyMs: 200 },
    );
    expect(receiver.received.map((request) => request.key)).to.deep.equal([id, id]);
    expect([...receiver.filed.keys()]).to.deep.equal([id]);
    expect((await tickets.get(id))!.delivery).to.include({ externalId: receiver.filed.get(id), attempts: 2 });
  });

  it('hands the delivery over at once when the delivering instance is stopped (SIGTERM)', async () => {
    const storage = await azurite();
    const container = storage.container();
    receiver = await new FakeTicketSystem().start();
    const env = { ...(await tenantEnv()), ...storage.env(container), TICKET_WEBHOOK_URL: receiver.url };
    bots.push(...(await holderAndOther(env, storage, container)));
    const [first, second] = bots;
    const stopped = new Promise((resolve) => first.child.once('close', resolve));
    first.child.kill('SIGTERM');
    await stopped;
    const id = await fileTicket(second, 'after-sigterm', (await failures(1))[0]);
    // Well within the 15 s a lease of a killed instance takes to run out.
    await eventually('the remaining instance delivering the ticket', async () => receiver!.filed.has(id), {
      deadlineMs: 8_000,
    });
  });
});
