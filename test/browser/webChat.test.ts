import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/host/config';
import { readSignInFile } from '../../src/signins/signInFile';
import { textsFor } from '../../src/text/texts';
import { listen, sampleTenantDir, startAppIdTestBot, startTestBot, TestBot } from '../helpers/fixture';

/** Debian's Chromium (`apt-get install chromium`; `npm test` installs it when it can), or CHROMIUM_PATH. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the screenshots go: test artefacts, not committed. */
export const ARTEFACTS = path.join(PROJECT_ROOT, 'lib', 'test-artifacts');
const HANNA = 'hanna.hoek@contoso.com';
const ADELE = 'adele.vance@contoso.com';
const MEGAN = "why can't megan sign in to outlook yesterday?";
const FOUND = 'Found 2 failed sign-ins of megan.bowen@contoso.com';
/** The welcome card's title, as the bot says it on joining. */
const WELCOME = textsFor('en-US').card.welcomeTitle;

/**
 * The local chat page in a real browser: Bot Framework Web Chat from the package's own bundle, on the bot's local
 * Direct Line, driven by Playwright in Debian's Chromium, as a newcomer would use it after `npm start`.
 */
describe('the browser chat (Web Chat in Chromium)', function () {
  this.timeout(60_000);
  let bot: TestBot;
  let base: string;
  let browser: Browser;
  before(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(
        `[browser] no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`,
      );
    bot = await startTestBot();
    base = await listen(bot);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // This machine's network is closed: no background connections, no sandbox as root.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    await mkdir(ARTEFACTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await bot?.close();
  });

  /** A page with the chat started as `upn` in `language`, and what it did on the way. */
  async function chatAs(upn: string, language = 'en-US', options: { bypassCSP?: boolean } = {}) {
    const context: BrowserContext = await browser.newContext({
      timezoneId: 'Europe/Amsterdam',
      locale: language,
      viewport: { width: 1000, height: 900 },
      ...options,
    });
    const page = await context.newPage();
    const urls: string[] = [];
    const blocked: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    const response = await page.goto(`${base}/`);
    await page.locator('#person option').first().waitFor({ state: 'attached' });
    await page.selectOption('#language', language);
    await page.selectOption('#person', upn);
    await page.click('#start');
    return { page, context, urls, blocked, response: response! };
  }

  async function say(page: Page, text: string): Promise<void> {
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill(text);
    await box.press('Enter');
  }

  const shows = (page: Page, text: string) => page.getByText(text, { exact: false }).first().waitFor();

  it('welcomes, answers a question typed into the box, and takes a button press', async () => {
    const { page, context, urls, blocked, response } = await chatAs(HANNA);
    try {
      expect(response.headers()['content-security-policy']).to.include(
        "default-src 'none'; script-src 'self';",
      );
      await shows(page, WELCOME);
      await say(page, MEGAN);
      await shows(page, FOUND);
      // The times are in the browser's zone (the bot's own default is UTC).
      await shows(page, 'between 08:42 and 10:17 (Europe/Amsterdam)');
      // Web Chat's "sending" copy of the question is replaced by the echo, not shown beside it.
      expect(await page.getByText(MEGAN, { exact: true }).count()).to.equal(1);
      await page.screenshot({ path: path.join(ARTEFACTS, 'webchat-en.png') });
      await say(page, "why can't jane sign in?");
      await shows(page, 'Which app was Jane Visser signing in to?');
      await page.getByRole('button', { name: 'Microsoft Teams' }).last().click();
      await shows(page, 'When did it happen?');
      expect(blocked, 'nothing blocked by the Content-Security-Policy').to.deep.equal([]);
      // Who is chatting travels in the activities' bodies, never in an address.
      expect(urls.filter((url) => /@|%40|hanna|megan|jane/i.test(url))).to.deep.equal([]);
    } finally {
      await context.close();
    }
  });

  it('speaks Dutch when Nederlands is chosen', async () => {
    const { page, context } = await chatAs(HANNA, 'nl-NL');
    try {
      await shows(page, textsFor('nl-NL').card.welcomeTitle);
      await say(page, 'waarom kan megan gisteren niet inloggen op outlook?');
      await shows(page, '2 mislukte aanmeldingen');
      await page.screenshot({ path: path.join(ARTEFACTS, 'webchat-nl.png') });
    } finally {
      await context.close();
    }
  });

  it("refuses an end user someone else's sign-ins", async () => {
    const { page, context } = await chatAs(ADELE);
    try {
      await shows(page, WELCOME);
      await say(page, MEGAN);
      await shows(page, 'I can only show you your own sign-ins');
      expect(await page.getByText(FOUND).count()).to.equal(0);
    } finally {
      await context.close();
    }
  });

  it('finds the record of a pasted error screen', async () => {
    const { signIns } = await readSignInFile(path.join(await sampleTenantDir(), 'signins.json'));
    const record = signIns.find(
      (signIn) => signIn.userPrincipalName === 'megan.bowen@contoso.com' && signIn.status.errorCode === 53003,
    )!;
    const { page, context } = await chatAs(HANNA);
    try {
      await shows(page, WELCOME);
      await say(
        page,
        `Sorry, but we're having trouble signing you in. AADSTS53003: Access has been blocked by Conditional Access policies. Request Id: ${record.id} Correlation Id: ${record.correlationId} Timestamp: ${record.createdDateTime}`,
      );
      await shows(page, 'Found the sign-in by its Request ID');
    } finally {
      await context.close();
    }
  });

  it('has no serious accessibility problems (axe-core)', async () => {
    // axe is injected into the page, which the page's own policy rightly forbids: this context lets it in.
    const { page, context } = await chatAs(HANNA, 'en-US', { bypassCSP: true });
    try {
      await shows(page, WELCOME);
      await say(page, MEGAN);
      await shows(page, FOUND);
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } })
          .axe;
        const result = await axe.run();
        return result.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`);
      });
      expect(violations).to.deep.equal([]);
    } finally {
      await context.close();
    }
  });

  it('does not open with MicrosoftAppId set, and gives no Direct Line token there', async () => {
    const channel = await startAppIdTestBot();
    try {
      const at = await listen(channel);
      const page = await fetch(`${at}/`);
      expect(page.status).to.equal(503);
      expect(await page.text()).to.include('must first sign in with Microsoft Entra ID');
      const token = await fetch(`${at}/api/directline/token`, { method: 'POST' });
      expect(token.status).to.equal(503);
      expect((await fetch(`${at}/webchat/people`)).status).to.equal(404);
    } finally {
      await channel.close();
    }
  });
});

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: unknown[];
}
