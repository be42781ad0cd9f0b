// `npm run bench:ab:diagnose`: which unchanged series the same-job test flags at a 1% threshold, and
// why; and the test against a few others on the same simulated suites (same-job-sim.ts), among them an
// oracle that knows each series' true pass-to-pass noise. Rewrites SAME-JOB-FALSE-ALARMS.md. Seeded.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { compareSameJob } from '../../src/engine/same-job.js';
import { SAME_JOB_OUTLIER_ALPHA, SAME_JOB_OUTLIER_SHARE } from '../../src/engine/tuning.js';
import type { BenchmarkResult } from '../../src/model/result.js';
import { normalSurvival, studentTSurvival } from '../../src/stats/distributions.js';
import { benjaminiHochberg } from '../../src/stats/fdr.js';
import { fitVariancePrior, moderatedVariance, type VariancePrior } from '../../src/stats/moderated-t.js';
import { type PassRatios, pairedBlocksTest, passRatios } from '../../src/stats/paired-blocks.js';
import { seededRandom } from '../helpers/random.js';
import {
  type BurstMarks,
  CHANGED,
  type Condition,
  DRIFT,
  median,
  SAMPLES,
  SERIES,
  simulatePasses,
} from './same-job-sim.js';

const SUITES = 100;
const ALPHA = 0.05;
const SHIFTS = [0.02, 0.05, 0.1];
const THRESHOLDS = [0.01, 0.03];
const perMille = (k: number, n: number) => ((1000 * k) / n).toFixed(2);
const pct = (x: number, digits = 2) => `${(100 * x).toFixed(digits)}%`;

/** Each series' per-pass log ratios head/base. */
function logRatios(passes: ReturnType<typeof simulatePasses>): number[][] {
  return Array.from({ length: SERIES }, (_, i) =>
    passes.map((p) => Math.log((p.head[i] as BenchmarkResult).value / (p.base[i] as BenchmarkResult).value)),
  );
}

const maxOut = (n: number) => Math.floor(SAME_JOB_OUTLIER_SHARE * n);
const esdCut = (logs: number[]) =>
  passRatios(logs.map(Math.exp), maxOut(logs.length), SAME_JOB_OUTLIER_ALPHA);

/** Every series' ESD-cut ratios and the suite's prior fitted on them, as the test does. */
function esdPrior(logs: number[][]) {
  const rs = logs.map(esdCut);
  const dfs = rs.map((r) => r.logs.length - 1);
  const prior = fitVariancePrior(
    rs.map((r) => r.variance),
    dfs,
  );
  return { rs, dfs, prior, maxDf: dfs.reduce((a, b) => a + b, 0) };
}

interface Tested {
  p: number;
  mean: number;
}
type Method = (logs: number[][], tau: number) => Tested[];

/** The moderated t on given ratios, each with its own degrees of freedom (default: kept − 1). */
function moderatedT(rs: PassRatios[], dfs = rs.map((r) => r.logs.length - 1)): Tested[] {
  const prior = fitVariancePrior(
    rs.map((r) => r.variance),
    dfs,
  );
  const maxDf = dfs.reduce((a, b) => a + b, 0);
  return rs.map((r, i) => {
    const { variance, df } = moderatedVariance(r.variance, dfs[i] as number, prior, maxDf);
    const se = Math.sqrt(variance / r.logs.length);
    return { p: se > 0 ? 2 * studentTSurvival(Math.abs(r.mean) / se, df) : 1, mean: r.mean };
  });
}

/** Outlier steps with their p, for a series' log ratios; which steps count is decided suite-wide. */
type Steps = (logs: number[]) => { index: number; p: number }[];

/** Rosner's ESD, each step's p the α at which its statistic meets the critical value. */
const esdSteps: Steps = (xs) => {
  const left = xs.map((x, i) => ({ x, i }));
  const steps: { index: number; p: number }[] = [];
  for (let step = Math.min(maxOut(xs.length), xs.length - 3); step > 0; step--) {
    const m = left.length;
    const mean = left.reduce((a, p) => a + p.x, 0) / m;
    const s = Math.sqrt(left.reduce((a, p) => a + (p.x - mean) ** 2, 0) / (m - 1));
    let far = 0;
    left.forEach((p, j) => {
      if (Math.abs(p.x - mean) > Math.abs((left[far] as { x: number }).x - mean)) far = j;
    });
    const r = s > 0 ? Math.abs((left[far] as { x: number }).x - mean) / s : 0;
    const room = (m - 1) ** 2 - m * r * r;
    const t = room <= 0 ? Number.POSITIVE_INFINITY : r * Math.sqrt((m * (m - 2)) / room);
    steps.push({
      index: (left[far] as { i: number }).i,
      p: s > 0 ? Math.min(1, 2 * m * studentTSurvival(t, m - 2)) : 1,
    });
    left.splice(far, 1);
  }
  return steps;
};

