// The same-job A/B: base and head measured in alternating passes on one machine, compared series by
// series with the pass as a block (stats/paired-blocks.ts). The rest — thresholds, exact metrics,
// Benjamini–Hochberg over the report, budgets, statuses, back-to-back notes — is the history mode's.
import type { ComparisonReport, SameJob, SeriesComparison, SideStats } from '../model/report.js';
import type { BenchmarkResult } from '../model/result.js';
import { poolSameSeries } from '../parsers/pool.js';
import { geometricMean } from '../stats/geomean.js';
import { fitVariancePrior, type VariancePrior } from '../stats/moderated-t.js';
import { type PassRatios, pairedBlocksTest, passRatios } from '../stats/paired-blocks.js';
import { buildReport, falseDiscovery, identity, withBudget } from './compare.js';
import { decide, type Weighed, weigh } from './decide.js';
import { type Evidence, isDeterministic, type SeriesEvidence } from './evidence.js';
import { budgetFor, type CompareOptions, defaultCompareOptions, thresholdFor } from './options.js';
import { sideOf } from './side.js';
import { SAME_JOB_OUTLIER_ALPHA, SAME_JOB_OUTLIER_SHARE, SAME_JOB_PRIOR_MIN_SERIES } from './tuning.js';

/** One pass: each side's results of one invocation of the benchmark command. */
export interface SameJobPass {
  base: readonly BenchmarkResult[];
  head: readonly BenchmarkResult[];
}

/** Both sides of one series: per pass (undefined where a pass lacks it) and pooled over the passes. */
interface PairedSeries {
  base: (BenchmarkResult | undefined)[];
  head: (BenchmarkResult | undefined)[];
  pooledBase?: BenchmarkResult;
  pooledHead: BenchmarkResult;
}

interface Assessed {
  series: PairedSeries;
  /** Passes (1-based) the outlier test left out of this series' test. */
  leftOut?: number[];
  threshold: number;
  evidence?: SeriesEvidence;
  weighed?: Weighed;
}

/**
 * What a same-job A/B leaves out of the options, as a warning: tail rows (`percentiles`, budgets on a
 * percentile) are compared against a history only, where each run's samples are one run's.
 */
export function sameJobIgnored(options: CompareOptions): string | undefined {
  const tailBudgets = options.budgets.filter((b) => b.statistic).length;
  if ((options.percentiles ?? []).length === 0 && tailBudgets === 0) return undefined;
  return 'percentiles and budgets on a percentile are not compared in a same-job A/B (compare-with: base, ab) in this version: only against a history';
}

/** How the per-pass ratios are tested; anything but the default only to measure it (bench:ab). */
export interface SameJobMethod {
  /** Leave out outlying passes (generalized ESD). */
  outliers: boolean;
  /** Moderate each series' variance with the suite's (moderated t). */
  moderated: boolean;
}

export function compareSameJob(
  passes: readonly SameJobPass[],
  meta: Omit<SameJob, 'passes'> = {},
  options: CompareOptions = defaultCompareOptions(),
  method: SameJobMethod = { outliers: true, moderated: true },
): ComparisonReport {
  const { paired, missing } = pairSeries(passes);
  const pairs = paired.map(passPairs);
  const ratios = paired.map((series, i) => seriesRatios(series, pairs[i] ?? [], method));
  const prior = method.moderated ? suitePrior(ratios) : undefined;
  const assessed = paired.map((series, i): Assessed => {
    const threshold = thresholdFor(series.pooledHead, options.thresholds);
    if (!series.pooledBase) return { series, threshold };
    const evidence = sameJobEvidence(series, pairs[i] ?? [], ratios[i], prior);
    return {
      series,
      leftOut: ratios[i]?.outliers.map((k) => (pairs[i]?.[k]?.pass ?? 0) + 1),
      threshold,
      evidence,
      weighed: weigh(evidence, { alpha: options.alpha, threshold, loneDiscoveryP: 0 }),
    };
  });
  const q = falseDiscovery(assessed.map((a) => a.weighed));
  const series = assessed.map((a, i) => comparisonOf(a, q[i], options));
  for (const base of missing)
    series.push({ ...identity(base), status: 'missing', threshold: 0, source: base.source });
  const report = buildReport(series, passes.length, options.alpha, undefined, 'same-job');
  return { ...report, sameJob: { passes: passes.length, ...meta } };
}

/** Series by id over all passes, in the head's first-seen order; base-only series are missing. */
function pairSeries(passes: readonly SameJobPass[]) {
  const bySide = (side: 'base' | 'head') => {
    const byId = new Map<string, (BenchmarkResult | undefined)[]>();
    passes.forEach((pass, i) => {
      for (const r of poolSameSeries(pass[side]).results) {
        const row = byId.get(r.id) ?? new Array<BenchmarkResult | undefined>(passes.length).fill(undefined);
        row[i] = r;
        byId.set(r.id, row);
      }
    });
    return byId;
  };
  const base = bySide('base');
  const head = bySide('head');
  const pool = (row: (BenchmarkResult | undefined)[]) =>
    poolSameSeries(row.filter((r): r is BenchmarkResult => r !== undefined)).results[0];
  const paired: PairedSeries[] = [];
  for (const [id, row] of head) {
    const baseRow = base.get(id) ?? new Array<BenchmarkResult | undefined>(passes.length).fill(undefined);
    paired.push({
      base: baseRow,
      head: row,
      pooledBase: base.has(id) ? pool(baseRow) : undefined,
      pooledHead: pool(row) as BenchmarkResult,
    });
  }
  const missing = [...base].filter(([id]) => !head.has(id)).map(([, row]) => pool(row) as BenchmarkResult);
  return { paired, missing };
}

