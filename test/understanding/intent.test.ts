import { expect } from 'chai';
import { interpret, Intent } from '../../src/understanding/intent';

const CASES: [text: string, type: Intent['type'], hasList?: boolean][] = [
  ['hi', 'greeting'],
  ['Hallo', 'greeting'],
  ['help', 'help'],
  ['?', 'help'],
  ['cancel', 'cancel'],
  ['start over', 'restart'],
  ['what does AADSTS50053 mean?', 'explain'],
  ['error 50126', 'explain'],
  ['50126', 'explain'],
  ['AADSTS50053: Your account is locked.', 'explain'],
  ["why can't megan sign in?", 'troubleshoot'],
  ['why did jane fail to sign in to teams yesterday with error 50126', 'troubleshoot'],
  ['waarom lukt inloggen niet voor jane', 'troubleshoot'],
  ['Request Id: 3f2a9b1c-1d2e-4f50-8a6b-7c8d9e0f1a2b', 'errorDetails'],
  ['3f2a9b1c-1d2e-4f50-8a6b-7c8d9e0f1a2b', 'errorDetails'],
  ['2', 'pick', true],
  ['show 3', 'pick', true],
  ['more', 'more', true],
  ['2', 'unknown', false],
  ['the weather is nice', 'unknown'],
  ['   ', 'unknown'],
];

describe('interpret', () => {
  for (const [text, type, hasList = false] of CASES) {
    it(`reads "${text}"${hasList ? ' (with a list open)' : ''} as ${type}`, () => {
      expect(interpret(text, { hasList }).type).to.equal(type);
    });
  }
});
