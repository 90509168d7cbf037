import { expect } from 'chai';
import { servedTestBot } from '../helpers/fixture';
import { postActivity } from '../helpers/http';
import { identityOf } from '../helpers/identity';

/** Messages people (or scripts) send that are not questions, each with what the reply must contain. */
const CASES: [name: string, text: string, wanted: string][] = [
  ['an empty message', '', 'Type your question'],
  ['only whitespace', ' \t\n  ', 'Type your question'],
  ['50,000 characters', 'x'.repeat(50_000), "Sorry, I didn't understand that"],
  ['control characters', '\u0000\u0007\u001b[31mwhy\u0008\u007f', "Sorry, I didn't understand that"],
  ['control characters around a code', '\u0000 50126 \u001b', 'InvalidUserNameOrPassword'],
  ['only emoji', '🔥🔥🙈', "Sorry, I didn't understand that"],
  [
    'emoji around a question',
    "😩 why can't megan sign in to outlook yesterday? 😩",
    'megan.bowen@contoso.com',
  ],
  [
    'an @mention of someone else',
    "why can't <at>Jane Visser</at> sign in to teams yesterday?",
    'jane.visser@contoso.com',
  ],
  // Markup is no question: the bot answers with what it can do (the welcome, or "I didn't understand").
  ['a script tag', '<script>alert(1)</script>', 'why can'],
  ['a script tag with a name', "<script>alert('megan')</script> can't sign in", 'Megan Bowen'],
  [
    'a Markdown link to javascript:',
    '[click me](javascript:alert(1)) error 50126',
    'InvalidUserNameOrPassword',
  ],
  ['an HTML image with onerror', '<img src=x onerror=alert(1)>', 'why can'],
  ['a right-to-left override', '\u202eनमस्ते 50053', 'IdsLocked'],
];

/** Answers to "whose sign-in?" and "which app?": the bot quotes what it could not find. */
const PROMPT_ANSWERS: [name: string, first: string, answer: string][] = [
  ['a script tag as the person', "why can't someone sign in?", '<script>alert(1)</script>'],
  ['a javascript: link as the app', "why can't megan sign in?", '[outlook](javascript:alert(1))'],
  ['control characters as the person', "why can't someone sign in?", 'zo\u0000rro\u202e'],
];

const ECHOES = ['<script', 'javascript:', 'onerror', '<img', '\u0000', '\u001b', '\u202e'];

describe('hostile and odd messages over HTTP', () => {
  const served = servedTestBot();

  for (const [name, text, wanted] of CASES) {
    it(`answers ${name} sensibly, echoes nothing unsafe, and keeps serving`, async () => {
      const conversation = { id: `hostile-${name}`, isGroup: false, conversationType: 'personal', name: 'h' };
      const from = identityOf(served.bot.app, 'hanna.hoek@contoso.com');
      const reply = await postActivity(served.base, { text, from, conversation });
      expect(reply.status).to.equal(200);
      const said = reply.texts.join('\n');
      expect(said).to.include(wanted);
      for (const echo of ECHOES) expect(said, `echoes ${JSON.stringify(echo)}`).not.to.include(echo);
      const next = await postActivity(served.base, { text: 'what does 50126 mean?', from, conversation });
      expect(next.texts.join('\n')).to.include('InvalidUserNameOrPassword');
    });
  }

  for (const [name, first, answer] of PROMPT_ANSWERS) {
    it(`quotes ${name} back without markup`, async () => {
      const conversation = { id: `prompt-${name}`, isGroup: false, conversationType: 'personal', name: 'p' };
      const from = identityOf(served.bot.app, 'hanna.hoek@contoso.com');
      await postActivity(served.base, { text: first, from, conversation });
      const said = (await postActivity(served.base, { text: answer, from, conversation })).texts.join('\n');
      // "[outlook](javascript:…)" names Outlook: the bot may take it, as long as it echoes none of the rest.
      expect(said).to.match(/I can't find anyone called|I don't know an app called|When did it happen/);
      for (const echo of ECHOES) expect(said, `echoes ${JSON.stringify(echo)}`).not.to.include(echo);
    });
  }
});
