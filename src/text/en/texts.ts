import { AuditOutcome } from '../../access/auditLog';

/** Whom a sentence is about: a person by name, or the asker themself, who is "you" and never their own name. */
export interface Person {
  name: string;
  self: boolean;
}

/** The app of a search over every app, as the answers name it. */
const ALL_APPS = 'all apps';

const ofWhom = (who: Person): string => (who.self ? 'yours' : who.name);

const PROMPT_HELP = {
  user: 'I need the person whose sign-in failed: a first name, a full name or a sign-in address such as megan.bowen@contoso.com. Say **me** for your own.',
  app: 'I need the app the sign-in was for: press one of the buttons, type its name (Outlook, Teams, SharePoint), or say **all apps**.',
  date: 'I need the day it went wrong: today, yesterday, a weekday, **since friday**, **this morning**, **last week** or a date such as 20-11-2026. The log keeps the last 30 days.',
  dateChoice: 'That date can be read two ways: press the one you mean, or type its number.',
  ticketExisting:
    'Press one of the two buttons, or type **add to it** for the open ticket or **new ticket** for a new one.',
  ticketTried:
    'Answer **yes** or **no**: were the steps I suggested tried already? You may add what was tried after it (yes, she restarted the app).',
  ticketNote: 'Type what support should know, such as what was tried, since when and how urgent it is.',
  ticketDraft: 'Say **file it** to send the ticket as shown, or type a line to add to its note first.',
};

/** The questions the bot asks, as stepHelp knows them. */
export type PromptKind = keyof typeof PROMPT_HELP;

