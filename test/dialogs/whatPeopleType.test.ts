import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { Ticket } from '../../src/features/tickets/ticket';
import { listen, servedTestBot, startTestBot, TestBot, ZONE } from '../helpers/fixture';
import { postActivity } from '../helpers/http';
import { identityOf } from '../helpers/identity';

/**
 * What a newcomer typed in a 110-turn trial on the sample tenant, where the bot answered badly or not at all: each
 * message now gets the answer a helpdesk agent expects. Everything goes through the HTTP route, as Teams would send it.
 */

type Step = [say: string, expect: (string | RegExp)[], refuse?: (string | RegExp)[]];

interface Case {
  name: string;
  locale?: 'nl-NL';
  steps: Step[];
  /** The window and app the last lookup searched, as the audit trail records it (appId null: all apps). */
  searched?: { from: string; to: string; appId?: string | null };
}

const HANNA = 'hanna.hoek@contoso.com';
const TEAMS = '1fec8e78-bce4-4aaf-ab1b-5451cc387264';
const NOT_UNDERSTOOD = "Sorry, I didn't understand that";
const NIET_BEGREPEN = 'Sorry, dat begreep ik niet';
const WHOSE = 'Whose sign-in should I look at?';
const VAN_WIE = 'Van wie moet ik de aanmelding bekijken?';
/** Megan Bowen's apps of the last 30 days, the choices offered when her app is not known. */
const MEGANS_APPS = 'Microsoft Teams, Outlook Mobile, Office 365 SharePoint Online';

const UNDERSTOOD: Case[] = [
  {
    name: 'a symptom described at length, "what does that mean?", is explained without asking whose sign-in',
    steps: [
      [
        'user keeps typing the wrong password and now says the account is locked, what does that mean?',
        ['50053'],
        [WHOSE],
      ],
    ],
  },
  {
    name: 'een lang beschreven symptoom met "wat betekent dat?" wordt uitgelegd',
    locale: 'nl-NL',
    steps: [
      [
        'gebruiker krijgt steeds een MFA-melding op zijn telefoon en weigert die, wat betekent dat?',
        ['meervoudige verificatie'],
        [VAN_WIE],
      ],
    ],
  },
  {
    name: 'what a quoted screen text means is looked up in the catalog, whatever its words, never "whose sign-in?"',
    steps: [
      [
        "what does 'you don't have access to this' mean?",
        ['matching "you don\'t have access to this"'],
        [WHOSE],
      ],
      ['what does “your account is locked” mean', ['50053'], [WHOSE]],
      // Names, days and wishes inside the quote are what the screen or the user said, not a question about them.
      [
        "what does 'PTA sign-ins failing on and off, the agent server's clock is a few minutes off' mean?",
        ['80013'],
        ["can't find anyone", WHOSE],
      ],
      // One quoted word that is an error's name, with a slip.
      ['what does "InvalidUserNameOrPasword" mean?', ['50126'], [WHOSE]],
      [
        "what does 'login says I have to change my password right now because my account is at risk' mean?",
        ['50135'],
        ['To change your password while you still know it'],
      ],
    ],
  },
  {
    name: 'wat een geciteerde schermtekst betekent, wordt in de catalogus opgezocht',
    locale: 'nl-NL',
    steps: [
      ['wat betekent "Meer informatie vereist"?', ['meervoudige verificatie'], [VAN_WIE]],
      // A shorter quote inside does not end the quote.
      [
        'wat betekent "De toepassing met id \'3f2a\' is niet gevonden in de directory"?',
        ['700016'],
        [VAN_WIE],
      ],
    ],
  },
  {
    name: 'thanks gets a short answer, not the help text or "I didn\'t understand"',
    steps: [['thanks!', ["You're welcome."], [NOT_UNDERSTOOD, 'Tell me who had trouble']]],
  },
  {
    name: 'a "yes" when no question is open says so',
    steps: [['yes', ["I haven't asked you anything that needs a yes or no"], [NOT_UNDERSTOOD]]],
  },
  {
    name: 'asking to find a sign-in by its ID without the ID asks for it',
    steps: [
      ['can you find the sign-in from the request id?', ['Paste the Request ID or Correlation ID'], [WHOSE]],
    ],
  },
  {
    name: '"what happened with miriam this morning" asks for the app and searches this morning',
    steps: [
      [
        'what happened with miriam this morning',
        ['Which app was Miriam Graham signing in to?'],
        [NOT_UNDERSTOOD],
      ],
      [
        'teams',
        ['of miriam.graham@contoso.com to Microsoft Teams between Mon 23 Nov 00:00 and Mon 23 Nov 12:00'],
      ],
    ],
    searched: { from: '2026-11-22T23:00:00.000Z', to: '2026-11-23T11:00:00.000Z', appId: TEAMS },
  },
  {
    name: '"Sophie van den Berg, teams, on the 20th" searches at once',
    steps: [
      [
        'Sophie van den Berg, teams, on the 20th',
        ['sign-ins of sophie.vandenberg@contoso.com to Microsoft Teams on Fri 20 Nov 2026'],
        [NOT_UNDERSTOOD, 'Which app', 'When did it happen?'],
      ],
    ],
    searched: { from: '2026-11-19T23:00:00.000Z', to: '2026-11-20T23:00:00.000Z', appId: TEAMS },
  },
  {
    name: 'a bare sign-in address starts a lookup of that person',
    steps: [['sophie.vandenberg@contoso.com', ['Which app was Sophie van den Berg signing in to?']]],
  },
  {
    name: '"and megan?" after a lookup asks the same about Megan: the app and the day carry over',
    steps: [
      ['why did jane fail to sign in to teams yesterday?', ['jane.visser@contoso.com to Microsoft Teams']],
      [
        'and megan?',
        [/megan\.bowen@contoso\.com to Microsoft Teams yesterday/],
        ['Which app', 'When did it happen?'],
      ],
    ],
  },
  {
    name: '"look up sophie" starts a lookup of Sophie van den Berg',
    steps: [['look up sophie', ['Which app was Sophie van den Berg signing in to?'], [NOT_UNDERSTOOD]]],
  },
  {
    name: '"what\'s 50158" explains the code',
    steps: [["what's 50158", ['AADSTS50158', 'The sign-in was sent to an extra outside check'], [WHOSE]]],
  },
  {
    name: '"how many people got 50126 today?" is answered as a question about many people',
    steps: [
      [
        'how many people got 50126 today?',
        ['**50126 today (Mon 23 Nov 2026):**', 'people'],
        [NOT_UNDERSTOOD, WHOSE],
      ],
    ],
  },
  {
    name: '"Bram heeft problemen met zijn mail, vorige week dinsdag" searches his mail on Tuesday last week (nl)',
    locale: 'nl-NL',
    steps: [
      [
        'Bram heeft problemen met zijn mail, vorige week dinsdag',
        ['aanmeldingen van bram.hendriks@contoso.com bij Office 365 Exchange Online op di 17 nov 2026'],
        [NIET_BEGREPEN],
      ],
    ],
  },
  {
    name: '"kun je kijken waarom noor 3 dagen geleden niet in sharepoint kon?" searches Friday (nl)',
    locale: 'nl-NL',
    steps: [
      [
        'kun je kijken waarom noor 3 dagen geleden niet in sharepoint kon?',
        ['aanmeldingen van noor.elamrani@contoso.com bij Office 365 SharePoint Online op vr 20 nov 2026'],
        [NIET_BEGREPEN],
      ],
    ],
  },
];

