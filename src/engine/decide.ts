// Which evidence decides a series, against which threshold, with which reason. The whole policy of the
// verdict engine, in two steps around the report-wide false-discovery control (compare.ts):
//
// 1. weigh: which p decides, and the change's interval from the evidence used
//    | evidence (evidence.ts)                               | method          | p decides      | interval from |
//    | exact metric                                         | exact           | —              | —             |
//    | same-job A/B passes                                  | same-job        | same-job       | same-job      |
//    | within-run reaches α, run-to-run decides alone       | the within test | run-to-run     | both          |
//    | within-run reaches α, run-to-run too                 | the within test | larger of both | both          |
//    | within-run reaches α, nothing else                   | the within test | within-run     | within-run    |
//    |   (a tail row: the quantiles' test, run-to-run noise of the level inside it)                         |
//    | run-to-run; within-run absent or cannot reach α      | history         | run-to-run     | run-to-run    |
//    | within-run that cannot reach α, nothing else         | the within test | within-run     | within-run    |
//    | nothing (one number per run, one baseline run)       | threshold-only  | —              | —             |
//    The run-to-run test decides alone where it holds the samples' noise too (the suite's mixture with
//    precisely known sampling noise), or where a within-run test of few samples found the runs apart
//    (run-to-run.ts). Where it does not, both must agree, and the one that held the change back says why.
//
// 2. decide: the status, from q (Benjamini–Hochberg over the report) and the threshold
//    | exact / threshold-only | beyond the threshold → regression or improvement, else unchanged     |
//    | q ≤ α and beyond       | regression or improvement — unless the interval still holds no change  |
//    | q ≤ α or within it     | unchanged                                                             |
//    | otherwise              | inconclusive: the test's reason, or "noise wider than the threshold"  |
import type { Change, Reason, SeriesTest, Status } from '../model/report.js';
import type { Direction } from '../model/result.js';
import type { Evidence, LogMargin, SeriesEvidence } from './evidence.js';
import { changeOf, worseness } from './side.js';

export interface Weighed {
  test: SeriesTest;
  change?: Change;
  reasons?: Reason[];
}

export interface WeighContext {
  alpha: number;
  threshold: number;
  /** The p a lone change of this report needs (α / series compared). */
  loneDiscoveryP: number;
}

export function weigh(e: SeriesEvidence, ctx: WeighContext): Weighed {
  const { within, runToRun: between } = e;
  const change = (...used: (Evidence | undefined)[]) =>
    changeOf(e.reference, e.currentCenter, ratioInterval(e.currentCenter / e.reference, used));
  if (e.exact) return { test: { method: 'exact' }, change: changeOf(e.reference, e.currentCenter) };
  if (e.sameJob) {
    // Base and head shared every pass's machine: no other kind of noise is left to ask about.
    const p = e.sameJob.canReachAlpha ? e.sameJob.p : undefined;
    return {
      test: { method: 'same-job', p },
      change: change(e.sameJob),
      reasons: compact([e.sameJob.reason]),
    };
  }
  if (within?.canReachAlpha) {
    const alone = between?.decidesAlone === true;
    const p = between === undefined ? within.p : alone ? between.p : Math.max(within.p, between.p);
    const test: SeriesTest = {
      method: within.kind as SeriesTest['method'],
      p,
      pWithin: within.p,
      pBetween: between?.p,
    };
    return { test, change: change(within, between), reasons: heldBackBy(e, within, between, alone, ctx) };
  }
  if (between) {
    const reasons = between.p > ctx.alpha ? compact([between.reason, within?.reason]) : undefined;
    const test: SeriesTest = { method: 'history', p: between.p, pWithin: within?.p, pBetween: between.p };
    return { test, change: change(between), reasons };
  }
  if (within) {
    const test: SeriesTest = { method: within.kind as SeriesTest['method'], p: within.p, pWithin: within.p };
    return { test, change: change(within), reasons: compact([within.reason]) };
  }
  const unverified: Reason = { code: 'unverified', runs: e.runs, threshold: ctx.threshold };
  return {
    test: { method: 'threshold-only' },
    change: changeOf(e.reference, e.currentCenter),
    reasons: [unverified],
  };
}