/** Externally Studentized deviates with the others' variance moderated by `prior`, Bonferroni over passes. */
const suiteSteps =
  (prior: VariancePrior | undefined, maxDf: number): Steps =>
  (xs) => {
    const left = xs.map((x, i) => ({ x, i }));
    const steps: { index: number; p: number }[] = [];
    for (let step = Math.min(maxOut(xs.length), xs.length - 3); step > 0; step--) {
      let best = { at: 0, t: -1, df: 1 };
      left.forEach(({ x }, j) => {
        const others = left.filter((_, i) => i !== j).map((o) => o.x);
        const k = others.length;
        const mean = others.reduce((a, b) => a + b, 0) / k;
        const ss = others.reduce((a, b) => a + (b - mean) ** 2, 0);
        const v = moderatedVariance(ss / (k - 1), k - 1, prior, maxDf);
        const t = v.variance > 0 ? Math.abs(x - mean) / Math.sqrt(v.variance * (1 + 1 / k)) : 0;
        if (t > best.t) best = { at: j, t, df: v.df };
      });
      steps.push({
        index: (left[best.at] as { i: number }).i,
        p: Math.min(1, 2 * left.length * studentTSurvival(best.t, best.df)),
      });
      left.splice(best.at, 1);
    }
    return steps;
  };

/** Every series' outlier steps under one Benjamini–Hochberg; a series loses its steps up to the last found. */
function suiteWideCut(logs: number[][], steps: Steps): PassRatios[] {
  const all = logs.map(steps);
  const flat = all.flatMap((s, g) => s.map((x, i) => ({ g, count: i + 1, p: x.p })));
  const q = benjaminiHochberg(flat.map((f) => f.p));
  const found = logs.map(() => 0);
  flat.forEach((f, j) => {
    if ((q[j] as number) <= SAME_JOB_OUTLIER_ALPHA) found[f.g] = Math.max(found[f.g] as number, f.count);
  });
  return logs.map((xs, g) => {
    const out = (all[g] ?? []).slice(0, found[g]).map((s) => s.index);
    return { ...passRatios(xs.filter((_, i) => !out.includes(i)).map(Math.exp)), outliers: out };
  });
}

/** True sd of a clean series' per-pass log ratio under condition c, by simulation. */
function trueRatioSd(c: Condition): number {
  const random = seededRandom(999);
  const side = () =>
    Math.log(median(Array.from({ length: SAMPLES }, () => Math.exp(c.withinCv * random.normal())))) +
    DRIFT * random.normal();
  let ss = 0;
  for (let j = 0; j < 20000; j++) ss += (side() - side()) ** 2;
  return Math.sqrt(ss / 20000);
}

const METHODS: { name: string; what: string; bursts: boolean; method: (c: Condition) => Method }[] = [
  {
    name: 'current',
    what: 'the test as it is: ESD per series at 5%, moderated t',
    bursts: true,
    method: () => (logs) => moderatedT(logs.map(esdCut)),
  },
  {
    name: 'TREAT',
    what: 'the same, its p that of "the change is within the threshold" (McCarthy & Smyth 2009)',
    bursts: true,
    method: () => (logs, tau) => {
      const { rs, dfs, prior, maxDf } = esdPrior(logs);
      const l = Math.log(1 + tau);
      return rs.map((r, i) => {
        const { variance, df } = moderatedVariance(r.variance, dfs[i] as number, prior, maxDf);
        const se = Math.sqrt(variance / r.logs.length);
        const m = Math.abs(r.mean);
        return {
          p: Math.min(1, studentTSurvival((m - l) / se, df) + studentTSurvival((m + l) / se, df)),
          mean: r.mean,
        };
      });
    },
  },
  {
    name: 'left-out pass costs a df',
    what: 'variance Σ(x − x̄)² / (kept − 1 − left out), on as many degrees of freedom',
    bursts: true,
    method: () => (logs) => {
      const rs = logs.map(esdCut);
      const dfs = rs.map((r) => Math.max(1, r.logs.length - 1 - r.outliers.length));
      return moderatedT(
        rs.map((r, i) => ({ ...r, variance: (r.variance * (r.logs.length - 1)) / (dfs[i] as number) })),
        dfs,
      );
    },
  },
  {
    name: 'ESD under suite-wide BH',
    what: "each series' ESD steps, their p under one BH over the suite",
    bursts: true,
    method: () => (logs) => moderatedT(suiteWideCut(logs, esdSteps)),
  },
  {
    name: 'suite-judged outliers, BH',
    what: "a pass judged against the others' moderated variance (prior from the ESD-cut ratios), BH over the suite",
    bursts: true,
    method: () => (logs) => {
      const { prior, maxDf } = esdPrior(logs);
      return moderatedT(suiteWideCut(logs, suiteSteps(prior, maxDf)));
    },
  },
  {
    name: 'ESD and suite-judged',
    what: "a pass left out only when the ESD finds it (as now) and, at the same 5%, so does the suite-judged test: far from the series' other passes and from the noise the suite's passes show",
    bursts: true,
    method: () => (logs) => {
      const { rs, prior, maxDf } = esdPrior(logs);
      const judged = suiteSteps(prior, maxDf);
      return moderatedT(
        logs.map((xs, g) => {
          const esd = (rs[g] as PassRatios).outliers;
          if (esd.length === 0) return rs[g] as PassRatios;
          const steps = judged(xs);
          let found = 0;
          steps.forEach((st, i) => {
            if (st.p < SAME_JOB_OUTLIER_ALPHA) found = i + 1;
          });
          const out = steps
            .slice(0, found)
            .map((st) => st.index)
            .filter((i) => esd.includes(i));
          return { ...passRatios(xs.filter((_, i) => !out.includes(i)).map(Math.exp)), outliers: out };
        }),
      );
    },
  },
  {
    name: 'current, no bursts',
    what: 'the test as it is on suites without bursts',
    bursts: false,
    method: () => (logs) => moderatedT(logs.map(esdCut)),
  },
  {
    name: 'oracle, no bursts',
    what: "a z-test knowing each series' true pass-to-pass sd, every pass kept, on suites without bursts",
    bursts: false,
    method: (c) => {
      const sd = trueRatioSd(c);
      return (logs) =>
        logs.map((xs) => {
          const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
          return { p: 2 * normalSurvival(Math.abs(mean) / (sd / Math.sqrt(xs.length))), mean };
        });
    },
  },
];

