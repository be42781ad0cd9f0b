// `npm run bench:ab`: the same-job A/B's test (per-pass ratios, the pass as a block) against the same
// samples pooled into one unpaired Mann–Whitney, and against the history mode at the same noise, on
// simulated suites whose truth is known. Rewrites __tests__/bench/SAME-JOB.md. Deterministic (seeded).
//
// Noise model, per pass: a machine factor shared by base and head (what a same-job run cancels); per
// invocation and benchmark, a drift of its own (0.5%); per sample, the within-run noise. Bursts of
// load: in 5% of invocations one side only, in 2% of passes both sides, a burst slows 20% of the
// benchmarks by 30%.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import type { CompareOptions } from '../../src/engine/options.js';
import { compareSameJob, type SameJobPass } from '../../src/engine/same-job.js';
import type { ComparisonReport } from '../../src/model/report.js';
import type { BenchmarkResult } from '../../src/model/result.js';
import { benjaminiHochberg } from '../../src/stats/fdr.js';
import { mannWhitneyU } from '../../src/stats/mannwhitney.js';
import { type Random, seededRandom } from '../helpers/random.js';

const SERIES = 200;
const CHANGED = 10;
const SAMPLES = 10;
const SUITES = 25;
const DRIFT = 0.005;
/** Detection is measured at a 1% threshold so that a +2% change can count at all. */
const OPTIONS: CompareOptions = { thresholds: { default: 0.01, rules: [] }, alpha: 0.05, budgets: [] };

interface Condition {
  passes: number;
  withinCv: number;
  machineCv: number;
}

const GRID: Condition[] = [3, 5, 10].flatMap((passes) =>
  [0.01, 0.03].flatMap((withinCv) => [0, 0.05, 0.2].map((machineCv) => ({ passes, withinCv, machineCv }))),
);
const SHIFTS = [0.02, 0.05, 0.1];

function result(name: string, samples: number[]): BenchmarkResult {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2
      ? (sorted[Math.floor(mid)] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    id: `${name} [ns/op]`,
    name,
    unit: 'ns/op',
    direction: 'smaller',
    n: samples.length,
    value: median,
    samples,
    source: { file: 'sim' },
  };
}

/** One invocation's results: every benchmark at `machine`, `factor(i)` for the code, bursts maybe. */
function invocation(
  random: Random,
  c: Condition,
  machine: number,
  factor: (i: number) => number,
  burst: boolean,
) {
  return Array.from({ length: SERIES }, (_, i) => {
    const drift = Math.exp(DRIFT * random.normal());
    const burstFactor = burst && random.uniform() < 0.2 ? 1.3 : 1;
    return result(
      `B${i}`,
      Array.from(
        { length: SAMPLES },
        () => 1000 * machine * drift * factor(i) * burstFactor * Math.exp(c.withinCv * random.normal()),
      ),
    );
  });
}

function simulatePasses(random: Random, c: Condition, shift: number): SameJobPass[] {
  const head = (i: number) => (i < CHANGED ? 1 + shift : 1);
  return Array.from({ length: c.passes }, () => {
    const machine = Math.exp(c.machineCv * random.normal());
    const both = random.uniform() < 0.02;
    const base = invocation(random, c, machine, () => 1, both || random.uniform() < 0.05);
    return { base, head: invocation(random, c, machine, head, both || random.uniform() < 0.05) };
  });
}

/** The same samples, each side pooled over the passes, one unpaired Mann–Whitney a series, BH. */
function pooledFlags(passes: SameJobPass[]): boolean[] {
  const pool = (side: 'base' | 'head', i: number) => passes.flatMap((p) => p[side][i]?.samples ?? []);
  const tests = Array.from({ length: SERIES }, (_, i) => {
    const b = pool('base', i);
    const h = pool('head', i);
    const ratio = median(h) / median(b);
    return { p: mannWhitneyU(h, b).p, ratio };
  });
  const q = benjaminiHochberg(tests.map((t) => t.p));
  return tests.map((t, i) => (q[i] as number) <= OPTIONS.alpha && t.ratio - 1 > OPTIONS.thresholds.default);
}