const NAMES: Case[] = [
  {
    name: 'two people in one question: the first is answered, and the reply says the other is asked about next',
    steps: [
      [
        "why can't jane and megan sign in to teams yesterday?",
        [
          'I look at one person at a time: Jane Visser first. Ask again for Megan Bowen after this.',
          'Found 5 failed sign-ins of jane.visser@contoso.com',
        ],
      ],
      ["why can't megan sign in to teams yesterday?", ['megan.bowen@contoso.com'], ['one person at a time']],
    ],
  },
  {
    name: 'a surname alone ("bowen") is Megan Bowen',
    steps: [
      [
        "why can't bowen sign in to teams today?",
        ['sign-ins of megan.bowen@contoso.com to Microsoft Teams today (Mon 23 Nov 2026)'],
        [WHOSE, "can't find anyone"],
      ],
    ],
  },
  {
    name: '"jansen" alone is Sanne Jansen, not Kevin Janssens',
    steps: [['jansen', ['Which app was Sanne Jansen signing in to?'], ['Janssens', NOT_UNDERSTOOD]]],
  },
  {
    name: 'a slip in a first name ("megna") is said back with Megan Bowen offered',
    steps: [
      [
        "why can't megna sign in to teams today?",
        ['I can\'t find anyone called "megna". Did you mean Megan Bowen?'],
        [WHOSE, 'megan.bowen@contoso.com'],
      ],
    ],
  },
  {
    name: '"yes" to "Did you mean Megan Bowen?" takes her',
    steps: [
      ["why can't megna sign in to teams today?", ['Did you mean Megan Bowen?']],
      [
        'yes',
        ['sign-ins of megan.bowen@contoso.com to Microsoft Teams today'],
        ["I can't find anyone called"],
      ],
    ],
  },
  {
    name: 'a name nobody has ("jon snow") is said back, not asked for again',
    steps: [
      ["why can't jon snow sign in to teams today?", ['I can\'t find anyone called "jon snow"'], [WHOSE]],
    ],
  },
  {
    name: '"emma de vries" alone is said back with candidates, not taken for Emma de Jong',
    steps: [
      [
        'emma de vries',
        ['I can\'t find anyone called "emma de vries". Did you mean', 'Emma de Jong', 'Daan de Vries'],
        ['Which app was Emma de Jong', 'emma.dejong@contoso.com'],
      ],
    ],
  },
  {
    name: '"emma de vries" in a whole question is said back with candidates, not searched as Emma de Jong',
    steps: [
      [
        "why can't emma de vries sign in to teams today?",
        ['I can\'t find anyone called "emma de vries". Did you mean', 'Emma de Jong', 'Daan de Vries'],
        ['emma.dejong@contoso.com', 'Found', 'Searched'],
      ],
    ],
  },
];

const SYMPTOMS: Case[] = [
  {
    name: '"SMS delivery failed" explains the symptom; "user denied" after it is explained, not taken for a name',
    steps: [
      ['SMS delivery failed', ['The text message with the code could not be sent.'], [WHOSE, NOT_UNDERSTOOD]],
      [
        'user denied',
        [
          /The user refused the MFA request|The user pressed Deny|The second authentication step \(MFA\) failed/,
        ],
        ["I can't find anyone called", WHOSE, 'UserAccountNotFound'],
      ],
    ],
  },
  {
    name: '"user denied" as the answer to "whose sign-in" explains the symptom, not taken for a name',
    steps: [
      ['why did the sign-in fail?', [WHOSE]],
      [
        'user denied',
        [
          /The user refused the MFA request|The user pressed Deny|The second authentication step \(MFA\) failed/,
          WHOSE,
        ],
        ["I can't find anyone called", 'UserAccountNotFound'],
      ],
    ],
  },
  {
    name: 'a symptom in the first person ("my account is locked because I tried too many times") is explained',
    steps: [
      [
        'I get a message that my account is locked because I tried too many times',
        ['The account is temporarily locked after too many failed attempts.'],
        ['Which app was', 'No sign-ins of'],
      ],
    ],
  },
  {
    name: 'een symptoom in de ik-vorm ("mijn account is geblokkeerd na te veel pogingen") wordt uitgelegd',
    locale: 'nl-NL',
    steps: [
      [
        'mijn account is geblokkeerd na te veel pogingen',
        ['Het account is tijdelijk vergrendeld na te veel mislukte pogingen.'],
        ['Bij welke app'],
      ],
    ],
  },
  {
    name: 'prompts the user did not start ("keeps asking me to approve sign-ins I am not doing") get the MFA-attack advice',
    steps: [
      [
        "my phone keeps asking me to approve sign-ins that I'm not doing, what's going on?",
        ['The second authentication step (MFA) failed.', /Deny/],
        ['Which app was', 'password has expired'],
      ],
    ],
  },
  {
    name: 'een foutcode met wat woorden eromheen ("foutmelding 50105 bij inloggen") wordt uitgelegd',
    locale: 'nl-NL',
    steps: [
      [
        'foutmelding 50105 bij inloggen',
        ['AADSTS50105', 'De gebruiker is niet aan deze app toegewezen.'],
        [VAN_WIE],
      ],
    ],
  },
  {
    name: "a question about one's own sign-in that names an app still looks up the records",
    steps: [["why can't I sign in to teams?", [/sign-ins of hanna\.hoek@contoso\.com|When did it happen/]]],
  },
  {
    name: 'a code with a person and an app ("jane gets AADSTS50126 in teams, when did that start?") searches her sign-ins',
    steps: [
      [
        'jane gets AADSTS50126 in teams, when did that start?',
        [
          'failed sign-ins of jane.visser@contoso.com to Microsoft Teams',
          // Her first wrong password, the start of it.
          '3 × 50126, then 2 × 50053, between Sun 22 Nov 08:55 and 09:05',
        ],
        ['When did it happen?', WHOSE],
      ],
    ],
    searched: { from: '2026-10-24T10:00:00.000Z', to: '2026-11-23T10:00:00.000Z', appId: TEAMS },
  },
];

