// `npm run bench:trend`: how the weekly watch finds steps in simulated 100-run histories, next to
// github-action-benchmark's alert rule, Otava's defaults and a window-mean rule, and how fast it is.
// Rewrites docs/trend.md. Deterministic (seeded).
//
// Each history is watched as the schedule would: after every run from run 20 on, each method says which
// regressions it reports; a report within a few runs of a true step is that step found (the delay is
// runs after the step until the first such report), any other is a false event (counted once per run it
// names, ±1). Noise: log-normal run-to-run noise; bursts: a run slowed by 10–80% with probability 5%.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { analyseTrend } from '../../src/engine/trend/analyse.js';
import { type Random, seededRandom } from '../helpers/random.js';
import { simulatedHistory } from '../trend/history.js';
import { METHODS, type Method } from './trend-methods.js';

const RUNS = 100;
const FIRST_LOOK = 20;
/** Runs after a step within which a report counts as finding it. */
const FOUND_WITHIN = 15;
const NULL_HISTORIES = 1000;
const STEP_HISTORIES = 200;

interface Condition {
  block: string;
  noise: number;
  bursts: boolean;
  steps: number;
  size: number;
}

function conditions(): Condition[] {
  const out: Condition[] = [];
  for (const noise of [0.005, 0.01, 0.02, 0.05]) {
    out.push({ block: 'T1', noise, bursts: false, steps: 0, size: 0 });
    for (const size of [0.02, 0.05, 0.1, 0.2])
      out.push({ block: 'T1', noise, bursts: false, steps: 1, size });
    out.push({ block: 'T1', noise, bursts: false, steps: 2, size: 0.1 });
  }
  for (const noise of [0.01, 0.02]) {
    out.push({ block: 'T2', noise, bursts: true, steps: 0, size: 0 });
    for (const size of [0.1, 0.2]) out.push({ block: 'T2', noise, bursts: true, steps: 1, size });
    out.push({ block: 'T2', noise, bursts: true, steps: 2, size: 0.1 });
  }
  return out;
}

function history(c: Condition, random: Random): { values: number[]; steps: number[] } {
  const steps =
    c.steps === 0
      ? []
      : c.steps === 1
        ? [30 + Math.floor(random.uniform() * 50)]
        : [25 + Math.floor(random.uniform() * 20), 60 + Math.floor(random.uniform() * 20)];
  const values = Array.from({ length: RUNS }, (_, run) => {
    const level = steps.filter((s) => run >= s).length;
    const burst = c.bursts && random.uniform() < 0.05 ? 1.1 + 0.7 * random.uniform() : 1;
    return 1000 * (1 + c.size) ** level * Math.exp(c.noise * random.normal()) * burst;
  });
  return { values, steps };
}

interface Tally {
  steps: number;
  found5: number;
  found: number;
  delays: number[];
  falseEvents: number;
  histories: number;
}

function watch(method: Method, values: number[], steps: number[], tally: Tally): void {
  const reported = new Set<number>();
  const firstSeen = new Map<number, number>();
  for (let n = FIRST_LOOK; n <= RUNS; n++) {
    // A history-wide method is looked at every 5 runs after the steps' windows, where nothing new is due.
    const nearStep = steps.some((s) => n > s && n <= s + FOUND_WITHIN);
    if (!method.newestOnly && !nearStep && n % 5 !== 0 && n !== RUNS) continue;
    for (const at of method.alerts(values.slice(0, n))) {
      if (!firstSeen.has(at)) firstSeen.set(at, n);
    }
  }
  tally.histories++;
  for (const s of steps) {
    tally.steps++;
    const window = method.newestOnly ? [s, s + 5] : [s - 1, s + 1];
    const seen = [...firstSeen]
      .filter(([at]) => at >= (window[0] as number) && at <= (window[1] as number))
      .map(([, n]) => n - s)
      .filter((d) => d <= FOUND_WITHIN);
    if (seen.length > 0) {
      const delay = Math.min(...seen);
      tally.found++;
      tally.delays.push(delay);
      if (delay <= 5) tally.found5++;
    }
    for (const [at] of firstSeen)
      if (at >= (window[0] as number) && at <= (window[1] as number)) reported.add(at);
  }
  // False events: reports of no true step, runs next to each other counted once.
  const others = [...firstSeen.keys()].filter((at) => !reported.has(at)).sort((a, b) => a - b);
  tally.falseEvents += others.filter((at, i) => i === 0 || at - (others[i - 1] as number) > 1).length;
}

