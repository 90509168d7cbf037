import { expect } from 'chai';
import { capturedLog } from '../helpers/capturedLog';
import { printedDuring } from '../helpers/console';
import { listen, startTestBot, TestBot } from '../helpers/fixture';
import { postActivity } from '../helpers/http';
import { FakeBotFrameworkKeys } from '../helpers/fakeBotFrameworkKeys';
import { identityOf } from '../helpers/identity';
import { activityJson } from '../helpers/hostile';

const TENANT = '9a8b7c6d-1111-4222-8333-444455556666';
const OTHER_TENANT = '00000000-aaaa-4bbb-8ccc-dddddddddddd';

describe('who may talk to the bot', () => {
  it('refuses activities from another Entra tenant when ALLOWED_TENANT_ID is set', async () => {
    const bot = await startTestBot({ ALLOWED_TENANT_ID: TENANT });
    const base = await listen(bot);
    const from = identityOf(bot.app, 'hanna.hoek@contoso.com');
    const ask = (tenant: string) =>
      postActivity(base, {
        text: 'what does 50126 mean?',
        from,
        conversation: { id: `tenant-${tenant}`, isGroup: false, conversationType: 'personal', name: 't' },
        channelData: { tenant: { id: tenant } },
      });
    try {
      const foreign = await ask(OTHER_TENANT);
      expect(foreign.status).to.equal(403);
      expect(foreign.texts).to.deep.equal([]);
      const own = await ask(TENANT);
      expect(own.status).to.equal(200);
      expect(own.texts.join()).to.include('InvalidUserNameOrPassword');
    } finally {
      await bot.close();
    }
  });

  it('logs a refused tenant as a short tag, never the personal data a sender put in it', async () => {
    const { lines, logger } = capturedLog();
    const bot = await startTestBot({ ALLOWED_TENANT_ID: TENANT }, {}, logger);
    const base = await listen(bot);
    const tenant = `jane.visser@contoso.com 84.241.196.7 ${'x'.repeat(20_000)}`;
    try {
      const refused = await postActivity(base, {
        text: 'hi',
        from: { id: 'a', name: 'A' },
        conversation: { id: 'tenant-pii', isGroup: false, conversationType: 'personal', name: 't' },
        channelData: { tenant: { id: tenant } },
      });
      expect(refused.status).to.equal(403);
      const log = lines.join('');
      expect(log).to.include('refused an activity from another tenant');
      expect(log).not.to.include('jane.visser');
      expect(log).not.to.include('84.241.196.7');
      expect(log.length).to.be.below(400);
    } finally {
      await bot.close();
    }
  });

  it('treats people listed in HELPDESK_STAFF as staff, by UPN or object ID', async () => {
    const question = "why can't megan sign in to outlook yesterday?";
    for (const [staff, allowed] of [
      ['', false],
      ['adele.vance@contoso.com', true],
    ] as const) {
      const bot = await startTestBot({ HELPDESK_STAFF: staff });
      const base = await listen(bot);
      try {
        const reply = await postActivity(base, {
          text: question,
          from: identityOf(bot.app, 'adele.vance@contoso.com'),
          conversation: { id: `staff-${staff}`, isGroup: false, conversationType: 'personal', name: 's' },
        });
        expect(reply.texts.join(), staff || 'no HELPDESK_STAFF').to.include(
          allowed ? 'Found 2 failed sign-ins of megan.bowen' : 'I can only show you your own sign-ins.',
        );
      } finally {
        await bot.close();
      }
    }
  });
});

describe('channel authentication', () => {
  const APP_ID = '2c1b0a99-8877-4665-9443-322110fedcba';
  const SERVICE_URL = 'http://127.0.0.1:9/unused';
  let bot: TestBot;
  let base: string;
  let keys: FakeBotFrameworkKeys;
  before(async () => {
    keys = await new FakeBotFrameworkKeys().start();
    bot = await startTestBot({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'MultiTenant',
      HOST: '127.0.0.1',
      ToBotFromChannelOpenIdMetadataUrl: keys.metadataUrl,
    });
    base = await listen(bot);
  });
  after(async () => {
    await bot.close();
    await keys.stop();
  });

  const post = (authorization?: string) =>
    fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: activityJson({
        id: undefined,
        from: { id: 'x', aadObjectId: '00000000-0000-4000-8000-000000000001' },
        conversation: { id: 'auth' },
      }),
    });

  const CASES: [name: string, authorization: () => string | undefined, status: number][] = [
    ['no token', () => undefined, 401],
    ['a token signed by another key', () => `Bearer ${keys.forged(APP_ID, SERVICE_URL)}`, 401],
    [
      'an unsigned token',
      () => `Bearer ${keys.token(APP_ID, SERVICE_URL).split('.').slice(0, 2).join('.')}.`,
      401,
    ],
    ['a token for another bot', () => `Bearer ${keys.token('another-bot', SERVICE_URL)}`, 401],
    ['a valid channel token', () => `Bearer ${keys.token(APP_ID, SERVICE_URL)}`, 200],
  ];
  for (const [name, authorization, status] of CASES) {
    it(`answers ${status} to a request with ${name}`, async () => {
      // botbuilder prints the public key it tried to console.error when a signature does not verify; nothing else.
      const { result: response, printed } = await printedDuring(() => post(authorization()));
      expect(printed.filter((line) => !line.startsWith('Error finding key for token.'))).to.deep.equal([]);
      expect(response.status).to.equal(status);
      const body = await response.text();
      if (status === 200) expect(body).to.include('InvalidUserNameOrPassword');
      else expect(body).to.not.include('InvalidUserNameOrPassword');
    });
  }
});