const DATES: Case[] = [
  {
    name: '"just now" in a first message searches the half hour up to now',
    steps: [
      [
        "why can't jane sign in to teams just now?",
        ['to Microsoft Teams between Mon 23 Nov 10:30 and Mon 23 Nov 11:00 (Europe/Amsterdam time)'],
      ],
    ],
    searched: { from: '2026-11-23T09:30:00.000Z', to: '2026-11-23T10:00:00.000Z', appId: TEAMS },
  },
  {
    name: '"just now" as the answer to "when" searches a window that ends now',
    steps: [
      ['why did megan fail to sign in to teams?', ['When did it happen?']],
      ['just now', ['between Mon 23 Nov 10:30 and Mon 23 Nov 11:00']],
    ],
    searched: { from: '2026-11-23T09:30:00.000Z', to: '2026-11-23T10:00:00.000Z', appId: TEAMS },
  },
  {
    name: '"5 minutes ago" searches a window that ends now',
    steps: [
      ['why did megan fail to sign in to teams?', ['When did it happen?']],
      ['5 minutes ago', ['between Mon 23 Nov 10:25 and Mon 23 Nov 11:00']],
    ],
    searched: { from: '2026-11-23T09:25:00.000Z', to: '2026-11-23T10:00:00.000Z', appId: TEAMS },
  },
  {
    name: '"the 20th" is Friday 20 November',
    steps: [
      ['why did megan fail to sign in to teams?', ['When did it happen?']],
      [
        'the 20th',
        ['sign-ins of megan.bowen@contoso.com to Microsoft Teams on Fri 20 Nov 2026'],
        ['I need a day'],
      ],
    ],
    searched: { from: '2026-11-19T23:00:00.000Z', to: '2026-11-20T23:00:00.000Z', appId: TEAMS },
  },
  {
    name: '"yesterday afternoon" searches the afternoon, not the whole day',
    steps: [
      ['why did megan fail to sign in to teams?', ['When did it happen?']],
      [
        'yesterday afternoon',
        ['between Sun 22 Nov 12:00 and Sun 22 Nov 18:00'],
        ['yesterday (Sun 22 Nov 2026)'],
      ],
    ],
    searched: { from: '2026-11-22T11:00:00.000Z', to: '2026-11-22T17:00:00.000Z', appId: TEAMS },
  },
  {
    name: '"yesterday afternoon" in a first message searches the afternoon too',
    steps: [
      [
        "why can't megan sign in to teams yesterday afternoon?",
        ['between Sun 22 Nov 12:00 and Sun 22 Nov 18:00'],
        ['yesterday (Sun 22 Nov 2026)'],
      ],
    ],
    searched: { from: '2026-11-22T11:00:00.000Z', to: '2026-11-22T17:00:00.000Z', appId: TEAMS },
  },
  {
    name: '"06-11-2026" is 6 November: 11 June is older than the log keeps, so it is not offered',
    steps: [
      ['why did megan fail to sign in to teams?', ['When did it happen?']],
      ['06-11-2026', ['to Microsoft Teams on Fri 6 Nov 2026'], ['June', 'Which day do you mean']],
    ],
    searched: { from: '2026-11-05T23:00:00.000Z', to: '2026-11-06T23:00:00.000Z', appId: TEAMS },
  },
];

const APPS: Case[] = [
  {
    name: '"outlok" in a first message is Outlook, that is Exchange Online',
    steps: [
      [
        "why can't megan sign in to outlok yesterday?",
        ['Found 2 failed sign-ins of megan.bowen@contoso.com to Office 365 Exchange Online yesterday'],
        ["I don't know an app"],
      ],
    ],
  },
  {
    name: '"outlok" as the answer to "which app" is Exchange Online',
    steps: [
      ["why can't megan sign in?", ['Which app was Megan Bowen signing in to?']],
      ['outlok', ['When did it happen?'], ["I don't know an app"]],
      ['yesterday', ['Found 2 failed sign-ins of megan.bowen@contoso.com to Office 365 Exchange Online']],
    ],
  },
  {
    name: "an app's ID in the question, alone or in a sign-in URL, is the app and not a Request ID",
    steps: [
      [
        `why can't megan sign in to ${TEAMS} yesterday`,
        ['megan.bowen@contoso.com to Microsoft Teams yesterday'],
        ['I found no sign-in with'],
      ],
      [
        `why can't megan sign in to teams yesterday, she lands on https://login.microsoftonline.com/common/oauth2/authorize?client_id=${TEAMS}&response_type=code`,
        ['megan.bowen@contoso.com to Microsoft Teams yesterday'],
        ['I found no sign-in with'],
      ],
    ],
  },
  {
    name: 'a number at "which app" picks that button: "2" is her second app, the one after the apps is all apps',
    steps: [
      ["why can't megan sign in yesterday?", ['Which app was Megan Bowen signing in to?']],
      ['2', ['megan.bowen@contoso.com to Outlook Mobile yesterday'], ["I don't know an app"]],
      ["why can't megan sign in yesterday?", ['Which app was Megan Bowen signing in to?']],
      ['#6', ['megan.bowen@contoso.com to all apps yesterday'], ["I don't know an app"]],
      ["why can't megan sign in yesterday?", ['Which app was Megan Bowen signing in to?']],
      ['9', ['I don\'t know an app called "9"']],
    ],
  },
  {
    name: '"vpn" as the answer to "which app" is said back with her recent apps offered',
    steps: [
      ["why can't megan sign in?", ['Which app was Megan Bowen signing in to?']],
      ['vpn', [`I don't know an app called "vpn". Did you mean ${MEGANS_APPS}`]],
    ],
  },
  {
    name: '"vpn" in a first message is said back with her recent apps offered',
    steps: [
      [
        "why can't megan sign in to vpn yesterday?",
        ['I don\'t know an app called "vpn"', 'Which app was Megan Bowen signing in to?', MEGANS_APPS],
      ],
    ],
  },
  {
    name: '"salesforce" as the answer to "which app" is said back with her recent apps offered',
    steps: [
      ["why can't megan sign in?", ['Which app was Megan Bowen signing in to?']],
      ['salesforce', [`I don't know an app called "salesforce". Did you mean ${MEGANS_APPS}`]],
    ],
  },
  {
    name: '"salesforce" in a first message is said back with her recent apps offered',
    steps: [
      [
        "why can't megan sign in to salesforce yesterday?",
        ['I don\'t know an app called "salesforce"', 'Which app was Megan Bowen signing in to?', MEGANS_APPS],
      ],
    ],
  },
  {
    name: '"any app" in a first message searches all apps without asking which',
    steps: [
      [
        "why can't megan sign in to any app yesterday?",
        ['failed sign-ins of megan.bowen@contoso.com to all apps yesterday (Sun 22 Nov 2026)'],
        ['Which app'],
      ],
    ],
    searched: { from: '2026-11-21T23:00:00.000Z', to: '2026-11-22T23:00:00.000Z', appId: null },
  },
];

