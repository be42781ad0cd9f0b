import { describe, expect, it } from 'vitest';
import { decide, weigh } from '../../src/engine/decide.js';
import type { Evidence, SeriesEvidence } from '../../src/engine/evidence.js';
import { DEFAULT_ALPHA, DEFAULT_THRESHOLD } from '../../src/engine/tuning.js';
import type { Change, Reason } from '../../src/model/report.js';
import type { Direction } from '../../src/model/result.js';

// The verdict engine's policy, table by table: one series' evidence (evidence.ts's records) through
// weigh and decide as compare.ts chains them, to the method and p that decided, the status and the
// reason codes. Every series is measured against a reference of 100, so the current center reads as
// percent of it. The defaults are the action's: threshold 10%, α = 0.05, one series in the report
// (a lone change needs p ≤ α), smaller is better.

/** What the report around one series adds. */
interface Context {
  threshold: number;
  alpha: number;
  /** α / series compared. */
  loneDiscoveryP: number;
  direction: Direction;
  /** Benjamini–Hochberg's q of the deciding p (compare.ts always passes one where the test has a p). */
  q?: number;
  /** The change decided on, where it is not weigh's (compare.ts: the change before a drift was taken out). */
  change?: Change;
}

const defaults: Context = {
  threshold: DEFAULT_THRESHOLD,
  alpha: DEFAULT_ALPHA,
  loneDiscoveryP: DEFAULT_ALPHA,
  direction: 'smaller',
};

function judge(e: SeriesEvidence, over: Partial<Context> = {}) {
  const ctx = { ...defaults, ...over };
  const weighed = weigh(e, ctx);
  const decision = decide({
    weighed,
    change: ctx.change ?? weighed.change,
    q: ctx.q,
    direction: ctx.direction,
    threshold: ctx.threshold,
    alpha: ctx.alpha,
    reference: e.reference,
    currentCenter: e.currentCenter,
  });
  return { weighed, decision };
}

/** The outcome in one line: `method[ p=…] → status[: reason codes]`. */
function outcome(e: SeriesEvidence, over: Partial<Context> = {}): string {
  const { weighed, decision } = judge(e, over);
  const p = weighed.test.p === undefined ? '' : ` p=${weighed.test.p}`;
  const codes = (decision.reasons ?? []).map((r) => r.code);
  return `${weighed.test.method}${p} → ${decision.status}${codes.length ? `: ${codes.join(', ')}` : ''}`;
}

// --- Evidence, one line each ---------------------------------------------------------------------

const tooFew: Reason = { code: 'too-few-samples', needed: 4, alpha: 0.05, baseline: 3, current: 3 };
const windowSpread: Reason = { code: 'within-window-spread', runs: 5 };

/** A change's 95% interval reaching `lower` below and `upper` above the ratio, on the log scale. */
const m = (lower: number, upper = lower) => ({ lower, upper });
/** Intervals: ±5% on the log scale, and ±25% (which holds no change for a change of ±20%). */
const narrow = { margin: m(0.05) };
const wide = { margin: m(0.25) };
/** A within-run test that can reach α: Mann–Whitney unless `kind` says otherwise. */
const mw = (p: number, more: Partial<Evidence> = {}): Evidence => ({
  kind: 'mann-whitney',
  p,
  canReachAlpha: true,
  decidesAlone: false,
  ...more,
});
const welch = (p: number) => mw(p, { kind: 'welch' });
/** A within-run test of samples too few to ever reach α. */
const few = (p: number, more: Partial<Evidence> = {}) =>
  mw(p, { canReachAlpha: false, reason: tooFew, ...more });
