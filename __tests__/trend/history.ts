// Simulated suite histories for the trend tests: run-level centers with log-normal noise and steps.

import type { TrendRun } from '../../src/engine/trend/series.js';
import type { BenchmarkResult } from '../../src/model/result.js';
import { seededRandom } from '../helpers/random.js';

export interface SimulatedSeries {
  name: string;
  unit?: string;
  base?: number;
  /** Run-to-run coefficient of variation. */
  cv?: number;
  /** From this run on (0-based), the center is multiplied by `factor`. */
  steps?: { at: number; factor: number }[];
  /** Runs that do not have the series. */
  missing?: number[];
}

export const commitAt = (run: number) => `c${String(run).padStart(3, '0')}${'0'.repeat(36)}`;

export function simulatedHistory(runs: number, series: SimulatedSeries[], seed = 1): TrendRun[] {
  const random = seededRandom(seed);
  return Array.from({ length: runs }, (_, run) => ({
    commit: commitAt(run),
    runId: String(1000 + run),
    date: new Date(Date.UTC(2026, 0, 1) + run * 7 * 86_400_000).toISOString(),
    results: series
      .filter((s) => !s.missing?.includes(run))
      .map((s): BenchmarkResult => {
        const unit = s.unit ?? 'ns/op';
        const factor = (s.steps ?? []).filter((st) => run >= st.at).reduce((f, st) => f * st.factor, 1);
        const value = (s.base ?? 1000) * factor * Math.exp((s.cv ?? 0.01) * random.normal());
        return {
          id: `${s.name} [${unit}]`,
          name: s.name,
          unit,
          direction: unit === 'MB/s' ? 'bigger' : 'smaller',
          n: 1,
          value,
          source: { file: 'bench.txt' },
        };
      }),
  }));
}
