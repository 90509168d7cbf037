/**
 * lru-cache options that make its TTLs follow an injected clock (tests move it by hand). Two of lru-cache's habits need
 * undoing for that: it takes a start time of 0 to mean "no start", and it reuses a reading of the clock for 1 ms.
 */
export function ttlClock(clock: () => number): { perf: { now(): number }; ttlResolution: number } {
  return { perf: { now: () => clock() + 1 }, ttlResolution: 0 };
}