/** Mann–Whitney of 5 samples a side: it stops at p = 0.008. */
const five = (p: number) => mw(p, { smallestP: 0.008, sampleCounts: { baseline: 5, current: 5 } });
/** The run-to-run test, its p weighed with the within-run test's. */
const r2r = (p: number, more: Partial<Evidence> = {}): Evidence => ({
  kind: 'run-to-run',
  p,
  canReachAlpha: true,
  decidesAlone: false,
  reason: windowSpread,
  ...more,
});
/** The run-to-run test deciding alone. */
const alone = (p: number, more: Partial<Evidence> = {}) => r2r(p, { decidesAlone: true, ...more });

/** A test absent. */
const none = undefined;
/** One series at `current` % of the reference 100, with the tests given. */
const at = (
  current: number,
  within?: Evidence,
  runToRun?: Evidence,
  more: Partial<SeriesEvidence> = {},
): SeriesEvidence => ({
  exact: false,
  reference: 100,
  currentCenter: current,
  runs: 1,
  format: 'go',
  ...(within && { within }),
  ...(runToRun && { runToRun }),
  ...more,
});
/** A deterministic metric. */
const exact = (current: number, more: Partial<SeriesEvidence> = {}) =>
  at(current, none, none, { exact: true, ...more });
/** Nothing to compare from: the reference is 0. */
const zero = { reference: 0 };

const bigger = { direction: 'bigger' } as const;
const t25 = { threshold: 0.25 };
const ten = { loneDiscoveryP: 0.005 }; // ten series in the report: a lone change needs p ≤ 0.005
const noReason = { reason: undefined };

type Row = [name: string, evidence: SeriesEvidence, expected: string, context?: Partial<Context>];

const check = (rows: Row[]) =>
  it.each(rows)('%s', (_name, evidence, expected, context) => {
    expect(outcome(evidence, context)).toBe(expected);
  });

// --- The tables: [case, evidence, `method[ p=…] → status[: reason codes]`, context] -------------------

describe('exact metric: the threshold alone decides, no p', () => {
  // biome-ignore format: a table, one case a line
  check([
    ['+20%', exact(120), 'exact → regression'],
    ['−20%', exact(80), 'exact → improvement'],
    ['+5%: within the threshold', exact(105), 'exact → unchanged'],
    ['−20%, bigger is better', exact(80), 'exact → regression', bigger],
    ['+20%, bigger is better', exact(120), 'exact → improvement', bigger],
    ['+5%, bigger is better', exact(105), 'exact → unchanged', bigger],
    ['0 → 5 (allocations appeared)', exact(5, zero), 'exact → regression: was-zero'],
    ['0 → 5, bigger is better', exact(5, zero), 'exact → improvement: was-zero', bigger],
    ['0 → −5', exact(-5, zero), 'exact → improvement: was-zero'],
    ['0 → −5, bigger is better', exact(-5, zero), 'exact → regression: was-zero', bigger],
    ['0 → 0: no change', exact(0, zero), 'exact → unchanged'],
    ['the tests present are ignored', exact(120, { within: mw(0.9), runToRun: r2r(0.9) }), 'exact → regression'],
    ['a q is ignored', exact(120), 'exact → regression', { q: 0.9 }],
    ['current ∞: no ratio', exact(Number.POSITIVE_INFINITY), 'exact → inconclusive: no-comparable-value'],
    ['a negative reference: no ratio', exact(5, { reference: -1 }), 'exact → inconclusive: no-comparable-value'],
    ['threshold 0%: any rise is flagged', exact(100.001), 'exact → regression', { threshold: 0 }],
    ['threshold 0%: any fall is flagged', exact(99.999), 'exact → improvement', { threshold: 0 }],
    ['threshold 0%: no change', exact(100), 'exact → unchanged', { threshold: 0 }],
  ]);
});

