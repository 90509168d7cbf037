import { expect } from 'chai';
import path from 'node:path';
import { Directory } from '../../src/directory/directory';
import { SignIn } from '../../src/signins/signIn';
import { readSignInFile } from '../../src/signins/signInFile';
import { textsFor } from '../../src/text/texts';
import { FakeChannel } from '../helpers/fakeChannel';
import { FakeGraph } from '../helpers/fakeGraph';
import { listen, sampleTenantDir, startTestBot, TestBot } from '../helpers/fixture';
import { postActivity } from '../helpers/http';

const EN = textsFor('en-US');
const MEGAN = "why can't megan sign in to outlook yesterday?";
const FOUND = 'Found 2 failed sign-ins of megan.bowen@contoso.com';

/** A message sent before the slow one, and a part of its answer to wait for. */
type Before = [say: string, answer: string];
const HI: Before = ['hi', 'I find out why'];

/**
 * Teams sends a message again when it has no HTTP answer in 15 s. Whatever a turn waits for at Microsoft Graph, the
 * HTTP request is answered while Graph still holds the request back; the person hears that it takes long, then the
 * answer arrives in the conversation.
 */
describe('turns that wait for a slow Microsoft Graph (a fake Graph on 127.0.0.1)', () => {
  let graph: FakeGraph;
  let signIns: SignIn[];
  let channel: FakeChannel;
  let bot: TestBot | undefined;
  before(async () => {
    const dir = await sampleTenantDir();
    signIns = (await readSignInFile(path.join(dir, 'signins.json'))).signIns;
    const { users } = await Directory.read(path.join(dir, 'directory.json'));
    graph = await new FakeGraph(signIns, users).start();
    channel = await new FakeChannel().start();
  });
  after(async () => {
    await graph.stop();
    await channel.stop();
  });
  beforeEach(() => (graph.mode = 'ok'));
  afterEach(async () => {
    graph.mode = 'ok';
    graph.answerHeld();
    await bot?.close();
    bot = undefined;
  });

  const startBot = async (graphSignInBudget?: { requests: number; perMs: number }): Promise<TestBot> => {
    bot = await startTestBot(
      {
        ...graph.env(),
      },
      {
        graphCredential: { httpClient: graph.httpClient(), disableInstanceDiscovery: true },
        slowReplyMs: 50,
        answerWithinMs: 100,
        ...(graphSignInBudget ? { graphSignInBudget } : {}),
      },
    );
    return bot;
  };
  /** Messages from Hanna in one Teams-like chat: replies go to the fake channel, not into the HTTP answer. */
  const chatWith = async (conversation: string, from = 'hanna.hoek@contoso.com') => {
    const base = await listen(bot!);
    let sent = 0;
    return (text: string) =>
      postActivity(base, {
        id: `${conversation}-${++sent}`,
        text,
        from: { id: from, name: 'Agent' },
        conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: 'slow' },
        deliveryMode: 'normal',
        serviceUrl: channel.url,
      });
  };

  const screenOf = (signIn: SignIn): string =>
    `AADSTS53003: Access has been blocked by Conditional Access policies.\nRequest Id: ${signIn.id}\nCorrelation Id: ${signIn.correlationId}\nTimestamp: ${signIn.createdDateTime}`;
  const CASES: { waitsFor: string; before: Before[]; slow: () => string; notice: string; answer: string }[] =
    [
      { waitsFor: 'who is asking', before: [], slow: () => MEGAN, notice: EN.stillWorking, answer: FOUND },
      {
        waitsFor: 'the apps she used lately',
        before: [HI],
        slow: () => "why can't megan sign in?",
        notice: EN.stillWorking,
        answer: 'Which app',
      },
      { waitsFor: 'the search', before: [HI], slow: () => MEGAN, notice: EN.lookingItUp, answer: FOUND },
      {
        waitsFor: 'the record of a pasted error screen',
        before: [HI],
        slow: () =>
          screenOf(
            signIns.find(
              (signIn) =>
                signIn.userPrincipalName === 'megan.bowen@contoso.com' && signIn.status.errorCode === 53003,
            )!,
          ),
        notice: EN.stillWorking,
        answer: 'Found the sign-in by its Request ID',
      },
      {
        waitsFor: "a ticket's incident check",
        before: [HI, [MEGAN, FOUND], ['open a ticket', 'already try the steps']],
        slow: () => 'yes',
        notice: EN.stillWorking,
        answer: 'Ticket draft',
      },
    ];
  for (const { waitsFor, before, slow, notice, answer } of CASES)
    it(`answers Teams at once while Graph is slow with ${waitsFor}, says so, then answers`, async () => {
      await startBot();
      const conversation = `slow-${waitsFor}`;
      const say = await chatWith(conversation);
      for (const [text, reply] of before) {
        await say(text);
        await channel.waitForIn(conversation, reply);
      }
      const shown = channel.textsIn(conversation).length;
      graph.mode = 'slowAll';
      const request = say(slow());
      await graph.holdingOne();
      // The HTTP request is answered while Graph still holds the turn's request back.
      expect((await request).status).to.equal(200);
      await channel.waitForIn(conversation, notice);
      graph.mode = 'ok';
      graph.answerHeld();
      await channel.waitForIn(conversation, answer);
      const texts = channel.textsIn(conversation).slice(shown);
      expect(
        texts.filter((text) => text === notice),
        'one notice',
      ).to.have.length(1);
      expect(texts.findIndex((text) => text === notice)).to.be.below(
        texts.findIndex((text) => text.includes(answer)),
      );
    });

  it('keeps a message sent while an answer is on its way until that answer is out, then answers it', async () => {
    await startBot();
    const say = await chatWith('slow-in-order');
    await say('hi');
    await channel.waitForIn('slow-in-order', 'I find out why');
    graph.mode = 'slowAll';
    const first = say(MEGAN);
    await graph.holdingOne();
    expect((await first).status).to.equal(200);
    // "2" reads the list the slow answer is about to keep: it waits for it instead of finding none.
    expect((await say('2')).status).to.equal(200);
    graph.mode = 'ok';
    graph.answerHeld();
    await channel.waitForIn('slow-in-order', '#2');
    const texts = channel.textsIn('slow-in-order');
    expect(texts.findIndex((text) => text.includes(FOUND))).to.be.below(
      texts.findIndex((text) => text.includes('#2')),
    );
    expect(texts.join()).to.not.include(EN.listExpired);
  });

  it('tells a question that has to queue for Graph about how long it will take, then answers it', async () => {
    // One sign-in request per 4.5 s (5 s with the bot's margin): the second question waits for the next window.
    await startBot({ requests: 1, perMs: 4_546 });
    const [first, second] = [await chatWith('queue-1'), await chatWith('queue-2')];
    await first('hi');
    await channel.waitForIn('queue-1', 'I find out why');
    graph.mode = 'slowAll';
    await first(MEGAN);
    await graph.holdingOne();
    graph.mode = 'ok';
    await second("why can't jane sign in to teams yesterday?");
    await channel.waitForIn('queue-2', EN.lookingItUpQueued(5));
    graph.answerHeld();
    await channel.waitForIn('queue-1', FOUND);
    await channel.waitForIn('queue-2', 'jane.visser@contoso.com', 10_000);
  });
});
