// `npm run bench:tails`: how often the tail percentile rows (engine/tails.ts) raise false alarms on
// unchanged series, and how often they find a change only the tail shows (a share of the samples
// twice as slow), next to what the median row of the same series says. Rewrites
// __tests__/bench/TAILS.md. Deterministic (seeded).
//
// One sample = typical × run offset (one lognormal factor per benchmark and run, the condition's
// run-to-run CV) × lognormal within-run noise × (1% of samples, every run) an outlier × 1.3 to 3, and
// in a changed series' current run × 2 for the condition's share of the samples.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { median } from 'simple-statistics';
import { expect, test } from 'vitest';
import { type BaselineRun, compare } from '../../src/engine/compare.js';
import type { SeriesComparison } from '../../src/model/report.js';
import type { BenchmarkResult } from '../../src/model/result.js';
import { logSdOfCv, type Random, seededRandom } from '../helpers/random.js';

interface Condition {
  samples: number;
  withinCv: number;
  runCv: number;
  runs: number;
  /** Share of every run's samples that are outliers × 1.3–3. */
  outliers: number;
}

const SERIES = 50;
const NULL_SUITES = 20;
const CHANGED_SUITES = 10;
const CHANGED_PER_SUITE = 10;
const TAIL_SHARES = [0.05, 0.1];

const CONDITIONS: Condition[] = [200, 1000]
  .flatMap((samples) =>
    [0.02, 0.05].flatMap((withinCv) =>
      [0, 0.02, 0.05].flatMap((runCv) =>
        [1, 5].map((runs) => ({ samples, withinCv, runCv, runs, outliers: 0.01 })),
      ),
    ),
  )
  .concat(
    // Without outliers: the baseline's own p99 is then not at the edge of its outliers.
    [0.02, 0.05].flatMap((withinCv) =>
      [1, 5].map((runs) => ({ samples: 1000, withinCv, runCv: 0.02, runs, outliers: 0 })),
    ),
  );

function sampleRun(
  r: Random,
  n: number,
  level: number,
  withinLogSd: number,
  tailShare: number,
  outliers: number,
): number[] {
  return Array.from({ length: n }, () => {
    let x = level * Math.exp(withinLogSd * r.normal());
    if (r.uniform() < outliers) x *= 1.3 + 1.7 * r.uniform();
    if (r.uniform() < tailShare) x *= 2;
    return x;
  });
}

function result(i: number, samples: number[]): BenchmarkResult {
  return {
    id: `bench${i} [ns]`,
    name: `bench${i}`,
    unit: 'ns',
    direction: 'smaller',
    n: samples.length,
    value: median(samples),
    samples,
    source: { file: 'sim' },
  };
}

/** One suite: every series unchanged except the first `changed`, whose current run has the tail change. */
function suite(c: Condition, r: Random, changed: number, tailShare: number) {
  const withinLogSd = logSdOfCv(c.withinCv);
  const runLogSd = logSdOfCv(c.runCv);
  const typical = Array.from({ length: SERIES }, () => 100 * Math.exp(2 * r.uniform()));
  const runOf = (tail: (i: number) => number) =>
    typical.map((t, i) =>
      result(
        i,
        sampleRun(r, c.samples, t * Math.exp(runLogSd * r.normal()), withinLogSd, tail(i), c.outliers),
      ),
    );
  const baseline: BaselineRun[] = Array.from({ length: c.runs }, () => ({ results: runOf(() => 0) }));
  const current = runOf((i) => (i < changed ? tailShare : 0));
  return { baseline, current };
}

interface Counts {
  flagged: number;
  rows: number;
}
const empty = (): Counts => ({ flagged: 0, rows: 0 });
const isFlag = (s: SeriesComparison) => s.status === 'regression' || s.status === 'improvement';

function tally(
  series: SeriesComparison[],
  changed: number,
  into: Record<string, Counts>,
  onChanged: boolean,
) {
  for (const s of series) {
    const i = Number(/^bench(\d+)/.exec(s.name)?.[1]);
    if (i < changed !== onChanged) continue;
    const key = s.statistic ?? 'median';
    into[key] ??= empty();
    const c = into[key] as Counts;
    c.rows += 1;
    if (onChanged ? s.status === 'regression' : isFlag(s)) c.flagged += 1;
  }
}

