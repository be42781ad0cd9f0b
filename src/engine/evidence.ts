// The evidence about one series: every test that applies, each as one uniform record. Which of them
// decides, and how, is decide.ts's business; nothing here picks a verdict.
//
// Two kinds of noise are tested, and a change has to stand out from both:
//   - within-run noise: the spread of one run's samples (within-run.ts: Mann–Whitney, Welch, interval);
//   - run-to-run noise: how far a series' run center moves between runs of the same code, from its own
//     window and what the whole suite says about noise (run-to-run.ts, noise-model.ts).
import type { Reason, SideStats } from '../model/report.js';
import type { BenchmarkResult, Format } from '../model/result.js';
import { isTiming, unitKind } from '../model/units.js';
import { centerLogVariance, referenceCenter, type SuiteNoise } from './noise-model.js';
import { runToRunTest } from './run-to-run.js';
import { atLevel, sideOf } from './side.js';
import type { WindowSeries } from './window.js';
import { previousRunDiffers, type Sampling, withinRunMargin, withinRunTest } from './within-run.js';

/** How far the change's interval reaches below and above the ratio, on the log scale. */
export interface LogMargin {
  lower: number;
  upper: number;
}

/** One test's finding about one series. */
export interface Evidence {
  kind: 'mann-whitney' | 'welch' | 'interval' | 'run-to-run' | 'same-job' | 'quantile';
  /** Two-sided p of "no change". */
  p: number;
  /** The change's 95% interval by this test's kind of noise. */
  margin?: LogMargin;
  /** False when the samples are too few for the test to ever reach α (Mann–Whitney with n < 4 at 0.05). */
  canReachAlpha: boolean;
  /** The run-to-run test: whether its p decides alone even where a within-run test exists. */
  decidesAlone: boolean;
  /** The smallest p the test can give with these sample sizes (Mann–Whitney: 2 / C(m + n, n)). */
  smallestP?: number;
  /** Mann–Whitney: the samples on each side. */
  sampleCounts?: { baseline: number; current: number };
  /** What to say when this test holds a change back. */
  reason?: Reason;
}

/** Everything known about one series' change. */
export interface SeriesEvidence {
  /** A deterministic metric (identical samples on each side): any change beyond the threshold is real. */
  exact: boolean;
  /** The center the change is measured against (BaselineStats.reference). */
  reference: number;
  currentCenter: number;
  within?: Evidence;
  runToRun?: Evidence;
  /** Same-job A/B: the per-pass ratios' test (engine/same-job.ts); it decides alone. */
  sameJob?: Evidence;
  /** Baseline runs holding the series. */
  runs: number;
  format?: Format;
}

/** What gathering the evidence of one series takes. */
export interface SeriesInput {
  result: BenchmarkResult;
  /** The current run's numbers, a runner drift divided out (by `scale`). */
  current: SideStats;
  scale: number;
  window: WindowSeries;
  noise: SuiteNoise;
  alpha: number;
  /** The p a series needs when it is the report's only change (Benjamini–Hochberg's first step). */
  loneDiscoveryP: number;
}

export function gatherEvidence(input: SeriesInput): SeriesEvidence {
  const { result, current, window, noise, alpha } = input;
  const newest = window.results.at(-1) as BenchmarkResult;
  const base = { currentCenter: current.center, runs: window.results.length, format: result.format };
  if (isDeterministic(newest, result, sideOf(newest), current)) {
    return { ...base, exact: true, reference: newest.value };
  }
  const timing = isTiming(result.unit) && window.centers.every((c) => c > 0) && current.center > 0;
  // With several baseline runs the change is measured from their typical center, not from the newest
  // run alone: one run's offset would otherwise add straight to the change.
  const reference = timing && window.centers.length >= 2 ? referenceCenter(window) : newest.value;
  const sampling: Sampling = {
    baseline: centerLogVariance(newest, { ...sideOf(newest), center: reference }, noise.sampleLogVariance),
    current: centerLogVariance(result, current, noise.sampleLogVariance),
  };
  // The within-run test sees the newest run's samples at the reference level: its question is whether
  // the current samples sit elsewhere than the baseline's, not elsewhere than one run's offset.
  const newestAtReference = atLevel(newest, reference);
  const within = withinRunTest(newest, result, newestAtReference, current, alpha);
  const runToRunWith = (guarded: boolean) =>
    timing
      ? runToRunTest({
          window,
          currentCenter: current.center,
          scale: input.scale,
          direction: result.direction,
          sampling,
          prior: noise.run,
          sampleLogVariance: noise.sampleLogVariance,
          guarded,
        })
      : undefined;
  const runToRun = guardedRunToRun(within, input, runToRunWith, () =>
    previousRunDiffers(window, reference, current, alpha),
  );
  // Against a window the reference's uncertainty is the window's, which the run-to-run interval holds:
  // only the current run's own spread is added, not the newest run's.
  const againstWindow = runToRun !== undefined && window.centers.length >= 2;
  const margin = withinRunMargin(againstWindow ? undefined : newestAtReference, current, sampling);
  return { ...base, exact: false, reference, within: within && { ...within, margin }, runToRun };
}

/**
 * A Mann–Whitney test of few samples (5 a side stops at p = 0.008) cannot reach the p a lone change
 * needs in a report of more than a few series (α/m). As a veto it would block every change; it guards
 * instead: when the runs' samples differ at α — from the newest run's, or from the run's before it (one
 * outlier among the newest run's 5 samples stops it at p = 0.15) — a window's run-to-run test may
 * decide alone (run-to-run.ts says which).
 *
 * The second test (against the run before) is asked only where its answer can change a verdict: where
 * the guarded run-to-run test would decide alone at p ≤ α. Elsewhere the series' p is above α either
 * way (unguarded it is at least the within-run p), so neither its status nor any other series'
 * Benjamini–Hochberg decision can depend on it.
 */
function guardedRunToRun(
  within: Evidence | undefined,
  input: SeriesInput,
  runToRunWith: (guarded: boolean) => Evidence | undefined,
  previousDiffers: () => boolean,
): Evidence | undefined {
  const guards =
    within?.kind === 'mann-whitney' && within.canReachAlpha && (within.smallestP ?? 0) > input.loneDiscoveryP;
  if (!guards) return runToRunWith(false);
  if (within.p <= input.alpha) return runToRunWith(true);
  const asGuarded = runToRunWith(true);
  const couldDecide = asGuarded?.decidesAlone === true && asGuarded.p <= input.alpha;
  return couldDecide && previousDiffers() ? asGuarded : runToRunWith(false);
}

/** Memory and count metrics with identical values on each side are deterministic (benchstat's assume=exact). */
export function isDeterministic(
  baselineResult: BenchmarkResult,
  currentResult: BenchmarkResult,
  baseline: SideStats,
  current: SideStats,
): boolean {
  const exact = baselineResult.extra?.assume === 'exact' || currentResult.extra?.assume === 'exact';
  const kind = unitKind(currentResult.unit);
  if (!exact && kind !== 'memory' && kind !== 'count') return false;
  const constant = (s: SideStats) =>
    (s.samples ?? [s.center]).every((x) => x === (s.samples?.[0] ?? s.center));
  return (
    exact || (constant(baseline) && constant(current) && (baseline.samples !== undefined || baseline.n <= 1))
  );
}
