import { Words } from '../en/words';

/** Every word the bot recognises in Dutch: the same shape as en/words.ts, checked by the compiler. */
export const nlWords: Words = {
  greetings: [
    'hallo',
    'hoi',
    'hai',
    'goedemorgen',
    'goedemiddag',
    'goedenavond',
    'dag',
    'hey',
    'hee',
    'heej',
    'morgen',
    'middag',
  ],
  thanks: [
    'bedankt',
    'dank je',
    'dank je wel',
    'dankjewel',
    'dank u',
    'dank u wel',
    'dankuwel',
    'thanks',
    'top bedankt',
    'merci',
    'super bedankt',
  ],
  help: [
    'help',
    'hulp',
    'menu',
    'wat kun je',
    'wat kan je',
    'wat kun je allemaal',
    'voorbeelden',
    'hoe werkt dit',
    'uitleg',
  ],
  cancel: [
    'annuleer',
    'annuleren',
    'stop',
    'stoppen',
    'laat maar',
    'laat maar zitten',
    'hou op',
    'afbreken',
    'vergeet het',
  ],
  restart: ['opnieuw', 'opnieuw beginnen', 'begin opnieuw', 'nieuwe zoekopdracht', 'overnieuw', 'reset'],
  more: ['meer', 'volgende', 'toon meer', 'de rest', 'volgende pagina'],
  yes: [
    'ja',
    'jawel',
    'jazeker',
    'ja hoor',
    'jep',
    'jup',
    'klopt',
    'zeker',
    'prima',
    'goed',
    'oke',
    'ok',
    'is goed',
    'graag',
    'doe maar',
  ],
  no: ['nee', 'neen', 'nope', 'nog niet', 'niet', 'welnee', 'liever niet'],
  askCode: ['zoek een code op', 'foutcode', 'een foutcode', 'code opzoeken', 'leg een code uit', 'code'],
  self: ['ik', 'mij', 'mijn', 'me', 'mezelf', 'mijzelf'],
  anyApp: [
    'alle apps',
    'alles',
    'maakt niet uit',
    'elke app',
    'alle applicaties',
    'weet ik niet',
    'geen idee',
    'om het even',
    'welke dan ook',
    'alle',
  ],
  notAName: (
    'ik mijn mij me het de een die dat deze wij we jij je jouw hij zij ze haar zijn hem hun iemand niemand ' +
    'iedereen gebruiker gebruikers alle mensen vorige afgelopen vandaag gisteren eergisteren ochtend middag avond ' +
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag er hier wie wat waarom wanneer hoe welke nog ' +
    'ook al weer nu even'
  ).split(' '),
  personCues: {
    before: (
      'van voor over bij gebruiker collega kan kon heeft had is was waarom check zoek wil met medewerker ' +
      'medewerkster'
    ).split(' '),
    after: 'kan kon heeft had krijgt kreeg is was komt kwam lukt niet meldt zegt probeert blijft krijg'.split(
      ' ',
    ),
  },
  appCues: {
    before: 'op in naar bij via app applicatie inloggen aanmelden'.split(' '),
    after: 'app applicatie portaal omgeving site website'.split(' '),
  },
};
