import { expect } from 'chai';
import { ConversationAccount } from 'botbuilder';
import path from 'node:path';
import { readSignInFile } from '../../src/signins/signInFile';
import { Conversation } from '../helpers/conversation';
import { NOW, startTestBot, TestBot } from '../helpers/fixture';
import { identityOf } from '../helpers/identity';

type Step = [say: string, expect: (string | RegExp)[], refuse?: (string | RegExp)[]];

interface Case {
  name: string;
  as?: string;
  steps: Step[];
}

const HELPDESK = 'hanna.hoek@contoso.com';

const CASES: Case[] = [
  {
    name: 'asks for the app and the date, then shows the latest failure with meaning and ticket text (the megan story)',
    steps: [
      [
        "why can't megan sign in?",
        ['Which app was Megan Bowen signing in to?', 'Office 365 Exchange Online', 'Microsoft Teams'],
      ],
      ['outlook', ['When did it happen?']],
      [
        'yesterday',
        [
          'Found 2 failed sign-ins of megan.bowen@contoso.com to Office 365 Exchange Online yesterday (Sun 22 Nov 2026)',
          '2 × 53003, between 08:42 and 10:17 (Europe/Amsterdam)',
          '**Why:** A Conditional Access policy blocked the sign-in. Policy: "Block legacy authentication".',
          '**Next step:**',
          'Say **details** for the whole record',
          'or **more** for the other failure.',
        ],
        ['Correlation ID', 'What the helpdesk or admin does'],
      ],
      [
        'details',
        [
          '2026-11-22 09:17:07 UTC (Sun 22 Nov 10:17 Europe/Amsterdam)',
          '**Client app:** Exchange ActiveSync',
          '**IP address:** 84.241.196.',
          '**Location:** Utrecht, Utrecht, NL',
          'iOS 18.1',
          '**Error code:** 53003',
          '**Failure reason:**',
          'failure: blocked by "Block legacy authentication"',
          '**MFA:** not required',
          /\*\*Request ID:\*\* [0-9a-f-]{36}/,
          /\*\*Correlation ID:\*\* [0-9a-f-]{36}/,
          'What it means:** A Conditional Access policy blocked the sign-in.',
          'What the helpdesk or admin does',
          'A ticket for support',
          'Sign-in failure 53003 for megan.bowen@contoso.com on Office 365 Exchange Online',
        ],
      ],
      ['more', ['Earlier failures', '2. ', '53003']],
      ['2', ['#2', '2026-11-22 07:42:00 UTC', '53003']],
    ],
  },
  {
    name: 'asks nothing when the first message names user, app and date',
    steps: [
      [
        'why did jane fail to sign in to teams yesterday?',
        [
          'Found 5 failed sign-ins of jane.visser@contoso.com to Microsoft Teams',
          '3 × 50126, then 2 × 50053, between 08:55 and 09:05 (Europe/Amsterdam)',
          '**Why:** The account is temporarily locked',
        ],
        ['Earlier failures'],
      ],
      ['more', ['Earlier failures', '50126', '50053']],
    ],
  },
  {
    name: 'says the sign-in succeeded when there are only successes',
    steps: [
      [
        "why can't lee sign in to teams today?",
        [
          'No failed sign-ins of lee.gu@contoso.com to Microsoft Teams today',
          'both succeeded, the last one at',
          'problem is probably elsewhere',
          '- the nearest failure in the last 7 days: 50126 to Microsoft Teams at Fri 20 Nov 07:01',
          'Searched 2 sign-ins',
        ],
      ],
    ],
  },
  {
    name: 'says what failed nearby when nothing failed where asked: other apps the same day (Megan, Teams, yesterday)',
    steps: [
      [
        "why can't megan sign in to teams yesterday?",
        [
          'all 3 succeeded',
          'Nearby, though:',
          '- the same day: 2 × 53003 to Office 365 Exchange Online, between 08:42 and 10:17',
          'Say **details** for the latest of these failures, or **more** to list them.',
        ],
        ['probably elsewhere', 'all 1 '],
      ],
      ['details', ['**Error code:** 53003', '**Client app:** Exchange ActiveSync']],
      ['more', ['1. ', '2. ', '53003']],
    ],
  },
  {
    name: 'calls failures nearby in a week asked about "in the same period", not "the same day" (Megan, SharePoint, last week)',
    steps: [
      [
        'why did megan fail to sign in to sharepoint last week?',
        [
          'Nearby, though:',
          '- in the same period: 50126 to Microsoft Teams at Tue 17 Nov 11:17; 500121 to Outlook Mobile at Wed 18 Nov 15:34; 2 × 53003 to Office 365 Exchange Online, between Sun 22 Nov 08:42 and 10:17',
        ],
        ['the same day'],
      ],
    ],
  },
  {
    name: 'calls a failure just before days asked about "the day before or after that period" (Lee, Teams, since Saturday)',
    steps: [
      [
        'why did lee fail to sign in to teams since saturday?',
        ['- the day before or after that period: 50126 to Microsoft Teams at Fri 20 Nov 07:01'],
        ['the same day', 'the day before or after:'],
      ],
    ],
  },
  {
    name: 'says what failed earlier the same day, and that the log lags, when the last hour had none (Lynne)',
    steps: [
      ['why did lynne fail to sign in an hour ago?', ['Which app']],
      [
        'any app',
        [
          'the only sign-in succeeded',
          '- the same day: 50079 to Microsoft Teams at 07:40',
          'Sign-ins take up to 2 hours to reach the log',
        ],
        ['all 1 '],
      ],
    ],
  },
  {
    name: 'answers "who should fix this?" and "en wat moet ik nu doen" after an answer with the shown error\'s steps',
    steps: [
      ['why did megan fail to sign in to outlook yesterday?', ['2 × 53003']],
      ['who should fix this?', ['**AADSTS53003 BlockedByConditionalAccess**', '**What the user can do:**']],
      [
        'en wat moet ik nu doen',
        ['**AADSTS53003 BlockedByConditionalAccess**'],
        ["didn't understand", '2 × 53003'],
      ],
    ],
  },
  {
    name: 'answers "what should he do?" after a refused MFA request with the MFA step\'s steps, never "approve"',
    steps: [
      ['why did ruben fail to sign in yesterday?', ['Which app']],
      ['any app', ['**MFA fatigue?**']],
      [
        'what should he do?',
        ['User declined the authentication', 'If you did not start this sign-in, do not approve anything'],
        ['approve the notification'],
      ],
    ],
  },
  {
    name: 'looks again from the same start up to now for "is it fixed now?", not at tickets',
    steps: [
      ['why did megan fail to sign in to outlook yesterday?', ['yesterday (Sun 22 Nov 2026)']],
      [
        'is it fixed now?',
        [
          'of megan.bowen@contoso.com to Office 365 Exchange Online between Sun 22 Nov 00:00 and Mon 23 Nov 11:00',
        ],
        ['tickets'],
      ],
    ],
  },
  {
    name: 'lists the other failures for "show me the other failures" and "laat de andere fouten zien"',
    steps: [
      ["why can't jane sign in to any app since last tuesday", ['Found 6 failed sign-ins']],
      ['show me the other failures', ['Earlier failures (reply with the number to see one):', '2. ']],
      ["why can't jane sign in to any app since last tuesday", ['Found 6 failed sign-ins']],
      ['laat de andere fouten zien', ['Earlier failures'], ['Nothing to cancel', 'Which app']],
    ],
  },
  {
    name: 'does not call a legacy-auth block resolved because another app or client signed in later',
    steps: [
      [
        'why did megan fail to sign in to outlook yesterday?',
        ['2 × 53003', '**Legacy authentication:**'],
        ['resolved itself'],
      ],
    ],
  },
  {
    name: 'counts and names the interrupts beside the failure, and the first success after it (Jane, Outlook, since last Tuesday)',
    steps: [
      [
        'why did jane fail to sign in to outlook since last tuesday?',
        [
          'Found 1 failed sign-in of jane.visser@contoso.com to Office 365 Exchange Online',
          '50126 at Fri 20 Nov 09:43 (Europe/Amsterdam)',
          'Also 3 interrupts (50058, 50074, 50097): a normal step of signing in, not an error.',
          'Signed in fine at Fri 20 Nov 10:57, after the last failure: it may have resolved itself.',
        ],
      ],
    ],
  },
  {
    name: 'answers about the failure the person saw, and names background failures as background (Daan)',
    steps: [
      ['why did daan fail to sign in last week?', ['Which app']],
      [
        'any app',
        [
          'Found 4 failed sign-ins of daan.devries@contoso.com to all apps',
          '53004 to Microsoft Authentication Broker, then 50126 to Outlook Mobile',
          'In the background (an app signing in on its own, nobody at the screen): 50133 to Outlook Mobile, then 50133 to OneDrive SyncEngine',
          '**Why:** The user name or password was wrong.',
        ],
      ],
      ['details', ['**Error code:** 50126', '**Interactive:** yes']],
    ],
  },
  {
    name: 'names a lockout chain and where the old password comes from (Jane)',
    steps: [
      [
        'why did jane fail to sign in to teams yesterday?',
        ['**Lockout chain:** 3 wrong passwords, then the lock, most from CONTOSO-', '(Browser)'],
      ],
    ],
  },
  {
    name: 'says in which app a lockout chain happened when it was not the app asked about (Jane, Outlook)',
    steps: [
      [
        "why can't jane sign in to outlook since yesterday?",
        ['**Lockout chain in Microsoft Teams:** the lock holds for every app. 3 wrong passwords'],
        ['**Lockout chain:**'],
      ],
    ],
  },
  {
    name: 'names legacy authentication blocked by Conditional Access, and the app that works (Megan)',
    steps: [
      [
        "why can't megan sign in to outlook yesterday?",
        [
          '**Legacy authentication:** Exchange ActiveSync cannot do MFA',
          '**Works in Microsoft Teams, fails in Office 365 Exchange Online:**',
        ],
      ],
    ],
  },
  {
    name: 'names a password spray from one address and a new country (Bram)',
    steps: [
      [
        'why did bram fail to sign in to outlook last week?',
        [
          '**Password spray?** 8 people failed with a wrong password from 185.220.101.77',
          '**New country:** a sign-in from Moscow, RU',
        ],
      ],
    ],
  },
  {
    name: 'names MFA fatigue: prompts denied at night (Ruben)',
    steps: [
      ['why did ruben fail to sign in yesterday?', ['Which app']],
      [
        'any app',
        [
          '**MFA fatigue?** 4 MFA prompts denied or left unanswered, between 22:10 and 22:22, most from',
          'at 185.220.101.77',
          'reset it, revoke their sessions and block the address',
        ],
        // The code's usual step ("approve the notification") is wrong when someone else is sending the prompts.
        ['**Next step:**', 'approve the notification'],
      ],
    ],
  },
  {
    name: 'names a disabled account that is still tried, without asking which app: Pieter used only one',
    steps: [
      [
        'why did pieter fail to sign in yesterday?',
        ['to Microsoft Office yesterday', '**A disabled account still tried:** 3 times, most from'],
        ['Which app'],
      ],
    ],
  },
  {
    name: 'does not say "the password and MFA are fine" about a wrong password, whatever other apps did (Lee)',
    steps: [
      ['did lee gu have problems with teams last friday', ['50126 at 07:01'], ['Works in', 'are fine']],
    ],
  },
  {
    name: 'takes "all of them" at the which-app question as every app, not as a question about tickets',
    steps: [
      ['why did ruben fail to sign in yesterday?', ['Which app']],
      ['all of them', ['Found 4 failed sign-ins of ruben.smit@contoso.com to all apps'], ['tickets']],
    ],
  },
  {
    name: 'names no pattern where there is none (Adele, one expired password)',
    as: 'adele.vance@contoso.com',
    steps: [
      [
        'why did my sign-in to office home fail today?',
        ['50055'],
        [
          'Lockout chain',
          'MFA fatigue',
          'Password spray',
          'Legacy authentication',
          'New country',
          'still tried',
        ],
      ],
    ],
  },
  {
    name: 'says what to check when there are no records for that day',
    steps: [
      [
        "why can't megan sign in to teams on 2026-11-01?",
        [
          'No sign-ins of megan.bowen@contoso.com to Microsoft Teams on Sun 1 Nov 2026',
          'up to 2 hours',
          'Searched 0 sign-ins',
        ],
      ],
    ],
  },
  {
    name: 'explains interrupts as interrupts, not failures',
    steps: [
      [
        "why can't nestor sign in to teams today?",
        ['No real failures', '2 interrupted sign-ins', 'not an error', '50074', '50140'],
      ],
    ],
  },
  {
    name: 'suggests a near name for an unknown user, then accepts the right one',
    steps: [
      ['why did the sign-in fail?', ['Whose sign-in should I look at?']],
      ['megn bowen', ['I can\'t find anyone called "megn bowen". Did you mean Megan Bowen']],
      ['Megan Bowen', ['Which app was Megan Bowen signing in to?']],
    ],
  },
  {
    name: 'explains a code the catalog lacks instead of asking whose sign-in it was',
    steps: [
      ['what does 5012 mean', ["There is no error code 5012 in Microsoft's list"], ['Whose sign-in']],
      ['what does 99999999 mean', ['I have no notes on error code 99999999'], ['Whose sign-in']],
    ],
  },
  {
    name: 'answers a question across people at the who-prompt, then asks again (not a name)',
    steps: [
      ['why did the sign-in fail?', ['Whose sign-in should I look at?']],
      [
        'how many people got 50126 today?',
        ['**50126 today (Mon 23 Nov 2026):**', 'Whose sign-in should I look at?'],
        ["can't find anyone"],
      ],
      ['megan', ['Which app was Megan Bowen signing in to?']],
    ],
  },
  {
    name: 'takes a date given at "which app?" as the date, for every app (not as an app called "last tuesday")',
    steps: [
      ["why can't megan sign in", ['Which app was Megan Bowen signing in to?']],
      [
        'last week tuesday',
        ['Found 1 failed sign-in of megan.bowen@contoso.com to all apps on Tue 17 Nov 2026'],
        ["don't know an app"],
      ],
    ],
  },
  {
    name: 'takes "and nestor?" at "which app?" as the same question about Nestor',
    steps: [
      ["why can't megan sign in", ['Which app was Megan Bowen signing in to?']],
      ['and nestor?', ['Which app was Nestor Wilke signing in to?']],
    ],
  },
  {
    name: 'explains a code asked at "did they try the steps?", and keeps a sentence there for the note',
    steps: [
      ['why did jane fail to sign in to teams yesterday?', ['Found 5 failed sign-ins']],
      ['open a ticket', ['Did Jane Visser already try the steps I suggested?']],
      ['what does 53000 mean', ['AADSTS53000', 'Did Jane Visser already try the steps I suggested?']],
      [
        'she is abroad this week, urgent please',
        ['I will put that in the note. Did Jane Visser already try the steps I suggested: yes or no?'],
        ['Please answer yes or no'],
      ],
      ['no', ['**Note:** she is abroad this week, urgent please', 'I cannot set the priority by hand']],
    ],
  },
  {
    name: "offers the question about the sign-ins around a pasted screen's timestamp when its IDs are not found",
    as: 'adele.vance@contoso.com',
    steps: [
      [
        'AADSTS50055: The password is expired.\nRequest Id: 11111111-2222-3333-4444-555555555555\nTimestamp: 2026-11-23T07:10:00Z',
        ['I found no sign-in with', '**why did my sign-in fail on 2026-11-23 at 08:10?**'],
      ],
      ['why did my sign-in fail on 2026-11-23 at 08:10?', ['Which app were you signing in to?']],
      [
        'officehome',
        ['Found 1 failed sign-in of yours to OfficeHome between Mon 23 Nov 07:10 and Mon 23 Nov 09:10'],
      ],
    ],
  },
  {
    name: 'answers a meaning question during a ticket and keeps a pasted screen of another sign-in out of it',
    steps: [
      ['why did jane fail to sign in to teams yesterday?', ['Found 5 failed sign-ins']],
      ['open a ticket', ['Did Jane Visser already try the steps I suggested?']],
      [
        'what does AADSTS700016 mean in plain english?',
        ['AADSTS700016', 'Did Jane Visser already try the steps I suggested?'],
        ['**Ticket draft**'],
      ],
      ['no', ['**Ticket draft**'], ['700016']],
      [
        'AADSTS50076: you must use multi-factor authentication.\nRequest Id: 12345678-aaaa-bbbb-cccc-1234567890ab\nTimestamp: 2026-11-23T07:10:00Z',
        ['kept it out of the ticket', '**Ticket draft**'],
        ['12345678-aaaa-bbbb-cccc-1234567890ab'],
      ],
      [
        'what does "The user or administrator has not consented" mean?',
        ['AADSTS65001'],
        ['Added that to the note'],
      ],
    ],
  },
  {
    name: 'does not take an unrelated question with a day in it at "which app?" as the date',
    steps: [
      ['why did ruben fail to sign in yesterday?', ['Which app was Ruben Smit signing in to?']],
      [
        "what's the weather in amsterdam tomorrow?",
        ['That reads as another question'],
        ['When did it happen?'],
      ],
    ],
  },
  {
    name: 'says at "help" during a question that an error code can be explained at any point, then asks again',
    steps: [
      ["why can't megan sign in to teams", ['When did it happen?']],
      ['help', ['At any point I can also explain an error code', 'When did it happen?']],
    ],
  },
  {
    name: 'says a date no calendar has does not exist, at the first question and at "when?"',
    steps: [
      ["why can't megan sign in to teams on 31-11?", ['There is no date 31-11'], ['Top errors']],
      ['op 31-11', ['There is no date 31-11'], ['Top errors']],
      ['yesterday', ['megan.bowen@contoso.com to Microsoft Teams yesterday']],
    ],
  },
  {
    name: 'does not take the day of an unrelated question at "when?" as the answer',
    steps: [
      ["why can't megan sign in to teams", ['When did it happen?']],
      [
        "what's the weather in amsterdam today?",
        ['That reads as another question', 'When did the sign-in fail?'],
        ['No failed sign-ins', 'Found'],
      ],
      ['what about yesterday?', ['megan.bowen@contoso.com to Microsoft Teams yesterday']],
    ],
  },
  {
    name: 'gives an end user the same refusal for "and <anyone>?", known or not, and takes "and yesterday?" as their own',
    as: 'adele.vance@contoso.com',
    steps: [
      ['why did my sign-in to teams fail today?', ['of yours to Microsoft Teams today']],
      ['and karel?', ['I can only show you your own sign-ins.'], ['of yours']],
      ['and megan?', ['I can only show you your own sign-ins.']],
      ['and yesterday?', ['of yours to Microsoft Teams yesterday'], ['only show you your own', 'Top errors']],
    ],
  },
  {
    name: 'reads "my colleague" as someone else: the helpdesk is asked whose sign-in',
    steps: [
      [
        "my colleague can't sign in to teams",
        ['Whose sign-in should I look at?'],
        ['of yours', 'When did it happen'],
      ],
    ],
  },
  {
    name: 'does not start over for a message that says a password or MFA was reset, and does for "reset"',
    steps: [
      ["why can't megan sign in to teams", ['When did it happen?']],
      ['the user reset her password, works now', [], ["Let's start over"]],
      ['ze heeft haar mfa gereset', [], ["Let's start over"]],
      ['reset', ["Let's start over", 'Whose sign-in should I look at?']],
    ],
  },
  {
    name: 'gives an end user help with examples about themself, not about a colleague',
    as: 'adele.vance@contoso.com',
    steps: [
      [
        'btw is the canteen open on friday?',
        ['I can look up why your sign-in failed ("why can\'t I sign in to teams?")'],
        ['megan'],
      ],
    ],
  },
  {
    name: 'refuses an end user "my boss" and "mijn collega" as it refuses a name, and answers "my account" and their own name with a slip',
    as: 'adele.vance@contoso.com',
    steps: [
      ['my boss is locked out of outlook', ['I can only show you your own sign-ins.'], ['Which app']],
      ['mijn collega kan niet inloggen', ['I can only show you your own sign-ins.']],
      // A locked account is locked in every app: no "which app?", straight to "when?".
      ['my user account is locked', ['When did it happen?'], ['only show you your own', 'Which app']],
      [
        "why can't adel vance sign in to teams today?",
        ['of yours to Microsoft Teams today'],
        ['only show you'],
      ],
    ],
  },
  {
    name: 'takes "and karel?" as a name nobody has and "and today?" as the same person on another day',
    steps: [
      ['why did jane fail to sign in to teams yesterday?', ['Found 5 failed sign-ins']],
      ['and karel?', ['I can\'t find anyone called "karel"'], ['jane.visser']],
      ['and jane?', ['jane.visser@contoso.com to Microsoft Teams yesterday']],
      ['and today?', ['jane.visser@contoso.com to Microsoft Teams today'], ['Top errors']],
    ],
  },
  {
    name: 'says where to set up sign-in methods when asked how, also at "when?", and then asks again',
    steps: [
      ['how do I set up the authenticator app?', ['https://aka.ms/mysecurityinfo'], ["didn't understand"]],
      ["why can't megan sign in to teams", ['When did it happen?']],
      ['hoe stel ik de authenticator in?', ['https://aka.ms/mysecurityinfo', 'When did it happen?']],
    ],
  },
  {
    name: 'says where to change or reset a password when asked how, also at "when?", and then asks again',
    steps: [
      [
        'how do I change my password?',
        ['https://myaccount.microsoft.com', 'https://aka.ms/sspr'],
        ["didn't understand"],
      ],
      ["why can't megan sign in to teams", ['When did it happen?']],
      [
        'hoe kan ik mijn wachtwoord wijzigen?',
        ['https://aka.ms/sspr', 'When did it happen?'],
        ['I need a day'],
      ],
    ],
  },
  {
    name: 'counts an interrupted sign-in beside the successes instead of calling every sign-in a success (Daan)',
    steps: [
      [
        "why can't daan sign in to teams last week?",
        ['16 succeeded, the last one at', 'and 1 was interrupted (a normal pause such as an MFA prompt'],
        ['all 16 succeeded'],
      ],
    ],
  },
  {
    name: 'says it does not know "the vpn", as it does "vpn", instead of asking which app',
    steps: [["why can't miriam sign in to the vpn?", ['I don\'t know an app called "vpn"']]],
  },
  {
    name: 'offers Jane for "jnae", two letters swapped in a short name, and takes the yes',
    steps: [
      [
        "why can't jnae sign in to teams yesterday?",
        ['I can\'t find anyone called "jnae". Did you mean Jane Visser?'],
      ],
      ['yes', ['Found 5 failed sign-ins of jane.visser@contoso.com to Microsoft Teams yesterday']],
    ],
  },
  {
    name: 'keeps a slipped word out of a slipped name, and offers the nearest name for one nobody has',
    steps: [
      [
        'pleaes chek jnae sigin teams mondya',
        ['I can\'t find anyone called "jnae". Did you mean Jane Visser?'],
        ['jnae sigin'],
      ],
      ['yes', ['of jane.visser@contoso.com to Microsoft Teams today']],
      [
        "why can't Jnae Vsiser sign in?",
        ['I can\'t find anyone called "Jnae Vsiser". Did you mean Jane Visser?'],
      ],
      [
        "why can't jnae blorp sign in?",
        ['I can\'t find anyone called "jnae blorp". Did you mean Jane Visser?'],
      ],
    ],
  },
  {
    name: "takes an end user's own slipped name as theirs and any other as the one refusal, glued to a slip or not",
    as: 'adele.vance@contoso.com',
    steps: [
      ['pleaes chek adle sigin teams mondya', ['of yours to Microsoft Teams today'], ['only show you']],
      ['pleaes chek jnae sigin teams mondya', ['I can only show you your own sign-ins.'], ['Jane']],
      ["why can't jnae blorp sign in?", ['I can only show you your own sign-ins.'], ['Jane']],
      ["why can't zorro blorp sign in?", ['I can only show you your own sign-ins.']],
    ],
  },
  {
    name: 'does not take a question of its own at "which app?" as the name of an app',
    steps: [
      ['why did ruben fail to sign in yesterday?', ['Which app was Ruben Smit signing in to?']],
      ['do you like pizza?', ['That reads as another question'], ["don't know an app"]],
      ['teams', ['ruben.smit@contoso.com to Microsoft Teams yesterday']],
    ],
  },
  {
    name: 'takes a question of its own at "whose sign-in?" for no name',
    steps: [
      ["why can't he sign in?", ['Whose sign-in should I look at?']],
      [
        'what should he do?',
        ['That reads as another question, so I did not take it as a name.'],
        ["can't find anyone"],
      ],
      ['megan', ['Which app was Megan Bowen signing in to?']],
    ],
  },
  {
    name: 'takes "thanks" at "which app?" for no app, and goes on with the question',
    steps: [
      ["why can't megan sign in?", ['Which app was Megan Bowen signing in to?']],
      ['thanks', ["You're welcome. To go on with this question: I need the app"], ["don't know an app"]],
      ['outlook', ['When did it happen?']],
    ],
  },
  {
    name: 'takes no "no", note or ticket request at "which app?" for an app, and says what is still missing',
    steps: [
      ["why can't megan sign in?", ['Which app was Megan Bowen signing in to?']],
      [
        'no',
        ['A yes or no does not answer this question. I need the app the sign-in was for'],
        ["don't know an app"],
      ],
      [
        'note: she has a new phone',
        ['A ticket (and its note) is about one failed sign-in, which I have not found yet. I need the app'],
        ["don't know an app"],
      ],
      ['outlook', ['When did it happen?']],
      [
        'open a ticket',
        ['A ticket (and its note) is about one failed sign-in, which I have not found yet. I need the day'],
      ],
      ['yesterday', ['Found 2 failed sign-ins of megan.bowen@contoso.com to Office 365 Exchange Online']],
    ],
  },
  {
    name: 'takes "look up pieter" at "which app?" as the same question about Pieter, not as an app',
    steps: [
      ['why did ruben fail to sign in yesterday?', ['Which app was Ruben Smit signing in to?']],
      [
        'look up pieter',
        ['Found 3 failed sign-ins of pieter.leeuw@contoso.com', 'yesterday'],
        ["don't know an app"],
      ],
    ],
  },
  {
    name: 'adds nothing to a ticket when the answer to "what should I add?" is a question',
    steps: [
      ["why can't megan sign in to outlook yesterday?", ['Found 2 failed sign-ins']],
      ['open a ticket', ['Did Megan Bowen already try the steps I suggested?']],
      ['no', ['**Ticket draft**']],
      ['file it', ['Filed SIGNIN-']],
      ['add a note to the ticket', ['What should I add to SIGNIN-']],
      ['what do you mean?', ['That reads as a question, so I added nothing to SIGNIN-'], ['Added your note']],
    ],
  },
  {
    name: 'keeps a question asked at "did they try the steps?" out of the ticket and asks again',
    steps: [
      ['why did jane fail to sign in to teams yesterday?', ['Found 5 failed sign-ins']],
      ['open a ticket', ['Did Jane Visser already try the steps I suggested?']],
      [
        'can you also check lee?',
        ['kept it out of the ticket', 'Please answer yes or no'],
        ['**Ticket draft**'],
      ],
      [
        'no',
        ['**Steps suggested:** Wait about a minute', '**Steps tried by the user:** no'],
        ['check lee', '**Note:**'],
      ],
    ],
  },
  {
    name: 'takes another app named at "when?" as a correction: the same person, asked when again',
    steps: [
      ["why can't miriam sign in to outlook", ['When did it happen?']],
      ['no wait, I mean teams', ['When did it happen?']],
      ['yesterday', ['Found 1 failed sign-in of miriam.graham@contoso.com to Microsoft Teams yesterday']],
    ],
  },
  {
    name: 'gives the one safe advice first when someone keeps getting MFA prompts',
    as: 'adele.vance@contoso.com',
    steps: [
      [
        'I keep getting MFA prompts on my phone',
        ['**MFA prompts nobody asked for?** Never approve a prompt you did not start yourself'],
      ],
    ],
  },
  {
    name: 'gives the helpdesk the safe advice in its own words when someone gets MFA prompts',
    steps: [
      [
        "she keeps getting MFA prompts she didn't start",
        ['**MFA prompts nobody asked for?** Then someone else probably knows the password. Tell the person'],
        ['Never approve a prompt you did not start yourself'],
      ],
    ],
  },
  {
    name: 'looks up a code that is asked for and refused, without the warning about prompts nobody started',
    steps: [
      [
        'nestor keeps getting asked for the authenticator code over and over and it never takes it',
        ['When did it happen?'],
        ['MFA prompts nobody asked for', 'Which app'],
      ],
      [
        'last week',
        [
          "**Nestor Wilke's code is not accepted?** Then the code typed was usually wrong or too old",
          'failed sign-ins of nestor.wilke@contoso.com to all apps',
        ],
        ['MFA prompts nobody asked for'],
      ],
    ],
  },
  {
    name: 'says a text with the code that never arrives is a delivery problem',
    steps: [
      [
        "jane's sms code never arrives since yesterday",
        [
          '**The text with the code never arrives?** Then it is a delivery problem of the text message',
          'failed sign-ins of jane.visser@contoso.com to all apps',
        ],
        ['MFA prompts nobody asked for', 'Which app'],
      ],
    ],
  },
  {
    name: 'says there is no list for "more" before any answer, instead of "nothing to cancel"',
    steps: [
      ['more', ['There is no list right now.', 'ask me about a failed sign-in first'], ['any more']],
      ['meer', ['There is no list right now.']],
    ],
  },
  {
    name: 'reads a refused MFA request from its step, asks whether it was theirs, and raises the ticket a step',
    steps: [
      [
        "why couldn't nestor wilke get into teams on friday",
        [
          '**Why:** The user refused the MFA request.',
          '**Ask whether it was theirs:** if they did not start this sign-in, someone else knows their password',
        ],
        ['approve the notification in the Authenticator app within the time limit'],
      ],
      ['open a ticket', ['Did Nestor Wilke already try the steps I suggested?']],
      [
        'no',
        ['Priority 3 · Service Desk', 'If you did not start this sign-in, do not approve anything'],
        // The ticket's steps are the MFA step's, as the answer's: not 500121's "approve the notification".
        ['approve the notification in the Authenticator app'],
      ],
    ],
  },
  {
    name: 'takes "I meant Adele, not megan" after an answer as the same question about Adele',
    steps: [
      [
        "why can't megan sign in to teams yesterday?",
        ['of megan.bowen@contoso.com to Microsoft Teams yesterday'],
      ],
      [
        'no sorry, I meant Adele, not megan',
        ['of adele.vance@contoso.com to Microsoft Teams yesterday'],
        ['one person at a time', 'Which app'],
      ],
    ],
  },
  {
    name: 'takes "actually it\'s on her phone, Outlook Mobile" after an answer as the same person in that app',
    steps: [
      ["why can't megan sign in to outlook since this morning?", ['of megan.bowen@contoso.com']],
      [
        "actually it's on her phone, Outlook Mobile",
        ['of megan.bowen@contoso.com to Outlook Mobile'],
        ['Whose sign-in'],
      ],
    ],
  },
  {
    name: 'looks at every app over the last week for "has someone been trying to get into megan\'s account?"',
    steps: [
      [
        "has someone been trying to get into megan's account?",
        [
          'failed sign-ins of megan.bowen@contoso.com to all apps between Tue 17 Nov 00:00 and Mon 23 Nov 11:00',
          '**Someone else?** Say **details** for where each attempt came from',
        ],
        ['Which app'],
      ],
    ],
  },
  {
    name: 'keeps the day said with the app at "which app?" instead of asking when again',
    steps: [
      ["why can't miriam sign in?", ['Which app was Miriam Graham signing in to?']],
      [
        'teams, yesterday',
        ['of miriam.graham@contoso.com to Microsoft Teams yesterday'],
        ['When did it happen?'],
      ],
    ],
  },
  {
    name: 'says the log can lag by 2 hours once, not twice, when there are no sign-ins at all',
    steps: [["why can't nestor sign in to outlook today?", ['No sign-ins of nestor.wilke@contoso.com']]],
  },
  {
    name: 'explains both codes when asked for the difference between two',
    steps: [
      [
        'what is the difference between 50053 and 50057?',
        ['AADSTS50053 IdsLocked', 'AADSTS50057 UserDisabled'],
      ],
    ],
  },
  {
    name: 'says what it still needs when a command is typed at "did you mean?", and takes "yes, …" as the person offered',
    steps: [
      ['pietr is lokced out, any app pls', ['Did you mean Pieter Leeuw?']],
      ['open a ticket', ['I need the person whose sign-in failed'], ["can't find anyone"]],
      ['yes, he already tried that and he is still locked out', ['When did it happen?']],
    ],
  },
  {
    name: 'says what it still needs when a command is typed at "which app?", instead of taking it for an app',
    steps: [
      ["why can't miriam sign in?", ['Which app was Miriam Graham signing in to?']],
      ['open a ticket for this', ['I need the app the sign-in was for'], ["don't know an app"]],
      ['teams', ['When did it happen?']],
    ],
  },
  {
    name: 'says it cannot change accounts instead of looking up the person named',
    steps: [
      [
        "can you reset adele's password and turn off her MFA?",
        ["I can't change accounts"],
        ['Which app', 'When did'],
      ],
      // At a question too: said, and the question asked again.
      ["why can't megan sign in", ['Which app was Megan Bowen signing in to?']],
      [
        "can you reset bram's password for me?",
        ["I can't change accounts", 'Which app was Megan Bowen signing in to?'],
      ],
    ],
  },
  {
    name: 'keeps the app already given when "and megan?" interrupts a question about Jane',
    steps: [
      ['jane keeps getting kicked out of teams, can you check what is going on?', ['When did it happen?']],
      ['and megan?', ['When did it happen?']],
      ['yesterday', ['Searched 3 sign-ins of Megan Bowen to Microsoft Teams yesterday']],
    ],
  },
  {
    name: 'offers the apps the user did use when they never used the app named',
    steps: [
      [
        "why can't megan sign in to the azure portal yesterday?",
        [
          'Megan Bowen has no sign-ins to Azure Portal in the last 30 days',
          'Apps they did use',
          'Microsoft Teams',
        ],
      ],
    ],
  },
  {
    name: 'reads 11-10-2026 as 10 November without asking: 11 October is older than the log keeps',
    steps: [
      [
        "why can't jane sign in to teams on 11-10-2026?",
        ['to Microsoft Teams on Tue 10 Nov 2026'],
        ['Which day do you mean'],
      ],
    ],
  },
  {
    name: 'says the log keeps 30 days when the date is older, instead of searching',
    steps: [
      [
        "why can't megan sign in to teams on 1 october?",
        [
          "The sign-in log only keeps the last 30 days, so I can't see Thu 1 Oct 2026. Pick a day since Sat 24 Oct 2026.",
        ],
        ['No sign-ins', 'Searched'],
      ],
      ['03-04-2025', ["I can't see Thu 3 Apr 2025"]],
      ['yesterday', ['of megan.bowen@contoso.com to Microsoft Teams yesterday']],
    ],
  },
  {
    name: 'stops after three answers it cannot use',
    steps: [
      ['why did megan fail to sign in to teams?', ['When did it happen?']],
      ['whenever', ['I need a day or a period']],
      ['the other time', ['I need a day or a period']],
      ['dunno', ["I still couldn't work that out"]],
      ['2', ["Sorry, I didn't understand that"]],
    ],
  },
  {
    name: 'cancels at any step',
    steps: [
      ['why did megan fail to sign in?', ['Which app']],
      ['cancel', ['OK, I stopped.']],
      ['the weather is nice', ["Sorry, I didn't understand that"]],
    ],
  },
  {
    name: 'says there is nothing to cancel when no question is open',
    steps: [['cancel', ['There is nothing to cancel.']]],
  },
  {
    name: 'asks again for a day in the past when the date is in the future',
    steps: [
      [
        "why can't megan sign in to teams tomorrow?",
        ["That's in the future", 'Which day in the past do you mean?'],
      ],
      ['yesterday', ['of megan.bowen@contoso.com to Microsoft Teams yesterday']],
    ],
  },
  {
    name: 'gives help for the current question and keeps waiting',
    steps: [
      ['why did megan fail to sign in to teams?', ['When did it happen?']],
      ['help', ['I need the day it went wrong: today, yesterday, a weekday', 'When did it happen?']],
      ['yesterday', ['of megan.bowen@contoso.com to Microsoft Teams yesterday']],
    ],
  },
  {
    name: 'starts over from the first question',
    steps: [
      ['why did megan fail to sign in?', ['Which app']],
      ['start over', ["Let's start over.", 'Whose sign-in should I look at?']],
      ['jane', ['Which app was Jane Visser signing in to?']],
    ],
  },
  {
    name: 'answers a code question in the middle of the flow and asks its question again',
    steps: [
      ['why did megan fail to sign in?', ['Which app']],
      [
        'what does AADSTS50053 mean?',
        ['50053 IdsLocked', 'temporarily locked', 'Which app was Megan Bowen signing in to?'],
      ],
      ['teams', ['When did it happen?']],
    ],
  },
  {
    name: 'explains a pasted error message in the middle of the flow without losing it',
    steps: [
      ['why did jane fail to sign in?', ['Which app']],
      ['teams', ['When did it happen?']],
      [
        "AADSTS50053: Your account is locked because you've tried to sign in too many times.",
        ['AADSTS50053 IdsLocked', 'When did it happen?'],
      ],
      ['yesterday', ['Found 5 failed sign-ins of jane.visser@contoso.com to Microsoft Teams']],
    ],
  },
  {
    name: "names a B2B guest as the sign-in log does, in the heading as on the User line (Tom, fabrikam.com's guest)",
    steps: [
      [
        'why did tom fail to sign in to teams last week?',
        ['failed sign-ins of tom.wouters@fabrikam.com to Microsoft Teams', '90072'],
        ['#EXT#'],
      ],
      ['details', ['**User:** Tom Wouters (tom.wouters@fabrikam.com)'], ['#EXT#']],
    ],
  },
  {
    name: 'explains a failed MFA step from its own catalog entry',
    steps: [
      [
        'why did alex fail to sign in to the azure portal on saturday?',
        ['Found 2 failed sign-ins of alex.wilber@contoso.com to Azure Portal', '2 × 500121'],
      ],
      [
        'details',
        [
          '**Error code:** 500121',
          '**The MFA step says "User declined the authentication":** The user refused the MFA request.',
          'If you did not start this sign-in, do not approve anything and tell the helpdesk',
          'reset the password and revoke sessions',
        ],
      ],
    ],
  },
  {
    name: 'answers "what should the user do?" about the code explained last (found by a fresh trial)',
    steps: [
      ['why did alex fail to sign in to the azure portal on saturday?', ['500121']],
      ['what does AADSTS50076 mean', ['**AADSTS50076']],
      ['what should the user do?', ['**AADSTS50076'], ['Whose sign-in', 'Found']],
      ['details', ['**Error code:** 500121']],
    ],
  },
  {
    name: 'tells an end user with no sign-ins that day to check the app and date, and lists the failures nearby',
    as: 'adele.vance@contoso.com',
    steps: [
      [
        "why couldn't I sign in to teams on 1 november?",
        [
          'No sign-ins of yours to Microsoft Teams on Sun 1 Nov 2026. Check the app and date.',
          '- the nearest failure in the last 7 days: 500121 to OfficeHome',
          'or **more** for the other failure of those 7 days',
        ],
        ['Check the name'],
      ],
      ['more', ['1. ', '2. ', '500121']],
    ],
  },
  {
    name: 'lets an end user see their own sign-ins',
    as: 'adele.vance@contoso.com',
    steps: [
      [
        'why did my sign-in to office home fail today?',
        ['Found 1 failed sign-in of yours to OfficeHome', '50055', 'expired'],
      ],
    ],
  },
  {
    name: 'refuses an end user who asks about someone else, without saying whether they exist',
    as: 'adele.vance@contoso.com',
    steps: [
      [
        "why can't megan sign in to outlook yesterday?",
        ['I can only show you your own sign-ins.'],
        ['53003', 'Megan Bowen has', 'Found'],
      ],
    ],
  },
];

