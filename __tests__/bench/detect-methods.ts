// The methods the detection benchmark scores, each answering "is this benchmark a regression?" for
// every benchmark of a simulated suite:
//   engine     compare() of src/compare.ts, status `regression`;
//   ratio-x    current value / newest baseline value > 1 + x (github-action-benchmark's alert rule; its
//              default alert-threshold "200%" is ratio-100%);
//   benchstat  uncorrected Mann–Whitney U at 0.05 on the newest baseline run's samples vs the current
//              ones, slower median (what a reader of benchstat's output acts on; no threshold);
//   oracle     knows the true within-run and run-to-run variances of every benchmark (bimodality
//              included; only the rare outliers are not in its variance): z-test of the current run's
//              log median against the mean log median of the baseline runs (minus the suite's median
//              move when runs share a machine factor), Benjamini–Hochberg over the suite, and the same
//              threshold rule as the engine.
import { mean, median } from 'simple-statistics';
import { compare } from '../../src/compare.js';
import type { Status } from '../../src/report.js';
import { normalSurvival } from '../../src/stats/distributions.js';
import { benjaminiHochberg } from '../../src/stats/fdr.js';
import { mannWhitneyU } from '../../src/stats/mannwhitney.js';
import { seededRandom } from '../helpers/random.js';
import { type Condition, type SimulatedSuite, sample } from './detect-suite.js';

export const METHODS = ['engine', 'ratio-10%', 'ratio-20%', 'ratio-100%', 'benchstat', 'oracle'] as const;
export type Method = (typeof METHODS)[number];

export interface Decisions {
  /** Per method, per benchmark of the suite: flagged as a regression. */
  flagged: Record<Method, boolean[]>;
  /** The engine's status per benchmark. */
  engineStatus: Status[];
}

export function decide(
  suite: SimulatedSuite,
  condition: Condition,
  threshold: number,
  alpha: number,
): Decisions {
  const report = compare(suite.baseline, suite.current, {
    thresholds: { default: threshold, rules: [] },
    alpha,
    budgets: [],
  });
  const statusById = new Map(report.series.map((s) => [s.id, s.status]));
  const engineStatus = suite.truths.map((t) => statusById.get(t.id) ?? 'missing');
  const newest = condition.runs - 1;
  const values = suite.current.map((cur, i) => [
    suite.baseline[newest]?.results[i]?.value ?? Number.NaN,
    cur.value,
  ]);
  const ratioRule = (x: number) => values.map(([base, cur]) => (cur as number) / (base as number) > 1 + x);
  return {
    engineStatus,
    flagged: {
      engine: engineStatus.map((s) => s === 'regression'),
      'ratio-10%': ratioRule(0.1),
      'ratio-20%': ratioRule(0.2),
      'ratio-100%': ratioRule(1),
      benchstat: suite.runSamples.map((runs) =>
        benchstatSlower(runs[newest] as number[], runs[condition.runs] as number[], alpha),
      ),
      oracle: oracle(suite, condition, threshold, alpha),
    },
  };
}

function benchstatSlower(base: number[], cur: number[], alpha: number): boolean {
  return mannWhitneyU(base, cur).p < alpha && median(cur) > median(base);
}

/** Variance of ln(median of a run's samples) from within-run noise alone, per benchmark kind, by simulation. */
const withinVarianceCache = new Map<string, { clean: number; bimodal: number }>();

function withinVariance(condition: Condition): { clean: number; bimodal: number } {
  const key = `${condition.withinCv}/${condition.samples}`;
  let v = withinVarianceCache.get(key);
  if (!v) {
    const random = seededRandom(12345);
    const logSd = Math.sqrt(Math.log1p(condition.withinCv ** 2));
    const varianceOf = (bimodal: boolean) => {
      const runCenter = () =>
        median(
          Array.from({ length: condition.samples }, () =>
            sample(1, logSd, bimodal && condition.samples >= 2, random, 0),
          ),
        );
      const logs = Array.from({ length: 20_000 }, () => Math.log(runCenter()));
      const m = mean(logs);
      return logs.reduce((s, x) => s + (x - m) ** 2, 0) / (logs.length - 1);
    };
    v = { clean: varianceOf(false), bimodal: varianceOf(true) };
    withinVarianceCache.set(key, v);
  }
  return v;
}

function oracle(suite: SimulatedSuite, condition: Condition, threshold: number, alpha: number): boolean[] {
  const within = withinVariance(condition);
  const R = condition.runs;
  const diffs = suite.runSamples.map((runs) => {
    const centers = runs.map((s) => Math.log(median(s)));
    return (centers[R] as number) - mean(centers.slice(0, R));
  });
  // A shared runner factor is known to exist: the suite's median move estimates it.
  const drift = condition.runnerCv > 0 ? median(diffs) : 0;
  const p = suite.truths.map((truth, i) => {
    const variance = (truth.runLogSd ** 2 + (truth.bimodal ? within.bimodal : within.clean)) * (1 + 1 / R);
    return Math.min(1, 2 * normalSurvival(Math.abs((diffs[i] as number) - drift) / Math.sqrt(variance)));
  });
  const q = benjaminiHochberg(p);
  return diffs.map((d, i) => (q[i] as number) <= alpha && Math.expm1(d - drift) > threshold);
}
