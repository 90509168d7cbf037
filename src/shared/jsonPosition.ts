const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const TOKEN = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

class Broken {
  constructor(readonly at: number) {}
}

/**
 * Where a text stops being JSON (line and column, and whether it simply ends too soon), for messages that must not quote the text: the parser's own
 * message does (`Unexpected token 'j', "jane.visse"...`). Undefined when the text is valid JSON.
 */
export function jsonBreak(
  text: string,
  firstLine = 1,
): { line: number; column: number; atEnd: boolean } | undefined {
  const at = breakOffset(text);
  if (at === undefined) return undefined;
  let line = firstLine;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1, atEnd: at === text.length };
}

/** The offset of the first character a JSON parser refuses (the text's length when it ends too soon). */
function breakOffset(text: string): number | undefined {
  const closers: string[] = [];
  let i = 0;
  const skip = (): void => {
    while (WHITESPACE.has(text[i])) i++;
  };
  const string = (): void => {
    if (text[i] !== '"') throw new Broken(i);
    for (i++; text[i] !== '"'; i++) {
      if (i >= text.length || text.charCodeAt(i) < 0x20) throw new Broken(i);
      if (text[i] !== '\\') continue;
      i++;
      if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
      else if (!ESCAPES.has(text[i])) throw new Broken(i);
    }
    i++;
  };
  const key = (): void => {
    skip();
    string();
    skip();
    if (text[i] !== ':') throw new Broken(i);
    i++;
  };
  try {
    for (;;) {
      skip();
      const open = text[i];
      if (open === '{' || open === '[') {
        i++;
        skip();
        const closer = open === '{' ? '}' : ']';
        if (text[i] !== closer) {
          closers.push(closer);
          if (closer === '}') key();
          continue;
        }
        i++;
      } else if (open === '"') string();
      else {
        TOKEN.lastIndex = i;
        if (!TOKEN.test(text)) throw new Broken(i);
        i = TOKEN.lastIndex;
      }
      // After a value: close what it ends, or go on to the next value after a comma.
      for (;;) {
        skip();
        const closer = closers.at(-1);
        if (closer === undefined) return i < text.length ? i : undefined;
        if (text[i] === closer) {
          closers.pop();
          i++;
          continue;
        }
        if (text[i] !== ',') throw new Broken(i);
        i++;
        if (closer === '}') key();
        break;
      }
    }
  } catch (error) {
    if (error instanceof Broken) return error.at;
    throw error;
  }
}
