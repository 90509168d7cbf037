import { expect } from 'chai';
import { Conversation } from '../helpers/conversation';
import { listen, startTestBot, TestBot } from '../helpers/fixture';
import { activityJson, APP_ID, SERVICE_URL } from '../helpers/hostile';
import { SharedBots, sharedBots } from '../helpers/sharedBots';
import { postActivity } from '../helpers/http';
import { identityOf } from '../helpers/identity';

const QUESTION = "why can't megan sign in to outlook yesterday?";
const MEGANS_RECORD = 'Found 2 failed sign-ins of megan.bowen@contoso.com';
const REFUSAL = 'I can only show you your own sign-ins.';

describe('who the caller is, in local mode', () => {
  let bot: TestBot;
  let base: string;
  before(async () => {
    bot = await startTestBot({ HELPDESK_STAFF: 'zed.outsider@contoso.com' });
    base = await listen(bot);
  });
  after(() => bot.close());

  const CASES: [name: string, fromId: string, sees: string][] = [
    ['a UPN with a leading space is that person', ' adele.vance@contoso.com', REFUSAL],
    ['a UPN with a trailing zero-width space is that person', 'adele.vance@contoso.com\u200b', REFUSAL],
    ['a UPN in capitals is that person', 'ADELE.VANCE@CONTOSO.COM', REFUSAL],
    ['a Teams-style ID nobody knows is nobody in particular', '29:1abc', REFUSAL],
    ['a UPN the directory does not know is that stranger', 'zorro.nobody@contoso.com', REFUSAL],
    ['a stranger listed in HELPDESK_STAFF is staff', 'zed.outsider@contoso.com', MEGANS_RECORD],
    ['the sample helpdesk agent is staff', 'hanna.hoek@contoso.com', MEGANS_RECORD],
  ];
  for (const [name, fromId, sees] of CASES) {
    it(`${name} (${JSON.stringify(fromId)})`, async () => {
      const reply = await postActivity(base, {
        text: QUESTION,
        from: { id: fromId, name: 'whoever' },
        conversation: { id: `local-${fromId}`, isGroup: false, conversationType: 'personal', name: 'x' },
        channelId: 'test',
        serviceUrl: 'http://127.0.0.1:9/unused',
      });
      expect(reply.texts.join('\n')).to.include(sees);
    });
  }

  it('tells a stranger asking about their own sign-in that the directory does not have them', async () => {
    const zorro = new Conversation(bot.app, { id: 'zorro.nobody@contoso.com', name: 'Zorro' });
    const reply = await zorro.ask("why can't I sign in to outlook today?");
    expect(reply).to.include("I can't find zorro.nobody@contoso.com in this directory");
    expect(reply).not.to.include("couldn't work that out");
  });

  it('names the real caller, not the local default user, in the audit trail and on a ticket', async () => {
    const zed = new Conversation(bot.app, { id: 'zed.outsider@contoso.com', name: 'Zed' });
    expect(await zed.ask(QUESTION)).to.include(MEGANS_RECORD);
    expect(bot.audit.entries.at(-1)).to.include({ askedBy: 'zed.outsider@contoso.com', outcome: 'shown' });
    await zed.ask('open a ticket');
    const draft = await zed.ask('no');
    expect(draft).to.include('zed.outsider@contoso.com (zed.outsider@contoso.com)');
    expect(draft).not.to.include('Hanna Hoek');
  });
});

describe('who the caller is, with channel authentication', () => {
  let shared: SharedBots;
  before(async () => {
    shared = await sharedBots();
  });

  const ask = async (channelId: string): Promise<string> => {
    const hanna = identityOf(shared.channel.bot.app, 'hanna.hoek@contoso.com');
    const response = await fetch(`${shared.channel.base}/api/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${shared.keys.token(APP_ID, SERVICE_URL)}`,
      },
      body: activityJson({
        text: QUESTION,
        from: hanna,
        conversation: { id: `channel-${channelId}` },
        channelId,
      }),
    });
    expect(response.status).to.equal(200);
    return response.text();
  };

  it('trusts from.aadObjectId from Teams, whose token vouches for it', async () => {
    expect(await ask('msteams')).to.include(MEGANS_RECORD);
  });

  for (const channelId of ['webchat', 'directline']) {
    it(`does not trust from.aadObjectId from ${channelId}, where the client writes it`, async () => {
      const reply = await ask(channelId);
      expect(reply).not.to.include('megan.bowen');
      expect(reply).to.include("I can't tell who you are on this channel");
    });
  }
});
