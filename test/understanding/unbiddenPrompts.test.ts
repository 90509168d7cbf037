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
  ];
  for (const [text, unbidden] of CASES)
    it(`${unbidden ? 'hears' : 'does not hear'} prompts nobody asked for in "${text}"`, () => {
      expect(mentionsUnbiddenPrompts(text)).to.equal(unbidden);
    });
});