function seedOf(c: Condition, salt: number): number {
  const mixed = c.samples * 7919 + c.withinCv * 1e5 + c.runCv * 1e7 + c.runs * 131 + c.outliers * 1e9;
  return (mixed + salt * 104729) % 2_147_483_647;
}

function runCondition(c: Condition) {
  const options = {
    thresholds: { default: 0.1, rules: [] },
    alpha: 0.05,
    budgets: [],
    percentiles: ['p95', 'p99'] as const,
  };
  const nulls: Record<string, Counts> = {};
  const r = seededRandom(seedOf(c, 0));
  for (let k = 0; k < NULL_SUITES; k++) {
    const s = suite(c, r, 0, 0);
    tally(
      compare(s.baseline, s.current, { ...options, percentiles: [...options.percentiles] }).series,
      0,
      nulls,
      false,
    );
  }
  const power = TAIL_SHARES.map((share, j) => {
    const found: Record<string, Counts> = {};
    const rr = seededRandom(seedOf(c, j + 1));
    for (let k = 0; k < CHANGED_SUITES; k++) {
      const s = suite(c, rr, CHANGED_PER_SUITE, share);
      tally(
        compare(s.baseline, s.current, { ...options, percentiles: [...options.percentiles] }).series,
        CHANGED_PER_SUITE,
        found,
        true,
      );
    }
    return found;
  });
  process.stderr.write(`tails: ${JSON.stringify(c)} done\n`);
  return { c, nulls, power };
}

const perMille = (x: Counts | undefined) =>
  x && x.rows > 0 ? ((1000 * x.flagged) / x.rows).toFixed(1) : '—';
const percent = (x: Counts | undefined) =>
  x && x.rows > 0 ? `${((100 * x.flagged) / x.rows).toFixed(0)}%` : '—';

test('tail percentile rows: false alarms and power', () => {
  const started = performance.now();
  const rows = CONDITIONS.map(runCondition);
  const seconds = (performance.now() - started) / 1000;
  const lines = [
    '# Tail percentile rows: false alarms and power',
    '',
    'Written by `npm run bench:tails` (__tests__/bench/tails.ts); method in docs/statistics.md ("Tail percentiles").',
    `Each condition: ${NULL_SUITES} suites of ${SERIES} unchanged series (false alarms: a row flagged either way, per 1,000`,
    `rows), and ${CHANGED_SUITES} suites whose first ${CHANGED_PER_SUITE} series have a tail-only change in the current run: 5% or 10% of`,
    "its samples twice as slow (power: the row flagged as a regression). A share of every run's samples (column",
    '"outliers") are outliers × 1.3–3;',
    'the run offset is one lognormal factor per series and run. Threshold 10%, α = 0.05, `percentiles: p95, p99`.',
    'p99 rows need 500 samples per run, so they exist only in the 1,000-sample conditions.',
    '',
    '| samples | within CV | run CV | baseline runs | outliers | false / 1,000: median | p95 | p99 | 5% × 2: median | p95 | p99 | 10% × 2: median | p95 | p99 |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(({ c, nulls, power }) =>
      [
        c.samples,
        `${c.withinCv * 100}%`,
        `${c.runCv * 100}%`,
        c.runs,
        `${c.outliers * 100}%`,
        perMille(nulls.median),
        perMille(nulls.p95),
        perMille(nulls.p99),
        ...power.flatMap((p) => [percent(p.median), percent(p.p95), percent(p.p99)]),
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .replace(/$/, ' |'),
    ),
    '',
    `(${seconds.toFixed(0)} s on the machine that wrote this file.)`,
    '',
  ];
  const markdown = lines.join('\n');
  console.log(markdown);
  writeFileSync(path.join(import.meta.dirname, 'TAILS.md'), markdown);
  expect(rows.every((row) => (row.nulls.p95?.rows ?? 0) > 0)).toBe(true);
});
