// Every format added for github-action-benchmark's users, through the bundled CLI as a user runs it.
import { describe, expect, it } from 'vitest';
import { runCli, transcript } from './run-cli.js';

const GAB = 'github-action-benchmark/extract';

describe('perf-regression parse: each format, detected from the content', () => {
  it.each([
    ['vitest/v5_baseline.json', 'tinybench', 4],
    ['vitest/v5_baseline_results/mix.json', 'tinybench', 1],
    ['google-benchmark/reps5.json', 'googlebenchmark', 22],
    ['hyperfine/three_commands.json', 'hyperfine', 3],
    ['catch2/baseline.txt', 'catch2', 4],
    ['catch2/baseline_xml.xml', 'catch2', 4],
    ['benchmarkjs/baseline.txt', 'benchmarkjs', 3],
    [`${GAB}/jmh_output.json`, 'jmh', 1],
    [`${GAB}/benchmarkdotnet.json`, 'benchmarkdotnet', 2],
    [`${GAB}/julia_output.json`, 'julia', 2],
    [`${GAB}/benchmarkluau_output.txt`, 'luau', 3],
    [`${GAB}/cargo_output_units.txt`, 'criterion', 5],
    ['google-benchmark/reps3_console.txt', 'googlebenchmark', 22],
    ['mitata/baseline.json', 'mitata', 4],
    ['wrk/baseline.txt', 'wrk', 5],
    ['hey/baseline.txt', 'hey', 6],
    ['apache-bench/baseline.txt', 'apache-bench', 6],
    ['locust/baseline_stats.csv', 'locust', 18],
  ])('%s → %s, %i series', async (file, format, count) => {
    const run = await runCli(['parse', file]);
    expect(run.exitCode, transcript(run)).toBe(0);
    const { results } = JSON.parse(run.stdout) as { results: { format: string }[] };
    expect(results).toHaveLength(count);
    expect(new Set(results.map((r) => r.format))).toEqual(new Set([format]));
  });

  it("accepts github-action-benchmark's tool names as --format", async () => {
    for (const [format, file] of [
      ['googlecpp', `${GAB}/googlecpp_output.json`],
      ['benchmarkluau', `${GAB}/benchmarkluau_output.txt`],
      ['cargo', `${GAB}/cargo_output.txt`],
      ['vitest', 'vitest/v5_baseline.json'],
      ['ab', 'apache-bench/baseline.txt'],
      ['customBiggerIsBetter', `${GAB}/customBiggerIsBetter_output.json`],
    ]) {
      const run = await runCli(['parse', '--format', format as string, file as string]);
      expect(run.exitCode, transcript(run)).toBe(0);
    }
  });
});

describe('perf-regression compare: real runs of the changed code', () => {
  it('vitest 5: mix regressed, count primes improved', async () => {
    const run = await runCli([
      'compare',
      '--baseline',
      'vitest/v5_baseline.json',
      '--current',
      'vitest/v5_regressed.json',
      '--output',
      'json',
    ]);
    expect([0, 1], transcript(run)).toContain(run.exitCode);
    const report = JSON.parse(run.stdout) as { series: { name: string; format: string }[] };
    expect(report.series.map((s) => s.name).sort()).toEqual(
      ['Array#sort numeric', 'Float64Array#sort', 'count primes < 20000', 'mix'].sort(),
    );
  });

  it.each([
    ['catch2/baseline.txt', 'catch2/regressed.txt'],
    ['benchmarkjs/baseline.txt', 'benchmarkjs/regressed.txt'],
  ])('%s against %s: a report of every benchmark, no error', async (baseline, current) => {
    const run = await runCli(['compare', '--baseline', baseline, '--current', current]);
    expect([0, 1], transcript(run)).toContain(run.exitCode);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^### perf-regression\n/);
  });
});

describe('perf-regression compare: a load test against the slowed server', () => {
  it('wrk: exit 1, throughput, percentiles and the new errors flagged', async () => {
    const run = await runCli([
      'compare',
      '--baseline',
      'wrk/baseline.txt',
      '--current',
      'wrk/regressed.txt',
      '--output',
      'json',
    ]);
    expect(run.exitCode, transcript(run)).toBe(1);
    const report = JSON.parse(run.stdout) as { series: { name: string; unit: string; status: string }[] };
    expect(report.series.map((s) => [s.name, s.unit, s.status]).sort()).toEqual(
      [
        ['http://127.0.0.1:18731/work', 'req/s', 'regression'],
        ['http://127.0.0.1:18731/work p50', 'ms', 'regression'],
        ['http://127.0.0.1:18731/work p90', 'ms', 'regression'],
        ['http://127.0.0.1:18731/work p99', 'ms', 'regression'],
        ['http://127.0.0.1:18731/work', 'errors', 'regression'],
      ].sort(),
    );
  });
});

describe('perf-regression compare --threshold 200% (github-action-benchmark style)', () => {
  it('warns on stderr that ours is the change, and compares as told', async () => {
    const run = await runCli([
      'compare',
      '--threshold',
      '200%',
      '--baseline',
      'benchmarkjs/baseline.txt',
      '--current',
      'benchmarkjs/regressed.txt',
    ]);
    expect([0, 1], transcript(run)).toContain(run.exitCode);
    expect(run.stderr).toBe(
      "perf-regression: warning: --threshold: 200% here means a change of +200% (3× as slow); if you mean github-action-benchmark's alert-threshold 200% (2× as slow), write 100%\n",
    );
  });
});