/** The same kinds of message from a Dutch-speaking agent: Dutch replies. */
const DUTCH: Case[] = [
  {
    name: '"mailen" is Outlook, that is Exchange Online',
    locale: 'nl-NL',
    steps: [['megan kan gisteren niet mailen', ['megan.bowen@contoso.com bij Office 365 Exchange Online']]],
  },
  {
    name: 'a name nobody has ("jon snow") is said back in Dutch, not asked for again',
    locale: 'nl-NL',
    steps: [
      [
        'waarom kan jon snow vandaag niet inloggen op teams?',
        ['Ik vind niemand die "jon snow" heet'],
        [VAN_WIE, "I can't find"],
      ],
    ],
  },
  {
    name: 'a slip in a first name ("megna") is said back in Dutch with Megan Bowen offered',
    locale: 'nl-NL',
    steps: [
      [
        'waarom kan megna vandaag niet inloggen op teams?',
        ['Ik vind niemand die "megna" heet. Bedoel je Megan Bowen?'],
        [VAN_WIE],
      ],
    ],
  },
  {
    name: '"en nestor?" na een zoekopdracht vraagt hetzelfde over Nestor',
    locale: 'nl-NL',
    steps: [
      ['jane teams gisteren', ['jane.visser@contoso.com', 'Microsoft Teams']],
      [
        'en nestor?',
        ['nestor.wilke@contoso.com', 'Microsoft Teams'],
        ['Bij welke app', 'Wanneer gebeurde het?'],
      ],
    ],
  },
  {
    name: '"ja" to "Bedoel je Megan Bowen?" neemt haar',
    locale: 'nl-NL',
    steps: [
      ['waarom kan megna vandaag niet inloggen op teams?', ['Bedoel je Megan Bowen?']],
      ['ja', ['megan.bowen@contoso.com', 'Microsoft Teams'], ['Ik vind niemand']],
    ],
  },
  {
    name: '"vpn" in a first message is said back in Dutch with her recent apps offered',
    locale: 'nl-NL',
    steps: [
      [
        'waarom kan megan gisteren niet inloggen op vpn?',
        [
          'Ik ken geen app die "vpn" heet',
          'Bij welke app probeerde Megan Bowen zich aan te melden?',
          MEGANS_APPS,
        ],
      ],
    ],
  },
  {
    name: '"vpn" as the answer to "which app" is said back in Dutch with her recent apps offered',
    locale: 'nl-NL',
    steps: [
      ['waarom kan megan niet inloggen?', ['Bij welke app probeerde Megan Bowen zich aan te melden?']],
      ['vpn', [`Ik ken geen app die "vpn" heet. Bedoel je ${MEGANS_APPS}`]],
    ],
  },
  {
    name: '"sinds wanneer?" after a code, a person and an app searches her sign-ins, answered in Dutch',
    locale: 'nl-NL',
    steps: [
      [
        'jane krijgt AADSTS50126 in teams, sinds wanneer?',
        [
          'mislukte aanmeldingen van jane.visser@contoso.com bij Microsoft Teams',
          '3 × 50126, daarna 2 × 50053, tussen zo 22 nov 08:55 en 09:05',
        ],
        ['Wanneer gebeurde het?', VAN_WIE],
      ],
    ],
    searched: { from: '2026-10-24T10:00:00.000Z', to: '2026-11-23T10:00:00.000Z', appId: TEAMS },
  },
  {
    name: 'a question about many people is answered in Dutch',
    locale: 'nl-NL',
    steps: [
      [
        'hoeveel mensen kregen vandaag 50126?',
        ['**50126 vandaag (ma 23 nov 2026):**', 'personen'],
        [NIET_BEGREPEN, VAN_WIE],
      ],
    ],
  },
  {
    name: '"zojuist" searches a window that ends now, described in Dutch',
    locale: 'nl-NL',
    steps: [
      ['waarom kan megan niet inloggen op teams?', ['Wanneer gebeurde het?']],
      ['zojuist', ['bij Microsoft Teams tussen ma 23 nov 10:30 en ma 23 nov 11:00']],
    ],
    searched: { from: '2026-11-23T09:30:00.000Z', to: '2026-11-23T10:00:00.000Z', appId: TEAMS },
  },
  {
    name: '"gisterenmiddag" searches yesterday afternoon, described in Dutch',
    locale: 'nl-NL',
    steps: [
      ['waarom kan megan niet inloggen op teams?', ['Wanneer gebeurde het?']],
      ['gisterenmiddag', ['tussen zo 22 nov 12:00 en zo 22 nov 18:00'], ['gisteren (zo 22 nov 2026)']],
    ],
    searched: { from: '2026-11-22T11:00:00.000Z', to: '2026-11-22T17:00:00.000Z', appId: TEAMS },
  },
  {
    name: '"weet ik niet, vanochtend denk ik" at "which app?" searches her sign-ins in every app this morning',
    locale: 'nl-NL',
    steps: [
      ['waarom kan megan niet inloggen?', ['Bij welke app probeerde Megan Bowen zich aan te melden?']],
      [
        'weet ik niet, vanochtend denk ik',
        ['megan.bowen@contoso.com', 'alle apps'],
        ['hanna.hoek@contoso.com', 'Hanna Hoek', 'Bij welke app', 'Wanneer gebeurde het?'],
      ],
    ],
    searched: { from: '2026-11-22T23:00:00.000Z', to: '2026-11-23T11:00:00.000Z', appId: null },
  },
  {
    name: '"I don\'t know, this morning I think" at "which app?" searches her sign-ins in every app this morning',
    locale: 'nl-NL',
    steps: [
      ['waarom kan megan niet inloggen?', ['Bij welke app probeerde Megan Bowen zich aan te melden?']],
      [
        "I don't know, this morning I think",
        ['megan.bowen@contoso.com', 'alle apps'],
        ['hanna.hoek@contoso.com', 'Hanna Hoek', 'Bij welke app', 'Wanneer gebeurde het?'],
      ],
    ],
    searched: { from: '2026-11-22T23:00:00.000Z', to: '2026-11-23T11:00:00.000Z', appId: null },
  },
  {
    name: '"I don\'t know" at "which app?" is every app, and the question goes on to "when?"',
    steps: [
      ["why can't megan sign in?", ['Which app was Megan Bowen signing in to?']],
      ["I don't know", ['When did it happen?'], ["I don't know an app", 'Which app were you']],
      ['yesterday', ['megan.bowen@contoso.com', 'all apps']],
    ],
    searched: { from: '2026-11-21T23:00:00.000Z', to: '2026-11-22T23:00:00.000Z', appId: null },
  },
];

/** Says each step over HTTP in one conversation and checks every reply; returns nothing, fails at the first miss. */
async function walk(
  base: string,
  bot: TestBot,
  conversation: string,
  steps: Step[],
  locale = 'en-US',
): Promise<void> {
  for (const [say, wanted, refused = []] of steps) {
    const reply = await postActivity(base, {
      text: say,
      from: identityOf(bot.app, HANNA),
      locale,
      localTimezone: ZONE,
      conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: 'chat' },
    });
    expect(reply.status, `status for "${say}"`).to.equal(200);
    const text = reply.texts.join('\n\n');
    for (const part of wanted) {
      if (typeof part === 'string') expect(text, `reply to "${say}"`).to.include(part);
      else expect(text, `reply to "${say}"`).to.match(part);
    }
    for (const part of refused) {
      if (typeof part === 'string') expect(text, `reply to "${say}"`).not.to.include(part);
      else expect(text, `reply to "${say}"`).not.to.match(part);
    }
  }
}

let conversations = 0;
const nextConversation = (): string => `what-people-type-${++conversations}`;

describe('what people type: messages from a newcomer trial', () => {
  const served = servedTestBot();

  for (const [group, cases] of Object.entries({
    'understood now': UNDERSTOOD,
    'names in a first message': NAMES,
    symptoms: SYMPTOMS,
    dates: DATES,
    apps: APPS,
    'in Dutch': DUTCH,
  }))
    describe(group, () => {
      for (const testCase of cases) {
        it(testCase.name, async () => {
          const { bot, base } = served;
          const before = bot.audit.entries.length;
          await walk(base, bot, nextConversation(), testCase.steps, testCase.locale);
          if (!testCase.searched) return;
          const lookups = bot.audit.entries.slice(before);
          expect(lookups, 'lookups made').to.have.length.greaterThan(0);
          // An answer without failures also reads the days around, as a lookup of its own.
          const windows = lookups.map((entry) => ({
            from: entry.from,
            to: entry.to,
            appId: entry.appId ?? null,
          }));
          expect(windows).to.deep.include({
            appId: testCase.searched.appId ?? null,
            from: testCase.searched.from,
            to: testCase.searched.to,
          });
        });
      }
    });
});

