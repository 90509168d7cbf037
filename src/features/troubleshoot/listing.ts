import { Investigation } from './investigator';

/** How many older failures one list shows; "more" shows the next page. */
export const LIST_PAGE = 5;

/**
 * How many records an answer to an investigation shows in detail: the failure it is about (the others are counted,
 * and "more" lists them), a page of interrupts, or the last success. The audit trail records this, not how many
 * records were searched.
 */
export function recordsShown(found: Investigation): number {
  if (found.failures.length > 0) return 1;
  if (found.interrupts.length > 0 && found.successes.length === 0)
    return Math.min(found.interrupts.length, LIST_PAGE);
  return found.successes.length > 0 ? 1 : 0;
}
