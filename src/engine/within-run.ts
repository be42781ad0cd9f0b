// The within-run tests: do the current run's samples sit elsewhere than the baseline run's? The
// strongest test both sides allow: raw samples → Mann–Whitney (benchstat's), quartiles or mean/sd/n →
// Welch on logs, the tools' confidence intervals → the interval test. And the change's interval that
// the runs' own samples give.
import type { SideStats } from '../model/report.js';
import type { BenchmarkResult } from '../model/result.js';
import { choose, normalQuantile } from '../stats/distributions.js';
import { intervalTest, isLogInterval } from '../stats/interval-test.js';
import { mannWhitneyU, minimumSamplesPerSide } from '../stats/mannwhitney.js';
import { medianConfidenceInterval } from '../stats/median-ci.js';
import { welchLogTest } from '../stats/welch.js';
import type { Evidence, LogMargin } from './evidence.js';
import { summaryOf, type VarianceEstimate } from './noise-model.js';
import { atLevel } from './side.js';
import { LEVEL } from './tuning.js';
import type { WindowSeries } from './window.js';

/** z of the two-sided LEVEL interval. */
const Z_LEVEL = normalQuantile(1 - (1 - LEVEL) / 2);

/** The within-run evidence, or undefined when the two sides share no kind of spread to test. */
export function withinRunTest(
  baselineResult: BenchmarkResult,
  currentResult: BenchmarkResult,
  baseline: SideStats,
  current: SideStats,
  alpha: number,
): Evidence | undefined {
  const a = baseline.samples;
  const b = current.samples;
  if (a && b && a.length >= 2 && b.length >= 2) {
    const needed = minimumSamplesPerSide(alpha);
    const enough = Math.min(a.length, b.length) >= needed;
    return {
      kind: 'mann-whitney',
      p: mannWhitneyU(a, b).p,
      canReachAlpha: enough,
      decidesAlone: false,
      smallestP: Math.min(1, 2 / choose(a.length + b.length, b.length)),
      sampleCounts: { baseline: a.length, current: b.length },
      reason: enough
        ? undefined
        : {
            code: 'too-few-samples',
            needed,
            alpha,
            baseline: a.length,
            current: b.length,
            format: currentResult.format,
          },
    };
  }
  const baseSummary = summaryOf(baselineResult, baseline);
  const currentSummary = summaryOf(currentResult, current);
  if (baseSummary && currentSummary) {
    const p = welchLogTest(baseSummary, currentSummary).p;
    return { kind: 'welch', p, canReachAlpha: true, decidesAlone: false };
  }
  // A zero or negative end (benchmark.js at 0 ops/sec, a margin of error over 100%) has no log scale.
  const baseInterval = baseline.ci && { estimate: baseline.center, ...baseline.ci };
  const currentInterval = current.ci && { estimate: current.center, ...current.ci };
  if (baseInterval && currentInterval && isLogInterval(baseInterval) && isLogInterval(currentInterval)) {
    const t = intervalTest(baseInterval, currentInterval);
    return { kind: 'interval', p: t.p, canReachAlpha: true, decidesAlone: false };
  }
  return undefined;
}

/** Whether the current samples differ at α (Mann–Whitney) from those of the run before the newest, at the window's level. */
export function previousRunDiffers(
  window: WindowSeries,
  reference: number,
  current: SideStats,
  alpha: number,
): boolean {
  const previous = window.results.at(-2);
  if (!previous?.samples || !current.samples || !(previous.value > 0)) return false;
  return mannWhitneyU(atLevel(previous, reference).samples as number[], current.samples).p <= alpha;
}

/** Each side's sampling variance of ln(center), when known. */
export interface Sampling {
  baseline?: VarianceEstimate;
  current?: VarianceEstimate;
}

/**
 * The change's interval from the runs' own samples, on the log scale. With raw samples: benchstat's
 * distribution-free median intervals (none below 6 samples, where they are infinite), combined end
 * by end — the change's lower end from the current median's reach below and the baseline median's
 * reach above, and the other way round (Zou & Donner's MOVER), so a run a burst hit on part of its
 * samples reaches far on its long side only. Otherwise the sampling variances, symmetric. `baseline`
 * undefined: the current run's side alone.
 */
export function withinRunMargin(
  baseline: SideStats | undefined,
  current: SideStats,
  sampling: Sampling,
): LogMargin | undefined {
  const b = current.samples;
  if (b && (baseline === undefined || baseline.samples)) {
    const cur = medianReach(b);
    if (baseline === undefined) return cur && { lower: cur.below, upper: cur.above };
    const base = medianReach(baseline.samples as number[]);
    if (base === undefined || cur === undefined) return undefined;
    return { lower: Math.hypot(cur.below, base.above), upper: Math.hypot(cur.above, base.below) };
  }
  if (sampling.current === undefined) return undefined;
  if (baseline !== undefined && sampling.baseline === undefined) return undefined;
  const m =
    Z_LEVEL * Math.sqrt((baseline ? (sampling.baseline?.variance ?? 0) : 0) + sampling.current.variance);
  return { lower: m, upper: m };
}

/** How far a sample's distribution-free median interval reaches below and above its median (log scale). */
function medianReach(xs: number[]): { below: number; above: number } | undefined {
  const ci = medianConfidenceInterval(xs, LEVEL);
  if (!ci || !(ci.lo > 0) || !Number.isFinite(ci.hi)) return undefined;
  return { below: Math.log(ci.median) - Math.log(ci.lo), above: Math.log(ci.hi) - Math.log(ci.median) };
}
