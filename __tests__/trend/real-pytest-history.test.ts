// The weekly watch on a real pytest-benchmark history: 22 runs of the pytest fixture program on a shared
// machine whose load fell from 15–41 to 4.5–12 during the runs (__tests__/fixtures/trend-pytest/README.md).
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

describe('a real pytest-benchmark history on a machine whose load fell halfway', () => {
  it('holds the 22 runs in order: 12 baseline, 6 regressed, 4 baseline, 15 benchmarks each', () => {
    expect(doc.entries.map((e) => e.commit.split('-')[0])).toEqual([
      ...Array(12).fill('baseline'),
      ...Array(6).fill('regressed'),
      ...Array(4).fill('baseline'),
    ]);
    expect(doc.entries.every((e) => e.results.length === 15)).toBe(true);
  });

  it('files no regression, and finds the fall in load as one improvement of 4 benchmarks', () => {
    const report = analyseTrend('pytest', doc.entries);
    expect(report.events.filter((e) => e.kind === 'regression')).toEqual([]);
    const [event, ...rest] = report.events;
    expect(rest).toEqual([]);
    expect(event?.kind).toBe('improvement');
    expect(event?.firstBad.commit).toBe('regressed-16');
    expect(event?.changePoints.map((c) => c.name).sort()).toEqual([
      'test_dumps',
      'test_mix',
      'test_sorted[1000]',
      'test_sorted[100]',
    ]);
    // The code's own steps are not among what counts: test_count_primes got ~2.5x faster in runs 13-18.
    expect(report.changePoints.some((c) => c.counts && c.name === 'test_count_primes')).toBe(false);
  });

  it('gives the same answer from the CLI, exit 0, as committed in trend.md', async () => {
    const run = await runCli(['trend', '--history-dir', DIR, '--suite', 'pytest']);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.stdout).toBe(readFileSync(path.join(FOLDER, 'trend.md'), 'utf8'));
  });
});
