import { Refusal } from './refusal';

/** Deeper than any activity a channel sends; deep enough to keep recursive code away from hostile nesting. */
const MAX_DEPTH = 64;

/** The body as JSON: UTF-8, at most MAX_DEPTH levels deep and without a "__proto__" key anywhere. */
export function parseJson(bytes: Buffer): unknown {
  if (bytes.length === 0) throw new Refusal(400, 'The body is empty: send the activity as JSON.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Refusal(400, 'The body is not UTF-8 text: send the activity as JSON in UTF-8.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Refusal(400, 'The body is not valid JSON.');
  }
  checkShape(value);
  return value;
}

/** Walks the value without recursion, so hostile nesting costs a loop and not the stack. */
function checkShape(value: unknown): void {
  const pending: [item: unknown, depth: number][] = [[value, 1]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > MAX_DEPTH)
      throw new Refusal(400, `The JSON is nested more than ${MAX_DEPTH} levels deep; no activity is.`);
    if (Object.hasOwn(item, '__proto__'))
      throw new Refusal(400, 'The JSON has a "__proto__" key, which no activity has.');
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
}
