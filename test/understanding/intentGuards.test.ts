import { expect } from 'chai';
import {
  mentionsAccountWide,
  mentionsAcrossPeople,
  mentionsSignIn,
  mentionsTicketRequest,
} from '../../src/understanding/intentGuards';

describe('mentionsTicketRequest', () => {
  const CASES: [text: string, asks: boolean][] = [
    ['open a ticket', true],
    ['log it', true],
    ['zet het door naar de 2e lijn', true],
    ['escaleren naar niveau 2 asap', true],
    ['een gast van een ander bedrijf kan onze sharepoint link niet openen', false],
    ["why can't she login", false],
    ['my password expired', false],
  ];
  for (const [text, asks] of CASES)
    it(`${asks ? 'hears' : 'does not hear'} a ticket request in "${text}"`, () => {
      expect(mentionsTicketRequest(text)).to.equal(asks);
    });
});

describe('mentionsAcrossPeople', () => {
  const CASES: [text: string, across: boolean][] = [
    ['how many got 50126 today', true],
    ['iedereen kan niet in outlook', true],
    ['is outlook down?', true],
    ['statistieken voor vandaag', true],
    ['ze krijgt geen melding van de authenticator', false],
    ['she keeps getting asked for her password', false],
    // How long, not how many people.
    ['de hele afgelopen maand maar', false],
    ['it failed all day', false],
    ['the whole week, please', false],
    ['the whole office since this morning', true],
    ['de hele afdeling de hele dag', true],
  ];
  for (const [text, across] of CASES)
    it(`${across ? 'hears' : 'does not hear'} a question across people in "${text}"`, () => {
      expect(mentionsAcrossPeople(text)).to.equal(across);
    });
});

describe('mentionsSignIn', () => {
  const CASES: [text: string, signIn: boolean][] = [
    ['how many failed sign-ins today', true],
    ['anyone else locked out this morning?', true],
    ['zit er vandaag nog iemand anders op slot?', true],
    ['wat is het totale faalpercentage deze maand', true],
    ['top errors this week', true],
    ['write a poem about last week', false],
    ['schrijf een gedichtje over maandagochtend', false],
    ['what did we eat on friday', false],
  ];
  for (const [text, signIn] of CASES)
    it(`${signIn ? 'hears' : 'does not hear'} signing in in "${text}"`, () => {
      expect(mentionsSignIn(text)).to.equal(signIn);
    });
});

describe('mentionsAccountWide', () => {
  const CASES: [text: string, accountWide: boolean][] = [
    ['jane zit vast, account geblokkeerd sinds dinsdag', true],
    ['megan is locked out since this morning', true],
    ['his password expired yesterday', true],
    ['mijn account is uitgeschakeld', true],
    ['jane cannot open teams', false],
    ['de sms komt niet aan', false],
  ];
  for (const [text, accountWide] of CASES)
    it(`${accountWide ? 'hears' : 'does not hear'} the whole account in "${text}"`, () => {
      expect(mentionsAccountWide(text)).to.equal(accountWide);
    });
});
