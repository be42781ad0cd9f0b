// Simulated benchmark suites with a known truth, for the detection benchmark (detect.ts).
//
// One benchmark's sample = typical value × true shift (current run only) × run offset × within-run noise
// × (sometimes) an outlier or the upper mode of a bimodal benchmark:
//   - within-run noise: lognormal with the condition's CV;
//   - run offset: one lognormal factor per (benchmark, run), the condition's run-to-run CV times a
//     per-benchmark factor in [⅓, 3], log-uniform (some benchmarks are much noisier between runs than
//     others: in the noisy go fixture pair, unchanged benchmarks moved from 0.2% to 37%); a condition
//     may set its own spread (1: the same run-to-run CV for every benchmark, as the issue describes);
//   - optionally one runner factor per run shared by every benchmark (a slower or faster machine);
//   - 2% of samples are outliers (× 1.3 to 3); 10% of benchmarks are bimodal (each sample is 6% slower
//     with probability 0.2). Only with ≥ 2 samples per run: a tool that prints one number per run
//     prints an aggregate over many iterations (go's ns/op, a mean), where both average out.
import { median } from 'simple-statistics';
import type { BaselineRun } from '../../src/engine/compare.js';
import type { BenchmarkResult } from '../../src/model/result.js';
import { logSdOfCv, type Random } from '../helpers/random.js';

export interface Condition {
  /** Within-run coefficient of variation of the samples (0.01 = 1%). */
  withinCv: number;
  /** Typical run-to-run CV of one benchmark's level (0 = a quiet, dedicated machine). */
  runCv: number;
  /** CV of a factor shared by all benchmarks of a run (runner drift); 0 in most conditions. */
  runnerCv: number;
  /** Baseline runs in the window. */
  runs: number;
  /** Samples per run (1 = one number per run). */
  samples: number;
  /**
   * How far the run-to-run CV differs between benchmarks: each gets the typical CV times a factor in
   * [1/spread, spread], log-uniform. RUN_NOISE_SPREAD unless given; 1 = every benchmark the same.
   */
  runSpread?: number;
  /** Benchmarks per suite; SUITE_SIZE unless given. */
  size?: number;
}

export const SUITE_SIZE = 300;
/** Benchmarks slowed down in a suite with a true shift (every tenth). */
export const SHIFTED_SHARE = 0.1;
/** Run-to-run CVs of the benchmarks of a suite span [typical / this, typical × this]. */
export const RUN_NOISE_SPREAD = 3;

export function runSpreadOf(condition: Condition): number {
  return condition.runSpread ?? RUN_NOISE_SPREAD;
}
const OUTLIER_RATE = 0.02;
export const BIMODAL_SHARE = 0.1;
const BIMODAL_RATE = 0.2;
const BIMODAL_GAP = 0.06;

/** What a benchmark is, independently of any run. */
export interface BenchmarkTruth {
  id: string;
  typical: number;
  /** Log-scale sd of this benchmark's run offset. */
  runLogSd: number;
  bimodal: boolean;
  /** True relative slowdown in the current run (0 = unchanged). */
  shift: number;
}

export interface SimulatedSuite {
  truths: BenchmarkTruth[];
  baseline: BaselineRun[];
  current: BenchmarkResult[];
  /** Per benchmark, the samples of each baseline run then the current run (for the reference methods). */
  runSamples: number[][][];
}

export function simulateSuite(
  condition: Condition,
  shift: number,
  random: Random,
  size = SUITE_SIZE,
): SimulatedSuite {
  const truths = Array.from({ length: size }, (_, i) => benchmarkTruth(i, condition, shift, random));
  const withinLogSd = logSdOfCv(condition.withinCv);
  const runnerLogSd = logSdOfCv(condition.runnerCv);
  const runSamples: number[][][] = truths.map(() => []);
  const baseline: BaselineRun[] = [];
  let current: BenchmarkResult[] = [];
  for (let run = 0; run <= condition.runs; run++) {
    const isCurrent = run === condition.runs;
    const runner = Math.exp(runnerLogSd * random.normal());
    const results = truths.map((truth, i) => {
      const level =
        truth.typical *
        runner *
        Math.exp(truth.runLogSd * random.normal()) *
        (isCurrent ? 1 + truth.shift : 1);
      const contaminated = condition.samples >= 2;
      const samples = Array.from({ length: condition.samples }, () =>
        sample(level, withinLogSd, contaminated && truth.bimodal, random, contaminated ? OUTLIER_RATE : 0),
      );
      runSamples[i]?.push(samples);
      return resultOf(truth, samples);
    });
    if (isCurrent) current = results;
    else baseline.push({ commit: `run${run}`, results });
  }
  return { truths, baseline, current, runSamples };
}

function benchmarkTruth(i: number, condition: Condition, shift: number, random: Random): BenchmarkTruth {
  const heterogeneity = Math.exp((2 * random.uniform() - 1) * Math.log(runSpreadOf(condition)));
  return {
    id: `sim::Benchmark${i} [ns/op]`,
    typical: Math.exp(Math.log(50) + random.uniform() * Math.log(1e5)),
    runLogSd: logSdOfCv(condition.runCv) * heterogeneity,
    bimodal: random.uniform() < BIMODAL_SHARE,
    shift: i % Math.round(1 / SHIFTED_SHARE) === 0 ? shift : 0,
  };
}

/** One sample around `level`: lognormal noise, maybe the upper mode, maybe an outlier. */
export function sample(
  level: number,
  withinLogSd: number,
  bimodal: boolean,
  random: Random,
  outlierRate = OUTLIER_RATE,
): number {
  let x = level * Math.exp(withinLogSd * random.normal());
  if (bimodal && random.uniform() < BIMODAL_RATE) x *= 1 + BIMODAL_GAP;
  if (random.uniform() < outlierRate) x *= 1.3 + 1.7 * random.uniform();
  return x;
}

/** A run's result as a parser would give it: raw samples from 2 samples on, else one number. */
function resultOf(truth: BenchmarkTruth, samples: number[]): BenchmarkResult {
  const one = samples.length === 1;
  return {
    id: truth.id,
    name: truth.id.slice('sim::'.length, truth.id.indexOf(' [')),
    suite: 'sim',
    unit: 'ns/op',
    direction: 'smaller',
    n: samples.length,
    value: one ? (samples[0] as number) : median(samples),
    ...(one ? {} : { samples }),
    source: { file: 'simulated' },
  };
}
