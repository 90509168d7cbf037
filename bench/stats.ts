/** Milliseconds since `start`, from the high-resolution clock. */
export function since(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface Summary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
  return {
    count: sorted.length,
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1]),
  };
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
