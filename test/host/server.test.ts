import { expect } from 'chai';
import path from 'node:path';
import { readSignInFile } from '../../src/signins/signInFile';
import { servedTestBot } from '../helpers/fixture';
import { postActivity } from '../helpers/http';
import { identityOf } from '../helpers/identity';

describe('HTTP server', () => {
  const served = servedTestBot();

  const post = (body: string, type = 'application/json'): Promise<Response> =>
    fetch(`${served.base}/api/messages`, { method: 'POST', headers: { 'content-type': type }, body });

  function conversation(id: string, upn = 'hanna.hoek@contoso.com') {
    const from = identityOf(served.bot.app, upn);
    return async (text: string): Promise<string> => {
      const reply = await postActivity(served.base, {
        id: `${id}-${text.length}`,
        text,
        from,
        conversation: { id, isGroup: false, conversationType: 'personal', name: id },
        localTimezone: 'Europe/Amsterdam',
      });
      expect(reply.status, `POST "${text}"`).to.equal(200);
      return reply.texts.join('\n\n');
    };
  }

  it('reports health', async () => {
    const response = await fetch(`${served.base}/healthz`);
    expect(response.status).to.equal(200);
    const { eventLoopDelay, ...rest } = (await response.json()) as {
      eventLoopDelay: { maxMs: number; p99Ms: number };
    };
    expect(rest).to.deep.equal({ status: 'ok', mode: 'local', signIns: 5295 });
    expect(eventLoopDelay.maxMs).to.be.a('number').and.at.least(eventLoopDelay.p99Ms);
  });

  it('holds the whole megan conversation over POST /api/messages with expectReplies', async () => {
    const say = conversation('http-megan');
    expect(await say('hi')).to.include('I find out why a Microsoft Entra ID sign-in failed');
    expect(await say("why can't megan sign in?")).to.include('Which app was Megan Bowen signing in to?');
    expect(await say('outlook')).to.include('When did it happen?');
    const answer = await say('yesterday');
    expect(answer).to.include(
      'Found 2 failed sign-ins of megan.bowen@contoso.com to Office 365 Exchange Online yesterday',
    );
    expect(answer).to.include('2 × 53003');
    const details = await say('details');
    expect(details).to.include('**Error code:** 53003');
    expect(details).to.include('Block legacy authentication');
  });

  it('goes straight to the record from a pasted error screen, in any order', async () => {
    const file = await readSignInFile(path.join(served.bot.dir, 'signins.json'));
    const record = file.signIns.find(
      (signIn) =>
        signIn.userPrincipalName === 'diego.siciliani@contoso.com' && signIn.status.errorCode === 53000,
    )!;
    const say = conversation('http-screen');
    const screen = `Sign in\nSorry, but we're having trouble signing you in.\nAADSTS53000: Device is not in required device state.\nTroubleshooting details\nCorrelation Id: ${record.correlationId}\nTimestamp: ${record.createdDateTime}\nRequest Id: ${record.id}`;
    const answer = await say(screen);
    expect(answer).to.include('Found the sign-in by its Request ID.');
    expect(answer).to.include(`**Request ID:** ${record.id}`);
    expect(answer).to.include('does not meet the company');
    expect(await say(record.correlationId)).to.include('Found the sign-in by its Correlation ID.');
  });

  it('answers an unknown request ID with what to check, and still explains the code', async () => {
    const answer = await conversation('http-unknown')(
      'AADSTS50126 Request Id: 00000000-1111-2222-3333-444444444444',
    );
    expect(answer).to.include('I found no sign-in with 00000000-1111-2222-3333-444444444444');
    expect(answer).to.include('50126 InvalidUserNameOrPassword');
  });

  const BAD_BODIES: [name: string, body: string, type: string, status: number][] = [
    ['an empty object', '{}', 'application/json', 400],
    ['an array', '[]', 'application/json', 400],
    ['null', 'null', 'application/json', 400],
    ['invalid JSON', '{"type": "message",', 'application/json', 400],
    ['plain text', 'hello bot', 'text/plain', 400],
    [
      'an activity without a type',
      JSON.stringify({ text: 'hi', from: { id: 'a' }, conversation: { id: 'c' } }),
      'application/json',
      400,
    ],
    [
      'an activity without a conversation',
      JSON.stringify({ type: 'message', text: 'hi', from: { id: 'a' } }),
      'application/json',
      400,
    ],
    [
      'an activity without a sender',
      JSON.stringify({ type: 'message', text: 'hi', conversation: { id: 'c' } }),
      'application/json',
      400,
    ],
    [
      'a body over 256 KB',
      JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) }),
      'application/json',
      413,
    ],
  ];
  for (const [name, body, type, status] of BAD_BODIES) {
    it(`answers ${status} to ${name} and keeps serving`, async () => {
      const response = await post(body, type);
      expect(response.status).to.equal(status);
      expect(await response.text()).not.to.match(/at .*\.js:\d+/);
      expect((await fetch(`${served.base}/healthz`)).status).to.equal(200);
    });
  }

  it('answers 405 to GET /api/messages', async () => {
    expect((await fetch(`${served.base}/api/messages`)).status).to.equal(405);
  });

  it('welcomes a new member with what it can do', async () => {
    const reply = await postActivity(served.base, {
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user-1', name: 'User' }],
      from: { id: 'user-1', name: 'User' },
      conversation: { id: 'http-welcome', isGroup: false, conversationType: 'personal', name: 'welcome' },
    });
    expect(reply.texts[0]).to.include('what does AADSTS50053 mean?');
  });
});
