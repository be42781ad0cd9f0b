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
//   informed   knows what the oracle knows about the suite, not about each benchmark: the distribution
//              of run-to-run noise over the benchmarks (its typical CV times a factor in [⅓, 3],
//              log-uniform) and the share of bimodal benchmarks, but not which benchmark is which.
//              It learns that from each benchmark's own baseline runs by Bayes' rule (the sample
//              variance of their log medians) and tests against the resulting mixture of normals;
//              otherwise as the oracle. The best a method can do from the run centers (the engine
//              has to estimate these distributions from the suite as well); the oracle's lead over
//              it is what knowing each benchmark's noise is worth, which no data of one suite gives.
import { mean, median } from 'simple-statistics';
import { compare } from '../../src/engine/compare.js';
import type { Status } from '../../src/model/report.js';
import { normalSurvival } from '../../src/stats/distributions.js';
import { benjaminiHochberg } from '../../src/stats/fdr.js';
import { mannWhitneyU } from '../../src/stats/mannwhitney.js';
import { logSdOfCv, seededRandom } from '../helpers/random.js';
import { BIMODAL_SHARE, type Condition, runSpreadOf, type SimulatedSuite, sample } from './detect-suite.js';

export const METHODS = [
  'engine',
  'ratio-10%',
  'ratio-20%',
  'ratio-100%',
  'benchstat',
  'oracle',
  'informed',
] as const;
export type Method = (typeof METHODS)[number];

/** The two references, which can also be run at a stricter false-discovery level (see detect-run.ts). */
export const REFERENCES = ['oracle', 'informed'] as const;
export type Reference = (typeof REFERENCES)[number];

/** A reference's verdict material per benchmark: Benjamini–Hochberg q and the log change it tested. */
export interface ReferenceTests {
  q: number[];
  logChange: number[];
}

/** Flagged by a reference at false-discovery level `level`: q ≤ level and the change beyond the threshold. */
export function referenceFlags(tests: ReferenceTests, level: number, threshold: number): boolean[] {
  return tests.q.map((q, i) => q <= level && Math.expm1(tests.logChange[i] as number) > threshold);
}

export interface Decisions {
  /** Per method, per benchmark of the suite: flagged as a regression. */
  flagged: Record<Method, boolean[]>;
  references: Record<Reference, ReferenceTests>;
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
  const references = { oracle: oracle(suite, condition), informed: informed(suite, condition) };
  return {
    engineStatus,
    references,
    flagged: {
      engine: engineStatus.map((s) => s === 'regression'),
      'ratio-10%': ratioRule(0.1),
      'ratio-20%': ratioRule(0.2),
      'ratio-100%': ratioRule(1),
      benchstat: suite.runSamples.map((runs) =>
        benchstatSlower(runs[newest] as number[], runs[condition.runs] as number[], alpha),
      ),
      oracle: referenceFlags(references.oracle, alpha, threshold),
      informed: referenceFlags(references.informed, alpha, threshold),
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

function oracle(suite: SimulatedSuite, condition: Condition): ReferenceTests {
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
  return { q: benjaminiHochberg(p), logChange: diffs.map((d) => d - drift) };
}

/** Grid points over the log of a benchmark's run-to-run noise factor (uniform in [−ln 3, ln 3]). */
const FACTOR_GRID = 41;

function informed(suite: SimulatedSuite, condition: Condition): ReferenceTests {
  const within = withinVariance(condition);
  const R = condition.runs;
  const runLogSd = logSdOfCv(condition.runCv);
  // The kinds of benchmark the suite holds, with their prior weights: variance of one run's log median.
  const kinds: { variance: number; weight: number }[] = [];
  for (let g = 0; g < FACTOR_GRID; g++) {
    const factor = Math.exp(((2 * g) / (FACTOR_GRID - 1) - 1) * Math.log(runSpreadOf(condition)));
    const run = (runLogSd * factor) ** 2;
    kinds.push({ variance: run + within.clean, weight: (1 - BIMODAL_SHARE) / FACTOR_GRID });
    kinds.push({ variance: run + within.bimodal, weight: BIMODAL_SHARE / FACTOR_GRID });
  }
  const centers = suite.runSamples.map((runs) => runs.map((s) => Math.log(median(s))));
  // A shared runner factor is known to exist: each run's median offset over the suite estimates it.
  if (condition.runnerCv > 0) {
    const means = centers.map((cs) => mean(cs.slice(0, R)));
    const offsets = Array.from({ length: R + 1 }, (_, r) =>
      median(centers.map((cs, i) => (cs[r] as number) - (means[i] as number))),
    );
    for (const cs of centers) {
      for (let r = 0; r <= R; r++) cs[r] = (cs[r] as number) - (offsets[r] as number);
    }
  }
  const diffs = centers.map((cs) => (cs[R] as number) - mean(cs.slice(0, R)));
  const p = centers.map((cs, i) => {
    const base = cs.slice(0, R);
    const m = mean(base);
    const ss = base.reduce((s, x) => s + (x - m) ** 2, 0);
    // Posterior of the kinds: the window's sum of squares is variance × χ²(R − 1).
    const logPost = kinds.map(
      (k) => Math.log(k.weight) - ((R - 1) / 2) * Math.log(k.variance) - ss / (2 * k.variance),
    );
    const top = Math.max(...logPost);
    const post = logPost.map((l) => Math.exp(l - top));
    const total = post.reduce((s, w) => s + w, 0);
    const d = Math.abs(diffs[i] as number);
    const tail = kinds.reduce(
      (s, k, j) =>
        s + ((post[j] as number) / total) * normalSurvival(d / Math.sqrt(k.variance * (1 + 1 / R))),
      0,
    );
    return Math.min(1, 2 * tail);
  });
  return { q: benjaminiHochberg(p), logChange: diffs };
}