describe('threshold edges: beyond means strictly beyond', () => {
  // biome-ignore format: a table, one case a line
  check([
    ['+25% at a 25% threshold', exact(125), 'exact → unchanged', t25],
    ['+25.001% at 25%', exact(125.001), 'exact → regression', t25],
    ['+24.999% at 25%', exact(124.999), 'exact → unchanged', t25],
    ['−25% at 25%', exact(75), 'exact → unchanged', t25],
    ['−25.001% at 25%', exact(74.999), 'exact → improvement', t25],
    ['bigger is better, 100 → 80 (25% worse)', exact(80), 'exact → unchanged', { ...t25, ...bigger }],
    ['bigger is better, 100 → 79.999', exact(79.999), 'exact → regression', { ...t25, ...bigger }],
    // Worse is 1/ratio − 1 when bigger is better: 100 → 125 is 20% better, 100 → 80 25% worse.
    ['bigger is better, 100 → 125', exact(125), 'exact → unchanged', { ...t25, ...bigger }],
    // 110 / 100 − 1 is 0.10000000000000009 in doubles: a change of exactly 10% is beyond 10%.
    ['+10% at 10%, in doubles', exact(110), 'exact → regression'],
    ['+25% at 25%, tested', at(125, mw(0.01)), 'mann-whitney p=0.01 → unchanged', t25],
    ['+25.001% at 25%, tested', at(125.001, mw(0.01)), 'mann-whitney p=0.01 → regression', t25],
    ['+25% at 25%, not significant', at(125, mw(0.5)), 'mann-whitney p=0.5 → unchanged', t25],
  ]);
});

describe('threshold-only: one number per run, no history, unverified', () => {
  // biome-ignore format: a table, one case a line
  check([
    ['+20%', at(120), 'threshold-only → regression: unverified'],
    ['+5%', at(105), 'threshold-only → unchanged: unverified'],
    ['−20%', at(80), 'threshold-only → improvement: unverified'],
    ['−20%, bigger is better', at(80), 'threshold-only → regression: unverified', bigger],
    ['a q is ignored', at(120), 'threshold-only → regression: unverified', { q: 0.9 }],
    ['0 → 5: no ratio (not exact: not was-zero)', at(5, none, none, zero), 'threshold-only → inconclusive: unverified'],
  ]);
});

describe('a within-run test that can reach α, alone', () => {
  // biome-ignore format: a table, one case a line
  check([
    ['significant, +20%', at(120, mw(0.01)), 'mann-whitney p=0.01 → regression'],
    ['significant, −20%', at(80, mw(0.01)), 'mann-whitney p=0.01 → improvement'],
    ['significant, +5%', at(105, mw(0.01)), 'mann-whitney p=0.01 → unchanged'],
    ['not significant, +5%', at(105, mw(0.5)), 'mann-whitney p=0.5 → unchanged'],
    ['not significant, +20%', at(120, mw(0.5)), 'mann-whitney p=0.5 → inconclusive: noise-wider-than-threshold'],
    ['p at α', at(120, mw(0.05)), 'mann-whitney p=0.05 → regression'],
    ['p just above α', at(120, mw(0.050001)), 'mann-whitney p=0.050001 → inconclusive: noise-wider-than-threshold'],
    ['q at α decides, not p', at(120, mw(0.01)), 'mann-whitney p=0.01 → regression', { q: 0.05 }],
    ['q just above α', at(120, mw(0.01)), 'mann-whitney p=0.01 → inconclusive: noise-wider-than-threshold', { q: 0.050001 }],
    ['α = 0.01', at(120, mw(0.03)), 'mann-whitney p=0.03 → inconclusive: noise-wider-than-threshold', { alpha: 0.01 }],
    ['Welch, bigger is better, −20%', at(80, welch(0.01)), 'welch p=0.01 → regression', bigger],
    ['Welch, bigger is better, +20%', at(120, welch(0.01)), 'welch p=0.01 → improvement', bigger],
    ['interval test', at(120, mw(0.01, { kind: 'interval' })), 'interval p=0.01 → regression'],
  ]);
});

