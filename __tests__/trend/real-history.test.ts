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

  it("finds the regressed build's 3× faster CountPrimes and its return, and nothing else", () => {
    const report = analyseTrend('go', doc.entries);
    expect(report.runs).toBe(22);
    const events = report.events.map((e) => ({
      kind: e.kind,
      firstBad: e.firstBad.commit,
      status: e.status,
      series: e.changePoints.map((c) => c.name),
    }));
    expect(events).toEqual([
      { kind: 'improvement', firstBad: 'regressed-13', status: 'active', series: ['BenchmarkCountPrimes'] },
      { kind: 'regression', firstBad: 'baseline-19', status: 'active', series: ['BenchmarkCountPrimes'] },
    ]);
    // Mix's +13% step is real (≈345 → ≈390 ns/op on runs 13–17), but run 18 was 1.7× slower still (a
    // burst of other work), which widens the regressed segment's spread past what the t-test accepts.
    expect(report.changePoints.filter((c) => c.counts).every((c) => c.name === 'BenchmarkCountPrimes')).toBe(
      true,
    );
  });

  it('gives the same answer from the CLI, exit 1 (a regression is active), as committed in trend.md', async () => {
    const run = await runCli(['trend', '--history-dir', DIR, '--suite', 'go']);
    expect(run.exitCode, transcript(run)).toBe(1);
    expect(run.stdout).toBe(readFileSync(path.join(FIXTURES, 'trend/trend.md'), 'utf8'));
    expect(run.stdout).toContain('**1 active regression**, 🟢 1 improvement — 22 runs, 21 series analysed');
  });
});
