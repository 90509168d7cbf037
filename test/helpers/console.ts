import { format } from 'node:util';
import sinon from 'sinon';
import { checkAtEndOfRun } from './endOfRun';

/**
 * A test prints nothing to console.error or console.warn: not botbuilder's token checks, not Node's warnings. What a
 * test prints anyway is held back and named with the test when the run ends, which fails it. A test that expects
 * something printed captures it with printedDuring().
 */
const printedByTests: string[] = [];
let printed: string[] = [];
let original: Pick<Console, 'error' | 'warn'> | undefined;

beforeEach(() => {
  printed = [];
  original = { error: console.error, warn: console.warn };
  console.error = console.warn = (...args: unknown[]) => void printed.push(format(...args));
});

afterEach(function () {
  if (original) Object.assign(console, original);
  original = undefined;
  if (printed.length)
    printedByTests.push(`"${this.currentTest?.fullTitle()}" printed:\n${printed.join('\n')}`);
});

checkAtEndOfRun(() => printedByTests);

/** Runs `work` with console.error and console.warn stubbed; returns its result and what it printed there. */
export async function printedDuring<T>(work: () => Promise<T>): Promise<{ result: T; printed: string[] }> {
  const lines: string[] = [];
  const sandbox = sinon.createSandbox();
  const capture = (...args: unknown[]): void => void lines.push(format(...args));
  sandbox.stub(console, 'error').callsFake(capture);
  sandbox.stub(console, 'warn').callsFake(capture);
  try {
    return { result: await work(), printed: lines };
  } finally {
    sandbox.restore();
  }
}
