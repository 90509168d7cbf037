import { fill, LabelledUtterance, seeded, TenantWords } from '../../src/understanding/corpus';
import { fold, tokenize } from '../../src/understanding/tokens';
import { Read } from '../../src/understanding/understander';
import { CorpusUtterance } from '../../src/understanding/corpus';

/** How well one language did on one part of the corpus. */
export interface Score {
  utterances: number;
  intentAccuracy: number;
  slotPrecision: number;
  slotRecall: number;
  slotF1: number;
  misses: { text: string; expected: string; got: string; slots: string }[];
}

/**
 * Fills each utterance from the tenant, reads it as the bot would, and compares. A slot counts as found when the bot
 * found one of the same kind over mostly the same words (half or more of the words of both, so "since monday" and
 * "monday" agree, but "jane" and "jane teams" do not).
 */
export function evaluate(
  utterances: CorpusUtterance[],
  tenant: TenantWords,
  read: (text: string) => Read,
  seed = 20261130,
): Score {
  const random = seeded(seed);
  let right = 0;
  let found = 0;
  let expected = 0;
  let matched = 0;
  const misses: Score['misses'] = [];
  for (const utterance of utterances) {
    const labelled = fill(utterance, tenant, random);
    const result = read(labelled.text);
    const got = result.entities.map((entity) => ({ type: entity.type, text: entity.text }));
    const hits = matches(labelled.slots, got);
    if (result.intent === labelled.intent) right++;
    found += got.length;
    expected += labelled.slots.length;
    matched += hits;
    if (result.intent !== labelled.intent || hits < Math.max(got.length, labelled.slots.length))
      misses.push({
        text: labelled.text,
        expected: labelled.intent,
        got: `${result.intent} ${result.score.toFixed(2)}`,
        slots: describe(labelled, got),
      });
  }
  const precision = found === 0 ? 1 : matched / found;
  const recall = expected === 0 ? 1 : matched / expected;
  return {
    utterances: utterances.length,
    intentAccuracy: right / utterances.length,
    slotPrecision: precision,
    slotRecall: recall,
    slotF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    misses,
  };
}

type Slot = { type: string; text: string };

function matches(expected: Slot[], got: Slot[]): number {
  const left = [...got];
  let hits = 0;
  for (const slot of expected) {
    const at = left.findIndex(
      (candidate) => sameType(candidate.type, slot.type) && overlaps(candidate.text, slot.text),
    );
    if (at >= 0) {
      hits++;
      left.splice(at, 1);
    }
  }
  return hits;
}

function sameType(a: string, b: string): boolean {
  return a === b;
}

function overlaps(a: string, b: string): boolean {
  const wordsOf = (text: string): Set<string> => new Set(tokenize(fold(text)).map((token) => token.key));
  const left = wordsOf(a);
  const right = wordsOf(b);
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared * 2 >= left.size && shared * 2 >= right.size && shared > 0;
}

function describe(labelled: LabelledUtterance, got: Slot[]): string {
  const show = (slots: Slot[]): string => slots.map((slot) => `${slot.type}:${slot.text}`).join(' | ');
  return `want [${show(labelled.slots)}] got [${show(got)}]`;
}
