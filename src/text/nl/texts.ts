import { AuditOutcome } from '../../access/auditLog';
import { Person, PromptKind, Texts } from '../en/texts';

/** The app of a search over every app, as the answers name it. */
const ALL_APPS = 'alle apps';

const ofWhom = (who: Person): string => (who.self ? 'jou' : who.name);
/** Entra's role names as Microsoft's Dutch docs give them. */
const ROLES: Record<string, string> = {
  'Global Administrator': 'Globale beheerder',
  'Security Administrator': 'Beveiligingsbeheerder',
  'Security Reader': 'Beveiligingslezer',
  'Global Reader': 'Globale lezer',
  'Reports Reader': 'Rapportlezer',
  'Helpdesk Administrator': 'Helpdeskbeheerder',
};
/** "om 07:05", and with its day "op vr 27 nov om 07:05". */
const at = (moment: string): string => {
  const dayAndTime = /^(.+) (\d{1,2}:\d{2})$/.exec(moment);
  return dayAndTime ? `op ${dayAndTime[1]} om ${dayAndTime[2]}` : `om ${moment}`;
};

/** Every sentence the bot says, in Dutch: the same shape as en.ts, checked by the compiler. */
const PROMPT_HELP: Record<PromptKind, string> = {
  user: 'Ik heb de persoon nodig bij wie het aanmelden mislukte: een voornaam, een volledige naam of een aanmeldadres zoals megan.bowen@contoso.com. Typ **ik** voor je eigen aanmeldingen.',
  app: 'Ik heb de app nodig waarbij de aanmelding mislukte: druk op een van de knoppen, typ de naam (Outlook, Teams, SharePoint) of typ **alle apps**.',
  date: 'Ik heb de dag nodig waarop het misging: vandaag, gisteren, een weekdag, **sinds vrijdag**, **vanochtend**, **vorige week** of een datum zoals 20-11-2026. Het logboek bewaart de laatste 30 dagen.',
  dateChoice:
    'Die datum kan op twee manieren gelezen worden: druk op de datum die je bedoelt, of typ het nummer.',
  ticketExisting:
    'Druk op een van de twee knoppen, of typ **toevoegen** voor het open ticket of **nieuw ticket** voor een nieuw.',
  ticketTried:
    'Antwoord met **ja** of **nee**: zijn de voorgestelde stappen al geprobeerd? Je mag erachter zetten wat er geprobeerd is (ja, ze heeft de app opnieuw gestart).',
  ticketNote:
    'Typ wat de ondersteuning moet weten, zoals wat er geprobeerd is, sinds wanneer en hoe dringend het is.',
  ticketDraft:
    'Typ **indienen** om het ticket zo te versturen, of typ eerst een regel om aan de notitie toe te voegen.',
};

