// The weekly watch on a real history: 22 runs of the go fixture program on this machine
// (__tests__/fixtures/trend/README.md), 6 of them the regressed build, two of them hit by a burst.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseTrend } from '../../src/engine/trend/analyse.js';
import { parseHistoryDocument } from '../../src/store/history.js';
import { runCli, transcript } from '../cli/run-cli.js';
import { FIXTURES } from '../helpers/fixtures.js';

const DIR = path.join(FIXTURES, 'trend/history');
const doc = parseHistoryDocument(readFileSync(path.join(DIR, 'go.json'), 'utf8'), 'go.json', 'go');

describe('a real go history with two bursts', () => {
  it('holds the 22 runs in order: 12 baseline, 6 regressed, 4 baseline', () => {
    expect(doc.entries.map((e) => e.commit.split('-')[0])).toEqual([
      ...Array(12).fill('baseline'),
      ...Array(6).fill('regressed'),
      ...Array(4).fill('baseline'),
    ]);
  });

  it('finds exactly what the regressed build changed, at run 13, and what the baseline build changed back at run 19', () => {
    const report = analyseTrend('go', doc.entries);
    expect(report.runs).toBe(22);
    const events = report.events.map((e) => ({
      kind: e.kind,
      firstBad: e.firstBad.commit,
      status: e.status,
      series: e.changePoints.map((c) => c.name),
    }));
    // Mix does 15% more rounds in the regressed build, CountPrimes is ~3x faster; runs 19–22 are the
    // baseline build again, so CountPrimes is ~3x slower than the six runs before: a regression, as in
    // the pytest history of the same program. Runs 18 and 22 were hit by bursts of other work.
    expect(events).toEqual([
      {
        kind: 'improvement',
        firstBad: 'regressed-13',
        status: 'recovered',
        series: ['BenchmarkCountPrimes'],
      },
      { kind: 'regression', firstBad: 'regressed-13', status: 'recovered', series: ['BenchmarkMix'] },
      { kind: 'regression', firstBad: 'baseline-19', status: 'active', series: ['BenchmarkCountPrimes'] },
    ]);
    const mix = report.events.find((e) => e.kind === 'regression')?.changePoints[0];
    expect(mix?.percent).toBeGreaterThan(12);
    expect(mix?.percent).toBeLessThan(18);
  });

  it('keeps the burst of run 18, next to CountPrimes’ step back, from passing for a level of its own', () => {
    // Run 18's CountPrimes (395 µs against ~255 before and ~780 after) is not cleaned: the median of the
    // runs two either side of it is itself. As a one-run level it left the step back at run 19 one run
    // to be judged against ('too-few-runs'), and the 3x slowdown went unreported.
    const report = analyseTrend('go', doc.entries);
    const primes = report.changePoints.filter((c) => c.name === 'BenchmarkCountPrimes');
    expect(primes.map((c) => [c.after.commit, c.kind, c.counts, c.levelBefore.runs])).toEqual([
      ['regressed-13', 'improvement', true, 12],
      ['baseline-19', 'regression', true, 6],
    ]);
    expect(primes[1]?.percent).toBeGreaterThan(100);
  });

  it('gives the same answer from the CLI, exit 1 (a regression is active), as committed in trend.md', async () => {
    const run = await runCli(['trend', '--history-dir', DIR, '--suite', 'go']);
    expect(run.exitCode, transcript(run)).toBe(1);
    expect(run.stdout).toBe(readFileSync(path.join(FIXTURES, 'trend/trend.md'), 'utf8'));
    expect(run.stdout).toContain('🔴 **1 active regression**');
  });
});
