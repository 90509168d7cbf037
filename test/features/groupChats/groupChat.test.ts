import { expect } from 'chai';
import { Activity, ChannelAccount } from 'botbuilder';
import { listen, startTestBot, TestBot } from '../../helpers/fixture';
import { FakeChannel } from '../../helpers/fakeChannel';
import { postActivity } from '../../helpers/http';
import { identityOf } from '../../helpers/identity';

const TENANT = '9a8b7c6d-1111-4222-8333-444455556666';
const GROUP = '19:helpdesk-team@thread.v2';
const PERSONAL_DATA = [
  /megan\.bowen/i,
  /Megan Bowen/,
  /\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/,
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
  /SIGNIN-\d+/,
];

describe('group chats and team channels', () => {
  let bot: TestBot;
  let base: string;
  let channel: FakeChannel;
  let hanna: ChannelAccount;
  let adele: ChannelAccount;

  beforeEach(async () => {
    channel = await new FakeChannel().start();
    bot = await startTestBot();
    base = await listen(bot);
    hanna = identityOf(bot.app, 'hanna.hoek@contoso.com');
    adele = identityOf(bot.app, 'adele.vance@contoso.com');
  });
  afterEach(async () => {
    await bot.close();
    await channel.stop();
  });

  /** A message in the group, sent the way Teams sends it: the bot answers through the connector, not the response. */
  const inGroup = async (from: ChannelAccount, text: string, extra: Partial<Activity> = {}) => {
    const response = await postActivity(base, {
      text,
      from,
      conversation: {
        id: GROUP,
        isGroup: true,
        conversationType: 'groupChat',
        tenantId: TENANT,
        name: 'Helpdesk',
      },
      channelData: { tenant: { id: TENANT } },
      channelId: 'msteams',
      serviceUrl: channel.url,
      deliveryMode: 'normal',
      ...extra,
    });
    expect(response.status).to.equal(200);
  };
  const privateChatOf = (who: ChannelAccount) => `a:private-${who.id}`;
  /** A message in the asker's 1:1 chat with the bot, where the bot moved the conversation. */
  const inPrivate = (from: ChannelAccount, text: string) =>
    inGroup(from, text, {
      conversation: {
        id: privateChatOf(from),
        isGroup: false,
        conversationType: 'personal',
        tenantId: TENANT,
        name: '',
      },
    });
  const groupTexts = () => channel.textsIn(GROUP).join('\n');

  it("answers a question about a person in the asker's 1:1 chat and tells the group only that", async () => {
    await inGroup(hanna, "why can't megan sign in to outlook yesterday?");

    expect(channel.opened).to.have.length(1);
    expect(channel.opened[0]).to.deep.include({ isGroup: false, tenantId: TENANT });
    expect(channel.opened[0].members).to.deep.equal([hanna]);
    expect(channel.textsIn(privateChatOf(hanna)).join('\n')).to.include(
      'Found 2 failed sign-ins of megan.bowen@contoso.com',
    );
    expect(groupTexts()).to.include('I answered you in a private chat');
    for (const pattern of PERSONAL_DATA) expect(groupTexts()).not.to.match(pattern);
  });

  it("never lets another member continue someone's dialog: Adele's yes, file it and my tickets are her own", async () => {
    await inGroup(hanna, "why can't megan sign in to outlook yesterday?");
    await inGroup(hanna, 'open a ticket');
    expect(channel.textsIn(privateChatOf(hanna)).join('\n')).to.include('already try the steps');

    await inGroup(adele, 'yes');
    await inGroup(adele, 'file it');
    await inGroup(adele, 'my tickets');

    const adeleSaw = [...channel.textsIn(privateChatOf(adele)), ...channel.textsIn(GROUP)].join('\n');
    for (const pattern of PERSONAL_DATA) expect(adeleSaw).not.to.match(pattern);
    expect(channel.textsIn(privateChatOf(adele)).join('\n')).to.include('There are no tickets to show.');

    await inPrivate(hanna, 'no');
    await inPrivate(hanna, 'file it');
    expect(channel.textsIn(privateChatOf(hanna)).join('\n')).to.match(/Filed SIGNIN-\d+/);
    for (const pattern of PERSONAL_DATA) expect(groupTexts()).not.to.match(pattern);
  });

  it('explains an error code in the group itself, and opens no private chat for it', async () => {
    await inGroup(adele, 'what does 50126 mean?');
    expect(groupTexts()).to.include('AADSTS50126');
    expect(channel.opened).to.deep.equal([]);
  });

  it('says in the group, without personal data, when it cannot open a private chat', async () => {
    channel.refuseNewChats = true;
    await inGroup(hanna, "why can't megan sign in to outlook yesterday?");
    expect(groupTexts()).to.include("I couldn't open one with you");
    for (const pattern of PERSONAL_DATA) expect(groupTexts()).not.to.match(pattern);
  });

  it('welcomes a group without saying who the installer is or what their role allows', async () => {
    await inGroup(hanna, '', {
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: 'someone-new', name: 'New' }],
    });
    expect(groupTexts()).to.include('Questions about a person I answer in a private chat');
    expect(groupTexts()).not.to.include('Hanna Hoek');
  });

  it('speaks Dutch to a Dutch group member, in the group and in private', async () => {
    await inGroup(hanna, 'waarom kan megan gisteren niet inloggen op outlook?', { locale: 'nl-NL' });
    expect(groupTexts()).to.include('Ik heb je geantwoord in een privéchat');
    expect(channel.textsIn(privateChatOf(hanna)).join('\n')).to.include('megan.bowen@contoso.com');
  });
});
