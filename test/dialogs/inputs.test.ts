import { expect } from 'chai';
import { Conversation } from '../helpers/conversation';
import { startTestBot, TestBot } from '../helpers/fixture';
import { identityOf } from '../helpers/identity';

describe('unusual input', () => {
  let bot: TestBot;
  let chat: Conversation;
  before(async () => {
    bot = await startTestBot();
  });
  after(() => bot.close());
  beforeEach(() => {
    chat = new Conversation(bot.app, identityOf(bot.app, 'hanna.hoek@contoso.com'), {
      recipient: { id: 'bot-id', name: 'Helpdesk' },
    });
  });

  it('asks for text when a message has only an attachment', async () => {
    const replies = await chat.send({
      type: 'message',
      attachments: [{ contentType: 'image/png', contentUrl: 'http://x/screenshot.png' }],
    });
    expect(replies.map((reply) => reply.text)).to.deep.equal([
      'I only read text. Type your question, or paste the error details as text rather than a screenshot.',
    ]);
  });

  it('says an empty message was empty, without mentioning screenshots', async () => {
    for (const text of ['', '   '])
      expect((await chat.send({ type: 'message', text })).map((reply) => reply.text)).to.deep.equal([
        'That message was empty. Type your question, or say **help** to see what I can do.',
      ]);
  });

  it('reads a Teams channel message once the @mention of the bot is removed', async () => {
    const reply = await chat.say('<at>Helpdesk</at> 50126', {
      entities: [
        { type: 'mention', mentioned: { id: 'bot-id', name: 'Helpdesk' }, text: '<at>Helpdesk</at>' },
      ],
    });
    expect(reply.join()).to.include('50126 InvalidUserNameOrPassword');
  });

  it('answers a message of 10,000 characters with help rather than an error', async () => {
    const reply = await chat.ask('blah '.repeat(2000));
    expect(reply).to.include("Sorry, I didn't understand that");
  });

  it('says there are no more failures once the list is used up', async () => {
    expect(await chat.ask('why did jane fail to sign in to teams yesterday?')).to.include(
      'or **more** for the other 4 failures',
    );
    expect(await chat.ask('more')).to.include('5. ');
    expect(await chat.ask('more')).to.equal(
      'That was the last one: there are no more failures in this search.',
    );
    expect(await chat.ask('9')).to.equal('Pick a number from 1 to 5.');
  });

  it('says what it understands when a question names no code it knows', async () => {
    expect(await chat.ask('what does 99999 mean?')).to.include('I have no notes on error code 99999 yet');
  });
});
