import { expect } from 'chai';
import { mentionsUnbiddenPrompts } from '../../src/understanding/unbiddenPrompts';

describe('mentionsUnbiddenPrompts', () => {
  const CASES: [text: string, unbidden: boolean][] = [
    ['I keep getting MFA prompts on my phone', true],
    ['authenticator keeps asking me to approve at night', true],
    ['steeds meldingen in authenticator terwijl ik niks doe', true],
    // A message the app keeps showing is not a prompt that keeps coming.
    ['my authenticator keeps saying the request was denied but i never pressed deny', false],
    ['de authenticator blijft zeggen dat het verzoek geweigerd is', false],
    ['my authenticator keeps saying denied and keeps sending prompts', true],
    ['the MFA prompt came once and I approved it', false],
    // A code asked for, refused or never arriving: a sign-in the person started.
    ['nestor keeps getting asked for the authenticator code over and over and it never takes it', false],
    ['the authenticator keeps rejecting her code', false],
    ['noor krijgt steeds een sms-code maar die komt nooit aan', false],
    ['de authenticator vraagt steeds om een code maar die klopt niet', false],
    ['de zescijferige code uit de authenticator-app wordt steeds afgekeurd', false],
    ['my PIN keeps getting rejected in the authenticator app', false],
    // Unless the person says they did not start it.
    ['the authenticator keeps asking for a code he did not ask for', true],
    ['he keeps getting sms codes he never asked for', true],
    ['ze krijgt zomaar sms-codes', true],
    ['jane keeps getting error code 50126', false],
  ];
  for (const [text, unbidden] of CASES)
    it(`${unbidden ? 'hears' : 'does not hear'} prompts nobody asked for in "${text}"`, () => {
      expect(mentionsUnbiddenPrompts(text)).to.equal(unbidden);
    });
});