/** Every sentence the bot says, in English. Other languages copy this shape (see `Texts`). */
export const en = {
  language: 'en' as 'en' | 'nl',
  /** How dates and weekdays are written (luxon locale). */
  dateLocale: 'en-GB',
  /** "03-04-2025": English speakers write both orders, so the bot asks; Dutch is always day first. */
  numericDates: 'ask' as 'ask' | 'dayFirst',
  welcome: [
    'Hi! I find out why a Microsoft Entra ID sign-in failed and what to do about it.',
    'Tell me who had trouble, with which app and when, in any order. For example:',
    "- why can't megan sign in to outlook since yesterday?\n- why did jane fail to sign in to teams yesterday?\n- what does AADSTS50053 mean?\n- or paste the error screen with its Request ID and Correlation ID",
    'At any point you can say **help**, **cancel** or **start over**.',
  ].join('\n\n'),
  /** The welcome for someone who sees only their own sign-ins: examples about themself, no colleagues' names. */
  welcomeSelf: [
    'Hi! I find out why your Microsoft Entra ID sign-in failed and what to do about it.',
    'Tell me which app and when. For example:',
    "- why can't I sign in to outlook since yesterday?\n- why did my sign-in to teams fail this morning?\n- what does AADSTS50053 mean?\n- or paste the error screen with its Request ID and Correlation ID",
    'At any point you can say **help**, **cancel** or **start over**.',
  ].join('\n\n'),
  youAre: (name: string, upn: string, staff: boolean): string =>
    `You are ${name} (${upn}). ${staff ? "Your role lets you look up anyone's sign-ins." : 'You can look up your own sign-ins ("why did my sign-in fail?").'}`,
  inGroup:
    'In this chat I explain error codes for everyone. Questions about a person I answer in a private chat with whoever asked, because sign-in records are personal data.',
  answeredInPrivate:
    'I answered you in a private chat: sign-in records and tickets are personal data, so they do not belong in this group.',
  privateChatFailed:
    "That question needs a private chat, because the answer holds personal data, and I couldn't open one with you. Send me a direct message and ask me there.",
  youAreUnknown:
    "I don't know who you are in this directory, so I can explain error codes but not show sign-ins.",
  notUnderstood:
    'Sorry, I didn\'t understand that. I can look up why someone\'s sign-in failed ("why can\'t megan sign in to teams?"), explain an error code ("what does 50126 mean?") or find a sign-in from its Request ID. Say **help** for more.',
  notUnderstoodSelf:
    'Sorry, I didn\'t understand that. I can look up why your sign-in failed ("why can\'t I sign in to teams?"), explain an error code ("what does 50126 mean?") or find a sign-in of yours from its Request ID. Say **help** for more.',
  welcomeThanks: "You're welcome. Ask me again whenever a sign-in fails.",
  noQuestionOpen:
    "I haven't asked you anything that needs a yes or no just now. Ask me about a sign-in, or say **help**.",
  askIds:
    'Paste the Request ID or Correlation ID from the error screen (they look like 0d7f4a9e-1c2b-4d5e-8f60-718293a4b5c6), or the whole error text, and I will find that sign-in.',
  askCode:
    'Which error code? Type it as it appears, for example 50126, AADSTS50053 or FAILED_PHONE_APP_DENIED, or paste the whole error message.',
  unknownButton:
    "I couldn't tell what that button was for; it may belong to an old card. Type your question, or say **help**.",
  emptyMessage:
    'I only read text. Type your question, or paste the error details as text rather than a screenshot.',
  blankMessage: 'That message was empty. Type your question, or say **help** to see what I can do.',
  cancelled: 'OK, I stopped. Ask me something new whenever you like.',
  restarting: "Let's start over.",
  nothingToCancel: 'There is nothing to cancel. Ask me about a sign-in whenever you like.',
  // The question is asked again right after, so it is not quoted here (a question in quotes read badly).
  /** "help" at a question: what an answer to that question looks like, then the ways out. */
  stepHelp: (prompt: PromptKind | undefined): string =>
    `${prompt ? PROMPT_HELP[prompt] : "I'm still waiting for your answer to the question above."} Say **cancel** to stop or **start over** to begin again. At any point I can also explain an error code (say, for example, **what does 50053 mean**).`,
  /** "no" at a question that is not a yes-or-no one: what it needs instead. */
  notYesOrNo: (prompt: PromptKind): string =>
    `A yes or no does not answer this question. ${PROMPT_HELP[prompt]}`,
  /** "thanks" at a question for a person, app or day: no answer to it. */
  thanksAtPrompt: (prompt: PromptKind): string =>
    `You're welcome. To go on with this question: ${PROMPT_HELP[prompt]} Or say **cancel** to stop.`,
  /** "open a ticket" or "note: …" while the sign-in is still being looked for: what is missing first. */
  ticketBeforeSignIn: (prompt: PromptKind): string =>
    `A ticket (and its note) is about one failed sign-in, which I have not found yet. ${PROMPT_HELP[prompt]} Once I have shown the failure, say **open a ticket**.`,
  gaveUp:
    "I still couldn't work that out, so I stopped here. Say **help** to see what I understand, or start a new question.",

  askUser: 'Whose sign-in should I look at? Give a name or a sign-in address (UPN).',
  askUserRetry:
    'I need a person: a first name, full name or sign-in address such as megan.bowen@contoso.com.',
  userNotFound: (name: string, suggestions: string[]): string =>
    suggestions.length > 0
      ? `I can't find anyone called "${name}". Did you mean ${orList(suggestions)}?`
      : `I can't find anyone called "${name}" in the directory. Check the spelling, or give their sign-in address.`,
  userAmbiguous: (names: string[]): string => `More than one person matches: ${orList(names)}. Which one?`,
  selfUnknown:
    "I don't know who you are in this directory, so I can't look up your own sign-ins. Name the person instead.",

  passwordHowTo:
    'To change your password while you still know it: My Account (https://myaccount.microsoft.com) > Password. Forgot it, or is it expired? Reset it yourself at https://aka.ms/sspr if your organisation has self-service password reset on; otherwise the helpdesk resets it for you, after checking who you are. If a sign-in failed because of your password, ask me "why did my sign-in fail?".',
  mfaHowTo:
    'Set up or change how you prove it is you (the Authenticator app, a phone number, a security key) at My Sign-Ins: https://aka.ms/mysecurityinfo. Getting a new phone? Add it there while you still have the old one. Lost the old one? The helpdesk can reset your methods after checking who you are. If a sign-in failed at the MFA step, ask me "why did my sign-in fail?".',
  intrusionStaff: (who: Person): string =>
    `**Someone else?** Say **details** for where each attempt came from (place, device, address) and go through them with ${who.self ? 'yourself' : who.name}. Attempts they do not recognise mean someone may know the password: reset it, revoke their sessions and check their MFA methods. A refused MFA request, many wrong passwords from one address, or a new country are the usual signs.`,
  intrusionSelf:
    '**Someone else?** Say **details** for where each attempt came from (place, device, address). If you do not recognise one, change your password now (https://aka.ms/sspr or My Account) and tell the helpdesk; never approve an MFA request you did not start. Only failed attempts are shown here: the helpdesk can check the successful ones too.',
  /** A verification code in a sign-in the person started ("the sms code never arrives"), said before the answer. */
  codeTrouble: {
    notArriving: (who: Person): string =>
      who.self
        ? '**The text with the code never arrives?** Then the trouble is the text message reaching your phone, not your password or account. Check that your phone gets other texts and that the number under Security info (https://aka.ms/mysecurityinfo) is right; meanwhile choose **Sign in another way** and use the Authenticator app or a call.'
        : `**The text with the code never arrives?** Then it is a delivery problem of the text message, not of ${who.name}'s password or account. Check the phone number in their authentication methods (Microsoft Entra admin center > Users) and whether the phone gets other texts; meanwhile they can choose **Sign in another way** and use the Authenticator app or a call.`,
    refused: (who: Person): string =>
      who.self
        ? "**Your code is not accepted?** Type the newest code: one from the Authenticator app changes every 30 seconds, and only the latest text message's code works. If the app's codes keep failing, set your phone's date and time to automatic; still failing, choose **Sign in another way** or ask the helpdesk to check your methods."
        : `**${who.name}'s code is not accepted?** Then the code typed was usually wrong or too old: one from the Authenticator app changes every 30 seconds (and fails when the phone's clock is off), and only the latest text message's code works. Have them type the newest code with the phone's date and time on automatic; if it keeps failing, check their authentication methods or have them register the app again.`,
  },
  onePersonAtATime: (first: string, others: string[]): string =>
    `I look at one person at a time: ${first} first. Ask again for ${others.join(' and ')} after this.`,
  selfNotInDirectory: (upn: string): string =>
    `I can't find ${upn || 'you'} in this directory, so there are no sign-ins of yours I can look up. If you should be in it, ask your helpdesk. I can still explain an error code ("what does 50053 mean?").`,

  askApp: (who: Person): string =>
    who.self ? 'Which app were you signing in to?' : `Which app was ${who.name} signing in to?`,
  askAppRetry: 'Name the app, for example Teams, Outlook or SharePoint, or say "any app".',
  appRecentlyUsed: (apps: string[]): string => `Apps used in the last 30 days: ${apps.join(', ')}.`,
  appNotFound: (name: string, suggestions: string[]): string =>
    suggestions.length > 0
      ? `I don't know an app called "${name}". Did you mean ${orList(suggestions)}?`
      : `I don't know an app called "${name}".`,
  appNotUsed: (who: Person, app: string, used: string[]): string =>
    `${who.self ? 'You have' : `${who.name} has`} no sign-ins to ${app} in the last 30 days.` +
    (used.length > 0 ? ` Apps ${who.self ? 'you' : 'they'} did use: ${used.join(', ')}.` : ''),
  anyApp: 'Any app',
  noSignInsAtAll: (who: Person): string =>
    `${who.self ? 'You have' : `${who.name} has`} no sign-ins at all in the last 30 days in this log. Sign-ins can take up to 2 hours to show up; if ${who.self ? 'you' : 'this person'} signed in more recently, try again later.`,

  askDate: 'When did it happen? Say today, yesterday, a weekday, "last week" or a date such as 20-11-2026.',
  dateSuggestions: ['Today', 'Yesterday', 'Last 7 days'],
  askDateRetry:
    'I need a day or a period: today, yesterday, monday, "last 3 days" or a date such as 2026-11-20.',
  userNotAnswered:
    'That reads as another question, so I did not take it as a name. Whose sign-in should I look at? Give a name or a sign-in address (UPN), or say **me**.',
  appNotAnswered:
    'That reads as another question, so I did not take it as the app. Which app was the sign-in to? Pick one above or name it.',
  dateNotAnswered:
    'That reads as another question, so I did not take its day as the answer. When did the sign-in fail? Say today, yesterday, a weekday or a date.',
  dateImpossible: (written: string): string =>
    `There is no date ${written}, whichever way round it is read. Which day do you mean? Say today, yesterday, a weekday or a date such as 20-11-2026.`,
  dateInFuture:
    "That's in the future; sign-ins are only logged once they happen. Which day in the past do you mean?",
  dateBeforeRetention: (days: number, date: string, oldest: string): string =>
    `The sign-in log only keeps the last ${days} days, so I can't see ${date}. Pick a day since ${oldest}.`,
  dateBeforeFile: (date: string, oldest: string): string =>
    `This log's sign-ins start on ${oldest}, so I can't see ${date}. Pick a day since then.`,
  askDateChoice: (options: string[]): string => `Which day do you mean: ${orList(options)}?`,
  askDateChoiceRetry: (options: string[]): string =>
    `Please pick one: ${options.map((o, i) => `${i + 1}. ${o}`).join('  ')}`,

  searchedAll: ALL_APPS,
  searched: (count: number, who: Person, app: string, period: string, nonInteractive: boolean): string =>
    `Searched ${count} sign-in${count === 1 ? '' : 's'} of ${ofWhom(who)} to ${app} ${period}; ${nonInteractive ? 'interactive and non-interactive sign-ins' : 'interactive sign-ins only'}.`,
  otherFailures: (rows: string[], rest: number): string =>
    `Earlier failures (reply with the number to see one):\n${rows.join('\n')}` +
    (rest > 0 ? `\n\n…and ${rest} more: say **more**.` : ''),
  noMoreFailures: 'That was the last one: there are no more failures in this search.',
  listExpired: 'I have no list to pick from any more. Ask about the sign-in again.',
  noList:
    'There is no list right now. **more** lists the other failures after an answer that found several: ask me about a failed sign-in first.',
  pickOutOfRange: (max: number): string =>
    max === 1 ? 'There is only one failure; say **details** to see it.' : `Pick a number from 1 to ${max}.`,
  /** `interrupted`: sign-ins in the same search that paused for a step (an MFA prompt), neither failed nor through. */
  onlySuccesses: (
    count: number,
    who: Person,
    app: string,
    period: string,
    last: string,
    interrupted = 0,
  ): string =>
    interrupted > 0
      ? `No failed sign-ins of ${ofWhom(who)} to ${app} ${period}: ${count} succeeded, the last one at ${last}, and ${interrupted} ${interrupted === 1 ? 'was' : 'were'} interrupted (a normal pause such as an MFA prompt, not an error).`
      : `No failed sign-ins of ${ofWhom(who)} to ${app} ${period}: ${count === 1 ? 'the only sign-in succeeded, at' : count === 2 ? 'both succeeded, the last one at' : `all ${count} succeeded, the last one at`} ${last}.`,
  probablyElsewhere:
    'The sign-in itself works, so the problem is probably elsewhere: the app, the network, the device, or a permission inside the app.',
  onlyInterrupts: (count: number, who: Person, app: string, period: string): string =>
    `No real failures of ${ofWhom(who)} to ${app} ${period}, but ${count} interrupted sign-in${count === 1 ? '' : 's'}. An interrupt is a normal pause in the sign-in (an MFA prompt, "stay signed in?", an account picker), not an error. If no successful sign-in follows, ${who.self ? 'you' : 'the person'} probably did not finish that step:`,
  noRecords: (who: Person, app: string, period: string): string =>
    `No sign-ins of ${ofWhom(who)} ${app === ALL_APPS ? 'in any app' : `to ${app}`} ${period}. Check ${who.self ? 'the app and date' : 'the name, app and date'}. Sign-ins can take up to 2 hours to appear, and this log keeps 30 days.`,
  story: {
    heading: (count: number, who: Person, app: string, period: string): string =>
      `Found ${count} failed sign-in${count === 1 ? '' : 's'} of ${ofWhom(who)} to ${app} ${period}`,
    failed: (runs: string[], span: string, zone: string): string =>
      `${runs.join(', then ')}${span} (${zone}).`,
    run: (count: number, code: number, app?: string): string =>
      `${count === 1 ? '' : `${count} × `}${code}${app ? ` to ${app}` : ''}`,
    span: (first: string, last: string): string =>
      first === last ? ` at ${first}` : `, between ${first} and ${last}`,
    inZone: (text: string, zone: string): string => `${text.replace(/\.$/, '')} (${zone}).`,
    background: (runs: string[], span: string): string =>
      `In the background (an app signing in on its own, nobody at the screen): ${runs.join(', then ')}${span}.`,
    interrupts: (count: number, runs: string[]): string =>
      `Also ${count === 1 ? '1 interrupt' : `${count} interrupts`} (${runs.join(', ')}): a normal step of signing in, not an error.`,
    why: (title: string, policies: string[]): string =>
      `**Why:** ${title}${policies.length > 0 ? ` Policy: ${policies.map((policy) => `"${policy}"`).join(', ')}.` : ''}`,
    next: (step: string, fixer: string): string => `**Next step:** ${step} ${fixer}`,
    recovered: (time: string): string =>
      `Signed in fine at ${time}, after the last failure: it may have resolved itself.`,
    declinedStaff:
      '**Ask whether it was theirs:** if they did not start this sign-in, someone else knows their password: reset it and revoke their sessions.',
    declinedSelf:
      '**Was it you?** If you did not start this sign-in, tell the helpdesk now: someone else may know your password.',
    hint: (others: number): string =>
      `Say **details** for the whole record, every step and the ticket text${others > 0 ? `, or **more** for the other ${others === 1 ? 'failure' : `${others} failures`}` : ''}.`,
    detailsButton: 'Record',
    stepsButton: 'All steps',
    ticketButton: 'Ticket text',
    othersButton: (others: number): string => `Other failures (${others})`,
  },
  overview: {
    noneOfCode: (code: number, period: string): string => `No ${code} failures ${period}.`,
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
      `**${code}${app ? ` in ${app}` : ''} ${period}:** ${failures} failure${failures === 1 ? '' : 's'} of ${people} ${people === 1 ? 'person' : 'people'}, ${first === last ? `at ${first}` : `between ${first} and ${last}`}. Most to ${apps.join(', ')}.${title ? ` ${title}` : ''}`,
    noFailures: (period: string): string => `No failed sign-ins ${period}.`,
    topRow: (rank: number, code: number, failures: number, people: number, title: string): string =>
      `${rank}. ${code}: ${failures} failure${failures === 1 ? '' : 's'} of ${people} ${people === 1 ? 'person' : 'people'}${title ? ` (${title})` : ''}`,
    top: (
      app: string | undefined,
      period: string,
      failures: number,
      people: number,
      rows: string[],
    ): string =>
      `**Top errors${app ? ` in ${app}` : ''} ${period}:** ${failures} failure${failures === 1 ? '' : 's'} of ${people} ${people === 1 ? 'person' : 'people'} in all.\n\n${rows.join('\n')}`,
    noSignInsLastHour: (app: string, usual: string): string =>
      `**${app}, the last hour:** no sign-ins at all, so nothing to tell from (the same hour on the 7 days before: ${usual} failed). Sign-ins take up to 2 hours to reach the log.`,
    outageFigures: (app: string, failed: number, total: number, rate: string, usual: string): string =>
      `**${app}, the last hour:** ${failed} of ${total} sign-in${total === 1 ? '' : 's'} failed (${rate}); the same hour on the 7 days before: ${usual}.`,
    verdict: {
      outage: (): string =>
        'That is far more than usual: it looks like an outage or a change (a policy, the app), not one person. Check the Microsoft 365 service health page and recent Conditional Access changes.',
      higher: (): string => 'That is more than usual: keep an eye on it.',
      normal: (): string => 'That is as usual: no sign of an outage in the sign-in log.',
      tooFew: (total: number): string =>
        `Only ${total} sign-in${total === 1 ? '' : 's'} in the last hour: too few to tell.`,
    },
    noneFromAddress: (ip: string, period: string): string => `No sign-ins from ${ip} ${period}.`,
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
      `**Sign-ins from ${ip} ${period}:** ${total}, ${failed} of them failed, ${first === last ? `at ${first}` : `between ${first} and ${last}`}. By ${people.join(', ')}${morePeople > 0 ? ` and ${morePeople} more` : ''}.${codes.length > 0 ? ` Codes: ${codes.join(', ')}.` : ''}`,
  },
  patterns: {
    /** What the person themself is told, when they asked about their own sign-ins. */
    self: {
      lockoutChain: (count: number, device: string, otherApp?: string): string =>
        `**Locked by an old password${otherApp ? ` (in ${otherApp}; a lock holds for every app)` : ''}:** ${count} wrong passwords, then the lock, most from ${device}. A phone, mail app or saved password there still uses an old password: update it there, or the lock comes back.`,
      mfaFatigue: (count: number, span: string): string =>
        `**Prompts you did not start?** ${count} MFA prompts denied or left unanswered${span}. If you did not start them, someone else has your password: never approve a prompt you did not start, and tell the helpdesk now.`,
      newCountry: (place: string): string =>
        `**A sign-in from ${place}**, where you had not signed in the 7 days before. If that was not you, tell the helpdesk now: someone may have your password.`,
    },
    source: (device: string, ip: string, client: string): string => `${device} at ${ip} (${client})`,
    lockoutChain: (count: number, source: string, otherApp?: string): string =>
      `**Lockout chain${otherApp ? ` in ${otherApp}` : ''}:**${otherApp ? ' the lock holds for every app.' : ''} ${count} wrong passwords, then the lock, most from ${source}. Something there keeps sending an old password (a saved password, a mail app, a mapped drive): update it there, or the lock comes back.`,
    mfaFatigue: (source: string, count: number, span: string): string =>
      `**MFA fatigue?** ${count} MFA prompts denied or left unanswered${span}, most from ${source}. If the person did not start them, someone else has the password: after checking who they are, reset it, revoke their sessions and block the address. Do not tell them to approve the next prompt.`,
    passwordSpray: (people: number, ip: string): string =>
      `**Password spray?** ${people} people failed with a wrong password from ${ip} in this period. Block the address; for this person and the others, after checking who they are, reset the password and revoke their sessions.`,
    legacyAuth: (client: string): string =>
      `**Legacy authentication:** ${client} cannot do MFA, and a Conditional Access policy blocks it. Move the person to a modern app (Outlook) rather than making an exception.`,
    newCountry: (place: string): string =>
      `**New country:** a sign-in from ${place}, where this person did not sign in during the 7 days before. Ask them whether it was them; if it was not, someone has the password: reset it and revoke their sessions.`,
    disabledStillTried: (count: number, source: string): string =>
      `**A disabled account still tried:** ${count} times, most from ${source}. Find what still uses it (a phone, a service, a script) and remove the account there.`,
    otherAppFails: (works: string, fails: string): string =>
      `**Works in ${works}, fails in ${fails}:** the password and MFA are fine, so look at what is particular to ${fails} (a Conditional Access policy, an assignment, consent).`,
  },
  nearby: {
    hint: (count: number): string =>
      `Say **details** for ${count === 1 ? 'that failure' : 'the latest of these failures'}${count > 1 ? ', or **more** to list them' : ''}.`,
    nearestHint: (others: number): string =>
      `Say **details** for that failure${others > 0 ? `, or **more** for the other ${others === 1 ? 'failure' : `${others} failures`} of those 7 days` : ''}.`,
    intro: 'Nearby, though:',
    sameDay: (runs: string[]): string => `- the same day: ${runs.join('; ')}`,
    samePeriod: (runs: string[]): string => `- in the same period: ${runs.join('; ')}`,
    daysAround: (runs: string[]): string => `- the day before or after: ${runs.join('; ')}`,
    daysAroundPeriod: (runs: string[]): string => `- the day before or after that period: ${runs.join('; ')}`,
    nearest: (run: string): string => `- the nearest failure in the last 7 days: ${run}`,
    run: (count: number, code: number, app: string, span: string): string =>
      `${count === 1 ? '' : `${count} × `}${code} to ${app}${span}`,
    logDelay: 'Sign-ins take up to 2 hours to reach the log, so the last ones may not be here yet.',
  },
  whoseSignIn: (who: Person, upn: string): string =>
    who.self ? `That sign-in is yours (${upn}).` : `That sign-in is ${who.name}'s (${upn}).`,
  whoseSignInGone: "I can't find that sign-in any more. Paste its Request ID again.",
  noDetails: 'There is no answer to show the details of yet. Ask about a sign-in first.',

  period: {
    today: (day: string): string => `today (${day})`,
    yesterday: (day: string): string => `yesterday (${day})`,
    on: (day: string): string => `on ${day}`,
    between: (from: string, to: string, zone: string): string => `between ${from} and ${to} (${zone} time)`,
  },
  /** "2026-11-22 08:42:00 UTC (Sun 22 Nov 09:42 Europe/Amsterdam)": a record's time, in UTC and the reader's zone. */
  dayRange: (from: string, to: string): string => `${from} to ${to}`,
  localTime: (local: string, zone: string, utc: string, _utcClock: string): string =>
    `${utc} (${local} ${zone})`,
  notAllowed:
    "I can only show you your own sign-ins. To look into someone else's, ask your helpdesk: they can see everyone's sign-ins.",
  tickets: {
    which:
      'Which sign-in should the ticket be about? Ask me about the failure first, or paste its Request ID.',
    notAFailure: 'That sign-in succeeded, so there is nothing to put in a ticket.',
    noFailureToFile:
      'So there is no failure to put in a ticket yet. Ask again with another day or app, or paste the Request ID, and then ask for the ticket.',
    existing: (id: string, state: string): string =>
      `There is already an open ticket for this person and error code: ${id} (${state}). Add to it, or file a new one?`,
    addTo: (id: string): string => `Add to ${id}`,
    fileNew: 'File a new ticket',
    nearbyFirst:
      'That answer found no failure of what you asked about, only some nearby. Say **details** to open the nearby one first, or ask about the failure you mean; then ask for a ticket.',
    existingWhich: (id: string): string => `Which one: add to ${id}, or file a new ticket?`,
    askNote: (id: string): string => `What should I add to ${id}?`,
    noteAdded: (id: string): string => `Added your note to ${id}.`,
    askTried: (who: Person): string =>
      `Did ${who.self ? 'you' : who.name} already try the steps I suggested?`,
    yes: 'Yes',
    no: 'No',
    notSaid: 'Not said',
    yesWords: ['yes', 'y', 'yeah', 'yep', 'tried', 'ja', 'j', 'geprobeerd'],
    noWords: ['no', 'n', 'nope', 'not yet', 'nee', 'nog niet'],
    /** A sentence with one of these says whether the steps were tried: "she tried switching to Outlook". */
    triedWords: ['tried', 'tries', 'attempted', 'geprobeerd', 'probeerde'],
    notTriedWords: ['not', 'never', 'nothing', 'didnt', 'hasnt', 'havent', 'niet', 'niets', 'nooit'],
    askTriedRetry: 'Please answer yes or no.',
    /** A sentence with one of these says the steps were tried and did not help: "the reset didn't help". */
    notHelpedWords: [
      'didnt help',
      'did not help',
      'doesnt help',
      'does not help',
      'hasnt helped',
      'has not helped',
      'havent helped',
      'no luck',
      'made no difference',
      'still fails after',
      'still failing after',
      'still fails even after',
      'still the same after',
      'same error after',
    ],
    noteKeptAskTried: (who: Person): string =>
      `I will put that in the note. Did ${who.self ? 'you' : who.name} already try the steps I suggested: yes or no?`,
    draftHeading: 'Ticket draft',
    draftPrompt:
      'This is the ticket I would file. Type a note to add to it, press **File this ticket** (or say **file it**), or say **cancel**.',
    fileWords: [
      'file it',
      'file',
      'confirm',
      'submit',
      'submit it',
      'ok submit it',
      'ok file it',
      'yes file it',
      'send',
      'send it',
      'ok',
      'indienen',
      'bevestig',
      'versturen',
      'verstuur',
    ],
    /** At "what should I add?" these choose a new ticket instead; they are never the note. */
    newWords: [
      'new ticket',
      'a new ticket',
      'new one',
      'a new one',
      'file a new one',
      'file a new ticket',
      'file new',
      'new',
      'nieuw ticket',
      'nieuwe',
    ],
    /** At "what should I add?" these say to add, not what. */
    addWords: [
      'add it',
      'add this',
      'add that',
      'add to it',
      'add it to it',
      'add to that one',
      'add to the ticket',
      'add to the open ticket',
      'add to the existing one',
      'voeg het toe',
      'toevoegen',
    ],
    notANote: (id: string): string =>
      `That reads as an instruction, not a note, so I added nothing to ${id}. Type what support should read, or say **cancel**.`,
    notANoteInDraft: 'That reads as an instruction, not a note, so I kept it out of the ticket.',
    noteItself: 'Type the note itself (for example "she has a new phone") and I will add it to the draft.',
    screenNotNote:
      "That is another sign-in's error screen, so I kept it out of the ticket. Say **file it** to file the draft or **cancel** to drop it, and then paste the screen again.",
    questionNotNote:
      'That reads as a question, so I kept it out of the ticket. Say **file it** to file the draft or **cancel** to drop it, and then ask me again.',
    questionNotAdded: (id: string): string =>
      `That reads as a question, so I added nothing to ${id}. Ask me again, or say **add to ${id}** to add a note after all.`,
    /** A question at "did they try the steps?": kept out of the ticket, and the question asked again. */
    questionNotTried:
      'That reads as a question, so I kept it out of the ticket: ask me again once the ticket is done (or say **cancel** to drop it).',
    noteTaken: 'Added that to the note.',
    priorityByRule:
      'I cannot set the priority by hand: it follows from who fixes the error, a refused MFA request and how many people fail at once. Your words are in the note, so support can raise it.',
    filed: (id: string, state: string): string => `Filed ${id}. ${state}`,
    alreadyFiled: (id: string, state: string): string => `That ticket was already filed as ${id}. ${state}`,
    draftGone: 'That draft is no longer open. Ask for a ticket again ("open a ticket").',
    routing: (priority: number, group: string, incident: boolean): string =>
      `Priority ${priority} · ${group}${incident ? ' · several people failed with this code within the hour: possibly an incident' : ''}`,
    state: {
      queued: 'It is queued for the ticket system.',
      delivered: (external: string | undefined): string =>
        `It was delivered to the ticket system${external ? ` as ${external}` : ''}.`,
      attention: (reason: string): string =>
        `The ticket system refused it (${reason}), so an administrator needs to look at it; the ticket itself is kept safe.`,
      local: 'No ticket system is connected, so the bot keeps it for the helpdesk.',
    },
    stateShort: {
      queued: 'queued',
      delivered: (external: string | undefined): string => `delivered${external ? ` as ${external}` : ''}`,
      attention: 'needs attention',
      local: 'kept by the bot',
    },
    fields: {
      note: 'Note',
      tried: 'Steps tried by the user',
      summary: 'Conversation',
      raisedBy: 'Raised by',
      meaning: 'Meaning',
      suggested: 'Steps suggested',
    },
    /** The plain-text ticket a ticket system gets, in the language the ticket was raised in. */
    incidentLine: 'Several people failed with this code within the hour: possibly an incident.',
    raisedVia: (person: string, id: string): string => `${person} via the sign-in helpdesk bot (${id})`,
    summary: (asker: string, person: string, requestId: string): string =>
      `${asker} asked about the failed sign-in of ${person} (request ${requestId}).`,
    mine: 'Your tickets, newest first:',
    open: 'Open tickets, newest first:',
    none: 'There are no tickets to show.',
    nothingToAddTo:
      'There is no ticket or draft open to add a note to. To start one, ask me about the failed sign-in and then say **open a ticket**. To add to a ticket filed earlier, give its number: **add a note to SIGNIN-000123: …** (**my tickets** lists yours).',
    openOnlyStaff: 'Only helpdesk staff can list all open tickets. Say "my tickets" for yours.',
    notFound: (id: string): string => `I can't find a ticket ${id} that you may see.`,
    row: (id: string, person: string, code: number, state: string, created: string): string =>
      `${id} · ${person} · ${code} · ${state} · ${created}`,
    detail: (id: string, title: string, state: string, group: string, priority: number): string =>
      `**${id}**: ${title}\n\nStatus: ${state.replace(/\.$/, '')}. Priority ${priority}, ${group}.`,
  },
  card: {
    welcomeTitle: 'Why did this sign-in fail?',
    welcomeLines: [
      'I find the failed sign-in in the Microsoft Entra ID sign-in log, explain its error code in plain words and say what fixes it.',
      'Tell me who had trouble, with which app and when, in any order, or paste the error screen with its Request ID. Say **help**, **cancel** or **start over** at any point.',
    ],
    examplesSelf: [
      "why can't I sign in to outlook since yesterday?",
      'why did my sign-in to teams fail this morning?',
      'what does AADSTS50053 mean?',
    ],
    examples: [
      "why can't megan sign in to outlook since yesterday?",
      'why did my sign-in fail?',
      'what does AADSTS50053 mean?',
    ],
    groups: {
      who: 'Who, what and when',
      where: 'Where and on which device',
      result: 'Result',
      conditionalAccess: 'Conditional Access',
      mfa: 'Multifactor authentication',
      ids: 'IDs for a support ticket',
    },
    explain: (code: string): string => `What does ${code} mean?`,
    show: (number: number): string => `Show #${number}`,
    more: 'Show the next 5',
    restart: 'Start over',
    draftTicket: 'Draft a ticket',
    fileTicket: 'File this ticket',
    cancel: 'Cancel',
    errorPage: "Microsoft's page for this code",
    ticketFields: 'Ticket details',
  },
  field: {
    time: 'Time',
    user: 'User',
    app: 'App',
    resource: 'Resource',
    clientApp: 'Client app',
    ip: 'IP address',
    location: 'Location',
    device: 'Device',
    status: 'Status',
    errorCode: 'Error code',
    failureReason: 'Failure reason',
    conditionalAccess: 'Conditional Access',
    mfa: 'MFA',
    interactive: 'Interactive',
    requestId: 'Request ID',
    correlationId: 'Correlation ID',
  },
  status: { success: 'Success', failure: 'Failure', interrupted: 'Interrupted' },
  yes: 'yes',
  no: 'no',
  unknown: 'unknown',
  compliant: (value: boolean | null): string =>
    value === null ? 'compliance unknown' : value ? 'compliant' : 'not compliant',
  managed: (value: boolean | null): string =>
    value === null ? 'management unknown' : value ? 'managed' : 'not managed',
  caNotApplied: 'no policy applied',
  /** The log says Conditional Access blocked or passed, but names no policy (Graph needs Policy.Read.All for that). */
  caFailedUnnamed:
    'failure: a policy blocked the sign-in (the log names none: the bot needs Policy.Read.All to see policy names)',
  caSucceededUnnamed: 'success',
  /** Graph v1.0 gives no authentication details or requirement: whether MFA was asked is not known. */
  mfaUnknown: 'not in the log (Graph v1.0 leaves it out; the beta endpoint gives it)',
  caFailed: (policies: string[]): string => `failure: blocked by ${policies.map((p) => `"${p}"`).join(', ')}`,
  caSucceeded: (policies: string[]): string => `success (${policies.map((p) => `"${p}"`).join(', ')})`,
  mfaNotRequired: 'not required (single-factor)',
  mfaStep: (method: string, detail: string, ok: boolean): string =>
    `${ok ? 'passed' : 'failed'}: ${method}, ${detail}`,
  mfaRequiredNoStep: 'required, no second step recorded',
  /** The record's own values (Graph's enums, the log's English sentences) as the reader's language says them. */
  record: {
    objectId: 'object ID',
    appId: 'app ID',
    /** The log's failure reason, beside the catalog's title of the code in the reader's language, if any. */
    failureReason: (reason: string, _title: string | undefined): string => reason,
    /** Graph's values the bot knows, in the reader's words; any other value is `unknownValue`. */
    conditionalAccessStatus: {
      success: 'success',
      failure: 'failure',
      notApplied: 'not applied',
    } as Record<string, string>,
    policyResult: {
      success: 'success',
      failure: 'failure',
      notApplied: 'not applied',
      notEnabled: 'not enabled',
      reportOnlyFailure: 'report-only: failure',
      reportOnlySuccess: 'report-only: success',
    } as Record<string, string>,
    unknownValue: (value: string): string => `unknown (${value})`,
    /** A field the record leaves empty. */
    notInLog: 'not in the log',
    requirement: {
      singleFactorAuthentication: 'not required (single-factor)',
      multiFactorAuthentication: 'required (multifactor)',
    } as Record<string, string>,
    /** Authentication methods, step results and client apps by the log's English words; others are quoted. */
    methods: {} as Record<string, string>,
    stepDetails: {} as Record<string, string>,
    clientApps: {} as Record<string, string>,
    /** Words of the log with no translation, shown as the log has them. */
    logWords: (words: string): string => words,
  },

  meaningHeading: 'What it means',
  causeHeading: 'Why it happens',
  userStepsHeading: 'What the user can do',
  adminStepsHeading: 'What the helpdesk or admin does',
  /** To the person themself: what they can do, and who fixes the rest. */
  userStepsHeadingSelf: 'What you can do',
  fixedBySelf: {
    user: 'Usually you can fix this yourself.',
    helpdesk: 'Usually the helpdesk fixes this for you.',
    admin: 'This needs an administrator: ask your helpdesk.',
    appOwner: "This needs the app's owner: ask your helpdesk.",
    microsoft: 'This needs Microsoft support: ask your helpdesk.',
  },
  fixedBy: {
    user: 'Usually the user can fix this themselves.',
    helpdesk: 'Usually the helpdesk fixes this.',
    admin: 'This needs a tenant administrator.',
    appOwner: "This needs the app's owner or developer.",
    microsoft: 'This needs Microsoft support.',
  },
  interruptNote: 'This is an interrupt, a normal step of signing in, not a failure.',
  mfaStepAdvice: (detail: string, title: string): string => `**The MFA step says "${detail}":** ${title}`,
  categoryLine: (label: string): string => `Kind of problem: ${label}.`,
  moreInfo: (link: string): string => `Microsoft's page for this code: ${link}`,
  entryHeading: {
    aadsts: (code: string, name: string): string => `AADSTS${code}${name ? ` ${name}` : ''}`,
    mfaResult: (code: string, name: string): string => `MFA result ${code} (${name})`,
    mfaDetail: (_code: string, name: string): string => `MFA result: ${name}`,
  },
  explainEscalation: {
    yes: 'Always open a ticket for this one, even if the steps above help, so the follow-up is tracked.',
    ifPersists: 'Open a ticket if the steps above do not help.',
    no: 'This rarely needs a ticket.',
  },
  unknownCode: (code: string, link: string): string =>
    `I have no notes on error code ${code} yet. Microsoft's page for it: ${link}. If the failure keeps coming back, open a ticket with the request ID, correlation ID, time and code.`,
  noSuchCode: (typed: string, best: string): string =>
    `There is no error code ${typed} in Microsoft's list. Did you mean **${best}**? Here is what that one means:`,
  readCodeAs: (typed: string, code: string): string => `I read "${typed}" as ${code}.`,
  didYouMean: (codes: string[]): string =>
    `Did you mean ${codes.join(' or ')}? Those are seen far more often; say the code to see it.`,
  catalogNoMatch: (query: string): string =>
    `I found no error code matching "${query}". Give the number from the error screen (for example 50126 or AADSTS50126) or describe the symptom in a few words.`,
  catalogAlso: (codes: string[]): string =>
    `Also close: ${codes.join(', ')}. Ask "what does <code> mean" for one of them.`,
  relatedCodes: (codes: string[]): string => `Related codes: ${codes.join(', ')}.`,

  ticketOffer: 'Say **open a ticket** and I will draft it for you to check and file.',
  ticketHeading: 'A ticket for support',
  escalateNow:
    'This one needs someone with admin rights or the app owner: open a ticket with the details below.',
  escalateIfPersists:
    'If the steps above do not help, open a ticket with these details so support does not have to ask:',
  escalateNo:
    'This rarely needs a ticket. If it keeps happening after the steps above, open one with these details:',
  ticketTitle: (code: number, upn: string, app: string): string =>
    `Sign-in failure ${code} for ${upn} on ${app}`,

  directFound: (how: string): string => `Found the sign-in by its ${how}.`,
  codeDiffers: (pasted: number, recorded: number, how: string): string =>
    `Note: the screen says error ${pasted}, but this record has ${recorded}. The screen may be from another attempt; the record is what the log says about this ${how}.`,
  codeDiffersFromEarlier: (earlier: number, recorded: number, how: string): string =>
    `Note: the error you asked about before was ${earlier}, but this record has ${recorded}. The error may be from another attempt; the record is what the log says about this ${how}.`,
  directNotFound: (ids: string): string =>
    `I found no sign-in with ${ids}. Check that you copied the whole ID. Sign-ins can take up to 2 hours to appear in the log, and the log keeps 30 days.`,
  directAroundThen: (day: string, time: string, self: boolean): string =>
    `To look at the sign-ins around that time instead, ask: **${self ? `why did my sign-in fail on ${day} at ${time}?` : `why did <name> fail to sign in on ${day} at ${time}?`}**`,
  directNotFoundButCode: 'Here is what that error code means in the meantime:',
  howRequestId: 'Request ID',
  howCorrelationId: 'Correlation ID',
  severalForCorrelation: (count: number): string =>
    `${count} sign-ins share that Correlation ID; this is the latest failure among them.`,

  turnError: 'Sorry, something went wrong on my side. I logged it for the administrator; please try again.',
  auditOnlyReaders:
    'Only people in a reader role (Global Administrator, Security Administrator, Security Reader, Global Reader or Reports Reader) can see who looked up whose sign-ins.',
  auditWhom: 'Whose sign-ins do you mean? Name the person, for example "who looked up jane\'s sign-ins?".',
  auditNone: (name: string): string => `Nobody has looked up the sign-ins of ${name} through this bot.`,
  auditTrail: (name: string, lines: string[]): string =>
    `Lookups of the sign-ins of ${name}, newest first:\n\n${lines.map((line) => `- ${line}`).join('\n')}`,
  /** `matched`: the records the answer drew on (a story sums them up); `shown`: those shown in full. */
  auditLine: (
    when: string,
    who: string,
    shown: number,
    matched: number,
    outcome: AuditOutcome,
    filter: string,
  ): string =>
    `${when}: ${who} ${{ shown: `saw ${Math.max(shown, matched)} record${Math.max(shown, matched) === 1 ? '' : 's'}${matched > shown ? `, ${shown} in full` : ''}`, refused: 'was refused', error: 'got no answer (the log could not be read)' }[outcome]}${filter ? ` (${filter})` : ''}`,
  sinceDay: (day: string): string => `since ${day}`,
  cannotChangeAccounts:
    "I can't change accounts: I read the sign-in log to find out why a sign-in failed and what fixes it. Resetting a password, unlocking an account or changing someone's MFA is done in the Microsoft Entra admin center (or through your helpdesk's own process), after checking who is asking. Ask me why the sign-in failed, and I'll tell you which of those it needs.",
  unbiddenPrompts:
    '**MFA prompts nobody asked for?** Never approve a prompt you did not start yourself: deny it and tell the helpdesk right away, because then someone else knows the password.',
  unbiddenPromptsStaff:
    '**MFA prompts nobody asked for?** Then someone else probably knows the password. Tell the person never to approve a prompt they did not start, have the password reset after checking who is calling, and look at their sign-ins: ask me "why can\'t <name> sign in?".',
  stillWorking:
    "One moment: this is taking longer than usual. I'll post the answer here as soon as it's ready.",
  turnsCrossed:
    "Two of your messages reached me at the same moment and were answered side by side, so I've carried on from the other one. If this answer doesn't follow on from it, send your message again.",
  stillBusy:
    "I'm still answering your earlier messages, so I've set this one aside. Send it again once they're answered.",
  lookingItUpQueued: (seconds: number): string =>
    `Many questions are waiting for Microsoft Graph, which answers a few every 10 seconds: yours is in the queue and should be answered in about ${seconds} seconds. I'll post it here.`,
  lookingItUp:
    "I'm looking it up in the sign-in log; Microsoft Graph is taking a while. I'll post the answer here as soon as it arrives.",
  graphProblem: {
    permission:
      "I can't read the sign-in log: the bot's app registration lacks a permission in Microsoft Graph. An administrator needs to grant it AuditLog.Read.All and Directory.Read.All (application permissions, with admin consent).",
    license:
      "I can't read the sign-in log through Microsoft Graph: that needs Microsoft Entra ID P1 or P2 in this tenant. Without it, download the sign-in log from the admin center and import it (npm run import).",
    credentials:
      "I can't sign in to Microsoft Graph: the bot's client secret or certificate was refused (wrong or expired). An administrator needs to check GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_PATH.",
    throttled: 'Microsoft Graph asked me to slow down and kept doing so. Please ask again in a minute.',
    rejected:
      "Microsoft Graph turned down the bot's request for the sign-in log, so I can't answer that. It is the bot's problem, not yours: I've logged it for the admin.",
    failing:
      'Microsoft Graph answered with a server error, so I cannot read the sign-in log right now. I have logged it for the admin; please try again in a few minutes.',
    unavailable:
      "Microsoft Graph did not answer in time, so I can't read the sign-in log right now. I logged it for the administrator; please try again in a few minutes.",
  },
  callerUnidentified:
    "I can't tell who you are on this channel, so I can't show any sign-in records here. Ask me in Microsoft Teams; questions about error codes work everywhere.",
  callerUnverified:
    "I couldn't check your role in the directory just now, so I can't show any sign-in records. Please try again in a few minutes; questions about error codes still work.",
  storageUnavailable:
    "I can't reach the storage where I keep our conversations and tickets right now, so I couldn't finish that. I logged the problem for the administrator; please try again in a few minutes.",
  sourceUnavailable:
    "I can't reach the sign-in log right now, so I can't answer that. I logged the problem for the administrator; please try again in a few minutes.",

  /** What the terminal chat (npm run chat) itself prints, in the language of its --locale. */
  chat: {
    usage: [
      'Usage: npm run chat [-- <options>]',
      '  --as <upn>         chat as this person (default: LOCAL_DEFAULT_USER)',
      '  --locale <locale>  the locale Teams would send, such as nl-NL for Dutch (default: en-US)',
      "  --tz <IANA zone>   your time zone, such as Europe/Amsterdam (default: this computer's)",
      '  --url <endpoint>   a bot you already started, such as http://127.0.0.1:3978/api/messages',
    ].join('\n'),
    youAre: (name: string, upn: string, roles: string[]): string =>
      `You are chatting as ${name} <${upn}>${roles.length > 0 ? `, ${roles.join(', ')}` : ''}.`,
    unknownUser: (upn: string): string =>
      `(${upn} is not in the directory, so the bot will not know who you are.)`,
    zoneAndQuit: (zone: string): string =>
      `Dates are read in the time zone ${zone} (--tz changes it). Type "quit" to leave.`,
    you: 'you> ',
    bot: 'bot> ',
    unknownArgument: (argument: string): string => `[chat] unknown argument "${argument}".`,
    needsValue: (flag: string): string => `[chat] ${flag} needs a value.`,
    unknownZone: (zone: string): string =>
      `[chat] --tz "${zone}" is not a time zone. Give an IANA time zone name, such as Europe/Amsterdam or America/New_York.`,
    needsUrl:
      '[chat] MicrosoftAppId is set, so the bot requires channel tokens. Use --url with a local bot, or unset it.',
    botFailed: (status: number, body: string): string => `[chat] the bot answered HTTP ${status}: ${body}`,
  },
};

export type Texts = typeof en;

function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