function seedOf(c: Condition): number {
  let h = 0x811c9dc5;
  for (const ch of `${c.noise}/${c.bursts}/${c.steps}/${c.size}`)
    h = Math.imul(h ^ (ch.codePointAt(0) as number), 0x01000193) >>> 0;
  return h % 1_000_000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? Number.NaN
    : ((s[Math.floor((s.length - 1) / 2)] as number) + (s[Math.ceil((s.length - 1) / 2)] as number)) / 2;
}

function row(c: Condition, method: Method, t: Tally): string {
  const pct = (x: number) => (t.steps === 0 ? '—' : `${((100 * x) / t.steps).toFixed(1)}%`);
  const falsePer1000 = ((1000 * t.falseEvents) / t.histories).toFixed(0);
  const delay = t.delays.length > 0 ? median(t.delays).toFixed(0) : '—';
  const truth = c.steps === 0 ? 'none' : `${c.steps} × +${Math.round(c.size * 100)}%`;
  return `| ${(c.noise * 100).toFixed(1)}% | ${c.bursts ? 'yes' : 'no'} | ${truth} | ${method.name} | ${pct(t.found5)} | ${pct(t.found)} | ${delay} | ${falsePer1000} |`;
}

function speed(): string {
  const series = Array.from({ length: 3000 }, (_, i) => ({
    name: `B${i}`,
    cv: 0.02,
    steps: i % 10 === 0 ? [{ at: 60, factor: 1.15 }] : [],
  }));
  const h = simulatedHistory(100, series, 3);
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    analyseTrend('speed', h);
    best = Math.min(best, performance.now() - t0);
  }
  return `3,000 series × 100 runs (2% noise, every tenth series with a +15% step): analyseTrend in ${best.toFixed(0)} ms (best of 3).`;
}

test('weekly watch detection and speed', () => {
  const started = performance.now();
  const blocks = new Map<string, string[]>();
  for (const c of conditions()) {
    const count = c.steps === 0 ? NULL_HISTORIES : STEP_HISTORIES;
    for (const method of METHODS) {
      const random = seededRandom(seedOf(c));
      const tally: Tally = { steps: 0, found5: 0, found: 0, delays: [], falseEvents: 0, histories: 0 };
      for (let i = 0; i < count; i++) {
        const { values, steps } = history(c, random);
        watch(method, values, steps, tally);
      }
      const rows = blocks.get(c.block) ?? [];
      rows.push(row(c, method, tally));
      blocks.set(c.block, rows);
    }
  }
  const head =
    '| noise | bursts | true steps | method | found ≤ 5 runs | found ≤ 15 runs | median delay (runs) | false events / 1,000 histories |\n| ---: | :-- | :-- | :-- | ---: | ---: | ---: | ---: |';
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const doc = `${[
    '# The weekly watch: detection figures',
    '',
    'Written by `npm run bench:trend` (__tests__/bench/trend.ts, seeded); do not edit by hand. Each history has 100 runs of one series; it is watched as a weekly schedule would, after every run from run 20 on. A step is found when a method reports a regression starting within a run of it (the window rules, which only look at the newest runs: within 5 runs after it); the delay is the runs after the step until that first report. Any other report is a false event. 1,000 histories per condition without a step, 200 with.',
    '',
    "Methods: perf-regression trend at its defaults (window 30, p ≤ 0.001, threshold 10% — or 8% with the 99% interval reaching 10%, or 7% with it from 4.5% to beyond 10% —, 4 runs at the new level and before it, most of them nearer the new level, lone slow runs replaced by their neighbours' median, no level of a single run, levels shorter than 8 runs as steady as the noise); Apache Otava's defaults (window 50, p ≤ 0.001, no magnitude floor: every upward change point); github-action-benchmark's alert rule (the newest run against the previous one, `alert-threshold` 150% and 200%); a window-mean rule (mean of the newest 5 runs against the 20 before, +10%).",
    '',
    '## Speed',
    '',
    speed(),
    '',
    '## T1. Run-to-run noise 0.5–5%, 0/1/2 steps of 2–20%',
    '',
    head,
    ...(blocks.get('T1') ?? []),
    '',
    '## T2. With bursts (a run 10–80% slower with probability 5%)',
    '',
    head,
    ...(blocks.get('T2') ?? []),
    '',
    `<sub>${seconds} s on the machine that ran it.</sub>`,
  ].join('\n')}\n`;
  console.log(doc);
  writeFileSync(path.join(import.meta.dirname, '../../docs/trend.md'), doc);
  expect(doc).toContain('## T2');
});
