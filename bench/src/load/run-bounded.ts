/**
 * Runs `count` jobs with at most `concurrency` at once (a closed-loop load
 * generator: a new job starts when one finishes) and returns each job's
 * duration in milliseconds and the wall time of the whole run.
 */
export async function runBounded(
  count: number,
  concurrency: number,
  job: (index: number) => Promise<void>,
): Promise<{ durationsMs: number[]; wallMs: number }> {
  const durationsMs: number[] = [];
  let next = 0;
  let failed = false;
  const started = performance.now();
  const lane = async () => {
    // After a failure no new job starts: the run is over.
    while (next < count && !failed) {
      const index = next++;
      const jobStarted = performance.now();
      try {
        await job(index);
      } catch (error) {
        failed = true;
        throw error;
      }
      durationsMs.push(performance.now() - jobStarted);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return { durationsMs, wallMs: performance.now() - started };
}

/** p-th percentile (nearest rank) of samples, in their unit. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** p50 / p95 / p99 rounded to 0.1 ms. */
export function summarize(samples: readonly number[]): { p50: number; p95: number; p99: number; n: number } {
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    n: samples.length,
  };
}
