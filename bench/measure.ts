import { performance } from 'node:perf_hooks';

/** Samples per measurement; the median is reported. */
export const RUNS = 21;

// Started with --expose-gc (npm run bench), each sample begins on a collected heap, so it does not pay for
// the garbage of the samples before it: one parse or check is what the officer's click costs.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** The median time of `work` in milliseconds, after three warm-up runs. */
export function medianOf(work: () => void): number {
  for (let i = 0; i < 3; i++) work(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    collect();
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  const sorted = samples.sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** One cold run of `work` on a collected heap, in milliseconds (for caches that must start empty). */
export function timeOnce(work: () => void): number {
  collect();
  const start = performance.now();
  work();
  return performance.now() - start;
}