describe("the change's interval: significant and beyond, but does it hold no change?", () => {
  const up = (ci: [number, number]) => ({ change: { ratio: 1.2, percent: 20, ci } });
  const down = (ci: [number, number]) => ({ change: { ratio: 0.8, percent: -20, ci } });
  // biome-ignore format: a table, one case a line
  check([
    ['narrow', at(120, mw(0.01, narrow)), 'mann-whitney p=0.01 → regression'],
    ['+20%, down to −6.5%', at(120, mw(0.01, wide)), 'mann-whitney p=0.01 → inconclusive: interval-holds-no-change'],
    ['−20%, up to +2.7%', at(80, mw(0.01, wide)), 'mann-whitney p=0.01 → inconclusive: interval-holds-no-change'],
    ['a rise: the lower end counts', at(120, mw(0.01, { margin: m(0.1, 5) })), 'mann-whitney p=0.01 → regression'],
    ['wide, not significant', at(120, mw(0.5, wide)), 'mann-whitney p=0.5 → inconclusive: noise-wider-than-threshold'],
    ['wide, within the threshold', at(105, mw(0.01, wide)), 'mann-whitney p=0.01 → unchanged'],
    ['a rise, ending at 0%', at(120, mw(0.01)), 'mann-whitney p=0.01 → inconclusive: interval-holds-no-change', up([0, 40])],
    ['a rise, just clear of 0%', at(120, mw(0.01)), 'mann-whitney p=0.01 → regression', up([1e-9, 40])],
    ['a fall, ending at 0%', at(80, mw(0.01)), 'mann-whitney p=0.01 → inconclusive: interval-holds-no-change', down([-40, 0])],
    ['a fall, just clear of 0%', at(80, mw(0.01)), 'mann-whitney p=0.01 → improvement', down([-40, -1e-9])],
  ]);
});

describe('few samples: a lone change out of reach', () => {
  // biome-ignore format: a table, one case a line
  check([
    ['5 a side, p = 0.2, ten series', at(120, five(0.2)), 'mann-whitney p=0.2 → inconclusive: lone-change-unreachable', ten],
    ['5 a side, p = 0.008, q above α', at(120, five(0.008)), 'mann-whitney p=0.008 → inconclusive: lone-change-unreachable', { ...ten, q: 0.08 }],
    ['5 a side, significant: no reason', at(120, five(0.008)), 'mann-whitney p=0.008 → regression', ten],
    ['5 a side, within the threshold', at(105, five(0.2)), 'mann-whitney p=0.2 → unchanged', ten],
    ['5 a side, one series: reachable', at(120, five(0.2)), 'mann-whitney p=0.2 → inconclusive: noise-wider-than-threshold'],
    ['smallest p = the lone p', at(120, mw(0.2, { smallestP: 0.005 })), 'mann-whitney p=0.2 → inconclusive: noise-wider-than-threshold', ten],
    ['smallest p unknown', at(120, mw(0.2)), 'mann-whitney p=0.2 → inconclusive: noise-wider-than-threshold', ten],
  ]);
});

