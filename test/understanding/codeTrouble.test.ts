import { expect } from 'chai';
import { CodeTrouble, codeTrouble } from '../../src/understanding/codeTrouble';

describe('codeTrouble', () => {
  const CASES: [text: string, trouble: CodeTrouble | undefined][] = [
    ['noor krijgt steeds een sms-code maar die komt nooit aan', 'notArriving'],
    ["jane's sms code never arrives", 'notArriving'],
    ["megan doesn't get the text message with the code", 'notArriving'],
    ['de sms met de code komt niet binnen bij jane', 'notArriving'],
    ['jane krijgt geen sms', 'notArriving'],
    ['nestor keeps getting asked for the authenticator code over and over and it never takes it', 'refused'],
    ['ruben says the verification code is wrong every time', 'refused'],
    ['de code van de authenticator wordt steeds geweigerd bij daan', 'refused'],
    ['daan vult de code in maar hij wordt niet geaccepteerd', 'refused'],
    ['lee keeps getting asked for a code', 'asked'],
    ['pieter moet steeds opnieuw de code invullen', 'asked'],
    // An error code is no verification code, and a prompt to approve has no code at all.
    ['jane keeps getting error code 50126 and the password is wrong', undefined],
    ['hij krijgt steeds foutcode 50126', undefined],
    ['I keep getting MFA prompts on my phone', undefined],
  ];
  for (const [text, trouble] of CASES)
    it(`reads ${trouble ?? 'no code trouble'} in "${text}"`, () => {
      expect(codeTrouble(text)).to.equal(trouble);
    });
});
