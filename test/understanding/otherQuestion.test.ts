import { expect } from 'chai';
import { asksSomethingElse, isQuestion } from '../../src/understanding/otherQuestion';

const spanOf = (text: string, date: string): { index: number; text: string } => ({
  index: text.indexOf(date),
  text: date,
});

describe('asksSomethingElse', () => {
  const CASES: [text: string, date: string, other: boolean][] = [
    ["what's the weather in amsterdam today?", 'today', true],
    ['hoe laat gaat de kantine vandaag open?', 'vandaag', true],
    ['yesterday?', 'yesterday', false],
    ['what about yesterday?', 'yesterday', false],
    ['sometime last week I think?', 'last week', false],
    ['was it maybe on friday?', 'friday', false],
    ['gisteren denk ik', 'gisteren', false],
    ['wat dacht je van gisteren?', 'gisteren', false],
  ];
  for (const [text, date, other] of CASES)
    it(`${other ? 'reads' : 'does not read'} "${text}" as a question about something else`, () => {
      expect(asksSomethingElse(text, spanOf(text, date))).to.equal(other);
    });
});

describe('isQuestion', () => {
  const CASES: [text: string, question: boolean][] = [
    ['do you like pizza?', true],
    ['hoe laat is het?', true],
    ['teams', false],
    ['the outlook app?', false],
    ['what a day', false],
  ];
  for (const [text, question] of CASES)
    it(`${question ? 'reads' : 'does not read'} "${text}" as a question of its own`, () => {
      expect(isQuestion(text)).to.equal(question);
    });
});