describe('within-run and run-to-run evidence: which p decides', () => {
  // biome-ignore format: a table, one case a line
  check([
    ['run-to-run alone, significant', at(120, mw(0.3), alone(0.001)), 'mann-whitney p=0.001 → regression'],
    ['run-to-run alone, not significant', at(120, mw(0.01), alone(0.2)), 'mann-whitney p=0.2 → inconclusive: within-window-spread'],
    ['run-to-run alone, bigger is better', at(80, welch(0.3), alone(0.001)), 'welch p=0.001 → regression', bigger],
    ['run-to-run alone, −20%', at(80, mw(0.3), alone(0.001)), 'mann-whitney p=0.001 → improvement'],
    ['run-to-run alone over 5 a side', at(120, five(0.008), alone(0.001)), 'mann-whitney p=0.001 → regression', ten],
    ['…q above α: no lone reason', at(120, five(0.008), alone(0.001)), 'mann-whitney p=0.001 → inconclusive: noise-wider-than-threshold', { ...ten, q: 0.2 }],
    ['both: the larger p, run-to-run', at(120, mw(0.01), r2r(0.03)), 'mann-whitney p=0.03 → regression'],
    ['both: run-to-run holds it back', at(120, mw(0.01), r2r(0.2)), 'mann-whitney p=0.2 → inconclusive: within-window-spread'],
    ['both: run-to-run p at α', at(120, mw(0.01), r2r(0.05)), 'mann-whitney p=0.05 → regression'],
    ['both: run-to-run p at α, q above', at(120, mw(0.01), r2r(0.05)), 'mann-whitney p=0.05 → inconclusive: noise-wider-than-threshold', { q: 0.1 }],
    ['both: run-to-run p above α', at(120, mw(0.01), r2r(0.050001)), 'mann-whitney p=0.050001 → inconclusive: within-window-spread'],
    ['both: run-to-run says no reason', at(120, mw(0.01), r2r(0.2, noReason)), 'mann-whitney p=0.2 → inconclusive: noise-wider-than-threshold'],
    ['both: within-run holds it back', at(120, mw(0.2), r2r(0.01)), 'mann-whitney p=0.2 → inconclusive: noise-wider-than-threshold'],
    ['both: 5 a side hold it back', at(120, five(0.2), r2r(0.01)), 'mann-whitney p=0.2 → inconclusive: lone-change-unreachable', ten],
    ['both: equal p above α', at(120, mw(0.3), r2r(0.3)), 'mann-whitney p=0.3 → inconclusive: noise-wider-than-threshold'],
    ['both: within the threshold', at(105, mw(0.01), r2r(0.2)), 'mann-whitney p=0.2 → unchanged'],
    ['the run-to-run interval joins', at(120, mw(0.001, narrow), alone(0.001, wide)), 'mann-whitney p=0.001 → inconclusive: interval-holds-no-change'],
  ]);
});

describe('run-to-run evidence, the within-run test absent or unable to reach α', () => {
  const suite: Reason = { code: 'within-window-and-suite-spread', runs: 5, series: 40 };
  const typical: Reason = { code: 'within-suite-typical-spread' };
  const moves: Reason = { code: 'within-suite-moves', series: 40 };
  // biome-ignore format: a table, one case a line
  check([
    ['significant, +20%', at(120, none, r2r(0.01)), 'history p=0.01 → regression'],
    ['significant, −20%', at(80, none, r2r(0.01)), 'history p=0.01 → improvement'],
    ['significant, −20%, bigger is better', at(80, none, r2r(0.01)), 'history p=0.01 → regression', bigger],
    ['not significant', at(120, none, r2r(0.2)), 'history p=0.2 → inconclusive: within-window-spread'],
    ['not significant, +5%', at(105, none, r2r(0.2)), 'history p=0.2 → unchanged'],
    ['p at α', at(120, none, r2r(0.05)), 'history p=0.05 → regression'],
    ['p at α, q above', at(120, none, r2r(0.05)), 'history p=0.05 → inconclusive: noise-wider-than-threshold', { q: 0.1 }],
    ['p just above α', at(120, none, r2r(0.050001)), 'history p=0.050001 → inconclusive: within-window-spread'],
    ['p below α, q above', at(120, none, r2r(0.01)), 'history p=0.01 → inconclusive: noise-wider-than-threshold', { q: 0.1 }],
    ['over too few samples', at(120, few(0.4), r2r(0.01)), 'history p=0.01 → regression'],
    ['deciding alone: no difference', at(120, few(0.4), alone(0.01)), 'history p=0.01 → regression'],
    ['both say why', at(120, few(0.4), r2r(0.2)), 'history p=0.2 → inconclusive: within-window-spread, too-few-samples'],
    ['only the within-run test says why', at(120, few(0.4), r2r(0.2, noReason)), 'history p=0.2 → inconclusive: too-few-samples'],
    ['neither says why', at(120, none, r2r(0.2, noReason)), 'history p=0.2 → inconclusive: noise-wider-than-threshold'],
    ['the window and the suite', at(120, none, r2r(0.2, { reason: suite })), 'history p=0.2 → inconclusive: within-window-and-suite-spread'],
    ["the suite's typical spread", at(120, none, r2r(0.2, { reason: typical })), 'history p=0.2 → inconclusive: within-suite-typical-spread'],
    ["the suite's moves", at(120, none, r2r(0.2, { reason: moves })), 'history p=0.2 → inconclusive: within-suite-moves'],
    ['a wide interval', at(120, none, r2r(0.001, wide)), 'history p=0.001 → inconclusive: interval-holds-no-change'],
  ]);
});