/** Both sides' centers in one pass (its index), where the pass has both and both are positive. */
interface PassPair {
  pass: number;
  base: number;
  head: number;
}

function passPairs(series: PairedSeries): PassPair[] {
  return series.head.flatMap((h, pass) => {
    const b = series.base[pass];
    return h && b && h.value > 0 && b.value > 0 ? [{ pass, base: b.value, head: h.value }] : [];
  });
}

/** Whether the series is tested at all: on both sides, and not a deterministic metric (exact). */
function measured(series: PairedSeries): boolean {
  const base = series.pooledBase;
  return (
    base !== undefined && !isDeterministic(base, series.pooledHead, sideOf(base), sideOf(series.pooledHead))
  );
}

/** A series' per-pass log ratios, outlying passes left out; undefined below 2 passes or when exact. */
function seriesRatios(
  series: PairedSeries,
  pairs: PassPair[],
  method: SameJobMethod,
): PassRatios | undefined {
  if (!measured(series) || pairs.length < 2) return undefined;
  const maxOutliers = method.outliers ? Math.floor(SAME_JOB_OUTLIER_SHARE * pairs.length) : 0;
  return passRatios(
    pairs.map((x) => x.head / x.base),
    maxOutliers,
    SAME_JOB_OUTLIER_ALPHA,
  );
}

/**
 * The suite's prior for the pass-to-pass variance of a series' ratio, with the residual degrees of
 * freedom of every series (the cap on a moderated t's): none for a suite too small to fit it on.
 */
function suitePrior(
  ratios: readonly (PassRatios | undefined)[],
): { fit: VariancePrior; maxDf: number } | undefined {
  const usable = ratios.filter((r): r is PassRatios => r !== undefined);
  if (usable.length < SAME_JOB_PRIOR_MIN_SERIES) return undefined;
  const fit = fitVariancePrior(
    usable.map((r) => r.variance),
    usable.map((r) => r.logs.length - 1),
  );
  if (!fit) return undefined;
  return { fit, maxDf: usable.reduce((sum, r) => sum + r.logs.length - 1, 0) };
}

/**
 * The per-pass centers of both sides, their ratios tested with the pass as a block. The change is
 * measured between the geometric means of the kept passes' centers, so it is exactly the tested ratio.
 */
function sameJobEvidence(
  series: PairedSeries,
  both: PassPair[],
  ratios: PassRatios | undefined,
  prior: { fit: VariancePrior; maxDf: number } | undefined,
): SeriesEvidence {
  const pooledBase = series.pooledBase as BenchmarkResult;
  const head = series.pooledHead;
  const base = { runs: both.length, format: head.format };
  if (isDeterministic(pooledBase, head, sideOf(pooledBase), sideOf(head))) {
    return { ...base, exact: true, reference: pooledBase.value, currentCenter: head.value };
  }
  const kept = both.filter((_, i) => !ratios?.outliers.includes(i));
  const reference = geometricMean(kept.map((x) => x.base)) ?? pooledBase.value;
  if (!ratios) {
    const currentCenter = geometricMean(kept.map((x) => x.head)) ?? head.value;
    const sameJob: Evidence = {
      kind: 'same-job',
      p: 1,
      canReachAlpha: false,
      decidesAlone: true,
      reason: { code: 'too-few-passes', passes: both.length },
    };
    return { ...base, exact: false, reference, currentCenter, sameJob };
  }
  const t = pairedBlocksTest(ratios, 0.95, prior?.fit, prior?.maxDf);
  const currentCenter = geometricMean(kept.map((x) => x.head)) ?? head.value;
  const sameJob: Evidence = {
    kind: 'same-job',
    p: t.p,
    margin: { lower: Math.log(t.ratio / t.lo), upper: Math.log(t.hi / t.ratio) },
    canReachAlpha: true,
    decidesAlone: true,
  };
  return { ...base, exact: false, reference, currentCenter, sameJob };
}

function comparisonOf(a: Assessed, q: number | undefined, options: CompareOptions): SeriesComparison {
  const head = a.series.pooledHead;
  const current: SideStats = { ...sideOf(head), center: a.evidence?.currentCenter ?? head.value };
  const comparison: SeriesComparison = {
    ...identity(head),
    status: 'new',
    threshold: a.threshold,
    current,
    source: head.source,
  };
  const budget = budgetFor(head, current.center, options.budgets);
  if (budget) comparison.budget = budget;
  const { evidence, weighed } = a;
  const pooledBase = a.series.pooledBase;
  if (!evidence || !weighed || !pooledBase) return withBudget(comparison, 'new');
  comparison.baseline = {
    ...sideOf(pooledBase),
    reference: evidence.reference,
    runs: evidence.runs,
    runCenters: a.series.base.flatMap((r) => (r ? [r.value] : [])),
  };
  if (weighed.change) comparison.change = weighed.change;
  comparison.test = q === undefined ? weighed.test : { ...weighed.test, q };
  if (a.leftOut?.length) comparison.test = { ...comparison.test, leftOutPasses: a.leftOut };
  const decision = decide({
    weighed,
    change: weighed.change,
    q,
    direction: head.direction,
    threshold: a.threshold,
    alpha: options.alpha,
    reference: evidence.reference,
    currentCenter: evidence.currentCenter,
  });
  if (decision.reasons) comparison.reasons = decision.reasons;
  return withBudget(comparison, decision.status);
}
