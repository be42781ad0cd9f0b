// History entries for the store tests. The stores never look at the numbers, only carry them, so a
// result here is the smallest valid BenchmarkResult rather than tool output.
import type { BenchmarkResult } from '../../src/model/result.js';
import type { HistoryEntry } from '../../src/store/store.js';

export function result(name: string, value: number): BenchmarkResult {
  return {
    id: `${name} [ns/op]`,
    name,
    unit: 'ns/op',
    direction: 'smaller',
    n: 1,
    value,
    samples: [value],
    source: { file: 'bench.txt', line: 1 },
  };
}

/** Run `runId` on `branch`, recorded `day` days into 2026 (so dates order the runs). */
export function entry(
  runId: string,
  branch = 'main',
  day = 1,
  overrides: Partial<HistoryEntry> = {},
): HistoryEntry {
  return {
    commit: `c0ffee${runId.padStart(4, '0')}${'0'.repeat(30)}`,
    branch,
    date: new Date(Date.UTC(2026, 0, day)).toISOString(),
    runId,
    runAttempt: 1,
    results: [result('BenchmarkSort', day)],
    ...overrides,
  };
}

export function runIds(entries: HistoryEntry[]): string[] {
  return entries.map((e) => e.runId);
}