describe('a within-run test that cannot reach α, nothing else', () => {
  // biome-ignore format: a table, one case a line
  check([
    ['+20%', at(120, few(0.4)), 'mann-whitney p=0.4 → inconclusive: too-few-samples'],
    ['+5%', at(105, few(0.4)), 'mann-whitney p=0.4 → unchanged'],
    ['no reason given', at(120, few(0.4, noReason)), 'mann-whitney p=0.4 → inconclusive: noise-wider-than-threshold'],
  ]);
});

describe('no comparable value', () => {
  // biome-ignore format: a table, one case a line
  check([
    ['0 → 5, timing', at(5, mw(0.01), none, zero), 'mann-whitney p=0.01 → inconclusive: no-comparable-value'],
    ['current NaN', at(Number.NaN, mw(0.01)), 'mann-whitney p=0.01 → inconclusive: no-comparable-value'],
    ['0 → 5: the run-to-run reason stays', at(5, none, r2r(0.2), zero), 'history p=0.2 → inconclusive: within-window-spread'],
    ['0 → 5: the too-few reason stays', at(5, few(0.4), none, zero), 'mann-whitney p=0.4 → inconclusive: too-few-samples'],
    ['0 → 0: no change', at(0, mw(0.01), none, zero), 'mann-whitney p=0.01 → unchanged'],
    ['a change given, none weighed', at(5, mw(0.01), none, zero), 'mann-whitney p=0.01 → regression', { change: { ratio: 1.2, percent: 20 } }],
    ['a change given, no interval', at(120, mw(0.01)), 'mann-whitney p=0.01 → improvement', { change: { ratio: 0.8, percent: -20 } }],
  ]);
});

// --- The records behind the codes -------------------------------------------------------------------

describe('weigh: the test record and the change', () => {
  it('exact: the change without an interval, no p', () => {
    expect(weigh(exact(125, { within: mw(0.01, { margin: m(0.1) }) }), defaults)).toEqual({
      test: { method: 'exact' },
      change: { ratio: 1.25, percent: 25 },
    });
  });

  it('both tests: each p recorded, the interval the widest of both, end by end', () => {
    const e = at(120, mw(0.01, { margin: m(0.1, 0.02) }), r2r(0.03, { margin: m(0.03, 0.2) }));
    const { test, change, reasons } = weigh(e, defaults);
    expect(test).toEqual({ method: 'mann-whitney', p: 0.03, pWithin: 0.01, pBetween: 0.03 });
    expect(reasons).toBeUndefined();
    expect(change?.ratio).toBe(1.2);
    const [lo, hi] = change?.ci ?? [];
    expect(lo).toBeCloseTo((1.2 * Math.exp(-0.1) - 1) * 100, 10);
    expect(hi).toBeCloseTo((1.2 * Math.exp(0.2) - 1) * 100, 10);
  });

  it('within-run alone: no pBetween', () => {
    expect(weigh(at(120, mw(0.01)), defaults).test).toEqual({
      method: 'mann-whitney',
      p: 0.01,
      pWithin: 0.01,
    });
  });

  it('history: the run-to-run p decides, the within-run p is kept, its interval is not used', () => {
    const e = at(120, few(0.4, { margin: m(0.5) }), r2r(0.01, { margin: m(0.05) }));
    const { test, change } = weigh(e, defaults);
    expect(test).toEqual({ method: 'history', p: 0.01, pWithin: 0.4, pBetween: 0.01 });
    const [lo] = change?.ci ?? [];
    expect(lo).toBeCloseTo((1.2 * Math.exp(-0.05) - 1) * 100, 10);
  });

  it('a within-run test that cannot reach α, alone: its own p, no pBetween', () => {
    expect(weigh(at(120, few(0.4)), defaults).test).toEqual({
      method: 'mann-whitney',
      p: 0.4,
      pWithin: 0.4,
    });
  });
});