const MEGAN = "why can't megan sign in to outlook yesterday?";
const JANE = 'why did jane fail to sign in to teams yesterday?';

interface TicketCase {
  name: string;
  locale?: 'nl-NL';
  /** SIGNIN-000001 is filed first, for Megan Bowen's 53003, in a conversation of its own. */
  filedFirst?: boolean;
  steps: Step[];
  /** The tickets stored afterwards. */
  stored: (Pick<Ticket, 'id'> & Partial<Pick<Ticket, 'stepsTried' | 'note'>> & { updates?: string[] })[];
}

const TICKETS: TicketCase[] = [
  {
    name: 'a ticket asked for with the question looks the failure up first, then drafts the ticket',
    steps: [
      [
        'nestor wilke teams friday failed, pls draft a ticket',
        [
          'Found 1 failed sign-in of nestor.wilke@contoso.com',
          'Did Nestor Wilke already try the steps I suggested?',
        ],
        ['Which sign-in should the ticket be about?'],
      ],
      ['no', ['Ticket draft']],
      ['file it', ['Filed SIGNIN-000001.']],
    ],
    stored: [{ id: 'SIGNIN-000001', stepsTried: false, updates: [] }],
  },
  {
    name: '"help" at the draft says how to file it or add to its note, and adds nothing to the note',
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
      ['yes', ['Ticket draft']],
      [
        'help',
        ['Say **file it** to send the ticket as shown, or type a line to add to its note first.'],
        ['Added'],
      ],
      ['ok submit it', ['Filed SIGNIN-000001.'], ['Added']],
    ],
    stored: [{ id: 'SIGNIN-000001', stepsTried: true, note: '', updates: [] }],
  },
  {
    name: 'a priority asked for in a note is kept in the note and answered: the bot sets it by rule',
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
      ['yep tried everything twice, pls prio 1', ['I cannot set the priority by hand', 'Ticket draft']],
      ['actually make it priority 1', ['Added that to the note. I cannot set the priority by hand']],
      ['file it', ['Filed SIGNIN-000001.']],
    ],
    stored: [
      {
        id: 'SIGNIN-000001',
        stepsTried: true,
        note: 'tried everything twice, pls prio 1\nactually make it priority 1',
        updates: [],
      },
    ],
  },
  {
    name: '"no never mind, I\'ll try it myself first" at "did they try the steps?" files nothing',
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
      ["no never mind, I'll try it myself first", ['OK, I stopped.'], ['Ticket draft']],
      ['file it', [], ['Filed']],
    ],
    stored: [],
  },
  {
    name: 'a note typed as "add a note: …" or "notitie: …" is stored without the words asking to note it',
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
      ['add a note: she was rehired last week and got a new phone', ['I will put that in the note.']],
      ['no', ['Ticket draft', '**Note:** she was rehired last week and got a new phone']],
      ['notitie: haar manager belde ook', ['Added that to the note.']],
      ['file it', ['Filed SIGNIN-000001.']],
    ],
    stored: [
      {
        id: 'SIGNIN-000001',
        stepsTried: false,
        note: 'she was rehired last week and got a new phone\nhaar manager belde ook',
        updates: [],
      },
    ],
  },
  {
    name: 'a ticket asked for with a question that finds no failure says so and drafts nothing',
    steps: [
      [
        "draft a ticket for megan, she can't get into teams today",
        ['So there is no failure to put in a ticket yet.'],
        ['Did Megan Bowen already try'],
      ],
    ],
    stored: [],
  },
  {
    name: "an error screen pasted at the draft is said to be another sign-in's and kept out of the ticket",
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
      ['yes', ['Ticket draft']],
      [
        'AADSTS50126: wrong password.\nRequest Id: 3f2a9b1c-1d2e-4f50-8a6b-7c8d9e0f1a2b\nTimestamp: 2026-11-23T07:58:13Z',
        ["That is another sign-in's error screen, so I kept it out of the ticket."],
        ['Added that to the note', 'reads as a question'],
      ],
      ['file it', ['Filed SIGNIN-000001.']],
    ],
    stored: [{ id: 'SIGNIN-000001', note: '', updates: [] }],
  },
  {
    name: 'an answer with only failures nearby asks to open one before a ticket is drafted about it',
    steps: [
      ["why can't megan sign in to teams today?", ['Nearby, though:']],
      ['open a ticket', ['That answer found no failure of what you asked about'], ['Did Megan Bowen']],
      ['details', ['**User:** Megan Bowen']],
      ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
    ],
    stored: [],
  },
  {
    name: 'a question asked at the draft is kept out of the ticket, and the draft stays as it was',
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
      ['yes', ['Ticket draft']],
      [
        'who looked up megan?',
        ['That reads as a question, so I kept it out of the ticket', 'Ticket draft'],
        ['Added that to the note'],
      ],
      ['how many people got 50126 today', ['That reads as a question'], ['Added that to the note']],
      ["what's the capital of france", ['That reads as a question'], ['Added that to the note']],
      [
        'her manager approved the exception',
        ['Added that to the note', '**Note:** her manager approved the exception'],
      ],
      ['file it', ['Filed SIGNIN-000001.']],
    ],
    stored: [
      { id: 'SIGNIN-000001', stepsTried: true, note: 'her manager approved the exception', updates: [] },
    ],
  },
  {
    name: 'a sentence that says what was tried at "did they try the steps?" is a yes, and goes into the note',
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
      [
        'she tried switching to outlook on the web',
        ['**Steps tried by the user:** yes', '**Note:** she tried switching to outlook on the web'],
        ['Please answer yes or no'],
      ],
      ['file it', ['Filed SIGNIN-000001.']],
    ],
    stored: [
      {
        id: 'SIGNIN-000001',
        stepsTried: true,
        note: 'she tried switching to outlook on the web',
        updates: [],
      },
    ],
  },
  {
    name: 'a sentence that says nothing was tried yet is a no, and goes into the note',
    locale: 'nl-NL',
    steps: [
      ['waarom kan megan gisteren niet inloggen op outlook?', ['mislukte aanmeldingen']],
      ['maak een ticket', ['al geprobeerd']],
      [
        'ze heeft nog niets geprobeerd, zit in een vergadering',
        ['**Stappen geprobeerd door de gebruiker:** nee', '**Notitie:** ze heeft nog niets geprobeerd'],
      ],
      ['indienen', ['SIGNIN-000001']],
    ],
    stored: [
      {
        id: 'SIGNIN-000001',
        stepsTried: false,
        note: 'ze heeft nog niets geprobeerd, zit in een vergadering',
        updates: [],
      },
    ],
  },
  {
    name: 'a sentence that is neither yes nor no at "did they try the steps?" is kept for the note and the question asked again',
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
      [
        'she is travelling this week and only has her ipad with her',
        ['I will put that in the note. Did Megan Bowen already try the steps I suggested: yes or no?'],
        ['Ticket draft'],
      ],
      [
        'no',
        [
          'Ticket draft',
          '**Steps tried by the user:** no',
          '**Note:** she is travelling this week and only has her ipad with her',
        ],
      ],
      ['file it', ['Filed SIGNIN-000001.']],
    ],
    stored: [
      {
        id: 'SIGNIN-000001',
        stepsTried: false,
        note: 'she is travelling this week and only has her ipad with her',
        updates: [],
      },
    ],
  },
  {
    name: 'a yes with more after a kept sentence notes both; a second sentence moves on with tried "not said"',
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
      ['she is abroad until Friday', ['I will put that in the note.']],
      [
        'yes, she restarted the phone',
        ['**Steps tried by the user:** yes', '**Note:** she is abroad until Friday\nshe restarted the phone'],
      ],
      ['cancel', ['OK, I stopped.']],
      ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
      ['she is abroad until Friday', ['I will put that in the note.']],
      [
        'she needs it for a presentation on Monday',
        ['**Steps tried by the user:** not said'],
        ['Please answer yes or no'],
      ],
      ['file it', ['Filed SIGNIN-000001.']],
    ],
    stored: [
      {
        id: 'SIGNIN-000001',
        stepsTried: null,
        note: 'she is abroad until Friday\nshe needs it for a presentation on Monday',
        updates: [],
      },
    ],
  },
  {
    name: 'een zin zonder ja of nee bij "zijn de stappen geprobeerd?" komt in de notitie en de vraag komt terug',
    locale: 'nl-NL',
    steps: [
      ['waarom kan megan gisteren niet inloggen op outlook?', ['2 mislukte aanmeldingen']],
      ['maak een ticket', ['Heeft Megan Bowen de voorgestelde stappen al geprobeerd?']],
      [
        'ze zit tot vrijdag in het buitenland',
        ['Dat zet ik in de notitie. Heeft Megan Bowen de voorgestelde stappen al geprobeerd: ja of nee?'],
        ['Concept van het ticket'],
      ],
      ['ja, ze heeft de app opnieuw geinstalleerd', ['**Stappen geprobeerd door de gebruiker:** ja']],
      ['indienen', ['SIGNIN-000001 is aangemaakt.']],
    ],
    stored: [
      {
        id: 'SIGNIN-000001',
        stepsTried: true,
        note: 'ze zit tot vrijdag in het buitenland\nze heeft de app opnieuw geinstalleerd',
        updates: [],
      },
    ],
  },
  ...(
    [
      ['en-US', "the password reset didn't help", "the password reset didn't help"],
      ['en-US', 'it still fails after the reset', 'it still fails after the reset'],
      ['en-US', 'she tried, but it did not help', 'it did not help'],
      [
        'nl-NL',
        'het opnieuw instellen van het wachtwoord hielp niet',
        'het opnieuw instellen van het wachtwoord hielp niet',
      ],
      ['nl-NL', 'het lukt nog steeds niet na de herstart', 'het lukt nog steeds niet na de herstart'],
    ] as const
  ).map(([locale, say, note]): TicketCase => ({
    name: `"${say}" at "did they try the steps?" says they were tried, and is the note`,
    ...(locale === 'nl-NL'
      ? {
          locale,
          steps: [
            ['waarom kan megan gisteren niet inloggen op outlook?', ['2 mislukte aanmeldingen']],
            ['maak een ticket', ['Heeft Megan Bowen de voorgestelde stappen al geprobeerd?']],
            [say, ['**Stappen geprobeerd door de gebruiker:** ja', `**Notitie:** ${note}`]],
            ['indienen', ['SIGNIN-000001 is aangemaakt.']],
          ],
        }
      : {
          steps: [
            [MEGAN, ['Found 2 failed sign-ins']],
            ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
            [say, ['**Steps tried by the user:** yes', `**Note:** ${note}`]],
            ['file it', ['Filed SIGNIN-000001.']],
          ],
        }),
    stored: [{ id: 'SIGNIN-000001', stepsTried: true, note, updates: [] }],
  })),
  {
    name: '"yes, she used the iphone mail app" counts as yes, and the rest goes into the note',
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
      [
        'yes, she used the iphone mail app',
        ['Ticket draft', '**Steps tried by the user:** yes', '**Note:** she used the iphone mail app'],
        ['Please answer yes or no'],
      ],
      ['file it', ['Filed SIGNIN-000001.']],
    ],
    stored: [{ id: 'SIGNIN-000001', stepsTried: true, note: 'she used the iphone mail app', updates: [] }],
  },
  {
    name: '"ticket SIGNIN-000001" at the yes/no question answers that ticket and asks the question again',
    filedFirst: true,
    steps: [
      [JANE, ['Found 5 failed sign-ins of jane.visser@contoso.com']],
      ['open a ticket', ['Did Jane Visser already try the steps I suggested?']],
      [
        'ticket SIGNIN-000001',
        [
          '**SIGNIN-000001**: Sign-in failure 53003 for megan.bowen@contoso.com',
          'Did Jane Visser already try the steps I suggested?',
        ],
        ['Please answer yes or no'],
      ],
      [
        'ticket SIGNIN-000042',
        ["I can't find a ticket SIGNIN-000042 that you may see.", 'Did Jane Visser already try the steps'],
        ['Please answer yes or no'],
      ],
      [
        'no',
        [
          'Ticket draft',
          'Sign-in failure 50053 for jane.visser@contoso.com',
          '**Steps tried by the user:** no',
        ],
      ],
    ],
    stored: [{ id: 'SIGNIN-000001', updates: [] }],
  },
  {
    name: 'a note said with the ticket number is added at once; another ticket named at "what should I add?" is not the note',
    filedFirst: true,
    steps: [
      [
        'add a note to SIGNIN-000001: user got a new phone',
        ['Added your note to SIGNIN-000001'],
        ['What should I add'],
      ],
      ['add a note to SIGNIN-000001', ['What should I add to SIGNIN-000001?']],
      ['add a note to SIGNIN-000042', ["I can't find a ticket SIGNIN-000042 that you may see."], ['Added']],
    ],
    stored: [{ id: 'SIGNIN-000001', updates: ['user got a new phone'] }],
  },
  {
    name: '"help" and "cancel" work at the yes/no question',
    steps: [
      [JANE, ['Found 5 failed sign-ins']],
      ['open a ticket', ['Did Jane Visser already try the steps I suggested?']],
      [
        'help',
        [
          'Answer **yes** or **no**: were the steps I suggested tried already?',
          'Did Jane Visser already try the steps I suggested?',
        ],
        ['Please answer yes or no'],
      ],
      ['cancel', ['OK, I stopped.'], ['Please answer yes or no']],
      ['file it', [], ['Filed']],
    ],
    stored: [],
  },
  {
    name: '"add to it" after the same failure is shown again adds to the open ticket',
    filedFirst: true,
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['add to it', ['What should I add to SIGNIN-000001?']],
      ['still failing after her new phone', ['Added your note to SIGNIN-000001.']],
    ],
    stored: [{ id: 'SIGNIN-000001', updates: ['still failing after her new phone'] }],
  },
  {
    name: '"add to it" at the offer of the open ticket adds to it instead of filing a duplicate',
    filedFirst: true,
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['open a ticket', ['There is already an open ticket for this person and error code: SIGNIN-000001']],
      ['add to it', ['What should I add to SIGNIN-000001?']],
      ['she is abroad until Friday', ['Added your note to SIGNIN-000001.']],
    ],
    stored: [{ id: 'SIGNIN-000001', updates: ['she is abroad until Friday'] }],
  },
  {
    name: '"Add to SIGNIN-000001" in a new conversation adds to that ticket',
    filedFirst: true,
    steps: [
      ['Add to SIGNIN-000001', ['What should I add to SIGNIN-000001?']],
      ['her phone was replaced today', ['Added your note to SIGNIN-000001.']],
    ],
    stored: [{ id: 'SIGNIN-000001', updates: ['her phone was replaced today'] }],
  },
  {
    name: '"ja, ze gebruikte de iphone mail app" counts as yes in Dutch, and the rest goes into the note',
    locale: 'nl-NL',
    steps: [
      ['waarom kan megan gisteren niet inloggen op outlook?', ['2 mislukte aanmeldingen']],
      ['maak een ticket', ['Heeft Megan Bowen de voorgestelde stappen al geprobeerd?']],
      [
        'ja, ze gebruikte de iphone mail app',
        ['**Stappen geprobeerd door de gebruiker:** ja', '**Notitie:** ze gebruikte de iphone mail app'],
        ['Antwoord met ja of nee'],
      ],
      ['indienen', ['SIGNIN-000001']],
    ],
    stored: [{ id: 'SIGNIN-000001', stepsTried: true, note: 'ze gebruikte de iphone mail app', updates: [] }],
  },
  {
    name: '"ticket SIGNIN-000001" at the Dutch yes/no question answers in Dutch and asks again',
    locale: 'nl-NL',
    filedFirst: true,
    steps: [
      ['waarom kan jane gisteren niet inloggen op teams?', ['5 mislukte aanmeldingen']],
      ['maak een ticket', ['Heeft Jane Visser de voorgestelde stappen al geprobeerd?']],
      [
        'ticket SIGNIN-000001',
        ['**SIGNIN-000001**', 'Prioriteit 3', 'Heeft Jane Visser de voorgestelde stappen al geprobeerd?'],
        ['Antwoord met ja of nee', 'Please answer'],
      ],
    ],
    stored: [{ id: 'SIGNIN-000001', updates: [] }],
  },
  ...(
    [
      [
        'en-US',
        'add a note: confirmed she still uses the iOS mail app',
        'confirmed she still uses the iOS mail app',
      ],
      ['en-US', 'note: she still uses the iOS mail app', 'she still uses the iOS mail app'],
      ['en-US', 'add a note to SIGNIN-000001: she is abroad', 'she is abroad'],
      ['nl-NL', 'voeg een notitie toe: ze gebruikt nog de iOS mail app', 'ze gebruikt nog de iOS mail app'],
      ['nl-NL', 'notitie: ze zit in het buitenland', 'ze zit in het buitenland'],
    ] as const
  ).map(([locale, say, note]): TicketCase => ({
    name: `"${say}" at the offer of the open ticket adds the note to it at once`,
    filedFirst: true,
    ...(locale === 'nl-NL'
      ? {
          locale,
          steps: [
            ['waarom kan megan gisteren niet inloggen op outlook?', ['2 mislukte aanmeldingen']],
            ['maak een ticket', ['Er is al een open ticket voor deze persoon en foutcode: SIGNIN-000001']],
            [say, ['Je notitie is toegevoegd aan SIGNIN-000001.'], ['Wat moet ik']],
          ],
        }
      : {
          steps: [
            [MEGAN, ['Found 2 failed sign-ins']],
            [
              'open a ticket',
              ['There is already an open ticket for this person and error code: SIGNIN-000001'],
            ],
            [say, ['Added your note to SIGNIN-000001.'], ['What should I add']],
          ],
        }),
    stored: [{ id: 'SIGNIN-000001', updates: [note] }],
  })),
  {
    name: 'a bare "add a note" at the offer asks for the note; "file it", "new" or "add it" there is never the note',
    filedFirst: true,
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['open a ticket', ['There is already an open ticket for this person and error code: SIGNIN-000001']],
      ['add a note', ['What should I add to SIGNIN-000001?'], ['Did Megan Bowen']],
      [
        'file it',
        ['That reads as an instruction, not a note, so I added nothing to SIGNIN-000001.'],
        ['Added'],
      ],
      ['add it', ['I added nothing to SIGNIN-000001'], ['Added']],
      ['add a note', ['What should I add to SIGNIN-000001?'], ['Added']],
      ['confirmed she still uses the iOS mail app', ['Added your note to SIGNIN-000001.']],
    ],
    stored: [{ id: 'SIGNIN-000001', updates: ['confirmed she still uses the iOS mail app'] }],
  },
  {
    name: '"cancel" at "what should I add?" adds nothing',
    filedFirst: true,
    steps: [
      ['Add to SIGNIN-000001', ['What should I add to SIGNIN-000001?']],
      ['cancel', ['OK, I stopped.'], ['Added']],
    ],
    stored: [{ id: 'SIGNIN-000001', updates: [] }],
  },
  {
    name: '"new ticket" at "what should I add?" after the offer files a new ticket instead',
    filedFirst: true,
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['open a ticket', ['There is already an open ticket for this person and error code: SIGNIN-000001']],
      ['add to it', ['What should I add to SIGNIN-000001?']],
      ['new ticket', ['Did Megan Bowen already try the steps I suggested?'], ['Added']],
      ['no', ['Ticket draft']],
      ['file it', ['Filed SIGNIN-000002.']],
    ],
    stored: [
      { id: 'SIGNIN-000001', updates: [] },
      { id: 'SIGNIN-000002', stepsTried: false, note: '', updates: [] },
    ],
  },
  {
    name: 'een kale "voeg een notitie toe" vraagt om de notitie; "indienen" of "voeg het toe" is nooit de notitie',
    locale: 'nl-NL',
    filedFirst: true,
    steps: [
      ['waarom kan megan gisteren niet inloggen op outlook?', ['2 mislukte aanmeldingen']],
      ['maak een ticket', ['Er is al een open ticket voor deze persoon en foutcode: SIGNIN-000001']],
      ['voeg een notitie toe', ['Wat moet ik aan SIGNIN-000001 toevoegen?'], ['Heeft Megan Bowen']],
      ['indienen', ['Dat lijkt een opdracht, geen notitie, dus ik heb niets aan SIGNIN-000001 toegevoegd.']],
      ['voeg het toe', ['ik heb niets aan SIGNIN-000001 toegevoegd'], ['Je notitie is toegevoegd']],
      ['ze zit in het buitenland', ['Je notitie is toegevoegd aan SIGNIN-000001.']],
    ],
    stored: [{ id: 'SIGNIN-000001', updates: ['ze zit in het buitenland'] }],
  },
  {
    name: '"new ticket", "add to it" or a bare "add a note" at the draft is never its note',
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
      ['no', ['Ticket draft']],
      [
        'new ticket',
        ['That reads as an instruction, not a note, so I kept it out of the ticket.', 'Ticket draft'],
      ],
      ['add to it', ['I kept it out of the ticket'], ['Added that to the note']],
      ['add a note', ['Type the note itself'], ['Added that to the note']],
      ['she is abroad', ['Added that to the note.', '**Note:** she is abroad']],
      ['file it', ['Filed SIGNIN-000001.']],
    ],
    stored: [{ id: 'SIGNIN-000001', stepsTried: false, note: 'she is abroad', updates: [] }],
  },
  ...(
    [
      ['en-US', 'note: user got a new phone'],
      ['en-US', 'add a note: she is abroad'],
      ['nl-NL', 'notitie: gebruiker heeft een nieuwe telefoon'],
      ['nl-NL', 'voeg een notitie toe: ze zit in het buitenland'],
    ] as const
  ).map(([locale, say]): TicketCase => ({
    name: `"${say}" with no draft or ticket open says there is nothing to add it to, and how to start one`,
    ...(locale === 'nl-NL' ? { locale } : {}),
    steps: [
      [
        say,
        locale === 'nl-NL'
          ? ['Er is geen ticket of concept open om een notitie aan toe te voegen.', '**maak een ticket**']
          : ['There is no ticket or draft open to add a note to.', '**open a ticket**'],
        ['AADSTS', WHOSE, VAN_WIE, NOT_UNDERSTOOD, NIET_BEGREPEN, 'There are no tickets to show'],
      ],
    ],
    stored: [],
  })),
  {
    name: '"note: …" in another conversation than the open ticket\'s is not added to it unasked',
    filedFirst: true,
    steps: [
      [
        'note: she still uses the iOS mail app',
        ['There is no ticket or draft open to add a note to.', 'add a note to SIGNIN-000123: …'],
        ['Added'],
      ],
    ],
    stored: [{ id: 'SIGNIN-000001', updates: [] }],
  },
  {
    name: '"note: …" after the ticket of the failure shown was filed adds to that ticket',
    steps: [
      [MEGAN, ['Found 2 failed sign-ins']],
      ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
      ['no', ['Ticket draft']],
      ['file it', ['Filed SIGNIN-000001.']],
      ['note: she still uses the iOS mail app', ['Added your note to SIGNIN-000001.']],
    ],
    stored: [{ id: 'SIGNIN-000001', updates: ['she still uses the iOS mail app'] }],
  },
  ...(
    [
      ['nl-NL', 'verstuur het ticket maar'],
      ['nl-NL', 'stuur het ticket maar in'],
      ['nl-NL', 'ticket versturen graag'],
      ['en-US', 'send the ticket'],
      ['en-US', 'go ahead and send it'],
    ] as const
  ).map(([locale, say]): TicketCase => ({
    name: `"${say}" at the draft files the ticket instead of listing tickets`,
    ...(locale === 'nl-NL'
      ? {
          locale,
          steps: [
            ['waarom kan megan gisteren niet inloggen op outlook?', ['2 mislukte aanmeldingen']],
            ['maak een ticket', ['Heeft Megan Bowen de voorgestelde stappen al geprobeerd?']],
            ['ja', ['Concept van het ticket']],
            [
              say,
              ['SIGNIN-000001 is aangemaakt.'],
              ['nieuwste eerst', 'Er zijn geen tickets', 'in de notitie', 'Concept van het ticket'],
            ],
          ],
        }
      : {
          steps: [
            [MEGAN, ['Found 2 failed sign-ins']],
            ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
            ['yes', ['Ticket draft']],
            [
              say,
              ['Filed SIGNIN-000001.'],
              ['newest first', 'There are no tickets', 'to the note', 'Ticket draft'],
            ],
          ],
        }),
    stored: [{ id: 'SIGNIN-000001', stepsTried: true, note: '', updates: [] }],
  })),
  ...(
    [
      ['en-US', 'no, not yet', false, ''],
      ['en-US', 'yes I did', true, ''],
      ['en-US', 'nope, she has not tried them yet', false, ''],
      ['en-US', 'no, but I restarted the phone twice', false, 'I restarted the phone twice'],
      ['nl-NL', 'nee, nog niet', false, ''],
      ['nl-NL', 'ja, heb ik gedaan', true, ''],
      [
        'nl-NL',
        'nee, maar ze heeft haar telefoon opnieuw opgestart',
        false,
        'ze heeft haar telefoon opnieuw opgestart',
      ],
    ] as const
  ).map(([locale, say, tried, note]): TicketCase => ({
    name: `"${say}" at "did they try the steps?" is a ${tried ? 'yes' : 'no'} with ${note ? 'the rest as the note' : 'no note'}`,
    ...(locale === 'nl-NL'
      ? {
          locale,
          steps: [
            ['waarom kan megan gisteren niet inloggen op outlook?', ['2 mislukte aanmeldingen']],
            ['maak een ticket', ['Heeft Megan Bowen de voorgestelde stappen al geprobeerd?']],
            [
              say,
              [`**Stappen geprobeerd door de gebruiker:** ${tried ? 'ja' : 'nee'}`],
              note ? [] : ['**Notitie:**'],
            ],
            ['indienen', ['SIGNIN-000001 is aangemaakt.']],
          ],
        }
      : {
          steps: [
            [MEGAN, ['Found 2 failed sign-ins']],
            ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
            [say, [`**Steps tried by the user:** ${tried ? 'yes' : 'no'}`], note ? [] : ['**Note:**']],
            ['file it', ['Filed SIGNIN-000001.']],
          ],
        }),
    stored: [{ id: 'SIGNIN-000001', stepsTried: tried, note, updates: [] }],
  })),
];

