import { expect } from 'chai';
import { Conversation } from '../helpers/conversation';
import { startTestBot, TestBot } from '../helpers/fixture';
import { identityOf } from '../helpers/identity';
import { readSignInFile } from '../../src/signins/signInFile';
import path from 'node:path';

/** A helpdesk agent whose Teams is set to Dutch: every reply, date and catalog meaning in Dutch. */
describe('a conversation in Dutch (locale nl-NL)', () => {
  let bot: TestBot;
  let chat: (as?: string) => Conversation;
  before(async () => {
    bot = await startTestBot();
    let conversations = 0;
    // Each its own conversation, so nothing one test leaves open or shown answers another's message.
    chat = (as = 'hanna.hoek@contoso.com') =>
      new Conversation(bot.app, identityOf(bot.app, as), {
        locale: 'nl-NL',
        conversation: {
          id: `nl-${++conversations}`,
          isGroup: false,
          conversationType: 'personal',
          name: 'nl',
        },
      });
  });
  after(() => bot.close());

  it('welcomes in Dutch', async () => {
    const reply = await chat().ask('hallo');
    expect(reply).to.include('Hallo! Ik zoek uit waarom een aanmelding bij Microsoft Entra ID mislukte');
    expect(reply).to.include('Je bent Hanna Hoek');
  });

  it('searches every app for a locked account instead of asking which app', async () => {
    const reply = await chat().ask('jane zit vast, account geblokkeerd sinds dinsdag');
    expect(reply).to.include('van jane.visser@contoso.com bij alle apps');
    expect(reply).to.not.include('Bij welke app');
  });

  it('says an sms code that never arrives is a delivery problem, and looks in every app without a warning', async () => {
    const conversation = chat();
    const asked = await conversation.ask('noor krijgt steeds een sms-code maar die komt nooit aan');
    expect(asked).to.include('Wanneer gebeurde het?');
    expect(asked).to.not.include('MFA-meldingen die niemand zelf startte');
    const reply = await conversation.ask('vorige week');
    expect(reply).to.include(
      '**Komt de sms met de code nooit aan?** Dan zit het probleem in de bezorging van de sms',
    );
    expect(reply).to.include('mislukte aanmeldingen van noor.elamrani@contoso.com bij alle apps');
  });

  for (const text of ['de sms-code komt niet meer aan', 'ze krijgt de melding niet meer'])
    it(`takes "${text}" as a problem, not as cancelling`, async () => {
      const reply = await chat().ask(text);
      expect(reply).to.not.include('Er is niets om te annuleren');
      expect(reply).to.match(/Van wie moet ik de aanmelding bekijken|FAILED_SMS_NOT_SENT/);
    });

  it('calls failures nearby in a week asked about "in dezelfde periode", not "dezelfde dag"', async () => {
    const reply = await chat().ask('waarom kon megan vorige week niet inloggen op sharepoint?');
    expect(reply).to.include(
      '- in dezelfde periode: 50126 bij Microsoft Teams op di 17 nov om 11:17; 500121 bij Outlook Mobile op wo 18 nov om 15:34',
    );
    expect(reply).to.not.include('dezelfde dag');
  });

  it('takes "op alle apps?" at the end of a question as every app, instead of asking which app', async () => {
    const reply = await chat().ask('waarom kon daan eergisteren niet inloggen op alle apps?');
    expect(reply).to.include('daan.devries@contoso.com bij alle apps op za 21 nov 2026');
    expect(reply).to.not.include('Bij welke app');
  });

  it('takes "ja hoor, …" at "zijn de stappen geprobeerd?" as yes and the rest as the note', async () => {
    const conversation = chat();
    await conversation.ask('waarom kon jane gisteren niet inloggen bij teams?');
    await conversation.ask('maak een ticket');
    const draft = await conversation.ask('ja hoor, ik heb het wachtwoord op haar telefoon al aangepast');
    expect(draft).to.include('**Stappen geprobeerd door de gebruiker:** ja');
    expect(draft).to.include('**Notitie:** ik heb het wachtwoord op haar telefoon al aangepast');
  });

  it('answers the whole question in Dutch, with Dutch dates and the meaning from the Dutch catalog', async () => {
    const conversation = chat();
    const summary = await conversation.ask('waarom kan megan gisteren niet inloggen op outlook?');
    for (const part of [
      'Gevonden: 2 mislukte aanmeldingen van megan.bowen@contoso.com bij Office 365 Exchange Online gisteren (zo 22 nov 2026)',
      '2 × 53003, tussen 08:42 en 10:17.',
      '**Waarom:** Een beleid voor voorwaardelijke toegang heeft de aanmelding geblokkeerd.',
      '**Volgende stap:**',
      'Typ **details**',
    ])
      expect(summary).to.include(part);
    const reply = await conversation.ask('details');
    for (const part of [
      '**Foutcode:** 53003',
      '**Aanvraag-id:**',
      '**Tijd:** zo 22 nov 10:17 (09:17 UTC)',
      'Een beleid voor voorwaardelijke toegang heeft de aanmelding geblokkeerd.',
      '**Wat de helpdesk of beheerder doet:**',
      'Ticket voor de tweede lijn',
    ])
      expect(reply).to.include(part);
    expect(`${summary}${reply}`).not.to.match(/What it means|Why:|Next step|Say \*\*details/);
    // Dutch helpdesks read their own time; the zone's ID stays out of the sentence.
    expect(`${summary}${reply}`).not.to.include('Europe/Amsterdam');
  });

  for (const word of ['meer details', 'gegevens', 'alle details'])
    it(`opens the whole record for "${word}" after a Dutch answer`, async () => {
      const conversation = chat();
      await conversation.ask('waarom kan megan gisteren niet inloggen op outlook?');
      expect(await conversation.ask(word)).to.include('**Foutcode:** 53003');
    });

  it('says "beide zijn geslaagd" for two successes and names what failed nearby in Dutch', async () => {
    const reply = await chat().ask('waarom kan lee vandaag niet inloggen op teams?');
    expect(reply).to.include('beide zijn geslaagd, de laatste op');
    expect(reply).to.include(
      '- de dichtstbijzijnde fout in de afgelopen 7 dagen: 50126 bij Microsoft Teams op vr 20 nov om 07:01',
    );
    expect(reply).to.not.match(/alle 2|all 2|Nearby/);
  });

  it('asks for what is missing in Dutch and reads 03-11-2026 as 3 November', async () => {
    const conversation = chat();
    expect(await conversation.ask('waarom lukt het aanmelden niet?')).to.include(
      'Van wie moet ik de aanmelding',
    );
    expect(await conversation.ask('megan')).to.include(
      'Bij welke app probeerde Megan Bowen zich aan te melden?',
    );
    expect(await conversation.ask('teams')).to.include('Wanneer gebeurde het?');
    expect(await conversation.ask('03-11-2026')).to.match(/op di 3 nov 2026/);
  });

  it('takes "de hele afgelopen maand" at "wanneer?" as the month up to now, not as a question about everyone', async () => {
    const conversation = chat();
    await conversation.ask('waarom kan megan niet inloggen op outlook');
    const reply = await conversation.ask('de hele afgelopen maand maar');
    expect(reply).to.include(
      'mislukte aanmeldingen van megan.bowen@contoso.com bij Office 365 Exchange Online tussen vr 23 okt 00:00 en ma 23 nov',
    );
    expect(reply).not.to.include('Meest voorkomende fouten');
  });

  it('says at "wanneer?" what a date answer looks like when asked for help', async () => {
    const conversation = chat();
    await conversation.ask('waarom kan megan niet inloggen op outlook');
    expect(await conversation.ask('help')).to.include(
      'Ik heb de dag nodig waarop het misging: vandaag, gisteren, een weekdag, **sinds vrijdag**',
    );
  });

  it('keeps the day said with the app ("outlook, gisteren") instead of asking wanneer', async () => {
    const conversation = chat();
    await conversation.ask('waarom kan ruben niet inloggen');
    const reply = await conversation.ask('outlook, gisteren');
    expect(reply).to.include('van ruben.smit@contoso.com bij Office 365 Exchange Online gisteren');
    expect(reply).not.to.include('Wanneer gebeurde het?');
  });

  it("gives a code without steps of its own its category's steps in Dutch", async () => {
    const reply = await chat().ask('wat betekent 530034');
    expect(reply).to.include('- Wacht even voordat je het opnieuw probeert');
    expect(reply).not.to.include('Wait a while');
  });

  it('takes "nee sorry, ik bedoelde adele" after an answer as the same question about Adele', async () => {
    const conversation = chat();
    await conversation.ask('waarom kan megan gisteren niet in teams');
    expect(await conversation.ask('nee sorry, ik bedoelde adele')).to.include(
      'van adele.vance@contoso.com bij Microsoft Teams gisteren',
    );
  });

  it('answers an end user\'s "heeft iemand anders geprobeerd in te loggen?" with their own week, every app', async () => {
    const reply = await chat('megan.bowen@contoso.com').ask(
      'heeft iemand anders geprobeerd op mijn account in te loggen?',
    );
    expect(reply).to.include('mislukte aanmeldingen van jou bij alle apps tussen di 17 nov 00:00');
    expect(reply).to.include('**Iemand anders?** Typ **details** voor waar elke poging vandaan kwam');
  });

  it('reads "mijn authenticator goedkeuren" as the MFA app, not as signing in to Microsoft Authentication Broker', async () => {
    const reply = await chat('nestor.wilke@contoso.com').ask(
      'ik moet steeds mijn authenticator goedkeuren en dan mislukt het alsnog, vrijdag ook al',
    );
    expect(reply).not.to.include('Microsoft Authentication Broker');
    expect(reply).to.include('Bij welke app probeerde je je aan te melden?');
  });

  it('reads "sinds het weekend" as Saturday up to now', async () => {
    expect(await chat().ask('waarom kan megan sinds het weekend niet inloggen op outlook')).to.include(
      'bij Office 365 Exchange Online tussen za 21 nov 00:00 en ma 23 nov',
    );
  });

  it('says in Dutch that the log keeps 30 days when the date is older', async () => {
    expect(await chat().ask('waarom kan megan op 1 oktober niet inloggen op teams?')).to.include(
      'Het aanmeldingslogboek bewaart alleen de laatste 30 dagen, dus do 1 okt 2026 kan ik niet zien. Kies een dag vanaf za 24 okt 2026.',
    );
  });

  it('explains an error code in Dutch', async () => {
    const reply = await chat().ask('wat betekent 50053?');
    expect(reply).to.include('AADSTS50053 IdsLocked');
    expect(reply).to.include('Het account is tijdelijk vergrendeld na te veel mislukte pogingen.');
    expect(reply).to.include('**Wat de gebruiker kan doen:**');
  });

  it('refuses an end user in Dutch, the same for anyone else', async () => {
    const adele = new Conversation(bot.app, identityOf(bot.app, 'adele.vance@contoso.com'), {
      locale: 'nl-BE',
    });
    const refusal = await adele.ask('waarom kan megan niet inloggen?');
    expect(refusal).to.equal(
      'Ik kan je alleen je eigen aanmeldingen laten zien. Wil je die van iemand anders bekijken, vraag het dan aan je helpdesk: die kan de aanmeldingen van iedereen zien.',
    );
  });

  it('talks to an end user about their own sign-ins as "je" and "jou", never by their own name', async () => {
    const adele = new Conversation(bot.app, identityOf(bot.app, 'adele.vance@contoso.com'), {
      locale: 'nl-NL',
    });
    const askApp = await adele.ask('ik kan niet inloggen');
    expect(askApp).to.include('Bij welke app probeerde je je aan te melden?');
    expect(await adele.ask('teams')).to.include('Wanneer gebeurde het? Typ vandaag');
    const answer = await adele.ask('gisteren');
    expect(answer).to.match(/van jou bij Microsoft Teams/);
    expect(`${askApp}${answer}`).to.not.match(/Adele|adele\.vance/);
  });

  it('reads "Jan" as a person, not January, and keeps "sinds gisteren"', async () => {
    const reply = await chat().ask('kun je kijken waarom Jan sinds gisteren niet kan inloggen in Teams?');
    expect(reply).to.include('Ik vind niemand die "Jan" heet.');
    expect(reply).to.not.match(/1 jan|januari/i);
  });

  it('writes the ticket text in Dutch: object-id, app-id, niet toegepast, one factor, the Dutch reason beside the log', async () => {
    const conversation = chat();
    await conversation.ask('waarom kon jane gisteren niet inloggen bij teams');
    const details = await conversation.ask('details');
    for (const part of [
      '(object-id ',
      '(app-id ',
      'Voorwaardelijke toegang: niet toegepast',
      'MFA: niet vereist (één factor)',
      'Foutreden: Het account is tijdelijk vergrendeld na te veel mislukte pogingen (in het logboek: „The account is locked',
      '**Voorwaardelijke toegang:** niet toegepast',
    ])
      expect(details).to.include(part);
    expect(details).to.not.match(/object ID|app ID|notApplied|singleFactorAuthentication|Meaning:/);
  });

  it('names a failed MFA step in Dutch (Ruben: "Gebruiker heeft de verificatie geweigerd")', async () => {
    const conversation = chat();
    await conversation.ask('waarom kon ruben gisteren niet inloggen?');
    await conversation.ask('alle apps');
    const details = await conversation.ask('details');
    expect(details).to.include('Melding in de mobiele app, Gebruiker heeft de verificatie geweigerd');
    expect(details).to.include('**De MFA-stap meldt "Gebruiker heeft de verificatie geweigerd":**');
    expect(details).to.not.include('User declined');
  });

  it('names the reader roles in Dutch when it refuses the audit trail', async () => {
    const adele = new Conversation(bot.app, identityOf(bot.app, 'adele.vance@contoso.com'), {
      locale: 'nl-NL',
    });
    expect(await adele.ask('wie heeft de aanmeldingen van jane bekeken?')).to.include(
      '(Globale beheerder, Beveiligingsbeheerder, Beveiligingslezer, Globale lezer of Rapportlezer)',
    );
  });

  it('gives the days of a lookup in the audit trail as "t/m"', async () => {
    const conversation = chat();
    await conversation.ask('waarom kon jane sinds vorige week dinsdag niet inloggen bij teams?');
    expect(await conversation.ask('wie heeft de aanmeldingen van jane bekeken?')).to.match(
      /Hanna Hoek bekeek \d+ aanmelding(en)?(, \d+ volledig)? \(Microsoft Teams, di 17 nov 2026 t\/m ma 23 nov 2026\)/,
    );
  });

  it('explains a code it has no entry for and names similar codes the Dutch way', async () => {
    expect(await chat().ask('wat betekent 99999999?')).to.include('heb ik nog geen uitleg');
    const near = await chat().ask('wat betekent 5012?');
    expect(near).to.include('Vergelijkbare codes: ');
    expect(near).to.include('Typ "wat betekent <code>" voor uitleg.');
    expect(near).to.not.include('Van wie');
  });

  it('narrows an answer to another day or app for the same person ("gisteren", "en in outlook?")', async () => {
    const conversation = chat();
    await conversation.ask('waarom kon jane sinds vorige week niet inloggen bij teams');
    expect(await conversation.ask('gisteren')).to.include(
      'Gevonden: 5 mislukte aanmeldingen van jane.visser@contoso.com bij Microsoft Teams gisteren (zo 22 nov 2026)',
    );
    expect(await conversation.ask('en in outlook?')).to.include(
      'Geen aanmeldingen van jane.visser@contoso.com bij Office 365 Exchange Online gisteren',
    );
  });

  it('takes the Dutch small talk and answers at the ticket question that the reviewer used', async () => {
    expect(await chat().ask('doei')).to.include('Graag gedaan');
    for (const [answer, tried] of [
      ['ja hoor', 'ja'],
      ['klopt', 'ja'],
      ['heeft ze gedaan', 'ja'],
      ['neen', 'nee'],
    ]) {
      const conversation = chat();
      await conversation.ask('waarom kon jane gisteren niet inloggen bij teams');
      await conversation.ask('maak een ticket');
      expect(await conversation.ask(answer), answer).to.include(
        `**Stappen geprobeerd door de gebruiker:** ${tried}`,
      );
      await conversation.ask('annuleer');
    }
  });

  it('speaks to an end user about their own problem: their steps, who fixes the rest, no colleagues in the welcome', async () => {
    const as = (upn: string): Conversation =>
      new Conversation(bot.app, identityOf(bot.app, upn), { locale: 'nl-NL' });
    const welcome = await as('adele.vance@contoso.com').ask('hallo');
    expect(welcome).to.include('waarom kan ik sinds gisteren niet inloggen op outlook?');
    expect(welcome).to.not.match(/megan|jane/i);
    const own = await as('adele.vance@contoso.com').ask(
      'waarom mislukte mijn aanmelding bij office home vandaag?',
    );
    expect(own).to.include('1 mislukte aanmelding van jou bij OfficeHome');
    expect(own).to.include('Meestal kun je dit zelf oplossen.');
    const ruben = as('ruben.smit@contoso.com');
    await ruben.ask('waarom kon ik gisteren niet inloggen?');
    const prompts = await ruben.ask('alle apps');
    expect(prompts).to.include('**Meldingen die je niet zelf startte?**');
    expect(prompts).to.include('keur nooit een melding goed die je niet zelf startte');
    // The helpdesk's actions (reset, revoke, block the address) are not the end user's.
    expect(prompts).to.not.match(/trek de sessies in|blokkeer het adres|controleer wie je spreekt/);
  });

  it('understands Dutch reports without "inloggen", ticket requests and a question about who looked', async () => {
    for (const [message, expected] of [
      ['Thomas heeft een probleem met Outlook', 'Wanneer gebeurde het?'],
      ['Sanne krijgt steeds een foutmelding in Teams', 'Wanneer gebeurde het?'],
      ['ik wil een ticket aanmaken', 'Over welke aanmelding moet het ticket gaan?'],
      ['kun je een ticket aanmaken?', 'Over welke aanmelding moet het ticket gaan?'],
      ['wie heeft mijn aanmeldingen bekeken?', 'de aanmeldingen van Hanna Hoek'],
    ]) {
      const conversation = chat();
      expect(await conversation.ask(message), message).to.include(expected);
      await conversation.ask('annuleer');
    }
  });

  it('puts the whole conversation summary in the ticket, not a sentence cut short', async () => {
    const conversation = chat();
    await conversation.ask('waarom kon jane gisteren niet inloggen bij teams');
    await conversation.ask('maak een ticket');
    const draft = await conversation.ask('ja');
    expect(draft).to.match(
      /\*\*Gesprek:\*\* Gevonden: 5 mislukte aanmeldingen van jane\.visser@contoso\.com bij Microsoft Teams gisteren \(zo 22 nov 2026\)\. Doorzocht: \d+ aanmeldingen van Jane Visser bij Microsoft Teams gisteren \(zo 22 nov 2026\); interactieve en niet-interactieve aanmeldingen\./,
    );
    await conversation.ask('annuleer');
  });

  it('says the log can lag by 2 hours once when there are no sign-ins, and answers "meer" with no list', async () => {
    const reply = await chat().ask('waarom kan nestor vandaag niet inloggen op outlook?');
    expect(reply).to.include('Geen aanmeldingen van nestor.wilke@contoso.com');
    expect(reply.match(/2 uur/g)).to.have.length(1);
    const meer = await chat().ask('meer');
    expect(meer).to.include('Er is nu geen lijst.');
    expect(meer).to.not.include('geen lijst meer');
  });

  it('keeps the person when the app is corrected at "wanneer?", and warns first about prompts nobody started', async () => {
    const conversation = chat();
    await conversation.ask('waarom kan miriam niet inloggen op outlook');
    expect(await conversation.ask('nee wacht, ik bedoel teams')).to.include('Wanneer gebeurde het?');
    expect(await conversation.ask('gisteren')).to.include(
      '1 mislukte aanmelding van miriam.graham@contoso.com bij Microsoft Teams gisteren',
    );
    expect(await chat().ask('ik krijg steeds meldingen in authenticator terwijl ik niks doe')).to.include(
      '**MFA-meldingen die je niet zelf startte?** Keur nooit een melding goed',
    );
  });

  it('neemt een eigen vraag bij "van wie?" niet als naam', async () => {
    const conversation = chat();
    await conversation.ask('waarom kan hij niet inloggen?');
    const reply = await conversation.ask('wat moet hij doen?');
    expect(reply).to.include('Dat lijkt een andere vraag, dus ik heb het niet als naam genomen.');
    expect(reply).to.not.include('Ik kan niemand vinden');
  });

  it('neemt "bedankt" bij "welke app?" niet als app, en gaat door met de vraag', async () => {
    const conversation = chat();
    await conversation.ask('waarom kan megan niet inloggen');
    const thanks = await conversation.ask('bedankt');
    expect(thanks).to.include('Graag gedaan. Om met deze vraag verder te gaan: Ik heb de app nodig');
    expect(thanks).to.not.include('Ik ken geen app');
    expect(await conversation.ask('outlook')).to.include('Wanneer');
  });

  it('neemt "nee", een notitie of "maak een ticket" bij "welke app?" niet als app, en zegt wat er nog ontbreekt', async () => {
    const conversation = chat();
    await conversation.ask('waarom kan megan niet inloggen');
    const no = await conversation.ask('nee');
    expect(no).to.include('Met ja of nee is deze vraag niet beantwoord. Ik heb de app nodig');
    expect(no).to.not.include('Ik ken geen app');
    for (const answer of ['notitie: ze heeft een nieuwe telefoon', 'maak een ticket']) {
      const reply = await conversation.ask(answer);
      expect(reply).to.include('Een ticket (en de notitie erbij) gaat over één mislukte aanmelding');
      expect(reply).to.not.include('Ik ken geen app');
    }
  });

  it('zegt van wie een aanmelding is die via de aanvraag-id is gevonden', async () => {
    const { signIns } = await readSignInFile(path.join(bot.dir, 'signins.json'));
    const megan = signIns.find(
      (signIn) => signIn.userPrincipalName === 'megan.bowen@contoso.com' && signIn.status.errorCode === 53003,
    )!;
    const conversation = chat();
    await conversation.ask(`Aanvraag-id: ${megan.id}`);
    expect(await conversation.ask('wie is dit?')).to.include(
      'Die aanmelding is van Megan Bowen (megan.bowen@contoso.com).',
    );
  });

  it('says it cannot change accounts when asked to reset a password', async () => {
    const reply = await chat().ask('kun je het wachtwoord van bram resetten?');
    expect(reply).to.include('Accounts wijzigen kan ik niet');
    expect(reply).to.not.include('Bij welke app');
  });
});