/** Why a within-run test that can reach α did not let a change through, if one of the tests says so. */
function heldBackBy(
  e: SeriesEvidence,
  within: Evidence,
  between: Evidence | undefined,
  alone: boolean,
  ctx: WeighContext,
): Reason[] | undefined {
  if (between && between.p > within.p && between.p > ctx.alpha) return compact([between.reason]);
  if (alone || within.smallestP === undefined || within.smallestP <= ctx.loneDiscoveryP) return undefined;
  const counts = within.sampleCounts ?? { baseline: 0, current: 0 };
  const series = Math.round(ctx.alpha / ctx.loneDiscoveryP);
  return [{ code: 'lone-change-unreachable', ...counts, p: ctx.loneDiscoveryP, series, format: e.format }];
}

/** The widest of the evidence's intervals, end by end: the change is uncertain by every kind of noise used. */
function ratioInterval(ratio: number, used: (Evidence | undefined)[]): [number, number] | undefined {
  const margins = used.map((x) => x?.margin).filter((m): m is LogMargin => m !== undefined);
  if (margins.length === 0) return undefined;
  const lower = margins.reduce((most, m) => Math.max(most, m.lower), Number.NEGATIVE_INFINITY);
  const upper = margins.reduce((most, m) => Math.max(most, m.upper), Number.NEGATIVE_INFINITY);
  return [ratio * Math.exp(-lower), ratio * Math.exp(upper)];
}

function compact(reasons: (Reason | undefined)[]): Reason[] | undefined {
  const kept = reasons.filter((r): r is Reason => r !== undefined);
  return kept.length > 0 ? kept : undefined;
}

export interface DecideInput {
  weighed: Weighed;
  /** The change decided on: after a runner drift was taken out, where one was. */
  change?: Change;
  /** Benjamini–Hochberg's q of the deciding p. */
  q?: number;
  direction: Direction;
  threshold: number;
  alpha: number;
  reference: number;
  currentCenter: number;
}

export interface Decision {
  status: Status;
  reasons?: Reason[];
}

export function decide(input: DecideInput): Decision {
  const { weighed, change, threshold } = input;
  const { test } = weighed;
  if (test.method === 'exact' && !change && input.reference === 0) {
    // Nothing before, something now (allocations appeared): no ratio, but certainly a change.
    const worse = input.currentCenter > 0 === (input.direction === 'smaller');
    return { status: worse ? 'regression' : 'improvement', reasons: [{ code: 'was-zero' }] };
  }
  if (!change)
    return { status: 'inconclusive', reasons: weighed.reasons ?? [{ code: 'no-comparable-value' }] };
  const worse = worseness(change, input.direction);
  const beyond = Math.abs(worse) > threshold || (threshold === 0 && worse !== 0);
  const flagged: Status = worse > 0 ? 'regression' : 'improvement';
  if (test.method === 'exact' || test.method === 'threshold-only') {
    return { status: beyond ? flagged : 'unchanged', reasons: weighed.reasons };
  }
  const q = input.q ?? test.p ?? 1;
  const significant = q <= input.alpha;
  if (significant && beyond) {
    // The p that decides may come from one kind of noise while the interval holds both: a change whose
    // interval still holds no change is not flagged (a skewed or two-moded run whose median jumped).
    const [lo = 1, hi = 1] = change.ci ?? [];
    if (lo <= 0 && hi >= 0)
      return { status: 'inconclusive', reasons: [{ code: 'interval-holds-no-change' }] };
    return { status: flagged };
  }
  if (significant || !beyond) return { status: 'unchanged' };
  const noise: Reason = { code: 'noise-wider-than-threshold', threshold, q, alpha: input.alpha };
  return { status: 'inconclusive', reasons: weighed.reasons ?? [noise] };
}
