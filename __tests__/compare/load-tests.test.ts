// Load tests compared as a user's CI compares them: the real baseline run against the real run of the
// slowed server (5× the work a request and a 500 every 100th; locust every 20th, see load-server).
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import { defaultCompareOptions, parseBudgets, parseThresholds } from '../../src/engine/options.js';
import type { ComparisonReport } from '../../src/model/report.js';
import type { BenchmarkResult } from '../../src/model/result.js';
import { parseInputs } from '../../src/parsers/index.js';
import { fixture } from '../helpers/fixtures.js';

function run(file: string): BenchmarkResult[] {
  return parseInputs([fixture(file)], 'auto').results;
}

function statuses(report: ComparisonReport): Record<string, string> {
  return Object.fromEntries(report.series.map((s) => [s.id, s.status]));
}

describe('load tests: baseline against the slowed server', () => {
  it.each([
    ['wrk/baseline.txt', 'wrk/regressed.txt', 5],
    ['hey/baseline.txt', 'hey/regressed.txt', 6],
    ['apache-bench/baseline.txt', 'apache-bench/regressed.txt', 6],
  ])('%s → %s: throughput, every percentile and the new errors are regressions', (base, current, count) => {
    const report = compare([{ commit: 'base', results: run(base) }], run(current));
    expect(Object.values(statuses(report))).toEqual(Array(count).fill('regression'));
    expect(report.series.find((s) => s.unit === 'errors')).toMatchObject({
      test: { method: 'exact' },
      reasons: [{ code: 'was-zero' }],
    });
    // The server's series moved together because the server changed: no drift is divided out.
    expect(report.drift).toBeUndefined();
  });

  it('locust: every endpoint regressed; the endpoint that kept failing nothing is unchanged', () => {
    const report = compare(
      [{ commit: 'base', results: run('locust/baseline_stats.csv') }],
      run('locust/regressed_stats.csv'),
    );
    const { 'GET health [errors]': health, ...others } = statuses(report);
    expect(health).toBe('unchanged');
    expect(Object.keys(others)).toHaveLength(17);
    expect(new Set(Object.values(others))).toEqual(new Set(['regression']));
    expect(report.drift).toBeUndefined();
  });

  it('a budget names one percentile of one endpoint', () => {
    const results = run('locust/baseline_stats.csv');
    const options = { ...defaultCompareOptions(), budgets: parseBudgets('GET /work p99: 20ms') };
    const report = compare([{ commit: 'base', results }], run('locust/baseline_stats.csv'), options);
    // p99 of GET /work is 22 ms in this run: over its budget; nothing else has one.
    expect(report.series.filter((s) => s.status !== 'unchanged').map((s) => [s.id, s.status])).toEqual([
      ['GET /work p99 [ms]', 'over-budget'],
    ]);
  });

  it("a budget written with a statistic (`GET /work: p99 < 20ms`) checks the tool's own p99 series", () => {
    const results = run('locust/baseline_stats.csv');
    const options = { ...defaultCompareOptions(), budgets: parseBudgets('GET /work: p99 < 20ms') };
    const report = compare([{ commit: 'base', results }], run('locust/baseline_stats.csv'), options);
    expect(report.series.filter((s) => s.status !== 'unchanged').map((s) => [s.id, s.status])).toEqual([
      ['GET /work p99 [ms]', 'over-budget'],
    ]);
    expect(report.series.find((s) => s.id === 'GET /work p99 [ms]')?.budget?.written).toBe('p99 < 20 ms');
  });

  it('a runner drift of the other benchmarks is not divided out of a load test', () => {
    const timing = (name: string, value: number): BenchmarkResult => ({
      id: `${name} [ns]`,
      name,
      unit: 'ns',
      direction: 'smaller',
      n: 1,
      value,
      format: 'json',
      source: { file: 'bench.json' },
    });
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    // Every other benchmark 40% slower: the machine, by the drift rule.
    const before = [...names.map((n) => timing(n, 100)), ...run('wrk/baseline.txt')];
    const after = [...names.map((n) => timing(n, 140)), ...run('wrk/regressed.txt')];
    const report = compare([{ commit: 'base', results: before }], after);
    expect(report.drift).toMatchObject({ series: 6 });
    const wrk = report.series.filter((s) => s.format === 'wrk');
    expect(wrk.map((s) => [s.status, s.adjustedChange])).toEqual(Array(5).fill(['regression', undefined]));
  });

  it('an identical run is unchanged everywhere', () => {
    const results = run('wrk/regressed.txt');
    const report = compare([{ commit: 'base', results }], run('wrk/regressed.txt'));
    expect(new Set(Object.values(statuses(report)))).toEqual(new Set(['unchanged']));
  });
});

describe('load tests: errors', () => {
  const base = run('wrk/regressed.txt');
  /** The same run with `errors` failed requests instead of its 41. */
  const withErrors = (errors: number) => base.map((r) => (r.unit === 'errors' ? { ...r, value: errors } : r));

  it('any new failed request is a regression: the default threshold of errors is 0', () => {
    const report = compare([{ commit: 'base', results: base }], withErrors(42));
    const errors = report.series.find((s) => s.unit === 'errors');
    expect(errors).toMatchObject({ status: 'regression', threshold: 0 });
    expect(errors?.change?.percent).toBeCloseTo(100 / 41, 10);
    const fewer = compare([{ commit: 'base', results: base }], withErrors(40));
    expect(fewer.series.find((s) => s.unit === 'errors')?.status).toBe('improvement');
  });

  it('a threshold the user writes for errors (by unit or glob) is used instead', () => {
    const options = { ...defaultCompareOptions(), thresholds: parseThresholds('10%, errors: 5%') };
    const report = compare([{ commit: 'base', results: base }], withErrors(42), options);
    expect(report.series.find((s) => s.unit === 'errors')).toMatchObject({
      status: 'unchanged',
      threshold: 0.05,
    });
  });
});