const flags = (tested: Tested[], tau: number) => {
  const q = benjaminiHochberg(tested.map((t) => t.p));
  return tested.map((t, i) => (q[i] as number) <= ALPHA && Math.exp(t.mean) - 1 > tau);
};

/** Part 1: the flagged unchanged series of the test as it is, at a 1% threshold and +5% changes. */
function flaggedSeries(c: Condition): string {
  const kinds: Record<string, number> = {};
  const shares = { clean: [0, 0, 0], burst: [0, 0, 0], cleanN: 0, burstN: 0 };
  const cuts = [0.001, 0.01, 0.05];
  const rows: string[] = [];
  let falseAlarms = 0;
  let unchanged = 0;
  let leftOutClean = 0;
  for (let k = 0; k < SUITES; k++) {
    const marks: BurstMarks[] = [];
    const passes = simulatePasses(seededRandom(100_000 + k), c, 0.05, marks);
    const report = compareSameJob(
      passes,
      {},
      { thresholds: { default: 0.01, rules: [] }, alpha: ALPHA, budgets: [] },
    );
    const { rs, prior, maxDf } = esdPrior(logRatios(passes));
    const tests = rs.map((r) => pairedBlocksTest(r, 0.95, prior, maxDf));
    const rank = new Map(
      tests
        .map((t, i) => ({ p: t.p, i }))
        .sort((a, b) => a.p - b.p)
        .map((x, r) => [x.i, r + 1]),
    );
    const found = report.series.filter((s) => s.status === 'regression' || s.status === 'improvement').length;
    report.series.forEach((s, i) => {
      if (i < CHANGED) return;
      unchanged++;
      const burst = (marks[i] ?? []).some((m) => m !== '.');
      const r = rs[i] as PassRatios;
      const t = tests[i] as ReturnType<typeof pairedBlocksTest>;
      if (!burst && r.outliers.length) leftOutClean++;
      const key = burst ? 'burst' : 'clean';
      shares[`${key}N`]++;
      cuts.forEach((cut, j) => {
        if (t.p < cut) (shares[key][j] as number)++;
      });
      if (s.status !== 'regression') return;
      falseAlarms++;
      const kind = `${burst ? 'a burst hit a pass' : 'no burst'}, ${r.outliers.length ? 'a pass left out' : 'every pass kept'}`;
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      if (rows.length >= 10) return;
      const v = moderatedVariance(r.variance, r.logs.length - 1, prior, maxDf);
      const ratios = passes.map((p) =>
        pct((p.head[i] as BenchmarkResult).value / (p.base[i] as BenchmarkResult).value - 1, 2),
      );
      rows.push(
        `| ${k} | B${i} | ${ratios.join(' ')} | ${(marks[i] ?? []).join('')} | ${r.outliers.map((o) => o + 1).join(', ') || '—'} | ${pct(Math.sqrt(r.variance))} | ${pct(Math.sqrt(v.variance))} | ${v.df.toFixed(1)} | ${prior?.df.toFixed(1)}, ${pct(Math.sqrt(prior?.variance ?? 0))} | ${t.p.toExponential(1)} | ${rank.get(i)} of ${found} | ${s.test?.q?.toFixed(3)} |`,
      );
    });
  }
  const share = (key: 'clean' | 'burst') =>
    cuts
      .map((cut, j) => `${((shares[key][j] as number) / shares[`${key}N`]).toFixed(4)} (${cut})`)
      .join(', ');
  return `### ${c.passes} passes, ${c.withinCv * 100}% within-run CV (${SUITES} suites, +5% changes): ${perMille(falseAlarms, unchanged)} false per 1,000

By kind: ${Object.entries(kinds)
    .map(([k, n]) => `${k} ${n}`)
    .join(
      '; ',
    )} — of ${unchanged} unchanged series, ${shares.burstN} had a burst in some pass and ${leftOutClean} without one had a pass left out.
Share of unchanged series with p below 0.001 / 0.01 / 0.05 (nominal in parentheses): no burst ${share('clean')}; a burst ${share('burst')}.

| suite | series | per-pass head/base − 1 | bursts (b base, h head, X both) | left out | own sd | moderated sd | df | prior d0, s0 | p | rank of found | q |
| ---: | --- | --- | --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |
${rows.join('\n')}
`;
}