describe('decide: the numbers in the reasons', () => {
  it('unverified: the runs and the threshold that decided alone', () => {
    const { decision } = judge(at(120, none, none, { runs: 1 }), { threshold: 0.05 });
    expect(decision).toEqual({
      status: 'regression',
      reasons: [{ code: 'unverified', runs: 1, threshold: 0.05 }],
    });
  });

  it('lone-change-unreachable: the samples, the p a lone change needs, the series, the tool', () => {
    const within5 = mw(0.2, { smallestP: 0.008, sampleCounts: { baseline: 5, current: 4 } });
    const { decision } = judge(at(120, within5, none, { format: 'pytest' }), ten);
    expect(decision.reasons).toEqual([
      { code: 'lone-change-unreachable', baseline: 5, current: 4, p: 0.005, series: 10, format: 'pytest' },
    ]);
  });

  it('lone-change-unreachable without sample counts: 0 and 0', () => {
    const { decision } = judge(at(120, mw(0.2, { smallestP: 0.008 })), ten);
    expect(decision.reasons).toEqual([
      { code: 'lone-change-unreachable', baseline: 0, current: 0, p: 0.005, series: 10, format: 'go' },
    ]);
  });

  it('noise-wider-than-threshold: the q that fell short, not the p', () => {
    const { decision } = judge(at(120, mw(0.01)), { q: 0.2 });
    expect(decision).toEqual({
      status: 'inconclusive',
      reasons: [{ code: 'noise-wider-than-threshold', threshold: 0.1, q: 0.2, alpha: 0.05 }],
    });
  });

  it('noise-wider-than-threshold without q: the p', () => {
    const { decision } = judge(at(120, mw(0.3)), { threshold: 0.15 });
    expect(decision.reasons).toEqual([
      { code: 'noise-wider-than-threshold', threshold: 0.15, q: 0.3, alpha: 0.05 },
    ]);
  });

  it('a tested method with neither q nor p counts as p = 1', () => {
    const decision = decide({
      weighed: { test: { method: 'welch' } },
      change: { ratio: 1.2, percent: 20 },
      direction: 'smaller',
      threshold: 0.1,
      alpha: 0.05,
      reference: 100,
      currentCenter: 120,
    });
    expect(decision).toEqual({
      status: 'inconclusive',
      reasons: [{ code: 'noise-wider-than-threshold', threshold: 0.1, q: 1, alpha: 0.05 }],
    });
  });

  it('interval-holds-no-change replaces the reasons weigh gave', () => {
    const e = at(120, five(0.008), r2r(0.001, wide));
    const { weighed, decision } = judge(e, ten);
    expect(weighed.reasons?.map((r) => r.code)).toEqual(['lone-change-unreachable']);
    expect(decision).toEqual({ status: 'inconclusive', reasons: [{ code: 'interval-holds-no-change' }] });
  });

  it('a flagged or unchanged series carries no reason, whatever weigh gave', () => {
    expect(judge(at(120, five(0.008)), ten).decision).toEqual({ status: 'regression' });
    expect(judge(at(105, few(0.4))).decision).toEqual({ status: 'unchanged' });
  });
});
