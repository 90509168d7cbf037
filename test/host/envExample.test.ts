import { expect } from 'chai';
import dotenv from 'dotenv';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/host/config';
import { AGENT, Conversation } from '../helpers/conversation';
import { startTestBot } from '../helpers/fixture';

describe('.env.example copied to .env as it is', () => {
  it('starts the bot in local mode, and it answers', async () => {
    const example = dotenv.parse(await readFile(path.join(PROJECT_ROOT, '.env.example'), 'utf8'));
    // The files stay the test's own (a copy would name the project's data/ folder); every other setting is the example's.
    const settings = Object.fromEntries(Object.entries(example).filter(([name]) => !name.endsWith('_FILE')));
    expect(Object.keys(settings)).to.include.members(['MicrosoftAppType', 'TICKET_FORMAT', 'STATE_STORE']);
    const bot = await startTestBot(settings);
    try {
      expect(bot.config.localMode).to.equal(true);
      expect(await new Conversation(bot.app, AGENT).ask('what does 50126 mean?')).to.include('50126');
    } finally {
      await bot.close();
    }
  });
});
