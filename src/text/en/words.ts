/**
 * Every word the bot recognises in English, beside `texts.ts` (every sentence it says). Phrases are compared after
 * `normalize()`: lower case, no accents, punctuation as spaces. Another language copies this shape (see `Words`).
 */
export const enWords = {
  greetings: ['hi', 'hello', 'hey', 'yo', 'good morning', 'good afternoon', 'morning', 'hiya', 'howdy'],
  thanks: [
    'thanks',
    'thank you',
    'thx',
    'ty',
    'cheers',
    'great thanks',
    'thanks a lot',
    'much appreciated',
    'bye',
    'goodbye',
    'see you',
  ],
  help: ['help', 'menu', 'what can you do', 'commands', 'examples', 'how does this work', '?'],
  cancel: ['cancel', 'stop', 'quit', 'exit', 'never mind', 'nevermind', 'forget it', 'abort'],
  /** Inside a longer answer ("no never mind, I'll try it myself first"): these, not a bare "stop", call it off. */
  calledOff: ['never mind', 'nevermind', 'forget it', 'cancel that', 'cancel it', "don't bother", 'no need'],
  restart: ['start over', 'restart', 'reset', 'begin again', 'new search', 'start again'],
  /** A question about who looked someone up has a word starting so ("who checked jane?"); "who is jane's manager?" not. */
  lookedUpStarts: [
    'look',
    'check',
    'view',
    'search',
    'pull',
    'open',
    'access',
    'audit',
    'snoop',
    'quer',
    'ran',
  ],
  /** "she reset her password": what gets reset besides the conversation. Such a message is no request to start over. */
  resetObjects: [
    'password',
    'passwords',
    'mfa',
    'pin',
    'authenticator',
    'account',
    'phone',
    'methods',
    'sessions',
  ],
  more: ['more', 'next', 'show more', 'next page', 'the rest'],
  /** "who is this?" after a record was shown: whose sign-in it is, the whole message. */
  whoseShown: [
    ...['who is this', 'who is that', 'who is it', 'who was it', 'who was that', 'who is the user'],
    ...['who is this user', 'who is this person', 'whose sign-in is this', 'whose sign-in is that'],
    ...[
      'whose sign-in was this',
      'whose sign-in was it',
      'whose is this',
      'whose is it',
      'which user is this',
    ],
    ...['which user was it', 'which user is it'],
  ],
  /** "is it fixed now?" after an answer: the same search again, from then up to now. */
  fixedYet: [
    'is it fixed',
    'is it solved',
    'is it resolved',
    'is it working',
    'does it work now',
    'works now',
    'fixed now',
  ],
  /** "show me the other failures" after an answer: the next ones of its list. */
  otherFailures: ['other failures', 'other errors', 'other failed sign-ins', 'other sign-ins', 'the others'],
  yes: [
    'yes',
    'y',
    'yeah',
    'yep',
    'yup',
    'sure',
    'ok',
    'okay',
    'correct',
    'right',
    'indeed',
    'of course',
    'please do',
  ],
  no: ['no', 'n', 'nope', 'nah', 'not yet', 'no way', 'negative'],
  /** How a follow-up about someone else starts: "and megan?", "what about nestor". */
  followUp: ['and', 'what about', 'how about', 'same for', 'also for'],
  /** "no sorry, I meant Adele, not Megan": the question again about the one meant, the rest as before. */
  meant: { starts: ['i meant', 'i mean', 'meant'], notThat: ['not', 'instead of', 'rather than'] },
  /**
   * "did someone else try to get into my account?": a person word with a trying word, or a word of break-in. The
   * answer looks at every app over the last days.
   */
  intrusion: {
    who: ['someone', 'somebody', 'anyone', 'anybody', 'a stranger', 'strangers', 'an attacker'],
    tries: [
      'try',
      'tried',
      'trying',
      'tries',
      'attempt',
      'attempted',
      'attempting',
      'attempts',
      'been using',
      'used',
    ],
    breakIn: ['hacked', 'hacker', 'hackers', 'compromised', 'break into', 'broke into', 'breaking into'],
  },
  /** "actually it's on her phone, Outlook Mobile": words that point back at the person of the last answer. */
  backReferences: ['she', 'he', 'her', 'him', 'his', 'they', 'them', 'their', 'actually'],
  /**
   * A ticket request that has none of these words and describes a known error is that error ("a guest can't open
   * our sharepoint link"); `stems` also match longer words ("escalate", "escalation").
   */
  /** "pls prio 1", "this is urgent": asking for a priority the bot works out itself. */
  priorityAsked: ['priority', 'prio', 'urgent', 'asap', 'p1', 'p2', 'escalate'],
  /** "add a note: she has a new phone": words before a note that ask to note it, not part of it. */
  noteLeadIns: ['please add a note', 'add a note', 'add note', 'please add', 'add', 'note', 'notes', 'fyi'],
  /** The lead-ins that say "note": with a colon they make any message a note, even with no ticket open. */
  noteNamingLeadIns: ['please add a note', 'add a note', 'add note', 'note', 'notes'],
  /** "oh wait, also add that it's on her laptop": a lead-in ending in "that", with the small words before it. */
  noteThatLeadIns: {
    fillers: ['oh', 'uh', 'um', 'wait', 'sorry', 'and', 'also', 'please', 'pls', 'can you', 'could you'],
    verbs: ['add that', 'note that', 'mention that', 'put in that', 'say that'],
  },
  /**
   * "go ahead and send it", "send the ticket": at the ticket draft, a message of one of these verbs and small words
   * only files it. Any other word ("don't", "to the exchange team") makes it a note.
   */
  fileDraft: {
    verbs: ['file', 'submit', 'send', 'confirm', 'raise', 'lodge'],
    fillers: [
      'it',
      'the',
      'this',
      'ticket',
      'draft',
      'please',
      'pls',
      'ok',
      'okay',
      'yes',
      'yeah',
      'sure',
      'go',
      'ahead',
      'and',
      'just',
      'now',
      'then',
      'in',
      'off',
      'over',
    ],
  },
  /**
   * What may follow a yes or no at "did they try the steps?" and says nothing more ("no, not yet", "yes I did"), and
   * the words before what does ("no, but I restarted the phone twice"). Apostrophes are left out: "didnt".
   */
  triedAnswer: {
    fillers: [
      'yes',
      'yeah',
      'yep',
      'no',
      'nope',
      'not',
      'yet',
      'nothing',
      'anything',
      'i',
      'she',
      'he',
      'they',
      'we',
      'did',
      'didnt',
      'do',
      'does',
      'doesnt',
      'has',
      'hasnt',
      'have',
      'havent',
      'had',
      'already',
      'tried',
      'it',
      'that',
      'them',
      'those',
      'all',
      'of',
      'the',
      'steps',
      'everything',
      'sorry',
      'really',
      'actually',
      'indeed',
      'course',
      'sure',
      'ok',
      'okay',
      'so',
      'far',
    ],
    buts: ['but', 'though', 'however', 'although'],
  },
  ticketRequest: {
    words: [
      'ticket',
      'tickets',
      'case',
      'cases',
      'incident',
      'incidents',
      'line',
      'request',
      'log',
      'forward',
      'pass',
      'team',
      'file',
      'p1',
      'p2',
      'p3',
      'p4',
    ],
    stems: ['escal', 'support'],
  },
  /** A question across people has one of these ("how many", "top errors", "is Outlook down"); else it is one person's. */
  acrossPeople: {
    words: [
      'all',
      'entire',
      'whole',
      'how many',
      'top',
      'most',
      'outage',
      'down',
      'many',
      'users',
      'people',
      'staff',
      'colleagues',
      'office',
      'team',
      'stat',
      'stats',
      'overview',
      'summary',
      'rate',
      'percentage',
      'trend',
      'number',
      'numbers',
      'count',
      'spray',
      'lockouts',
      'errors',
      'codes',
    ],
    stems: ['every', 'mass', 'statistic'],
  },
  /**
   * "write a poem about last week" reads like a question about a stretch of time: a question across people also names
   * something of signing in (a word here, an app, a code or an address), else it is not understood.
   */
  signInTopic: {
    words: [
      ...'sign signin signins login logins logon log mfa 2fa password passwords account accounts access code'.split(
        ' ',
      ),
      ...'error errors failure failures outage down app apps tenant broken anyone anybody someone'.split(' '),
    ],
    stems: ['fail', 'lock', 'block', 'deni', 'authent', 'verif', 'prompt'],
  },
  /** A problem of the whole account, not of one app: "which app?" is not asked, every app is searched. */
  accountWide: {
    words: [
      ...[
        'locked out',
        'lockout',
        'account locked',
        'account is locked',
        'account disabled',
        'account is disabled',
      ],
      ...['account blocked', 'account is blocked', 'password expired', 'password has expired'],
    ],
    stems: [],
  },
  /** "the whole month", "all day": "whole" and "all" say how long, not how many people. */
  stretchOfTime: {
    whole: ['all', 'whole', 'entire'],
    between: ['the', 'this', 'past', 'last'],
    spans: ['day', 'week', 'weekend', 'month', 'morning', 'afternoon', 'evening', 'night', 'time'],
  },
  /** "how do I change my password?": a how-to about one's own password (a how-to start, a password word, a verb). */
  passwordHowTo: {
    things: ['password', 'passwd', 'pw'],
    verbs: ['change', 'reset', 'forgot', 'forgotten', 'update', 'new', 'renew'],
  },
  /** "how do I set up the authenticator app?": one's own sign-in methods. */
  mfaHowTo: {
    things: ['authenticator', 'mfa', '2fa', 'verification', 'methods', 'method', 'security', 'number'],
    verbs: [
      'set',
      'setup',
      'install',
      'add',
      'register',
      'change',
      'move',
      'transfer',
      'update',
      'new',
      'switch',
    ],
  },
  /** How a question about something else starts: "what's the weather today?" at "when did it happen?". */
  questionStarts: [
    'what',
    'whats',
    "what's",
    'how',
    'who',
    'where',
    'why',
    'which',
    'can',
    'could',
    'is',
    'are',
    'do',
    'does',
    'will',
  ],
  /** The labels before the values of a pasted error screen's troubleshooting details ("Request Id: …"). */
  errorScreen: {
    requestId: ['request id', 'trace id'],
    correlationId: ['correlation id'],
    timestamp: ['timestamp', 'time stamp'],
    errorCode: ['error code'],
  },
  /** "what does that error mean?" after an answer: the error just shown, named by a pointer and a noun. */
  shownError: {
    pointers: ['that', 'this', 'the', 'those', 'these', 'her', 'his', 'their'],
    nouns: ['error', 'errors', 'error code', 'code', 'message', 'failure', 'failure reason'],
    /** Or a pronoun alone: "what does that mean in normal words?". */
    phrases: [
      'what does that mean',
      'what does this mean',
      'what does it mean',
      "what's that mean",
      'what is that',
      // What to do about it: the same answer, its steps and who fixes it.
      'who should fix this',
      'who should fix that',
      'who fixes this',
      'who needs to fix this',
      'what should i do now',
      'what do i do now',
      'what should the user do',
      'what does the user need to do',
      'what should they do',
      'what should she do',
      'what should he do',
      'how do i fix this',
      'how do i fix it',
    ],
  },
  /** A question about an app failing for many people at once: "is Outlook down?"; "…" stands for any words. */
  /** Asking the bot to change an account ("can you reset her password?"): a request, a change, and what it is of. */
  change: {
    request: ['can you', 'could you', 'would you', 'please', 'pls', 'i need you to', 'go ahead and'],
    verb: [
      'reset',
      'unlock',
      'unblock',
      'disable',
      'enable',
      'turn off',
      'switch off',
      'turn on',
      'remove',
      'delete',
      'create',
      'grant',
      'assign',
      'change',
    ],
    object: [
      'password',
      'passwords',
      'mfa',
      'account',
      'accounts',
      'authenticator',
      'licence',
      'license',
      'role',
      'phone number',
    ],
  },
  /** MFA prompts nobody asked for: a word for the prompt, and one for "again and again" or one that says so outright. */
  unbidden: {
    prompt: ['mfa', 'prompt', 'prompts', 'notification', 'notifications', 'authenticator', 'approve', 'push'],
    /** A message the app keeps showing is not a prompt that keeps coming: "keeps saying the request was denied". */
    shown: ['keeps saying', 'keeps telling', 'keeps showing', 'keeps displaying', 'keeps giving'],
    again: ['keep getting', 'keeps', 'constantly', 'all the time', 'over and over', 'again and again'],
    /** The person did not start it, said outright: prompts nobody asked for even when a code comes into it. */
    notStarted: [
      'random',
      'out of nowhere',
      "didn't start",
      'did not start',
      "didn't ask for",
      'did not ask for',
      'never asked for',
      "didn't request",
      'did not request',
      'not me',
      'at night',
      'without signing in',
      "i'm not signing in",
    ],
  },
  /**
   * A verification code in a sign-in the person started: asked for, refused when typed, or a text that never comes.
   * Not prompts nobody asked for: every app is searched, and the answer says what the trouble usually is.
   */
  codeTrouble: {
    code: [
      'code',
      'codes',
      'passcode',
      'otp',
      'sms',
      'texts',
      'the text',
      'a text',
      'text message',
      'text messages',
      'pin',
      'pin code',
    ],
    /** A code that is no verification code: "error code 50126". */
    notCode: ['error code', 'error codes', 'status code', 'result code'],
    asked: [
      'asked for',
      'asks for',
      'asking for',
      'ask for',
      'enter',
      'enters',
      'entering',
      'entered',
      'type',
      'types',
      'typing',
      'typed',
      'put in',
      'puts in',
    ],
    refused: [
      ...['never takes', 'never accepts', 'not taking', "doesn't take", 'does not take', "won't take"],
      ...["didn't take", 'not accepted', 'not accepting', "doesn't accept", 'does not accept'],
      ...["won't accept", "didn't accept", 'rejected', 'rejects', 'rejecting', 'refused', 'refuses'],
      ...['refusing', 'wrong', 'invalid', 'incorrect', 'not valid', "doesn't work", 'does not work'],
      ...['not working', "isn't working"],
    ],
    notArriving: [
      ...['never arrives', 'never arrived', 'never comes', 'never came', 'never gets', 'never got'],
      ...['never receives', 'never received', 'not arriving', 'not coming', 'not received', 'not receiving'],
      ...["doesn't arrive", 'does not arrive', "didn't arrive", 'did not arrive', "don't arrive"],
      ...["doesn't come", 'does not come', "doesn't get", 'does not get', "didn't get", 'did not get'],
      ...["don't get", "isn't getting", 'is not getting', 'not getting', 'no longer arrives'],
      ...['stopped arriving', 'stopped getting', 'no sms', 'no text', 'no code'],
    ],
  },
  outage: [
    'outage',
    'down',
    'is down',
    'is … down',
    'not working for anyone',
    'for everyone',
    'everyone',
    'lots of users',
    'lots of people',
    'loads of calls',
    'widespread',
  ],
  /** Asking what something means: with a quoted phrase ("what does 'more information required' mean?") it is the screen's text. */
  meaning: ['mean', 'means', 'meaning', 'meant'],
  /** Asking to explain a code without giving one. */
  askCode: [
    'look up a code',
    'lookup a code',
    'explain a code',
    'error code',
    'a code',
    'code',
    'explain an error',
  ],
  /** The caller themself: "why can't I sign in", "my sign-ins". */
  self: ['me', 'my', 'i', 'myself', 'mine', 'im', 'i m', 'ive', 'i ve'],
  /** "my colleague", "my boss": someone else, though "my" is said. Not before "account" or "name" ("my user name"). */
  selfPossessive: ['my'],
  otherPeople: [
    ...'colleague colleagues coworker coworkers co worker boss manager supervisor user users employee employees'.split(
      ' ',
    ),
    ...'team teammate staff member customer client student students teacher nurse doctor partner wife husband'.split(
      ' ',
    ),
    ...'son daughter assistant intern new hire director secretary department lead'.split(' '),
  ],
  /**
   * "I think", "I don't know": the caller saying how sure they are, not that the sign-in is theirs ("this morning I
   * think" at "which app?"). Compared as the words read them: an apostrophe is a space ("don t").
   */
  unsure: [
    'i think',
    'i guess',
    'i believe',
    'i suppose',
    'i m not sure',
    'im not sure',
    'i am not sure',
    'i don t know',
    'i dont know',
    'i do not know',
    'i have no idea',
    'i ve no idea',
  ],
  /** "any app", "all apps": no filter on the app. */
  anyApp: [
    'any',
    'any app',
    'all',
    'all apps',
    'every app',
    'any application',
    'all applications',
    'whatever app',
    'doesnt matter',
    'does not matter',
    'no idea',
    'not sure',
    'dont know',
    'don t know',
    'all of them',
  ],
  /** Words that stand where a name would but are not one: pronouns, articles, quantifiers and times. */
  notAName: (
    'i me my mine myself we our you your the a an it this that these those he she they his her their him them ' +
    'someone somebody anyone everyone nobody user users people ppl folks colleagues all any some last past previous next today ' +
    'yesterday tonight morning afternoon evening week month monday tuesday wednesday thursday friday saturday ' +
    'sunday there here who what why when how which again still also just only now id request correlation trace ' +
    'code error timestamp message details name app device'
  ).split(' '),
  /** Words just before or after a name that show a person is meant: "for jon", "jon can't". */
  personCues: {
    before: (
      'for of about with from user colleague check lookup up cant cannot couldnt didnt doesnt hasnt wasnt isnt ' +
      'manager employee did does has'
    ).split(' '),
    after: (
      'cant cannot can couldnt could is was has had keeps kept get gets got fails failed failing sign signs log logs ' +
      'tried tries says reports still not never just isnt wasnt doesnt didnt hasnt signin signins login logins ' +
      'account accounts records failures errors logon locked blocked disabled suspended'
    ).split(' '),
    /** Before a name only when a cue follows it too: "is jon locked out", "can jon sign in". */
    heldBefore: 'is was can could will'.split(' '),
  },
  /** Words just before or after an app name: "sign in to vpn", "the salesforce app". */
  appCues: {
    before: 'to into in on onto via using app application open opening access accessing'.split(' '),
    after: 'app application portal site client website'.split(' '),
    /** After these the next word is the app, even an ordinary word: "sign in to vpn". */
    signIn: [
      'sign in to',
      'sign into',
      'signin to',
      'log in to',
      'log into',
      'login to',
      'log on to',
      'logon to',
    ],
    /** Words after "sign in to" that are no app: "sign in to anything". */
    notAnApp: ['anything', 'everything', 'something', 'nothing'],
    /** Words between "sign in to" and the app: "sign in to the vpn". */
    articles: ['the', 'our'],
  },
  /**
   * Date words, read by `understanding/dateRecognizer.ts` in every language at once (people mix them). Compared with
   * the message in lower case without accents; a space stands for any spacing and ' for either apostrophe.
   */
  dates: {
    today: ['today'],
    yesterday: ['yesterday'],
    dayBeforeYesterday: ['the day before yesterday', 'day before yesterday'],
    thisWeek: ['this week'],
    lastWeek: ['last week', 'previous week'],
    /** The latest Saturday and Sunday (this one, said at the weekend). */
    weekend: ['over the weekend', 'the weekend', 'this weekend', 'last weekend', 'past weekend', 'weekend'],
    /** A month: since its first day ("this month"), the one before it, or the month up to now ("the past month"). */
    months: {
      this: ['this month'],
      last: ['last month', 'previous month'],
      past: ['the past month', 'past month', 'the last month', 'the whole month'],
    },
    /** Monday first, as luxon's weeks. */
    weekdays: [
      ['monday', 'mon'],
      ['tuesday', 'tues', 'tue'],
      ['wednesday', 'wed'],
      ['thursday', 'thurs', 'thur', 'thu'],
      ['friday', 'fri'],
      ['saturday', 'sat'],
      ['sunday', 'sun'],
    ],
    /** Small words between a date's parts, or before one: "last week on tuesday", "on the 20th". */
    on: ['on', 'of'],
    /** Before a date or an amount: from then until now ("since friday", "since 3 days", "started 3 days ago"). */
    since: ['since', 'started', 'starting', 'began', 'begun'],
    /** Before a clock time: from then to the end of that day ("yesterday after 10:17"), or from its start to then. */
    afterTime: ['after', 'later than'],
    beforeTime: ['before', 'earlier than'],
    /** Asking when a problem began: as far back as the log goes, until now ("when did that start?"). */
    sinceTheStart: ['when did that start', 'when did it start', 'when did this start', 'since when'],
    /** Before an amount: that much time up to now ("the last 3 days"). */
    lastN: ['the last', 'the past', 'last', 'past'],
    /** Before a day or week without an amount: that long up to now ("the past week" is the last 7 days). */
    past: ['the past', 'past'],
    /** After an amount: that long ago ("5 minutes ago"). */
    ago: ['ago'],
    /** A few minutes ago, anywhere in a message. */
    justNow: ['just now', 'a moment ago', 'moments ago'],
    /** A few minutes ago, but only as the whole answer: inside a sentence they mean something else. */
    nowAlone: ['now', 'right now'],
    /** 1 to 10 in words, for amounts: "an hour ago", "two hours ago". */
    counts: [
      ['a', 'an', 'one'],
      ['two'],
      ['three'],
      ['four'],
      ['five'],
      ['six'],
      ['seven'],
      ['eight'],
      ['nine'],
      ['ten'],
    ],
    /** Half of the unit after it: "half an hour ago". */
    half: ['half an', 'half a'],
    units: {
      minutes: ['minutes', 'minute', 'mins', 'min'],
      hours: ['hours', 'hour', 'hrs', 'hr'],
      days: ['days', 'day'],
      weeks: ['weeks', 'week'],
    },
    /** A part of today in one phrase. Its night is the one that ended this morning. */
    partsOfToday: {
      morning: ['this morning'],
      afternoon: ['this afternoon'],
      evening: ['this evening', 'tonight'],
      night: ['last night'],
    },
    /** A part of the day after yesterday or a weekday ("yesterday afternoon"). Its night follows that day. */
    partsOfDay: {
      morning: ['morning', 'in the morning'],
      afternoon: ['afternoon', 'in the afternoon'],
      evening: ['evening', 'in the evening'],
      night: ['night', 'at night'],
    },
    /** A day of the month: "the 20th". */
    dayOfMonth: { before: ['the'], after: ['st', 'nd', 'rd', 'th'] },
    /** With one of these, "yesterday" is part of a longer date that chrono reads: "yesterday at 3pm". */
    joiners: ['at', 'between'],
    /** Other words a date can hold. Without a digit or a date word in a message, chrono does not read it. */
    other: [
      'tomorrow',
      'noon',
      'midnight',
      'week',
      'month',
      'between',
      'until',
      'next',
      'jan',
      'january',
      'feb',
      'february',
      'mar',
      'march',
      'apr',
      'april',
      'may',
      'jun',
      'june',
      'jul',
      'july',
      'aug',
      'august',
      'sep',
      'sept',
      'september',
      'oct',
      'october',
      'nov',
      'november',
      'dec',
      'december',
    ],
  },
  /** Catalog search: words of any question about a code (and "cant" typed without its apostrophe); they tell no entry apart. */
  catalogStopWords: [
    ...'cant dont doesnt didnt isnt wont wasnt arent couldnt wouldnt im ive youre thats whats theres'.split(
      ' ',
    ),
    ...'don didn doesn isn wasn aren weren couldn wouldn shouldn hasn haven hadn'.split(' '),
    ...'why how when what does mean means meaning explain error code'.split(' '),
  ],
  /**
   * Catalog search: words that say something did not happen ("didn't", "never"), so "the code was not sent" comes
   * nearer the phrasings that say so than "the code was sent". Contractions are read as "not".
   */
  catalogNegations:
    'not no never nothing none without cannot cant dont doesnt didnt isnt wont wasnt arent couldnt wouldnt hasnt havent'.split(
      ' ',
    ),
  /**
   * Catalog search: labels of the values an error screen or log export adds that name one sign-in, not the error
   * ("Correlation ID: 5d2e…", "Timestamp: 2026-11-30 07:31"). They and their values are left out of the search.
   */
  catalogTraceLabels: [
    'request id',
    'correlation id',
    'trace id',
    'session id',
    'activity id',
    'app id',
    'client id',
    'object id',
    'tenant id',
    'timestamp',
    'time stamp',
    'device identifier',
    'ip address',
  ],
  /**
   * Catalog search: lines of an error screen's troubleshooting details whose value is words about the device or app,
   * not the error ("App name: Office 365 Exchange Online"), and the heading above them. They are left out whole.
   */
  catalogTraceLines: [
    'troubleshooting details',
    'app name',
    'application name',
    'device platform',
    'device state',
    'browser',
    'user agent',
    'flag sign in errors for review',
  ],
  /**
   * Catalog search: how a how-to or general question starts ("how do I change my password before it expires?"); `*`
   * stands for any one word. Such a question names no error unless it also has a word of catalogProblemWords, so it
   * finds nothing.
   */
  catalogHowTo: [
    ...[
      'how do i',
      'how can i',
      'how should i',
      'how do we',
      'how can we',
      'how to',
      'how often',
      'how many',
    ],
    ...['how long', 'can you explain', 'could you explain', 'explain what', 'what is a', 'what is an'],
    ...[
      'what is the',
      'is there a',
      'is there an',
      'is there any',
      'is it safe',
      'is it ok',
      'is it possible',
    ],
    ...[
      'is it allowed',
      'where do i',
      'where can i',
      'how would i',
      'how could i',
      'how do you',
      'how can you',
    ],
    ...[
      'how much',
      'which * should i',
      'what * should i',
      'what are the',
      'can i get',
      'could i get',
      'who can',
    ],
    ...[
      'can i use',
      'do i need',
      'do i have to',
      'what is the difference',
      'whats the difference',
      'whats the',
    ],
    ...[
      'where in',
      'who manages',
      'who is responsible',
      'is this phishing',
      'is it phishing',
      'is this a scam',
    ],
    ...['why do we', 'why must we', 'why should we'],
  ],
  /** Catalog search: how a question for information opens (with a question mark at the end and no problem word). */
  catalogAsks: 'can could do does is are should will would who whats what is'.split(' '),
  /** Catalog search: words that say nothing is wrong; their problem word ("wrong") names no problem. */
  /** Catalog search: words that say a problem is over ("ticket can be closed"): no error to explain. */
  catalogClosed: [
    ...['can be closed', 'you can close', 'close the ticket', 'works again', 'working again', 'is resolved'],
    ...['is solved', 'all good now', 'sorted now'],
  ],
  catalogContrast: ['but', 'still', 'except', 'however', 'only'],
  catalogNoProblem: [
    ...[
      'nothing wrong',
      'nothing is wrong',
      'nothing broken',
      'nothing is broken',
      'no problem',
      'no problems',
    ],
    ...[
      'no issue',
      'no issues',
      'not a problem',
      'no longer needed',
      'not needed anymore',
      'not needed any more',
    ],
  ],
  /** Catalog search: how a request, a change of plan or thanks opens (with no problem word it names no error). */
  catalogRequests: [
    ...['please', 'pls', 'can someone', 'could someone', 'can you', 'could you', 'would you', 'can we'],
    ...['need access', 'needs access', 'user wants to', 'user would like'],
    ...['could we', 'i need a', 'we need a', 'need a', 'i would like', 'id like', 'cancel', 'just wanted'],
    ...['fyi', 'thanks', 'thank you'],
  ],
  /** Catalog search: words that say something went wrong; with one of them a how-to question is about an error. */
  catalogProblemWords: [
    ...'fail fails failed failing failure error errors cant cannot wont doesnt didnt isnt not never blocked block'.split(
      ' ',
    ),
    ...'blocks denied deny declined locked lockout unlock unblock expired invalid wrong incorrect unable problem'.split(
      ' ',
    ),
    ...'problems issue issues stuck rejected refused broken disabled deactivated keep keeps kept again suddenly'.split(
      ' ',
    ),
    ...'anymore down outage accidentally mistake'.split(' '),
  ],
  /**
   * Catalog search: words only a question about signing in has. With one of them a question needs less evidence to
   * find an entry ("hij typt zijn wachtwoord verkeerd" is about a password, whatever else it says).
   */
  catalogAnchors: [
    ...'password passwords passwd pwd mfa 2fa authenticator signin login logon account accounts lockout'.split(
      ' ',
    ),
    ...'sign-in sign-ins two-step 2-step multi-factor multifactor verification sms'.split(' '),
    'sign in',
    'log in',
    'log on',
    'locked out',
    'conditional access',
  ],
  /**
   * Catalog search: words that mean the same to the catalog. A question's word is also read as the first of its group
   * ("application" as "app"), not the other way round: "sms" read as "text" came nearer the phrasings about a code
   * typed in from a text than those about a text that never came.
   */
  catalogEquivalents: [
    ['app', 'apps', 'application', 'applications', 'program', 'programs'],
    ['sms', 'text', 'texts', 'txt'],
    ['disabled', 'deactivated'],
    ['password', 'pw', 'pwd', 'passwd', 'pword'],
  ],
  /** Catalog search: how a country's name is also read ("blocked from singapore" is a sign-in from abroad). */
  catalogAbroad: ['abroad', 'country'],
  /** Catalog search: words every sign-in problem shares. They add to the score but never decide the answer. */
  catalogGenericWords:
    'sign signin signing signed login logon log fail fails failed failing failure errors problem problems issue issues work works working'.split(
      ' ',
    ),
};

export type Words = typeof enWords;
