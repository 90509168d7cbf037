/**
 * Every word the bot recognises in English, beside `texts.ts` (every sentence it says). Phrases are compared after
 * `normalize()`: lower case, no accents, punctuation as spaces. Another language copies this shape (see `Words`).
 */
export const enWords = {
  greetings: ['hi', 'hello', 'hey', 'yo', 'good morning', 'good afternoon', 'morning', 'hiya', 'howdy'],
  thanks: ['thanks', 'thank you', 'thx', 'ty', 'cheers', 'great thanks', 'thanks a lot', 'much appreciated'],
  help: ['help', 'menu', 'what can you do', 'commands', 'examples', 'how does this work', '?'],
  cancel: ['cancel', 'stop', 'quit', 'exit', 'never mind', 'nevermind', 'forget it', 'abort'],
  restart: ['start over', 'restart', 'reset', 'begin again', 'new search', 'start again'],
  more: ['more', 'next', 'show more', 'next page', 'the rest'],
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
    'all of them',
  ],
  /** Words that stand where a name would but are not one: pronouns, articles, quantifiers and times. */
  notAName: (
    'i me my mine myself we our you your the a an it this that these those he she they his her their him them ' +
    'someone somebody anyone everyone nobody user users people all any some last past previous next today ' +
    'yesterday tonight morning afternoon evening week month monday tuesday wednesday thursday friday saturday ' +
    'sunday there here who what why when how which again still also just only now'
  ).split(' '),
  /** Words just before or after a name that show a person is meant: "for jon", "jon can't". */
  personCues: {
    before: (
      'for of about with from user colleague check lookup up is can cant cannot could couldnt did didnt does ' +
      'doesnt has hasnt was wasnt why help whats what s happened'
    ).split(' '),
    after: (
      'cant cannot can couldnt could is was has had keeps kept gets got fails failed failing sign signs log logs ' +
      'tried tries says reports still not never just isnt wasnt doesnt didnt hasnt signin signins login logins ' +
      'account accounts records failures errors logon'
    ).split(' '),
  },
  /** Words just before or after an app name: "sign in to vpn", "the salesforce app". */
  appCues: {
    before: 'to into in on onto via using app application open opening access accessing'.split(' '),
    after: 'app application portal site client website'.split(' '),
  },
};

export type Words = typeof enWords;
