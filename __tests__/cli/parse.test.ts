// `perf-regression parse` on the real fixture of each tool: the normalized results as JSON on stdout.
import { describe, expect, it } from 'vitest';
import type { BenchmarkResult, ParseOutput } from '../../src/model/result.js';
import { runCli, transcript } from './run-cli.js';

async function parse(...args: string[]): Promise<ParseOutput> {
  const run = await runCli(['parse', ...args]);
  expect(run.exitCode, transcript(run)).toBe(0);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as ParseOutput;
}

function countBy(results: BenchmarkResult[], key: (r: BenchmarkResult) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) counts[key(r)] = (counts[key(r)] ?? 0) + 1;
  return counts;
}

describe('perf-regression parse, one file per tool', () => {
  it('go test -bench -benchmem -count=6: 75 series (22 benchmarks × 3 metrics, MB/s and custom units), 6 samples each', async () => {
    const { results, warnings } = await parse('go/plain_count6_benchmem.txt');
    expect(results).toHaveLength(75);
    expect(warnings).toEqual([]);
    expect(new Set(results.map((r) => r.n))).toEqual(new Set([6]));
    expect(new Set(results.map((r) => r.format))).toEqual(new Set(['go']));
    expect(countBy(results, (r) => r.unit)).toEqual({
      'ns/op': 22,
      'B/op': 22,
      'allocs/op': 22,
      'MB/s': 7,
      'items/op': 1,
      'ns/item': 1,
    });
  });

  it('go test -json: 21 series of 3 samples', async () => {
    const { results } = await parse('go/json_mathx_count3.txt');
    expect(results).toHaveLength(21);
    expect(new Set(results.map((r) => r.n))).toEqual(new Set([3]));
  });

  it('pytest-benchmark --benchmark-json: 15 benchmarks in seconds', async () => {
    const { results } = await parse('pytest/baseline.json');
    expect(results).toHaveLength(15);
    expect(new Set(results.map((r) => r.unit))).toEqual(new Set(['s']));
    expect(new Set(results.map((r) => r.format))).toEqual(new Set(['pytest']));
  });

  it('tinybench 6: 6 tasks; tinybench 2: 6 tasks with their samples', async () => {
    const v6 = await parse('tinybench/v6_baseline.json');
    expect(v6.results.map((r) => r.name)).toEqual([
      'mix',
      'count primes < 20000',
      'fibRec(20)',
      'JSON.parse(JSON.stringify(payload))',
      'sort [2000] numbers',
      'async setTimeout(1ms)',
    ]);
    const v2 = await parse('--samples', '--format', 'tinybench', 'tinybench/v2_baseline.json');
    expect(v2.results).toHaveLength(6);
    for (const r of v2.results) expect(r.samples).toHaveLength(r.n);
  });

  it('vitest bench --outputJson: 4 benchmarks, read by the tinybench parser', async () => {
    const { results } = await parse('vitest/baseline.json');
    expect(results).toHaveLength(4);
    expect(new Set(results.map((r) => r.format))).toEqual(new Set(['tinybench']));
  });

  it('the generic JSON format: 5 entries', async () => {
    const { results } = await parse('json/timing_array.json');
    expect(results).toHaveLength(5);
    expect(new Set(results.map((r) => r.format))).toEqual(new Set(['json']));
  });

  it('cargo bench (libtest): 6 benchmarks in ns plus one MB/s', async () => {
    const { results } = await parse('rust-libtest/cargo_nightly_bench.txt');
    expect(countBy(results, (r) => r.unit)).toEqual({ ns: 6, 'MB/s': 1 });
    expect(new Set(results.map((r) => r.format))).toEqual(new Set(['criterion']));
  });

  it("criterion's benchmark.json, estimates.json and sample.json, given by a glob: one benchmark with 100 samples", async () => {
    const { results } = await parse('--samples', 'json/other-tools/criterion-mix/*.json');
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ name: 'mix', unit: 'ns', n: 100, format: 'criterion' });
    expect(results[0]?.samples).toHaveLength(100);
  });

  it('prints each series summary without its raw samples unless --samples asks for them', async () => {
    const [summary, full] = await Promise.all([
      parse('go/plain_count6_benchmem.txt'),
      parse('--samples', 'go/plain_count6_benchmem.txt'),
    ]);
    expect(summary.results.length).toBeGreaterThan(0);
    for (const r of summary.results) expect(r).not.toHaveProperty('samples');
    expect(summary.results).toEqual(full.results.map(({ samples: _, ...rest }) => rest));
    for (const r of full.results) expect(r.samples).toHaveLength(r.n);
  });

  it('reports problems that did not stop parsing as warnings, still exiting 0', async () => {
    const { results, warnings } = await parse('go/broken_benchmem.txt');
    expect(results).toHaveLength(52);
    expect(warnings).toHaveLength(8);
    for (const w of warnings) expect(w.file).toBe('go/broken_benchmem.txt');
  });
});

describe('perf-regression parse, many inputs at once', () => {
  it('reads files and globs of several tools in one call, naming each source file', async () => {
    const { results } = await parse(
      'go/plain_count6_benchmem.txt',
      'tinybench/v6_pair_*.json',
      'pytest/baseline.json',
    );
    expect(countBy(results, (r) => r.source.file)).toEqual({
      'go/plain_count6_benchmem.txt': 75,
      'tinybench/v6_pair_baseline.json': 6,
      'tinybench/v6_pair_baseline_table.json': 6,
      'tinybench/v6_pair_regressed.json': 6,
      'tinybench/v6_pair_regressed_table.json': 6,
      'pytest/baseline.json': 15,
    });
    expect(countBy(results, (r) => r.format ?? '')).toEqual({ go: 75, tinybench: 24, pytest: 15 });
  });

  it('reads a file named twice (directly and by a glob) once', async () => {
    const { results } = await parse('vitest/baseline.json', 'vitest/*baseline.json');
    expect(countBy(results, (r) => r.source.file)).toEqual({
      'vitest/baseline.json': 4,
      'vitest/noisy_baseline.json': 4,
      'vitest/pair_baseline.json': 4,
      'vitest/v4_baseline.json': 4,
      'vitest/v5_baseline.json': 4,
    });
  });

  it('accepts --format=go as well as --format go', async () => {
    const { results } = await parse('--format=go', 'go/plain_count6_benchmem.txt');
    expect(results).toHaveLength(75);
  });
});
