import { expect } from 'chai';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Conversation } from '../helpers/conversation';
import { listen, startTestBot, TestBot } from '../helpers/fixture';
import { postActivity } from '../helpers/http';
import { identityOf } from '../helpers/identity';
import { tempDir } from '../helpers/endOfRun';

describe('what the audit trail records of a lookup', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startTestBot();
  });
  after(() => bot.close());

  const CASES: [messages: string[], reply: RegExp, matched: number, shown: number][] = [
    [['why did jane fail to sign in to teams yesterday?'], /Found 5 failed sign-ins/, 5, 1],
    [["why can't megan sign in to teams yesterday?"], /succeeded/, 3, 1],
    [['why did jane fail to sign in last week?', 'any app'], /Found \d+ failed sign-ins/, 41, 1],
    [['why did jane fail to sign in to teams yesterday?', 'details'], /Error code:\*\* 50053/, 1, 1],
  ];
  for (const [messages, reply, matched, shown] of CASES) {
    it(`records ${shown} shown of ${matched} found for "${messages.join(' / ')}"`, async () => {
      const chat = new Conversation(bot.app, identityOf(bot.app, 'hanna.hoek@contoso.com'));
      let last = '';
      let before = 0;
      for (const message of messages) {
        before = bot.audit.entries.length;
        last = await chat.ask(message);
      }
      expect(last).to.match(reply);
      expect(bot.audit.entries[before]).to.include({ matched, shown, outcome: 'shown', allowed: true });
    });
  }

  it("records the helpdesk's look at everyone's wrong passwords from one address, and never makes it for an end user", async () => {
    const question = 'why did bram fail to sign in to outlook last week?';
    const before = bot.audit.entries.length;
    const agent = new Conversation(bot.app, identityOf(bot.app, 'hanna.hoek@contoso.com'));
    expect(await agent.ask(question)).to.include('**Password spray?** 8 people');
    const everyone = bot.audit.entries.slice(before).filter((entry) => entry.target === 'everyone');
    expect(everyone).to.have.length(1);
    expect(everyone[0]).to.include({ outcome: 'shown', allowed: true, shown: 0 });
    expect(everyone[0].matched).to.be.at.least(8);

    const mark = bot.audit.entries.length;
    const bram = new Conversation(bot.app, identityOf(bot.app, 'bram.hendriks@contoso.com'));
    expect(await bram.ask(question)).to.not.include('Password spray');
    expect(bot.audit.entries.slice(mark).map((entry) => entry.target)).to.not.include('everyone');
  });
});

describe('the audit trail when the sign-in log cannot be read', () => {
  it('records the lookup with outcome "error" and tells the user', async () => {
    const dir = await tempDir('audit-error');
    const file = path.join(dir, 'signins.json');
    await writeFile(file, '{"signIns": [ torn');
    const bot = await startTestBot({ SIGNINS_FILE: file });
    const base = await listen(bot);
    try {
      const hanna = identityOf(bot.app, 'hanna.hoek@contoso.com');
      const megan = identityOf(bot.app, 'megan.bowen@contoso.com');
      const reply = await postActivity(base, {
        text: "why can't megan sign in to outlook yesterday?",
        from: hanna,
        conversation: { id: 'audit-error', isGroup: false, conversationType: 'personal', name: 'a' },
      });
      expect(reply.texts.join('\n')).to.include("I can't reach the sign-in log right now");
      expect(bot.audit.entries).to.have.length(1);
      expect(bot.audit.entries[0]).to.include({
        askedBy: hanna.aadObjectId,
        target: megan.aadObjectId,
        outcome: 'error',
        allowed: false,
        shown: 0,
      });
    } finally {
      await bot.close();
    }
  });
});
