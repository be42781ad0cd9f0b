// The weekly watch on a real pytest-benchmark history: 22 runs of the pytest fixture program on a quiet
// machine (__tests__/fixtures/trend-pytest/README.md), runs 13–18 the regressed build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseTrend } from '../../src/engine/trend/analyse.js';
import { parseHistoryDocument } from '../../src/store/history.js';
import { runCli, transcript } from '../cli/run-cli.js';
import { FIXTURES } from '../helpers/fixtures.js';

const FOLDER = path.join(FIXTURES, 'trend-pytest');
const DIR = path.join(FOLDER, 'history');
const doc = parseHistoryDocument(
  readFileSync(path.join(DIR, 'pytest.json'), 'utf8'),
  'pytest.json',
  'pytest',
);

describe('a real pytest-benchmark history', () => {
  it('holds the 22 runs in order: 12 baseline, 6 regressed, 4 baseline, 15 benchmarks each', () => {
    expect(doc.entries.map((e) => e.commit.split('-')[0])).toEqual([
      ...Array(12).fill('baseline'),
      ...Array(6).fill('regressed'),
      ...Array(4).fill('baseline'),
    ]);
    expect(doc.entries.every((e) => e.results.length === 15)).toBe(true);
  });

  it('finds what the regressed build changed at run 13, its recovery at run 19, and nothing else', () => {
    const report = analyseTrend('pytest', doc.entries);
    const events = report.events.map((e) => ({
      kind: e.kind,
      firstBad: e.firstBad.commit,
      status: e.status,
      series: e.changePoints.map((c) => c.name),
    }));
    expect(events).toEqual([
      { kind: 'improvement', firstBad: 'regressed-13', status: 'recovered', series: ['test_count_primes'] },
      { kind: 'regression', firstBad: 'regressed-13', status: 'recovered', series: ['test_mix'] },
      // The baseline's slower count_primes back at run 19: worse than the level of runs 13–18.
      { kind: 'regression', firstBad: 'baseline-19', status: 'active', series: ['test_count_primes'] },
    ]);
    const mix = report.events.find((e) => e.changePoints[0]?.name === 'test_mix')?.changePoints[0];
    expect(mix?.percent).toBeGreaterThan(15);
    expect(mix?.percent).toBeLessThan(25);
  });

  it('gives the same answer from the CLI, exit 1 (a regression is active), as committed in trend.md', async () => {
    const run = await runCli(['trend', '--history-dir', DIR, '--suite', 'pytest']);
    expect(run.exitCode, transcript(run)).toBe(1);
    expect(run.stdout).toBe(readFileSync(path.join(FOLDER, 'trend.md'), 'utf8'));
  });
});