export const nl: Texts = {
  language: 'nl',
  dateLocale: 'nl-NL',
  numericDates: 'dayFirst',
  welcome: [
    'Hallo! Ik zoek uit waarom een aanmelding bij Microsoft Entra ID mislukte en wat eraan te doen is.',
    'Vertel wie er problemen had, met welke app en wanneer, in willekeurige volgorde. Bijvoorbeeld:',
    '- waarom kan megan sinds gisteren niet inloggen op outlook?\n- waarom lukte het aanmelden van jane bij teams gisteren niet?\n- wat betekent AADSTS50053?\n- of plak het foutscherm met de aanvraag-id en correlatie-id',
    'Je kunt altijd **help**, **annuleer** of **opnieuw** typen.',
  ].join('\n\n'),
  welcomeSelf: [
    'Hallo! Ik zoek uit waarom je aanmelding bij Microsoft Entra ID mislukte en wat eraan te doen is.',
    'Vertel bij welke app en wanneer. Bijvoorbeeld:',
    '- waarom kan ik sinds gisteren niet inloggen op outlook?\n- waarom mislukte mijn aanmelding bij teams vanochtend?\n- wat betekent AADSTS50053?\n- of plak het foutscherm met de aanvraag-id en correlatie-id',
    'Je kunt altijd **help**, **annuleer** of **opnieuw** typen.',
  ].join('\n\n'),
  youAre: (name: string, upn: string, staff: boolean): string =>
    `Je bent ${name} (${upn}). ${staff ? 'Met jouw rol kun je de aanmeldingen van iedereen bekijken.' : 'Je kunt je eigen aanmeldingen bekijken ("waarom mislukte mijn aanmelding?").'}`,
  inGroup:
    'In deze chat leg ik foutcodes uit voor iedereen. Vragen over een persoon beantwoord ik in een privéchat met wie het vroeg, want aanmeldgegevens zijn persoonsgegevens.',
  answeredInPrivate:
    'Ik heb je geantwoord in een privéchat: aanmeldgegevens en tickets zijn persoonsgegevens en horen niet in deze groep.',
  privateChatFailed:
    'Voor die vraag is een privéchat nodig, omdat het antwoord persoonsgegevens bevat, en die kon ik niet met je openen. Stuur me een direct bericht en stel je vraag daar.',
  youAreUnknown:
    'Ik weet niet wie je bent in deze directory. Foutcodes kan ik uitleggen, aanmeldingen laat ik niet zien.',
  notUnderstood:
    'Sorry, dat begreep ik niet. Ik kan uitzoeken waarom iemands aanmelding mislukte ("waarom kan megan niet inloggen op teams?"), een foutcode uitleggen ("wat betekent 50126?") of een aanmelding vinden aan de hand van de aanvraag-id. Typ **help** voor meer.',
  notUnderstoodSelf:
    'Sorry, dat begreep ik niet. Ik kan uitzoeken waarom je aanmelding mislukte ("waarom kan ik niet inloggen op teams?"), een foutcode uitleggen ("wat betekent 50126?") of een aanmelding van jou vinden aan de hand van de aanvraag-id. Typ **help** voor meer.',
  welcomeThanks: 'Graag gedaan. Vraag het me gerust weer als een aanmelding mislukt.',
  noQuestionOpen:
    'Ik heb je nu niets gevraagd waar ja of nee op past. Vraag me naar een aanmelding, of typ **help**.',
  askIds:
    'Plak de aanvraag-id of correlatie-id uit het foutscherm (ze zien eruit als 0d7f4a9e-1c2b-4d5e-8f60-718293a4b5c6), of de hele fouttekst, dan zoek ik die aanmelding op.',
  askCode:
    'Welke foutcode? Typ hem zoals hij op het scherm staat, bijvoorbeeld 50126, AADSTS50053 of FAILED_PHONE_APP_DENIED, of plak de hele foutmelding.',
  unknownButton:
    'Ik weet niet waar die knop voor was; misschien hoort hij bij een eerder bericht. Typ je vraag, of typ **help**.',
  emptyMessage:
    'Ik lees alleen tekst. Typ je vraag, of plak de foutgegevens als tekst in plaats van een schermafbeelding.',
  blankMessage: 'Dat bericht was leeg. Typ je vraag, of typ **help** om te zien wat ik kan.',
  cancelled: 'Goed, ik ben gestopt. Stel gerust een nieuwe vraag.',
  restarting: 'We beginnen opnieuw.',
  nothingToCancel: 'Er is niets om te annuleren. Vraag me gerust naar een aanmelding.',
  // The question itself is not quoted back: inside Dutch quotes a question read badly (the reviewer saw nested quotes).
  stepHelp: (prompt: PromptKind | undefined): string =>
    `${prompt ? PROMPT_HELP[prompt] : 'Ik wacht nog op je antwoord op de vraag hierboven.'} Typ **annuleer** om te stoppen of **opnieuw** om opnieuw te beginnen. Een foutcode kan ik altijd uitleggen (typ bijvoorbeeld **wat betekent 50053**).`,
  notYesOrNo: (prompt: PromptKind): string =>
    `Met ja of nee is deze vraag niet beantwoord. ${PROMPT_HELP[prompt]}`,
  thanksAtPrompt: (prompt: PromptKind): string =>
    `Graag gedaan. Om met deze vraag verder te gaan: ${PROMPT_HELP[prompt]} Of typ **stop** om te stoppen.`,
  ticketBeforeSignIn: (prompt: PromptKind): string =>
    `Een ticket (en de notitie erbij) gaat over één mislukte aanmelding, en die heb ik nog niet gevonden. ${PROMPT_HELP[prompt]} Typ **maak een ticket** zodra ik de fout heb laten zien.`,
  gaveUp:
    'Ik kwam er nog steeds niet uit, dus ik stop hier. Typ **help** om te zien wat ik begrijp, of stel een nieuwe vraag.',

  askUser: 'Van wie moet ik de aanmelding bekijken? Geef een naam of een aanmeldadres (UPN).',
  askUserRetry:
    'Ik heb een persoon nodig: een voornaam, volledige naam of aanmeldadres zoals megan.bowen@contoso.com.',
  userNotFound: (name: string, suggestions: string[]): string =>
    suggestions.length > 0
      ? `Ik vind niemand die "${name}" heet. Bedoel je ${orList(suggestions)}?`
      : `Ik vind niemand die "${name}" heet in de directory. Controleer de spelling, of geef het aanmeldadres.`,
  userAmbiguous: (names: string[]): string => `Er passen meerdere personen: ${orList(names)}. Wie bedoel je?`,
  selfUnknown:
    'Ik weet niet wie je bent in deze directory, dus ik kan je eigen aanmeldingen niet opzoeken. Noem liever de persoon.',

  passwordHowTo:
    'Je wachtwoord wijzigen terwijl je het nog weet: Mijn account (https://myaccount.microsoft.com) > Wachtwoord. Vergeten of verlopen? Stel het zelf opnieuw in via https://aka.ms/sspr als je organisatie selfservice voor wachtwoordherstel aan heeft staan; anders doet de helpdesk het voor je, nadat die heeft gecontroleerd wie je bent. Mislukte een aanmelding door je wachtwoord, vraag me dan "waarom mislukte mijn aanmelding?".',
  mfaHowTo:
    'Instellen of wijzigen hoe je bewijst dat jij het bent (de Authenticator-app, een telefoonnummer, een beveiligingssleutel) doe je bij Mijn aanmeldingen: https://aka.ms/mysecurityinfo. Nieuwe telefoon? Voeg hem daar toe zolang je de oude nog hebt. Oude kwijt? De helpdesk kan je methodes opnieuw instellen nadat die heeft gecontroleerd wie je bent. Mislukte een aanmelding bij de MFA-stap, vraag me dan "waarom mislukte mijn aanmelding?".',
  intrusionStaff: (who: Person): string =>
    `**Iemand anders?** Typ **details** voor waar elke poging vandaan kwam (plaats, apparaat, adres) en loop ze na met ${who.self ? 'jezelf' : who.name}. Pogingen die ze niet herkennen betekenen dat iemand het wachtwoord misschien kent: stel het opnieuw in, trek de sessies in en controleer de MFA-methoden. Een geweigerd MFA-verzoek, veel verkeerde wachtwoorden vanaf één adres of een nieuw land zijn de gebruikelijke tekenen.`,
  intrusionSelf:
    '**Iemand anders?** Typ **details** voor waar elke poging vandaan kwam (plaats, apparaat, adres). Herken je er een niet, wijzig dan meteen je wachtwoord (https://aka.ms/sspr of Mijn account) en meld het bij de helpdesk; keur nooit een MFA-verzoek goed dat je niet zelf startte. Hier staan alleen mislukte pogingen: de helpdesk kan ook de geslaagde nakijken.',
  codeTrouble: {
    notArriving: (who: Person): string =>
      who.self
        ? '**Komt de sms met de code nooit aan?** Dan zit het probleem in de bezorging van de sms, niet in je wachtwoord of je account. Controleer of je telefoon andere sms-berichten wel krijgt en of het nummer bij Beveiligingsgegevens (https://aka.ms/mysecurityinfo) klopt; kies intussen **Op een andere manier aanmelden** en gebruik de Authenticator-app of een telefoongesprek.'
        : `**Komt de sms met de code nooit aan?** Dan zit het probleem in de bezorging van de sms, niet in het wachtwoord of het account van ${who.name}. Controleer het telefoonnummer bij de verificatiemethoden van de gebruiker (Microsoft Entra-beheercentrum > Gebruikers) en of die telefoon andere sms-berichten wel krijgt; intussen kan de gebruiker kiezen voor **Op een andere manier aanmelden** en de Authenticator-app of een telefoongesprek gebruiken.`,
    refused: (who: Person): string =>
      who.self
        ? '**Wordt je code niet geaccepteerd?** Typ de nieuwste code: een code uit de Authenticator-app verandert elke 30 seconden, en alleen de code uit de laatste sms werkt. Blijven de codes uit de app mislukken, zet dan datum en tijd van je telefoon op automatisch; lukt het nog steeds niet, kies dan **Op een andere manier aanmelden** of vraag de helpdesk je methoden te controleren.'
        : `**Wordt de code van ${who.name} niet geaccepteerd?** Dan was de getypte code meestal fout of te oud: een code uit de Authenticator-app verandert elke 30 seconden (en klopt niet als de klok van de telefoon afwijkt), en alleen de code uit de laatste sms werkt. Laat de gebruiker de nieuwste code typen met datum en tijd van de telefoon op automatisch; blijft het mislukken, bekijk dan de verificatiemethoden van de gebruiker of laat de app opnieuw registreren.`,
  },
  onePersonAtATime: (first: string, others: string[]): string =>
    `Ik bekijk één persoon tegelijk: eerst ${first}. Vraag daarna opnieuw naar ${others.join(' en ')}.`,
  selfNotInDirectory: (upn: string): string =>
    `Ik kan ${upn || 'je'} niet vinden in deze directory, dus er zijn geen aanmeldingen van je die ik kan opzoeken. Hoor je er wel in te staan, vraag het dan aan je helpdesk. Een foutcode kan ik wel uitleggen ("wat betekent 50053?").`,

  askApp: (who: Person): string =>
    who.self
      ? 'Bij welke app probeerde je je aan te melden?'
      : `Bij welke app probeerde ${who.name} zich aan te melden?`,
  askAppRetry: 'Noem de app, bijvoorbeeld Teams, Outlook of SharePoint, of typ "alle apps".',
  appRecentlyUsed: (apps: string[]): string => `Apps gebruikt in de afgelopen 30 dagen: ${apps.join(', ')}.`,
  appNotFound: (name: string, suggestions: string[]): string =>
    suggestions.length > 0
      ? `Ik ken geen app die "${name}" heet. Bedoel je ${orList(suggestions)}?`
      : `Ik ken geen app die "${name}" heet.`,
  appNotUsed: (who: Person, app: string, used: string[]): string =>
    `${who.self ? 'Je hebt je' : `${who.name} heeft zich`} de afgelopen 30 dagen niet bij ${app} aangemeld.` +
    (used.length > 0
      ? ` Apps die ${who.self ? 'je' : 'deze persoon'} wel gebruikte: ${used.join(', ')}.`
      : ''),
  anyApp: 'Alle apps',
  noSignInsAtAll: (who: Person): string =>
    `${who.self ? 'Je hebt' : `${who.name} heeft`} de afgelopen 30 dagen helemaal geen aanmeldingen in dit logboek. Het kan tot 2 uur duren voordat een aanmelding verschijnt; ${who.self ? 'heb je je' : 'heeft deze persoon zich'} net aangemeld, probeer het dan later nog eens.`,

  askDate:
    'Wanneer gebeurde het? Typ vandaag, gisteren, een weekdag, "vorige week" of een datum zoals 20-11-2026.',
  dateSuggestions: ['Vandaag', 'Gisteren', 'Afgelopen 7 dagen'],
  askDateRetry:
    'Ik heb een dag of periode nodig: vandaag, gisteren, maandag, "afgelopen 3 dagen" of een datum zoals 20-11-2026.',
  userNotAnswered:
    'Dat lijkt een andere vraag, dus ik heb het niet als naam genomen. Van wie moet ik de aanmelding bekijken? Geef een naam of een aanmeldadres, of typ **ik**.',
  appNotAnswered:
    'Dat lijkt een andere vraag, dus die heb ik niet als app genomen. Bij welke app was de aanmelding? Kies er hierboven een of noem hem.',
  dateNotAnswered:
    'Dat lijkt een andere vraag, dus de dag daarin heb ik niet als antwoord genomen. Wanneer mislukte de aanmelding? Typ vandaag, gisteren, een weekdag of een datum.',
  dateImpossible: (written: string): string =>
    `De datum ${written} bestaat niet. Welke dag bedoel je? Typ vandaag, gisteren, een weekdag of een datum zoals 20-11-2026.`,
  dateInFuture:
    'Dat ligt in de toekomst; aanmeldingen worden pas vastgelegd als ze gebeuren. Welke dag in het verleden bedoel je?',
  dateBeforeRetention: (days: number, date: string, oldest: string): string =>
    `Het aanmeldingslogboek bewaart alleen de laatste ${days} dagen, dus ${date} kan ik niet zien. Kies een dag vanaf ${oldest}.`,
  dateBeforeFile: (date: string, oldest: string): string =>
    `De aanmeldingen in dit logboek beginnen op ${oldest}, dus ${date} kan ik niet zien. Kies een dag vanaf dan.`,
  askDateChoice: (options: string[]): string => `Welke dag bedoel je: ${orList(options)}?`,
  askDateChoiceRetry: (options: string[]): string =>
    `Kies er een: ${options.map((o, i) => `${i + 1}. ${o}`).join('  ')}`,

  searchedAll: ALL_APPS,
  searched: (count: number, who: Person, app: string, period: string, nonInteractive: boolean): string =>
    `Doorzocht: ${count === 0 ? 'geen' : count} aanmelding${count === 1 ? '' : 'en'} van ${ofWhom(who)} bij ${app} ${period}; ${nonInteractive ? 'interactieve en niet-interactieve aanmeldingen' : 'alleen interactieve aanmeldingen'}.`,
  otherFailures: (rows: string[], rest: number): string =>
    `Eerdere mislukte aanmeldingen (antwoord met het nummer om er een te zien):\n${rows.join('\n')}` +
    (rest > 0 ? `\n\n…en nog ${rest}: typ **meer**.` : ''),
  noMoreFailures: 'Dat was de laatste: er zijn geen mislukte aanmeldingen meer in deze zoekopdracht.',
  listExpired: 'Ik heb geen lijst meer om uit te kiezen. Vraag opnieuw naar de aanmelding.',
  noList:
    'Er is nu geen lijst. **meer** toont de andere mislukte aanmeldingen na een antwoord dat er meerdere vond: vraag me eerst naar een mislukte aanmelding.',
  pickOutOfRange: (max: number): string =>
    max === 1
      ? 'Er is maar één fout; typ **details** om die te zien.'
      : `Kies een nummer van 1 tot en met ${max}.`,
  onlySuccesses: (
    count: number,
    who: Person,
    app: string,
    period: string,
    last: string,
    interrupted = 0,
  ): string =>
    interrupted > 0
      ? `Geen mislukte aanmeldingen van ${ofWhom(who)} bij ${app} ${period}: ${count} geslaagd, de laatste op ${last}, en ${interrupted} onderbroken (een normale pauze zoals een MFA-vraag, geen fout).`
      : `Geen mislukte aanmeldingen van ${ofWhom(who)} bij ${app} ${period}: ${count === 1 ? 'de enige aanmelding is geslaagd, op' : count === 2 ? 'beide zijn geslaagd, de laatste op' : `alle ${count} zijn geslaagd, de laatste op`} ${last}.`,
  probablyElsewhere:
    'Het aanmelden zelf werkt, dus het probleem zit waarschijnlijk ergens anders: in de app, het netwerk, het apparaat of een recht binnen de app.',
  onlyInterrupts: (count: number, who: Person, app: string, period: string): string =>
    `Geen echte fouten van ${ofWhom(who)} bij ${app} ${period}, wel ${count} onderbroken aanmelding${count === 1 ? '' : 'en'}. Een onderbreking is een normale pauze tijdens het aanmelden (een MFA-vraag, "aangemeld blijven?", een accountkiezer), geen fout. Volgt er geen geslaagde aanmelding, dan ${who.self ? 'heb je' : 'heeft de persoon'} die stap waarschijnlijk niet afgemaakt:`,
  noRecords: (who: Person, app: string, period: string): string =>
    `Geen aanmeldingen van ${ofWhom(who)} ${app === ALL_APPS ? 'bij welke app dan ook' : `bij ${app}`} ${period}. Controleer ${who.self ? 'app en datum' : 'naam, app en datum'}. Het kan tot 2 uur duren voordat aanmeldingen verschijnen, en dit logboek bewaart 30 dagen.`,
  story: {
    heading: (count: number, who: Person, app: string, period: string): string =>
      `Gevonden: ${count} mislukte aanmelding${count === 1 ? '' : 'en'} van ${ofWhom(who)} bij ${app} ${period}`,
    failed: (runs: string[], span: string, _zone: string): string => `${runs.join(', daarna ')}${span}.`,
    run: (count: number, code: number, app?: string): string =>
      `${count === 1 ? '' : `${count} × `}${code}${app ? ` bij ${app}` : ''}`,
    span: (first: string, last: string): string =>
      first === last ? ` ${at(first)}` : `, tussen ${first} en ${last}`,
    inZone: (text: string, _zone: string): string => text,
    background: (runs: string[], span: string): string =>
      `Op de achtergrond (een app die zichzelf aanmeldt, zonder iemand achter het scherm): ${runs.join(', daarna ')}${span}.`,
    interrupts: (count: number, runs: string[]): string =>
      `Verder ${count === 1 ? '1 onderbreking' : `${count} onderbrekingen`} (${runs.join(', ')}): een normale stap bij het aanmelden, geen fout.`,
    why: (title: string, policies: string[]): string =>
      `**Waarom:** ${title}${policies.length > 0 ? ` Beleid: ${policies.map((policy) => `"${policy}"`).join(', ')}.` : ''}`,
    next: (step: string, fixer: string): string => `**Volgende stap:** ${step} ${fixer}`,
    recovered: (time: string): string =>
      `Na de laatste fout lukte het aanmelden ${at(time)} weer; mogelijk is het vanzelf opgelost.`,
    declinedStaff:
      '**Vraag of het van hen kwam:** hebben ze deze aanmelding niet zelf gestart, dan kent iemand anders hun wachtwoord: stel het opnieuw in en trek hun sessies in.',
    declinedSelf:
      '**Was jij het?** Heb je deze aanmelding niet zelf gestart, meld het dan meteen bij de helpdesk: iemand anders kent misschien je wachtwoord.',
    hint: (others: number): string =>
      `Typ **details** voor alle gegevens van de aanmelding, alle stappen en de tickettekst${others > 0 ? `, of **meer** voor de andere ${others === 1 ? 'fout' : `${others} fouten`}` : ''}.`,
    detailsButton: 'Gegevens',
    stepsButton: 'Alle stappen',
    ticketButton: 'Tickettekst',
    othersButton: (others: number): string => `Andere fouten (${others})`,
  },
  overview: {
    noneOfCode: (code: number, period: string): string => `Geen fouten ${code} ${period}.`,
    app: (name: string, failures: number): string => `${name} (${failures})`,
    ofCode: (
      app: string | undefined,
      code: number,
      period: string,
      failures: number,
      people: number,
      first: string,
      last: string,
      apps: string[],
      title: string,
    ): string =>
      `**${code}${app ? ` bij ${app}` : ''} ${period}:** ${failures} keer, bij ${people} ${people === 1 ? 'persoon' : 'personen'}, ${first === last ? at(first) : `tussen ${first} en ${last}`}. Vooral bij ${apps.join(', ')}.${title ? ` ${title}` : ''}`,
    noFailures: (period: string): string => `Geen mislukte aanmeldingen ${period}.`,
    topRow: (rank: number, code: number, failures: number, people: number, title: string): string =>
      `${rank}. ${code}: ${failures} keer, bij ${people} ${people === 1 ? 'persoon' : 'personen'}${title ? ` (${title})` : ''}`,
    top: (
      app: string | undefined,
      period: string,
      failures: number,
      people: number,
      rows: string[],
    ): string =>
      `**Meest voorkomende fouten${app ? ` bij ${app}` : ''} ${period}:** ${failures} mislukte aanmelding${failures === 1 ? '' : 'en'} van ${people} ${people === 1 ? 'persoon' : 'personen'} in totaal.\n\n${rows.join('\n')}`,
    noSignInsLastHour: (app: string, usual: string): string =>
      `**${app}, het afgelopen uur:** helemaal geen aanmeldingen, dus niets om iets uit af te leiden (hetzelfde uur op de 7 dagen ervoor: ${usual} mislukt). Aanmeldingen kunnen tot 2 uur later in het logboek staan.`,
    outageFigures: (app: string, failed: number, total: number, rate: string, usual: string): string =>
      `**${app}, het afgelopen uur:** ${failed} van ${total} aanmelding${total === 1 ? '' : 'en'} mislukt (${rate}); hetzelfde uur op de 7 dagen ervoor: ${usual}.`,
    verdict: {
      outage: (): string =>
        'Dat is veel meer dan normaal: het lijkt op een storing of een wijziging (een beleid, de app), niet op één persoon. Kijk op de pagina Servicestatus van Microsoft 365 en naar recente wijzigingen in voorwaardelijke toegang.',
      higher: (): string => 'Dat is meer dan normaal: houd het in de gaten.',
      normal: (): string => 'Dat is normaal: het aanmeldingslogboek wijst niet op een storing.',
      tooFew: (total: number): string =>
        `Maar ${total} aanmelding${total === 1 ? '' : 'en'} in het afgelopen uur: te weinig om iets te zeggen.`,
    },
    noneFromAddress: (ip: string, period: string): string => `Geen aanmeldingen vanaf ${ip} ${period}.`,
    fromAddress: (
      ip: string,
      period: string,
      total: number,
      failed: number,
      people: string[],
      morePeople: number,
      codes: string[],
      first: string,
      last: string,
    ): string =>
      `**Aanmeldingen vanaf ${ip} ${period}:** ${total}, waarvan ${failed} mislukt, ${first === last ? at(first) : `tussen ${first} en ${last}`}. Door ${people.join(', ')}${morePeople > 0 ? ` en nog ${morePeople}` : ''}.${codes.length > 0 ? ` Codes: ${codes.join(', ')}.` : ''}`,
  },
  patterns: {
    self: {
      lockoutChain: (count: number, device: string, otherApp?: string): string =>
        `**Vergrendeld door een oud wachtwoord${otherApp ? ` (in ${otherApp}; een vergrendeling geldt voor elke app)` : ''}:** ${count} keer een verkeerd wachtwoord en dan de vergrendeling, vooral vanaf ${device}. Een telefoon, mail-app of bewaard wachtwoord daar gebruikt nog een oud wachtwoord: werk het daar bij, anders komt de vergrendeling terug.`,
      mfaFatigue: (count: number, span: string): string =>
        `**Meldingen die je niet zelf startte?** ${count} MFA-verzoeken geweigerd of niet beantwoord${span}. Startte je ze niet zelf, dan heeft iemand anders je wachtwoord: keur nooit een melding goed die je niet zelf startte en meld het meteen bij de helpdesk.`,
      newCountry: (place: string): string =>
        `**Een aanmelding vanuit ${place}**, waar je je de 7 dagen ervoor niet aanmeldde. Was jij dat niet, meld het dan meteen bij de helpdesk: iemand heeft mogelijk je wachtwoord.`,
    },
    source: (device: string, ip: string, client: string): string => `${device} op ${ip} (${client})`,
    lockoutChain: (count: number, source: string, otherApp?: string): string =>
      `**Verloop van de vergrendeling${otherApp ? ` in ${otherApp}` : ''}:**${otherApp ? ' de vergrendeling geldt voor elke app.' : ''} ${count} keer een verkeerd wachtwoord en dan de vergrendeling, vooral vanaf ${source}. Daar stuurt iets steeds een oud wachtwoord (een bewaard wachtwoord, een mail-app, een netwerkschijf): pas het daar aan, anders komt de vergrendeling terug.`,
    mfaFatigue: (source: string, count: number, span: string): string =>
      `**MFA-moeheid?** ${count} MFA-verzoeken geweigerd of niet beantwoord${span}, vooral vanaf ${source}. Heeft de persoon ze niet zelf gestart, dan heeft iemand anders het wachtwoord: controleer wie je spreekt, stel dan het wachtwoord opnieuw in, trek de sessies in en blokkeer het adres. Vraag de gebruiker nooit om het volgende verzoek goed te keuren.`,
    passwordSpray: (people: number, ip: string): string =>
      `**Wachtwoordspray-aanval?** ${people} personen gaven in deze periode een verkeerd wachtwoord op vanaf ${ip}. Blokkeer het adres; stel voor deze persoon en de anderen, na controle van wie je spreekt, het wachtwoord opnieuw in en trek de sessies in.`,
    legacyAuth: (client: string): string =>
      `**Verouderde verificatie:** ${client} kan geen MFA, en een beleid voor voorwaardelijke toegang blokkeert het. Zet de persoon over op een moderne app (Outlook) in plaats van een uitzondering te maken.`,
    newCountry: (place: string): string =>
      `**Nieuw land:** een aanmelding vanuit ${place}, waar deze persoon zich de 7 dagen ervoor niet aanmeldde. Vraag of het de persoon zelf was; zo niet, dan heeft iemand het wachtwoord: stel het opnieuw in en trek de sessies in.`,
    disabledStillTried: (count: number, source: string): string =>
      `**Een uitgeschakeld account nog geprobeerd:** ${count} keer, vooral vanaf ${source}. Zoek wat het nog gebruikt (een telefoon, een service, een script) en haal het account daar weg.`,
    otherAppFails: (works: string, fails: string): string =>
      `**Lukt in ${works}, mislukt in ${fails}:** wachtwoord en MFA zijn in orde, dus kijk naar wat bij ${fails} hoort (een beleid voor voorwaardelijke toegang, een toewijzing, toestemming).`,
  },
  nearby: {
    hint: (count: number): string =>
      `Typ **details** voor ${count === 1 ? 'die fout' : 'de laatste van deze fouten'}${count > 1 ? ', of **meer** om ze te zien' : ''}.`,
    nearestHint: (others: number): string =>
      `Typ **details** voor die fout${others > 0 ? `, of **meer** voor de ${others === 1 ? 'andere fout' : `${others} andere fouten`} van die 7 dagen` : ''}.`,
    intro: 'Wel in de buurt:',
    sameDay: (runs: string[]): string => `- dezelfde dag: ${runs.join('; ')}`,
    samePeriod: (runs: string[]): string => `- in dezelfde periode: ${runs.join('; ')}`,
    daysAround: (runs: string[]): string => `- de dag ervoor of erna: ${runs.join('; ')}`,
    daysAroundPeriod: (runs: string[]): string => `- de dag voor of na die periode: ${runs.join('; ')}`,
    nearest: (run: string): string => `- de dichtstbijzijnde fout in de afgelopen 7 dagen: ${run}`,
    run: (count: number, code: number, app: string, span: string): string =>
      `${count === 1 ? '' : `${count} × `}${code} bij ${app}${span}`,
    logDelay:
      'Het kan tot 2 uur duren voordat aanmeldingen in het logboek staan, dus de laatste staan er misschien nog niet in.',
  },
  whoseSignIn: (who: Person, upn: string): string =>
    who.self ? `Die aanmelding is van jou (${upn}).` : `Die aanmelding is van ${who.name} (${upn}).`,
  whoseSignInGone: 'Die aanmelding kan ik niet meer vinden. Plak de aanvraag-id opnieuw.',
  noDetails: 'Er is nog geen antwoord waarvan ik de details kan laten zien. Vraag eerst naar een aanmelding.',

  period: {
    today: (day: string): string => `vandaag (${day})`,
    yesterday: (day: string): string => `gisteren (${day})`,
    on: (day: string): string => `op ${day}`,
    // Dutch helpdesks read times in their own zone without its ID in the sentence (the reviewer's style).
    between: (from: string, to: string, _zone: string): string => `tussen ${from} en ${to}`,
  },
  dayRange: (from: string, to: string): string => `${from} t/m ${to}`,
  localTime: (local: string, _zone: string, _utc: string, utcClock: string): string =>
    `${local} (${utcClock} UTC)`,
  notAllowed:
    'Ik kan je alleen je eigen aanmeldingen laten zien. Wil je die van iemand anders bekijken, vraag het dan aan je helpdesk: die kan de aanmeldingen van iedereen zien.',
  tickets: {
    which:
      'Over welke aanmelding moet het ticket gaan? Vraag me eerst naar de mislukte aanmelding, of plak de aanvraag-id.',
    notAFailure: 'Die aanmelding is gelukt, dus er valt niets in een ticket te zetten.',
    noFailureToFile:
      'Er is dus nog geen mislukte aanmelding om in een ticket te zetten. Vraag het opnieuw met een andere dag of app, of plak de aanvraag-id, en vraag daarna om het ticket.',
    existing: (id: string, state: string): string =>
      `Er is al een open ticket voor deze persoon en foutcode: ${id} (${state}). Iets toevoegen aan dat ticket, of een nieuw ticket aanmaken?`,
    addTo: (id: string): string => `Toevoegen aan ${id}`,
    fileNew: 'Nieuw ticket aanmaken',
    nearbyFirst:
      'Dat antwoord vond geen mislukte aanmelding van wat je vroeg, alleen een paar in de buurt. Typ **details** om die eerst te openen, of vraag naar de mislukte aanmelding die je bedoelt; vraag daarna om een ticket.',
    existingWhich: (id: string): string =>
      `Welke van de twee: toevoegen aan ${id}, of een nieuw ticket aanmaken?`,
    askNote: (id: string): string => `Wat moet ik aan ${id} toevoegen?`,
    noteAdded: (id: string): string => `Je notitie is toegevoegd aan ${id}.`,
    askTried: (who: Person): string =>
      who.self
        ? 'Heb je de voorgestelde stappen al geprobeerd?'
        : `Heeft ${who.name} de voorgestelde stappen al geprobeerd?`,
    yes: 'Ja',
    no: 'Nee',
    notSaid: 'Niet gezegd',
    yesWords: [
      'ja',
      'j',
      'geprobeerd',
      'al geprobeerd',
      'gedaan',
      'al gedaan',
      'heeft ze gedaan',
      'heeft hij gedaan',
      'heb ik gedaan',
      'yes',
      'y',
    ],
    noWords: ['nee', 'neen', 'n', 'nog niet', 'niet gedaan', 'nog niet geprobeerd', 'no'],
    triedWords: ['geprobeerd', 'probeerde', 'probeerden'],
    notTriedWords: ['niet', 'niets', 'nooit'],
    askTriedRetry: 'Antwoord met ja of nee.',
    notHelpedWords: [
      'hielp niet',
      'helpt niet',
      'hielpen niet',
      'helpen niet',
      'heeft niet geholpen',
      'hebben niet geholpen',
      'geen verschil',
      'geen effect',
      'geen succes',
      'nog steeds fout na',
      'mislukt nog steeds na',
      'werkt nog steeds niet na',
      'lukt nog steeds niet na',
      'zelfde fout na',
    ],
    noteKeptAskTried: (who: Person): string =>
      who.self
        ? 'Dat zet ik in de notitie. Heb je de voorgestelde stappen al geprobeerd: ja of nee?'
        : `Dat zet ik in de notitie. Heeft ${who.name} de voorgestelde stappen al geprobeerd: ja of nee?`,
    draftHeading: 'Concept van het ticket',
    draftPrompt:
      'Dit is het ticket dat ik zou aanmaken. Typ een notitie om toe te voegen, druk op **Ticket indienen** (of typ **indienen**), of typ **annuleer**.',
    fileWords: [
      'indienen',
      'dien maar in',
      'dien het in',
      'dien in',
      'ja indienen',
      'ok indienen',
      'bevestig',
      'versturen',
      'verstuur',
      'verstuur maar',
      'ok',
      'file it',
      'confirm',
    ],
    newWords: [
      'nieuw ticket',
      'een nieuw ticket',
      'nieuw ticket aanmaken',
      'maak een nieuw ticket',
      'een nieuwe',
      'nieuwe',
      'nieuw',
    ],
    addWords: [
      'voeg het toe',
      'voeg dit toe',
      'toevoegen',
      'iets toevoegen',
      'toevoegen aan dat ticket',
      'iets toevoegen aan dat ticket',
      'voeg toe aan dat ticket',
      'toevoegen aan het ticket',
      'aan dat ticket toevoegen',
    ],
    notANote: (id: string): string =>
      `Dat lijkt een opdracht, geen notitie, dus ik heb niets aan ${id} toegevoegd. Typ wat de ondersteuning moet lezen, of typ **annuleer**.`,
    notANoteInDraft: 'Dat lijkt een opdracht, geen notitie, dus die heb ik niet in het ticket gezet.',
    noteItself:
      'Typ de notitie zelf (bijvoorbeeld "ze heeft een nieuwe telefoon"), dan zet ik die in het concept.',
    screenNotNote:
      'Dat is het foutscherm van een andere aanmelding, dus dat heb ik niet in dit ticket gezet. Typ **indienen** om het ticket in te dienen of **annuleer** om het te laten vallen, en plak het scherm daarna opnieuw.',
    questionNotNote:
      'Dat lijkt een vraag, dus die heb ik niet in het ticket gezet. Typ **indienen** om het ticket in te dienen of **annuleer** om het te laten vallen, en stel je vraag daarna opnieuw.',
    questionNotAdded: (id: string): string =>
      `Dat lijkt een vraag, dus ik heb niets aan ${id} toegevoegd. Stel je vraag opnieuw, of typ **voeg toe aan ${id}** om toch een notitie toe te voegen.`,
    questionNotTried:
      'Dat lijkt een vraag, dus die heb ik niet in het ticket gezet: stel hem opnieuw als het ticket klaar is (of typ **annuleer** om het te laten vallen).',
    noteTaken: 'Dat staat nu in de notitie.',
    priorityByRule:
      'De prioriteit kan ik niet met de hand instellen: die volgt uit wie de fout oplost, een geweigerd MFA-verzoek en hoeveel mensen tegelijk vastlopen. Wat je schreef staat in de notitie, zodat de ondersteuning haar kan verhogen.',
    filed: (id: string, state: string): string => `${id} is aangemaakt. ${state}`,
    alreadyFiled: (id: string, state: string): string => `Dat ticket was al aangemaakt als ${id}. ${state}`,
    draftGone: 'Dat concept is niet meer open. Vraag opnieuw om een ticket ("maak een ticket").',
    routing: (priority: number, group: string, incident: boolean): string =>
      `Prioriteit ${priority} · ${group}${incident ? ' · meerdere mensen kregen binnen het uur deze code: mogelijk een storing' : ''}`,
    state: {
      queued: 'Het staat in de wachtrij voor het ticketsysteem.',
      delivered: (external: string | undefined): string =>
        `Het is afgeleverd bij het ticketsysteem${external ? ` als ${external}` : ''}.`,
      attention: (reason: string): string =>
        `Het ticketsysteem weigerde het (${reason}), dus een beheerder moet ernaar kijken; het ticket zelf is veilig bewaard.`,
      local: 'Er is geen ticketsysteem gekoppeld, dus de bot bewaart het ticket voor de helpdesk.',
    },
    stateShort: {
      queued: 'in de wachtrij',
      delivered: (external: string | undefined): string => `afgeleverd${external ? ` als ${external}` : ''}`,
      attention: 'aandacht nodig',
      local: 'bewaard door de bot',
    },
    fields: {
      note: 'Notitie',
      tried: 'Stappen geprobeerd door de gebruiker',
      summary: 'Gesprek',
      raisedBy: 'Gemeld door',
      meaning: 'Betekenis',
      suggested: 'Voorgestelde stappen',
    },
    incidentLine: 'Meerdere mensen kregen binnen het uur deze code: mogelijk een storing.',
    raisedVia: (person: string, id: string): string => `${person} via de aanmeldingshulpbot (${id})`,
    summary: (asker: string, person: string, requestId: string): string =>
      `${asker} vroeg naar de mislukte aanmelding van ${person} (aanvraag ${requestId}).`,
    mine: 'Je tickets, nieuwste eerst:',
    open: 'Open tickets, nieuwste eerst:',
    none: 'Er zijn geen tickets om te tonen.',
    nothingToAddTo:
      'Er is geen ticket of concept open om een notitie aan toe te voegen. Wil je er een beginnen, vraag me dan eerst naar de mislukte aanmelding en typ daarna **maak een ticket**. Wil je iets aan een eerder ticket toevoegen, noem dan het nummer: **voeg een notitie toe aan SIGNIN-000123: …** (**mijn tickets** toont de jouwe).',
    openOnlyStaff: 'Alleen de helpdesk kan alle open tickets zien. Typ "mijn tickets" voor die van jou.',
    notFound: (id: string): string => `Ik vind geen ticket ${id} dat jij mag zien.`,
    row: (id: string, person: string, code: number, state: string, created: string): string =>
      `${id} · ${person} · ${code} · ${state} · ${created}`,
    detail: (id: string, title: string, state: string, group: string, priority: number): string =>
      `**${id}**: ${title}\n\nStatus: ${state.replace(/\.$/, '')}. Prioriteit ${priority}, ${group}.`,
  },
  card: {
    welcomeTitle: 'Waarom mislukte deze aanmelding?',
    welcomeLines: [
      'Ik zoek de mislukte aanmelding op in het aanmeldingslogboek van Microsoft Entra ID, leg de foutcode in gewone woorden uit en vertel wat het oplost.',
      'Vertel wie er problemen had, met welke app en wanneer, of plak het foutscherm met de aanvraag-id. Typ op elk moment **help**, **annuleer** of **opnieuw**.',
    ],
    examplesSelf: [
      'waarom kan ik sinds gisteren niet inloggen op outlook?',
      'waarom mislukte mijn aanmelding bij teams vanochtend?',
      'wat betekent AADSTS50053?',
    ],
    examples: [
      'waarom kan megan sinds gisteren niet inloggen op outlook?',
      'waarom mislukte mijn aanmelding?',
      'wat betekent AADSTS50053?',
    ],
    groups: {
      who: 'Wie, wat en wanneer',
      where: 'Waar en op welk apparaat',
      result: 'Resultaat',
      conditionalAccess: 'Voorwaardelijke toegang',
      mfa: 'Meervoudige verificatie',
      ids: "Id's voor een ondersteuningsaanvraag",
    },
    explain: (code: string): string => `Wat betekent ${code}?`,
    show: (number: number): string => `Toon #${number}`,
    more: 'Toon de volgende 5',
    restart: 'Opnieuw beginnen',
    draftTicket: 'Ticket opstellen',
    fileTicket: 'Ticket indienen',
    cancel: 'Annuleren',
    errorPage: 'Pagina van Microsoft over deze code',
    ticketFields: 'Gegevens voor het ticket',
  },
  field: {
    time: 'Tijd',
    user: 'Gebruiker',
    app: 'App',
    resource: 'Resource',
    clientApp: 'Client-app',
    ip: 'IP-adres',
    location: 'Locatie',
    device: 'Apparaat',
    status: 'Status',
    errorCode: 'Foutcode',
    failureReason: 'Foutreden',
    conditionalAccess: 'Voorwaardelijke toegang',
    mfa: 'MFA',
    interactive: 'Interactief',
    requestId: 'Aanvraag-id',
    correlationId: 'Correlatie-id',
  },
  status: { success: 'Geslaagd', failure: 'Mislukt', interrupted: 'Onderbroken' },
  yes: 'ja',
  no: 'nee',
  unknown: 'onbekend',
  compliant: (value: boolean | null): string =>
    value === null ? 'naleving onbekend' : value ? 'compatibel' : 'niet compatibel',
  managed: (value: boolean | null): string =>
    value === null ? 'beheer onbekend' : value ? 'beheerd' : 'niet beheerd',
  caNotApplied: 'niet toegepast',
  caFailedUnnamed:
    'mislukt, een beleid blokkeerde de aanmelding (het logboek noemt geen naam: daarvoor heeft de bot Policy.Read.All nodig)',
  caSucceededUnnamed: 'geslaagd',
  mfaUnknown: 'niet in het logboek (Graph v1.0 laat het weg; het bèta-eindpunt geeft het wel)',
  caFailed: (policies: string[]): string =>
    `mislukt, geblokkeerd door ${policies.map((p) => `"${p}"`).join(', ')}`,
  caSucceeded: (policies: string[]): string => `geslaagd (${policies.map((p) => `"${p}"`).join(', ')})`,
  mfaNotRequired: 'niet vereist (één factor)',
  mfaStep: (method: string, detail: string, ok: boolean): string =>
    `${ok ? 'geslaagd' : 'mislukt'}: ${method}, ${detail}`,
  mfaRequiredNoStep: 'vereist, geen tweede stap vastgelegd',
  record: {
    objectId: 'object-id',
    appId: 'app-id',
    failureReason: (reason: string, title: string | undefined): string =>
      title ? `${title.replace(/\.$/, '')} (in het logboek: „${reason}”)` : `„${reason}”`,
    conditionalAccessStatus: {
      success: 'geslaagd',
      failure: 'mislukt',
      notApplied: 'niet toegepast',
    },
    policyResult: {
      success: 'geslaagd',
      failure: 'mislukt',
      notApplied: 'niet toegepast',
      notEnabled: 'niet ingeschakeld',
      reportOnlyFailure: 'alleen rapport: mislukt',
      reportOnlySuccess: 'alleen rapport: geslaagd',
    },
    unknownValue: (value: string): string => `onbekend (${value})`,
    notInLog: 'niet in het logboek',
    requirement: {
      singleFactorAuthentication: 'niet vereist (één factor)',
      multiFactorAuthentication: 'vereist (meervoudige verificatie)',
    },
    methods: {
      Password: 'Wachtwoord',
      'Mobile app notification': 'Melding in de mobiele app',
      'Text message': 'Sms-bericht',
      'Phone call': 'Telefoongesprek',
      'Phone call approval (Authentication phone)': 'Telefoongesprek (verificatietelefoon)',
      'OATH verification code': 'OATH-verificatiecode',
      'Previously satisfied': 'Eerder voldaan',
      'FIDO2 security key': 'FIDO2-beveiligingssleutel',
      'Temporary Access Pass': 'Tijdelijke toegangspas',
      'Email OTP': 'Eenmalige code per e-mail',
      'Passkey (Microsoft Authenticator)': 'Wachtwoordsleutel (Microsoft Authenticator)',
      'Certificate-based authentication': 'Verificatie op basis van certificaten',
    },
    stepDetails: {
      'Correct password': 'Juist wachtwoord',
      'MFA successfully completed': 'MFA voltooid',
      'MFA completed in Azure AD': 'MFA voltooid in Entra ID',
      'MFA required, challenge sent': 'MFA vereist, verzoek verstuurd',
      'MFA requirement satisfied by claim in the token': 'MFA-vereiste voldaan door een claim in het token',
      'Satisfied by a claim in the token': 'Voldaan door een claim in het token',
      'Registration required': 'Registratie vereist',
      'Registration prompted': 'Gevraagd om te registreren',
    },
    clientApps: {
      'Mobile Apps and Desktop clients': 'Mobiele apps en desktopclients',
      'Other clients': 'Andere clients',
    },
    logWords: (words: string): string => `„${words}”`,
  },

  meaningHeading: 'Wat het betekent',
  causeHeading: 'Waarom het gebeurt',
  userStepsHeading: 'Wat de gebruiker kan doen',
  adminStepsHeading: 'Wat de helpdesk of beheerder doet',
  userStepsHeadingSelf: 'Wat je zelf kunt doen',
  fixedBySelf: {
    user: 'Meestal kun je dit zelf oplossen.',
    helpdesk: 'Meestal lost de helpdesk dit voor je op.',
    admin: 'Hiervoor is een beheerder nodig: vraag het je helpdesk.',
    appOwner: 'Hiervoor is de eigenaar van de app nodig: vraag het je helpdesk.',
    microsoft: 'Hiervoor is Microsoft-ondersteuning nodig: vraag het je helpdesk.',
  },
  fixedBy: {
    user: 'Meestal kan de gebruiker dit zelf oplossen.',
    helpdesk: 'Meestal lost de helpdesk dit op.',
    admin: 'Hiervoor is een tenantbeheerder nodig.',
    appOwner: 'Hiervoor is de eigenaar of ontwikkelaar van de app nodig.',
    microsoft: 'Hiervoor is Microsoft-ondersteuning nodig.',
  },
  interruptNote: 'Dit is een onderbreking, een normale stap bij het aanmelden, geen fout.',
  mfaStepAdvice: (detail: string, title: string): string => `**De MFA-stap meldt "${detail}":** ${title}`,
  categoryLine: (label: string): string => `Soort probleem: ${label}.`,
  moreInfo: (link: string): string => `Pagina van Microsoft over deze code: ${link}`,
  entryHeading: {
    aadsts: (code: string, name: string): string => `AADSTS${code}${name ? ` ${name}` : ''}`,
    mfaResult: (code: string, name: string): string => `MFA-resultaat ${code} (${name})`,
    mfaDetail: (_code: string, name: string): string => `MFA-resultaat: ${name}`,
  },
  explainEscalation: {
    yes: 'Maak hiervoor altijd een ticket aan, ook als de stappen hierboven helpen, zodat de opvolging wordt bijgehouden.',
    ifPersists: 'Maak een ticket aan als de stappen hierboven niet helpen.',
    no: 'Hiervoor is zelden een ticket nodig.',
  },
  unknownCode: (code: string, link: string): string =>
    `Over foutcode ${code} heb ik nog geen uitleg. De pagina van Microsoft erover: ${link}. Blijft de fout terugkomen, maak dan een ticket aan met de aanvraag-id, correlatie-id, tijd en code.`,
  noSuchCode: (typed: string, best: string): string =>
    `Foutcode ${typed} staat niet in de lijst van Microsoft. Bedoel je **${best}**? Dit is wat die betekent:`,
  readCodeAs: (typed: string, code: string): string => `Ik lees "${typed}" als ${code}.`,
  didYouMean: (codes: string[]): string =>
    `Bedoel je ${codes.join(' of ')}? Die komen veel vaker voor; noem de code om hem te zien.`,
  catalogNoMatch: (query: string): string =>
    `Ik vond geen foutcode die past bij "${query}". Geef het nummer van het foutscherm (bijvoorbeeld 50126 of AADSTS50126) of beschrijf het probleem in een paar woorden.`,
  catalogAlso: (codes: string[]): string =>
    `Vergelijkbare codes: ${codes.join(', ')}. Typ "wat betekent <code>" voor uitleg.`,
  relatedCodes: (codes: string[]): string => `Verwante codes: ${codes.join(', ')}.`,

  ticketOffer: 'Typ **maak een ticket** en ik stel het op, zodat je het kunt nakijken en indienen.',
  ticketHeading: 'Ticket voor de tweede lijn',
  escalateNow:
    'Hiervoor is iemand met beheerrechten of de eigenaar van de app nodig: maak een ticket aan met de gegevens hieronder.',
  escalateIfPersists:
    'Helpen de stappen hierboven niet, maak dan een ticket aan met deze gegevens, zodat de tweede lijn niets hoeft na te vragen:',
  escalateNo:
    'Hiervoor is zelden een ticket nodig. Blijft het na de stappen hierboven gebeuren, maak er dan een aan met deze gegevens:',
  ticketTitle: (code: number, upn: string, app: string): string =>
    `Aanmeldingsfout ${code} voor ${upn} bij ${app}`,

  directFound: (how: string): string => `Ik heb de aanmelding gevonden via de ${how}.`,
  codeDiffers: (pasted: number, recorded: number, how: string): string =>
    `Let op: op het scherm staat fout ${pasted}, maar deze aanmelding heeft ${recorded}. Het scherm kan van een andere poging zijn; de aanmelding is wat het logboek over deze ${how} zegt.`,
  codeDiffersFromEarlier: (earlier: number, recorded: number, how: string): string =>
    `Let op: de fout waar je net naar vroeg was ${earlier}, maar deze aanmelding heeft ${recorded}. De fout kan van een andere poging zijn; de aanmelding is wat het logboek over deze ${how} zegt.`,
  directNotFound: (ids: string): string =>
    `Ik vond geen aanmelding met ${ids}. Controleer of je de hele id hebt gekopieerd. Het kan tot 2 uur duren voordat aanmeldingen in het logboek staan, en het logboek bewaart 30 dagen.`,
  directAroundThen: (day: string, time: string, self: boolean): string =>
    `Wil je de aanmeldingen rond dat moment zien, vraag dan: **${self ? `waarom mislukte mijn aanmelding op ${day} om ${time}?` : `waarom kon <naam> niet inloggen op ${day} om ${time}?`}**`,
  directNotFoundButCode: 'Wat de foutcode betekent:',
  howRequestId: 'aanvraag-id',
  howCorrelationId: 'correlatie-id',
  severalForCorrelation: (count: number): string =>
    `${count} aanmeldingen delen die correlatie-id; dit is de laatste mislukte daarvan.`,

  turnError:
    'Sorry, er ging bij mij iets mis. Ik heb het vastgelegd voor de beheerder; probeer het nog eens.',
  auditOnlyReaders:
    'Alleen mensen met een leesrol (Globale beheerder, Beveiligingsbeheerder, Beveiligingslezer, Globale lezer of Rapportlezer) kunnen zien wie wiens aanmeldingen heeft bekeken.',
  auditWhom:
    'Wiens aanmeldingen bedoel je? Noem de persoon, bijvoorbeeld "wie heeft de aanmeldingen van jane bekeken?".',
  auditNone: (name: string): string => `Niemand heeft via deze bot de aanmeldingen van ${name} bekeken.`,
  auditTrail: (name: string, lines: string[]): string =>
    `Wie de aanmeldingen van ${name} bekeek, nieuwste eerst:\n\n${lines.map((line) => `- ${line}`).join('\n')}`,
  auditLine: (
    when: string,
    who: string,
    shown: number,
    matched: number,
    outcome: AuditOutcome,
    filter: string,
  ): string =>
    `${when}: ${who} ${{ shown: `bekeek ${Math.max(shown, matched)} aanmelding${Math.max(shown, matched) === 1 ? '' : 'en'}${matched > shown ? `, ${shown} volledig` : ''}`, refused: 'werd geweigerd', error: 'kreeg geen antwoord (het logboek was niet leesbaar)' }[outcome]}${filter ? ` (${filter})` : ''}`,
  sinceDay: (day: string): string => `sinds ${day}`,
  cannotChangeAccounts:
    'Accounts wijzigen kan ik niet: ik lees het aanmeldingslogboek om uit te zoeken waarom een aanmelding mislukte en wat het oplost. Een wachtwoord opnieuw instellen, een account ontgrendelen of iemands MFA wijzigen doe je in het Microsoft Entra-beheercentrum (of via de eigen werkwijze van je helpdesk), nadat je hebt gecontroleerd wie het vraagt. Vraag me waarom de aanmelding mislukte, dan zeg ik welke van die stappen nodig is.',
  unbiddenPrompts:
    '**MFA-meldingen die je niet zelf startte?** Keur nooit een melding goed die je niet zelf startte: weiger hem en meld het meteen bij de helpdesk, want dan kent iemand anders het wachtwoord.',
  unbiddenPromptsStaff:
    '**MFA-meldingen die niemand zelf startte?** Dan kent waarschijnlijk iemand anders het wachtwoord. Zeg de persoon nooit een melding goed te keuren die hij niet zelf startte, laat het wachtwoord opnieuw instellen nadat je hebt gecontroleerd wie er belt, en bekijk de aanmeldingen: vraag me "waarom kan <naam> niet inloggen?".',
  stillWorking: 'Een ogenblik: dit duurt langer dan normaal. Ik zet het antwoord hier zodra het klaar is.',
  turnsCrossed:
    'Twee van je berichten kwamen tegelijk binnen en zijn naast elkaar beantwoord, dus ik ga verder waar het andere bericht ophield. Past dit antwoord daar niet bij, stuur je bericht dan opnieuw.',
  stillBusy:
    'Ik ben nog bezig met je eerdere berichten, dus dit bericht laat ik liggen. Stuur het opnieuw als die beantwoord zijn.',
  lookingItUpQueued: (seconds: number): string =>
    `Er wachten veel vragen op Microsoft Graph, dat er een paar per 10 seconden beantwoordt: die van jou staat in de rij en is over ongeveer ${seconds} seconden aan de beurt. Ik zet het antwoord hier.`,
  lookingItUp:
    'Ik zoek het op in het aanmeldingslogboek; Microsoft Graph doet er even over. Ik zet het antwoord hier zodra het binnen is.',
  graphProblem: {
    permission:
      'Ik kan het aanmeldingslogboek niet lezen: de app-registratie van de bot mist een machtiging in Microsoft Graph. Een beheerder moet AuditLog.Read.All en Directory.Read.All toekennen (toepassingsmachtigingen, met beheerderstoestemming).',
    license:
      'Ik kan het aanmeldingslogboek niet via Microsoft Graph lezen: daarvoor is Microsoft Entra ID P1 of P2 nodig in deze tenant. Zonder die licentie: download het aanmeldingslogboek in het beheercentrum en importeer het (npm run import).',
    credentials:
      'Ik kan me niet aanmelden bij Microsoft Graph: het clientgeheim of certificaat van de bot werd geweigerd (onjuist of verlopen). Een beheerder moet GRAPH_CLIENT_SECRET of GRAPH_CERTIFICATE_PATH controleren.',
    throttled:
      'Microsoft Graph vroeg me steeds om het rustiger aan te doen. Vraag het over een minuut nog eens.',
    rejected:
      'Microsoft Graph wees de vraag van de bot om het aanmeldingslogboek af, dus ik kan dat niet beantwoorden. Dat ligt aan de bot, niet aan jou: ik heb het vastgelegd voor de beheerder.',
    failing:
      'Microsoft Graph gaf een serverfout, dus ik kan het aanmeldingslogboek nu niet lezen. Ik heb het vastgelegd voor de beheerder; probeer het over een paar minuten nog eens.',
    unavailable:
      'Microsoft Graph antwoordde niet op tijd, dus ik kan het aanmeldingslogboek nu niet lezen. Ik heb het vastgelegd voor de beheerder; probeer het over een paar minuten nog eens.',
  },
  callerUnidentified:
    'Via dit kanaal kan ik niet vaststellen wie je bent, dus ik laat hier geen aanmeldingen zien. Stel je vraag in Microsoft Teams; vragen over foutcodes werken overal.',
  callerUnverified:
    'Ik kon je rol in de directory zojuist niet controleren, dus ik laat geen aanmeldingen zien. Probeer het over een paar minuten nog eens; vragen over foutcodes werken wel.',
  storageUnavailable:
    'Ik kan de opslag waarin ik gesprekken en tickets bewaar nu niet bereiken, dus ik kon dat niet afmaken. Ik heb het probleem vastgelegd voor de beheerder; probeer het over een paar minuten nog eens.',
  sourceUnavailable:
    'Ik kan het aanmeldingslogboek nu niet bereiken, dus ik kan dat niet beantwoorden. Ik heb het probleem vastgelegd voor de beheerder; probeer het over een paar minuten nog eens.',

  chat: {
    usage: [
      'Gebruik: npm run chat [-- <opties>]',
      '  --as <upn>         chat als deze persoon (standaard: LOCAL_DEFAULT_USER)',
      '  --locale <locale>  de locale die Teams zou sturen, zoals nl-NL voor Nederlands (standaard: en-US)',
      '  --tz <IANA-zone>   je tijdzone, zoals Europe/Amsterdam (standaard: die van deze computer)',
      '  --url <endpoint>   een bot die al draait, zoals http://127.0.0.1:3978/api/messages',
    ].join('\n'),
    youAre: (name: string, upn: string, roles: string[]): string =>
      `Je chat als ${name} <${upn}>${roles.length > 0 ? `, ${roles.map((role) => ROLES[role] ?? role).join(', ')}` : ''}.`,
    unknownUser: (upn: string): string =>
      `(${upn} staat niet in de directory, dus de bot weet niet wie je bent.)`,
    zoneAndQuit: (zone: string): string =>
      `Datums worden gelezen in de tijdzone ${zone} (te wijzigen met --tz). Typ "quit" om te stoppen.`,
    you: 'jij> ',
    bot: 'bot> ',
    unknownArgument: (argument: string): string => `[chat] onbekend argument "${argument}".`,
    needsValue: (flag: string): string => `[chat] ${flag} heeft een waarde nodig.`,
    unknownZone: (zone: string): string =>
      `[chat] --tz "${zone}" is geen tijdzone. Geef de naam van een IANA-tijdzone, zoals Europe/Amsterdam of America/New_York.`,
    needsUrl:
      '[chat] MicrosoftAppId is ingesteld, dus de bot eist kanaaltokens. Gebruik --url met een lokale bot, of maak MicrosoftAppId leeg.',
    botFailed: (status: number, body: string): string =>
      `[chat] de bot antwoordde met HTTP ${status}: ${body}`,
  },
};

function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} of ${items[items.length - 1]}`;
}
