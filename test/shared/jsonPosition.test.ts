import { expect } from 'chai';
import { jsonBreak } from '../../src/shared/jsonPosition';
import { Random } from '../../src/sample/random';

/** Broken JSON, and where the bot says it breaks. */
const BROKEN: [text: string, line: number, column: number, atEnd: boolean][] = [
  ['{"a": [1, 2', 1, 12, true],
  ['[1,]', 1, 4, false],
  ['{"a":1} x', 1, 9, false],
  ['{"a" 1}', 1, 6, false],
  ['"\\x"', 1, 3, false],
  ['01', 1, 2, false],
  ['{"a":"b\nc"}', 1, 8, false],
  ['\uFEFF{}', 1, 1, false],
  ['{\n  "a": tru\n}', 2, 8, false],
  ['\u0000\u0000', 1, 1, false],
  ['{"a":1,}', 1, 8, false],
];

const VALID = [
  '{}',
  '[]',
  ' [1, -2.5e3, "x\\u00e9\\n", true, false, null, {"a": {"b": []}}] ',
  '"just text"',
  '0',
];

describe('where a text stops being JSON', () => {
  for (const [text, line, column, atEnd] of BROKEN)
    it(`finds line ${line}, column ${column} in ${JSON.stringify(text)}`, () => {
      expect(jsonBreak(text)).to.deep.equal({ line, column, atEnd });
    });

  it('finds nothing wrong with valid JSON', () => {
    for (const text of VALID) expect(jsonBreak(text), text).to.equal(undefined);
  });

  it('agrees with JSON.parse on a thousand damaged copies of a ticket file', () => {
    const whole = JSON.stringify(
      {
        lastNumber: 2,
        tickets: [{ id: 'SIGNIN-000001', note: 'a "quoted" \\ note', n: -1.5e2, ok: true }, null],
      },
      null,
      2,
    );
    const random = new Random(7);
    for (let i = 0; i < 1000; i++) {
      const at = random.int(0, whole.length);
      const text = random.chance(0.5)
        ? whole.slice(0, at) + whole.slice(at + 1)
        : whole.slice(0, at) + random.pick(['"', ',', '}', ']', ' ', 'x', '\\', '1']) + whole.slice(at);
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect(jsonBreak(text) === undefined, text).to.equal(parses);
    }
  });
});
