// The conditions the detection benchmark simulates, in blocks that each vary what matters for one
// question rather than a full factorial (which would take hours).
import type { Condition } from './detect-suite.js';

/** The threshold every method that has one uses: low enough that a 10% slowdown is clearly beyond it. */
export const THRESHOLD = 0.05;
export const ALPHA = 0.05;
/** Suites simulated per condition and true shift (each holds 300 benchmarks, 30 of them shifted). */
export const SUITES_PER_SHIFT = 24;
/** Benchmarks in a suite of block F. */
const SMALL_SUITE = 15;

/**
 * Where the detection target (≥ 95% of 10% slowdowns) can be asked for: at least 10 samples per run,
 * within-run CV ≤ 3%, and either no run-to-run noise or at most 1% with ≥ 2 baseline runs (with one
 * run, a benchmark's own offset cannot be told from a slowdown: even the oracle misses 13–27% there).
 */
export function inTargetRegion(c: Condition): boolean {
  const runNoiseKnowable = c.runCv === 0 || (c.runCv <= 0.01 && c.runs >= 2);
  return c.samples >= 10 && c.withinCv <= 0.03 && c.runnerCv === 0 && runNoiseKnowable;
}

export interface Block {
  title: string;
  conditions: Condition[];
  /** Summarized on its own, under this heading, rather than with the other blocks. */
  apart?: string;
  /** Suites per condition and true shift; SUITES_PER_SHIFT unless given. */
  suitesPerShift?: number;
}

const condition = (
  withinCv: number,
  runCv: number,
  runs: number,
  samples: number,
  runnerCv = 0,
): Condition => ({
  withinCv,
  runCv,
  runs,
  samples,
  runnerCv,
});

/** The same, with one run-to-run CV for every benchmark (no spread between them). */
const uniform = (c: Condition): Condition => ({ ...c, runSpread: 1 });

const cross = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] =>
  as.flatMap((a) => bs.map((b): [A, B] => [a, b]));

export const BLOCKS: Block[] = [
  {
    title: 'A. A quiet machine (no run-to-run noise): samples per run and within-run noise',
    conditions: cross([0.005, 0.03, 0.1], [1, 3, 5, 10, 30]).flatMap(([cv, n]) => [
      condition(cv, 0, 1, n),
      condition(cv, 0, 5, n),
    ]),
  },
  {
    title:
      'B. Run-to-run noise against the length of the baseline window (10 samples per run; the last two rows 5)',
    conditions: [
      ...cross([0.01, 0.02, 0.05, 0.1, 0.2], [1, 2, 5, 10, 20]).map(([runCv, runs]) =>
        condition(0.01, runCv, runs, 10),
      ),
      ...cross([0.01, 0.05], [1, 5, 20]).map(([runCv, runs]) => condition(0.03, runCv, runs, 10)),
      // go -count=5 and pytest's 5 rounds: 5 samples per run.
      ...[1, 5].map((runs) => condition(0.01, 0.01, runs, 5)),
    ],
  },
  {
    title: 'C. One number per run (github-action-benchmark style), 1% within-run noise',
    conditions: cross([0.02, 0.05, 0.1], [1, 5, 20]).map(([runCv, runs]) => condition(0.01, runCv, runs, 1)),
  },
  {
    title: 'D. Runner drift: every benchmark of a run shares a 10% machine factor on top',
    conditions: [1, 5].map((runs) => condition(0.01, 0.01, runs, 10, 0.1)),
  },
  {
    title:
      'E. The issue’s own simulation: one run-to-run CV for every benchmark ("same"), no spread between them',
    apart: 'Summary on the issue’s own simulation (block E)',
    conditions: [
      ...cross([0.01, 0.02, 0.05], [1, 2, 5, 20]).map(([runCv, runs]) =>
        uniform(condition(0.01, runCv, runs, 10)),
      ),
      ...[1, 5, 20].map((runs) => uniform(condition(0.03, 0.01, runs, 10))),
      ...[1, 5].map((runs) => uniform(condition(0.01, 0.01, runs, 5))),
      ...[1, 5, 20].map((runs) => uniform(condition(0.01, 0.02, runs, 1))),
      ...[1, 5].map((runs) => uniform(condition(0.01, 0.01, runs, 10, 0.1))),
    ],
  },
  {
    title:
      'F. Small suites: 15 benchmarks (2 of them shifted), one baseline run — run-to-run noise from 15 moves',
    apart: 'Summary on small suites (block F)',
    // As many benchmarks per condition as the 300-benchmark blocks hold.
    suitesPerShift: (SUITES_PER_SHIFT * 300) / SMALL_SUITE,
    conditions: [
      condition(0.01, 0, 1, 10),
      condition(0.01, 0.01, 1, 10),
      condition(0.01, 0.02, 1, 10),
      condition(0.01, 0.05, 1, 10),
      condition(0.03, 0.01, 1, 10),
      condition(0.01, 0.02, 1, 1),
    ].map((c) => ({ ...c, size: SMALL_SUITE })),
  },
];