describe('what people type: at the ticket questions', () => {
  // Each case has a ticket file of its own, so ticket numbers start at SIGNIN-000001.
  let bot: TestBot;
  let base: string;
  beforeEach(async () => {
    bot = await startTestBot();
    base = await listen(bot);
  });
  afterEach(() => bot.close());

  const stored = async (): Promise<Ticket[]> => {
    try {
      return (JSON.parse(await readFile(bot.config.files.tickets, 'utf8')) as { tickets: Ticket[] }).tickets;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  };

  for (const testCase of TICKETS) {
    it(testCase.name, async () => {
      if (testCase.filedFirst)
        await walk(base, bot, nextConversation(), [
          [MEGAN, ['Found 2 failed sign-ins']],
          ['open a ticket', ['already try the steps']],
          ['no', ['Ticket draft']],
          ['file it', ['Filed SIGNIN-000001.']],
        ]);
      await walk(base, bot, nextConversation(), testCase.steps, testCase.locale);
      const tickets = await stored();
      expect(tickets.map((ticket) => ticket.id)).to.deep.equal(testCase.stored.map((ticket) => ticket.id));
      testCase.stored.forEach(({ updates, ...fields }, index) => {
        expect(tickets[index]).to.include(fields);
        if (updates) expect(tickets[index].updates.map((update) => update.note)).to.deep.equal(updates);
      });
    });
  }
});