describe('troubleshooting conversation', () => {
  let bot: TestBot;
  before(async () => {
    bot = await startTestBot();
  });
  after(() => bot.close());

  for (const testCase of CASES) {
    it(testCase.name, async () => {
      // Each case is a conversation of its own: "2" or "details" must not open an earlier case's list.
      const chat = new Conversation(bot.app, identityOf(bot.app, testCase.as ?? HELPDESK), {
        conversation: { id: testCase.name } as ConversationAccount,
      });
      for (const [say, wanted, refused = []] of testCase.steps) {
        const reply = await chat.ask(say);
        for (const part of wanted) {
          if (typeof part === 'string') expect(reply, `reply to "${say}"`).to.include(part);
          else expect(reply, `reply to "${say}"`).to.match(part);
        }
        for (const part of refused) expect(reply, `reply to "${say}"`).not.to.include(part);
      }
    });
  }

  it('lists the failures nearby before a pattern found in another app, when the app asked about had none', async () => {
    const reply = await new Conversation(bot.app, identityOf(bot.app, HELPDESK), {
      conversation: { id: 'nearby before patterns' } as ConversationAccount,
    }).ask("why can't megan sign in to teams yesterday?");
    expect(reply).to.include('No failed sign-ins of megan.bowen@contoso.com to Microsoft Teams yesterday');
    expect(reply.indexOf('Nearby, though')).to.be.within(0, reply.indexOf('**Legacy authentication:**'));
  });

  it('says so when the pasted screen names another code than the record its Request ID belongs to', async () => {
    const { signIns } = await readSignInFile(path.join(bot.dir, 'signins.json'));
    const locked = signIns.find(
      (signIn) => signIn.userPrincipalName === 'jane.visser@contoso.com' && signIn.status.errorCode === 50053,
    )!;
    const screen = `AADSTS50126: Error validating credentials due to invalid username or password.\nRequest Id: ${locked.id}\nCorrelation Id: ${locked.correlationId}\nTimestamp: ${locked.createdDateTime}`;
    const reply = await new Conversation(bot.app, identityOf(bot.app, HELPDESK)).ask(screen);
    expect(reply).to.include('Found the sign-in by its Request ID');
    expect(reply).to.include('the screen says error 50126, but this record has 50053');
    expect(reply).to.include('**Error code:** 50053');
    const same = screen.replace(
      'AADSTS50126: Error validating credentials',
      'AADSTS50053: Account is locked',
    );
    expect(await new Conversation(bot.app, identityOf(bot.app, HELPDESK)).ask(same)).to.not.include(
      'the screen says',
    );
  });

  it('finds the record of a pasted screen by its Request ID, though the screen also shows an IP address', async () => {
    const { signIns } = await readSignInFile(path.join(bot.dir, 'signins.json'));
    const locked = signIns.find(
      (signIn) => signIn.userPrincipalName === 'jane.visser@contoso.com' && signIn.status.errorCode === 50053,
    )!;
    for (const screen of [
      `AADSTS50053: Account is locked. Troubleshooting details Request Id: ${locked.id} Correlation Id: ${locked.correlationId} Timestamp: ${locked.createdDateTime} IP address: ${locked.ipAddress} Device platform: iOS`,
      `AADSTS50053 Aanvraag-id: ${locked.id} Tijdstempel: ${locked.createdDateTime} IP-adres: ${locked.ipAddress}`,
    ]) {
      const reply = await new Conversation(bot.app, identityOf(bot.app, HELPDESK)).ask(screen);
      expect(reply, screen).to.include('**Error code:** 50053');
      expect(reply, screen).to.not.include('Sign-ins from');
    }
  });

  it("says the code the screen showed beside the record's, however and in whichever language it was pasted", async () => {
    const { signIns } = await readSignInFile(path.join(bot.dir, 'signins.json'));
    const locked = signIns.find(
      (signIn) => signIn.userPrincipalName === 'jane.visser@contoso.com' && signIn.status.errorCode === 50053,
    )!;
    const differs = 'the screen says error 50126, but this record has 50053.';
    const CASES: [messages: string[], said: string][] = [
      [[`error 50126 request id ${locked.id}`], differs],
      [[`fout 50126, aanvraag-id ${locked.id}`], differs],
      [[`err 50-126 ${locked.id}`], differs],
      [
        [`Foutcode: 50126\nCorrelatie-id: ${locked.correlationId}\nAanvraag-id: ${locked.id}`],
        `${differs} The screen may be from another attempt; the record is what the log says about this Request ID.`,
      ],
      [
        [`AADSTS50126 correlation id ${locked.correlationId}`],
        'what the log says about this Correlation ID.',
      ],
      [
        [
          'AADSTS50126: Error validating credentials due to invalid username or password.',
          `Request Id: ${locked.id}`,
        ],
        'the error you asked about before was 50126, but this record has 50053.',
      ],
    ];
    for (const [messages, said] of CASES) {
      const chat = new Conversation(bot.app, identityOf(bot.app, HELPDESK), {
        conversation: { id: `screen ${messages.join(' ')}` } as ConversationAccount,
      });
      let reply = '';
      for (const message of messages) reply = await chat.ask(message);
      expect(reply, messages.join(' / ')).to.include(said);
      expect(reply, messages.join(' / ')).to.include('**Error code:** 50053');
    }
  });

  it('says whose sign-in a record found by its ID is, to whoever may see it', async () => {
    const { signIns } = await readSignInFile(path.join(bot.dir, 'signins.json'));
    const record = (upn: string): string =>
      signIns.find(
        (signIn) =>
          signIn.userPrincipalName === upn &&
          signIn.status.errorCode !== 0 &&
          Date.parse(signIn.createdDateTime) < NOW.getTime(),
      )!.id;
    // An end user never saw a colleague's record, so there is nobody to name.
    const CASES: [as: string, pasted: string, answer: string | undefined][] = [
      [
        HELPDESK,
        record('megan.bowen@contoso.com'),
        "That sign-in is Megan Bowen's (megan.bowen@contoso.com).",
      ],
      ['adele.vance@contoso.com', record('adele.vance@contoso.com'), 'That sign-in is yours'],
      ['adele.vance@contoso.com', record('megan.bowen@contoso.com'), undefined],
    ];
    for (const [as, pasted, answer] of CASES)
      for (const question of ['who is this?', 'wie is dit?', 'van wie is deze aanmelding?']) {
        const chat = new Conversation(bot.app, identityOf(bot.app, as), {
          conversation: { id: `whose ${as} ${pasted} ${question}` } as ConversationAccount,
        });
        await chat.ask(`Request Id: ${pasted}`);
        const reply = await chat.ask(question);
        if (answer) expect(reply, `${as}: ${question}`).to.include(answer);
        else expect(reply, `${as}: ${question}`).not.to.match(/That sign-in is|Megan/);
      }
  });

  it('confirms a date that reads two ways inside the 30 days, instead of guessing', async () => {
    // Both readings of 11-12-2026 are in the log only around 11 and 12 December.
    const december = await startTestBot({}, { now: () => new Date('2026-12-12T10:00:00Z') });
    try {
      const chat = new Conversation(december.app, identityOf(december.app, HELPDESK));
      expect(await chat.ask("why can't jane sign in to teams on 11-12-2026?")).to.include(
        'Which day do you mean: Friday 11 December 2026 or Thursday 12 November 2026?',
      );
      expect(await chat.ask('2')).to.include('to Microsoft Teams on Thu 12 Nov 2026');
    } finally {
      await december.close();
    }
  });

  it('gives an end user the same refusal for a colleague, a stranger and a typo, so nothing tells who exists', async () => {
    // "karel" is also a slip of an ordinary word; it must still read as somebody, not as the asker.
    const questions = (name: string): string[] => [
      `why can't ${name} sign in to outlook yesterday?`,
      `did someone try to get into ${name}'s account?`,
      `did ${name} get MFA prompts?`,
    ];
    for (const question of ['megan', 'zorro', 'megn', 'karel', 'Karel'].flatMap(questions)) {
      const chat = new Conversation(bot.app, identityOf(bot.app, 'adele.vance@contoso.com'));
      expect(await chat.ask(question), question).to.equal(
        "I can only show you your own sign-ins. To look into someone else's, ask your helpdesk: they can see everyone's sign-ins.",
      );
    }
  });

  it("takes an end user's question without a name to be about their own sign-ins", async () => {
    const chat = new Conversation(bot.app, identityOf(bot.app, 'adele.vance@contoso.com'));
    expect(await chat.ask('sign-in failed')).to.include('Which app were you signing in to?');
  });

  it("records every lookup of someone's sign-ins, refusals included", async () => {
    const before = bot.audit.entries.length;
    const agent = identityOf(bot.app, HELPDESK);
    await new Conversation(bot.app, agent).ask('why did jane fail to sign in to teams yesterday?');
    const adele = identityOf(bot.app, 'adele.vance@contoso.com');
    await new Conversation(bot.app, adele).ask('why did jane fail to sign in to teams yesterday?');
    const jane = identityOf(bot.app, 'jane.visser@contoso.com');
    const added = bot.audit.entries.slice(before);
    expect(added).to.deep.include({
      at: '2026-11-23T10:00:00.000Z',
      askedBy: agent.aadObjectId,
      target: jane.aadObjectId,
      appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
      from: '2026-11-21T23:00:00.000Z',
      to: '2026-11-22T23:00:00.000Z',
      matched: 5,
      shown: 1,
      allowed: true,
      outcome: 'shown',
    });
    expect(added.filter((entry) => entry.askedBy === adele.aadObjectId)).to.deep.equal([
      {
        at: '2026-11-23T10:00:00.000Z',
        askedBy: adele.aadObjectId,
        target: jane.aadObjectId,
        appId: undefined,
        from: '2026-10-24T10:00:00.000Z',
        to: undefined,
        matched: 0,
        shown: 0,
        allowed: false,
        outcome: 'refused',
      },
    ]);
  });
});
