import { IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';

/** The longest the event loop was blocked since the last look: on /healthz, so probes and benchmarks can see stalls. */
export class EventLoopWatch {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });

  constructor() {
    this.histogram.enable();
  }

  /** Milliseconds: the worst delay and the 99th percentile since the previous call, which starts a new period. */
  sinceLastLook(): { maxMs: number; p99Ms: number } {
    const figures = {
      maxMs: Math.round(this.histogram.max / 1e5) / 10,
      p99Ms: Math.round(this.histogram.percentile(99) / 1e5) / 10,
    };
    this.histogram.reset();
    return figures;
  }

  stop(): void {
    this.histogram.disable();
  }
}
