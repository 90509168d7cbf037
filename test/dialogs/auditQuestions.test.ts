import { expect } from 'chai';
import { Conversation } from '../helpers/conversation';
import { startTestBot, TestBot } from '../helpers/fixture';
import { identityOf } from '../helpers/identity';

const HANNA = 'hanna.hoek@contoso.com';
const ADELE = 'adele.vance@contoso.com';

describe('who looked up whose sign-ins', () => {
  let bot: TestBot;
  const ask = (upn: string, text: string): Promise<string> =>
    new Conversation(bot.app, identityOf(bot.app, upn)).ask(text);

  before(async () => {
    bot = await startTestBot();
    await ask(HANNA, 'why did jane fail to sign in to teams yesterday?');
    await ask(ADELE, 'why did jane fail to sign in to teams yesterday?');
  });
  after(() => bot.close());

  it('shows a reader every lookup of that person, allowed and refused, newest first', async () => {
    const reply = await ask(HANNA, "who looked up jane's sign-ins?");
    expect(reply).to.include('Lookups of the sign-ins of Jane Visser, newest first:');
    const adele = reply.indexOf('Adele Vance was refused');
    const hanna = reply.indexOf('Hanna Hoek saw');
    expect(adele).to.be.above(-1);
    expect(hanna).to.be.above(adele);
  });

  it('does not show the lookups for another question about a person', async () => {
    const reply = await ask(HANNA, "who is jane's manager?");
    expect(reply).to.include("Sorry, I didn't understand that");
    expect(reply).not.to.include('Lookups of the sign-ins');
  });

  it('says how many records an answer drew on and how far back an undated lookup went', async () => {
    expect(await ask(HANNA, "who looked up jane's sign-ins?")).to.include(
      'Hanna Hoek saw 5 records, 1 in full (Microsoft Teams',
    );
    await ask(ADELE, "why can't megan sign in to teams?");
    expect(await ask(HANNA, 'who looked up megan?')).to.match(
      /Adele Vance was refused \(since \w{3} \d+ \w{3} 2026\)/,
    );
  });

  it('understands the question in Dutch', async () => {
    expect(await ask(HANNA, 'wie heeft de aanmeldingen van jane bekeken?')).to.include('Jane Visser');
  });

  it('refuses anyone without a reader role, whatever the person asked about', async () => {
    for (const text of ["who looked up jane's sign-ins?", "who looked up adele's sign-ins?"]) {
      expect(await ask(ADELE, text)).to.include('Only people in a reader role');
    }
  });

  it('asks whose lookups are meant when nobody is named, and says when there are none', async () => {
    expect(await ask(HANNA, 'who looked up the sign-ins?')).to.include('Whose sign-ins do you mean?');
    expect(await ask(HANNA, "who looked up lee's sign-ins?")).to.include(
      'Nobody has looked up the sign-ins of',
    );
  });

  it('says when a lookup found no answer because the sign-in log could not be read', async () => {
    const [hanna, lee] = [HANNA, 'lee.gu@contoso.com'].map((upn) => identityOf(bot.app, upn).aadObjectId!);
    bot.audit.entries.push({
      at: '2026-11-23T09:00:00.000Z',
      askedBy: hanna,
      target: lee,
      matched: 0,
      shown: 0,
      allowed: false,
      outcome: 'error',
    });
    expect(await ask(HANNA, "who looked up lee's sign-ins?")).to.include(
      'Hanna Hoek got no answer (the log could not be read)',
    );
  });
});