/** Part 2: every method on the same suites. */
function methodRows(c: Condition): { tau: number; row: string }[] {
  const tallies = METHODS.map(() =>
    THRESHOLDS.map(() => ({ falseAlarms: 0, unchanged: 0, found: SHIFTS.map(() => 0) })),
  );
  const methods = METHODS.map((m) => m.method(c));
  SHIFTS.forEach((shift, si) => {
    for (let k = 0; k < SUITES; k++) {
      const seed = 1 + si * SUITES + k;
      const withBursts = logRatios(simulatePasses(seededRandom(seed), c, shift));
      const without = logRatios(simulatePasses(seededRandom(seed), c, shift, [], false));
      METHODS.forEach((m, mi) => {
        const logs = m.bursts ? withBursts : without;
        THRESHOLDS.forEach((tau, ti) => {
          const t = tallies[mi]?.[ti];
          if (!t) return;
          flags((methods[mi] as Method)(logs, tau), tau).forEach((flagged, i) => {
            if (i < CHANGED) {
              if (flagged) (t.found[si] as number)++;
            } else {
              t.unchanged++;
              if (flagged) t.falseAlarms++;
            }
          });
        });
      });
    }
  });
  return METHODS.flatMap((m, mi) =>
    THRESHOLDS.map((tau, ti) => {
      const t = tallies[mi]?.[ti] as { falseAlarms: number; unchanged: number; found: number[] };
      const found = t.found.map((f) => `${Math.round((100 * f) / (CHANGED * SUITES))}%`);
      return {
        tau,
        row: `| ${tau * 100}% | ${c.passes} | ${c.withinCv * 100}% | ${m.name} | ${perMille(t.falseAlarms, t.unchanged)} | ${found.join(' | ')} |`,
      };
    }),
  );
}

test('same-job A/B: the false alarms at a 1% threshold', () => {
  const started = performance.now();
  const part1 = [
    { passes: 5, withinCv: 0.01, machineCv: 0.05 },
    { passes: 10, withinCv: 0.03, machineCv: 0.05 },
  ].map(flaggedSeries);
  const grid: Condition[] = [3, 5, 10].flatMap((passes) =>
    [0.01, 0.03].map((withinCv) => ({ passes, withinCv, machineCv: 0 })),
  );
  const rows = grid
    .flatMap(methodRows)
    .sort((a, b) => a.tau - b.tau)
    .map((r) => r.row);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const markdown = `# Same-job A/B: which unchanged series are flagged, and why

Written by \`npm run bench:ab:diagnose\` (__tests__/bench/same-job-diagnose.ts; seeded, ${seconds} s here), on
the suites of \`npm run bench:ab\` (same-job-sim.ts: ${SERIES} benchmarks, ${CHANGED} of them slower in the
head; bursts of load on one side of 5% of invocations and both sides of 2% of passes). α = ${ALPHA}
(Benjamini–Hochberg) throughout. The machine factor cancels exactly in a pass's ratio, so it is left
at 0 here.

## 1. The flagged unchanged series of the test as it is (1% threshold)

${part1.join('\n')}
## 2. Other tests on the same suites

${METHODS.map((m) => `- **${m.name}**: ${m.what}.`).join('\n')}

| threshold | passes | within-run CV | method | false per 1,000 | found +2% | found +5% | found +10% |
| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}
`;
  writeFileSync(path.join(import.meta.dirname, 'SAME-JOB-FALSE-ALARMS.md'), markdown);
  console.log(markdown);
  expect(rows.length).toBe(grid.length * METHODS.length * THRESHOLDS.length);
});
