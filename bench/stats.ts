/** Percentile of sorted-or-not samples (nearest rank). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** One benchmark's result line. */
export interface BenchResult {
  name: string;
  count: number;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
  extra?: Record<string, string | number>;
}

/** Times `count` calls of `fn` with `concurrency` in flight; returns per-call latencies. */
export async function measure(
  name: string,
  count: number,
  concurrency: number,
  fn: (index: number) => Promise<void>,
): Promise<BenchResult> {
  const latencies: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const t0 = process.hrtime.bigint();
      await fn(index);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    name,
    count,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    perSecond: count / seconds,
  };
}

export function printResults(results: BenchResult[]): void {
  const rows = results.map((r) => ({
    benchmark: r.name,
    count: r.count,
    'p50 ms': r.p50Ms.toFixed(2),
    'p99 ms': r.p99Ms.toFixed(2),
    'per second': r.perSecond.toFixed(0),
    ...r.extra,
  }));
  console.table(rows);
}
