// The simulated same-job suites of `npm run bench:ab` (same-job.ts) and its diagnosis
// (same-job-diagnose.ts). Noise model, per pass: a machine factor shared by base and head (what a
// same-job run cancels); per invocation and benchmark, a drift of its own (0.5%); per sample, the
// within-run noise. Bursts of load: in 5% of invocations one side only, in 2% of passes both sides, a
// burst slows 20% of the benchmarks by 30%.
import type { SameJobPass } from '../../src/engine/same-job.js';
import type { BenchmarkResult } from '../../src/model/result.js';
import type { Random } from '../helpers/random.js';

export const SERIES = 200;
export const CHANGED = 10;
export const SAMPLES = 10;
export const DRIFT = 0.005;

export interface Condition {
  passes: number;
  withinCv: number;
  machineCv: number;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length / 2;
  return s.length % 2 ? (s[Math.floor(m)] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function result(name: string, samples: number[]): BenchmarkResult {
  return {
    id: `${name} [ns/op]`,
    name,
    unit: 'ns/op',
    direction: 'smaller',
    n: samples.length,
    value: median(samples),
    samples,
    source: { file: 'sim' },
  };
}

/**
 * One invocation's results: every benchmark at `machine`, `factor(i)` for the code, bursts maybe;
 * `hit[i]` says whether the burst slowed benchmark i.
 */
export function invocation(
  random: Random,
  c: Condition,
  machine: number,
  factor: (i: number) => number,
  burst: boolean,
  hit: boolean[] = [],
): BenchmarkResult[] {
  return Array.from({ length: SERIES }, (_, i) => {
    const drift = Math.exp(DRIFT * random.normal());
    hit[i] = burst && random.uniform() < 0.2;
    const burstFactor = hit[i] ? 1.3 : 1;
    return result(
      `B${i}`,
      Array.from(
        { length: SAMPLES },
        () => 1000 * machine * drift * factor(i) * burstFactor * Math.exp(c.withinCv * random.normal()),
      ),
    );
  });
}

/** Which side a burst hit per pass, per benchmark: `.` neither, `b` base, `h` head, `X` both. */
export type BurstMarks = string[];

/** `c.passes` passes, the first CHANGED benchmarks `1 + shift` times slower in the head. */
export function simulatePasses(
  random: Random,
  c: Condition,
  shift: number,
  marks: BurstMarks[] = [],
  bursts = true,
): SameJobPass[] {
  const head = (i: number) => (i < CHANGED ? 1 + shift : 1);
  return Array.from({ length: c.passes }, () => {
    const machine = Math.exp(c.machineCv * random.normal());
    const both = bursts && random.uniform() < 0.02;
    const hitBase: boolean[] = [];
    const hitHead: boolean[] = [];
    const base = invocation(
      random,
      c,
      machine,
      () => 1,
      both || (bursts && random.uniform() < 0.05),
      hitBase,
    );
    const pass = {
      base,
      head: invocation(random, c, machine, head, both || (bursts && random.uniform() < 0.05), hitHead),
    };
    for (let i = 0; i < SERIES; i++) {
      const mark = hitBase[i] && hitHead[i] ? 'X' : hitBase[i] ? 'b' : hitHead[i] ? 'h' : '.';
      marks[i] = [...(marks[i] ?? []), mark];
    }
    return pass;
  });
}
