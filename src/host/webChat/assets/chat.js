/* The local chat page: pick who you are and the language, then talk to the bot through its local Direct Line. */
'use strict';

const WORDS = {
  'en-US': {
    staff: 'helpdesk',
    endUser: 'end user',
    start: 'Start chatting',
    who: 'Who are you?',
    language: 'Language',
  },
  'nl-NL': {
    staff: 'helpdesk',
    endUser: 'eindgebruiker',
    start: 'Begin het gesprek',
    who: 'Wie ben je?',
    language: 'Taal',
  },
};

const form = document.getElementById('who');
const person = document.getElementById('person');
const language = document.getElementById('language');
let people = [];

function label() {
  const words = WORDS[language.value];
  document.documentElement.lang = language.value.slice(0, 2);
  document.getElementById('who-label').textContent = words.who;
  document.getElementById('language-label').textContent = words.language;
  document.getElementById('start').textContent = words.start;
  const chosen = person.value;
  person.replaceChildren(
    ...people.map((someone) => {
      const option = document.createElement('option');
      option.value = someone.upn;
      option.textContent = `${someone.name} (${someone.staff ? words.staff : words.endUser})`;
      return option;
    }),
  );
  if (chosen) person.value = chosen;
}

/** A new conversation as the chosen person, in the chosen language; the browser's time zone goes with every message. */
function start() {
  const someone = people.find((candidate) => candidate.upn === person.value);
  const directLine = WebChat.createDirectLine({
    domain: `${window.location.origin}/v3/directline`,
    token: 'local',
    webSocket: false,
    pollingInterval: 300,
  });
  // The bot welcomes whoever joins: Web Chat says so once the conversation is open.
  const store = WebChat.createStore({}, ({ dispatch }) => (next) => (action) => {
    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED')
      dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: {} } });
    return next(action);
  });
  const host = document.getElementById('webchat');
  host.replaceChildren();
  WebChat.renderWebChat(
    { directLine, store, userID: someone.upn, username: someone.name, locale: language.value },
    host,
  );
  host.querySelector('input, textarea')?.focus();
}

fetch('/webchat/people')
  .then((response) => response.json())
  .then((list) => {
    people = list;
    label();
  });
language.addEventListener('change', label);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  start();
});