/** The history mode: 5 earlier runs and this one, each on its own machine (one invocation each). */
function historyReport(random: Random, c: Condition, shift: number): ComparisonReport {
  const run = (factor: (i: number) => number) =>
    invocation(random, c, Math.exp(c.machineCv * random.normal()), factor, random.uniform() < 0.05);
  const window = Array.from({ length: 5 }, () => ({ results: run(() => 1) }));
  return compare(
    window,
    run((i) => (i < CHANGED ? 1 + shift : 1)),
    OPTIONS,
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length / 2;
  return s.length % 2 ? (s[Math.floor(m)] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

interface Tally {
  falseAlarms: number;
  unchanged: number;
  found: Record<number, number>;
  changed: number;
}

function tally(): Tally {
  return { falseAlarms: 0, unchanged: 0, found: Object.fromEntries(SHIFTS.map((s) => [s, 0])), changed: 0 };
}

function count(t: Tally, flags: boolean[], shift: number): void {
  flags.forEach((flagged, i) => {
    if (i < CHANGED) {
      if (flagged) t.found[shift] = (t.found[shift] ?? 0) + 1;
    } else {
      t.unchanged += 1;
      if (flagged) t.falseAlarms += 1;
    }
  });
  if (shift === SHIFTS[0]) t.changed += CHANGED;
}

function regressions(report: ComparisonReport): boolean[] {
  const byName = new Map(report.series.map((s) => [s.name, s.status === 'regression']));
  return Array.from({ length: SERIES }, (_, i) => byName.get(`B${i}`) === true);
}

function row(c: Condition, name: string, t: Tally): string {
  const perMille = (1000 * t.falseAlarms) / t.unchanged;
  const found = SHIFTS.map((s) => `${Math.round((100 * (t.found[s] ?? 0)) / t.changed)}%`);
  return `| ${c.passes} | ${c.withinCv * 100}% | ${c.machineCv * 100}% | ${name} | ${perMille.toFixed(2)} | ${found.join(' | ')} |`;
}

test('same-job A/B: blocked vs pooled vs history', () => {
  const started = performance.now();
  const rows: string[] = [];
  let seed = 1;
  for (const c of GRID) {
    const blocked = tally();
    const student = tally();
    const pooled = tally();
    const history = tally();
    for (const shift of SHIFTS) {
      for (let k = 0; k < SUITES; k++) {
        const random = seededRandom(seed++);
        const passes = simulatePasses(random, c, shift);
        count(blocked, regressions(compareSameJob(passes, {}, OPTIONS)), shift);
        count(student, regressions(compareSameJob(passes, {}, OPTIONS, 0)), shift);
        count(pooled, pooledFlags(passes), shift);
        count(history, regressions(historyReport(random, c, shift)), shift);
      }
    }
    rows.push(
      row(c, 'same-job, blocked', blocked),
      row(c, "same-job, blocked, Student's t", student),
      row(c, 'same-job, pooled MW', pooled),
      row(c, 'history (5 runs)', history),
    );
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const markdown = `# Same-job A/B: the pass as a block

Written by \`npm run bench:ab\` (__tests__/bench/same-job.ts; seeded, ${seconds} s here). Each suite has
${SERIES} benchmarks, ${CHANGED} of them made slower in the head by the shift, ${SAMPLES} samples per
invocation; ${SUITES} suites per shift and condition. Noise: a per-pass machine factor shared by both
sides (log-normal, "machine"), a per-invocation drift of each benchmark (${DRIFT * 100}%), the
within-run noise per sample, and bursts of load (one side of an invocation in 5%, both sides of a pass
in 2%: 20% of the benchmarks +30%). Threshold 1% and α = 0.05 (Benjamini–Hochberg) for every method.

- **same-job, blocked**: what \`ab\` and \`compare-with: base\` do — Yuen's trimmed t (20% of the
  passes trimmed at each end, from 8 passes on; Student's t below that) on the per-pass log ratios head/base
  (stats/paired-blocks.ts).
- **same-job, blocked, Student's t**: the same ratios, never trimmed.
- **same-job, pooled MW**: the same samples, each side pooled over the passes, one unpaired
  Mann–Whitney per series — what a test that ignores the passes would do.
- **history (5 runs)**: the history mode at the same noise: 5 earlier runs and this one, each on its
  own machine.

False alarms are regressions flagged among unchanged benchmarks, per 1,000; found is the share of the
slowed benchmarks flagged as regressions.

| passes | within-run CV | machine | method | false per 1,000 | found +2% | found +5% | found +10% |
| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}
`;
  console.log(markdown);
  writeFileSync(path.join(import.meta.dirname, 'SAME-JOB.md'), markdown);
  expect(rows.length).toBe(GRID.length * 4);
});
