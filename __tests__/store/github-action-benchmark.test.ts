import { describe, expect, it } from 'vitest';
import type { FormatChoice } from '../../src/model/result.js';
import { parseInputs } from '../../src/parsers/index.js';
import { importGabData, matchCurrentScopes } from '../../src/store/github-action-benchmark.js';
import { fixture } from '../helpers/fixtures.js';

const GAB = 'github-action-benchmark';
const imported = importGabData(fixture(`${GAB}/extract.data.js`).text, { origin: 'data.js', branch: 'main' });

/** Our parser on the file github-action-benchmark's extractor read for `suite` ("<tool> - <file>"). */
function ours(suite: string) {
  const [tool, file] = suite.split(' - ') as [string, string];
  return parseInputs([fixture(`${GAB}/extract/${file}`)], tool as FormatChoice).results;
}

describe("github-action-benchmark's data.js, read by the same tool's parser both ways", () => {
  // Its own pytest outputs were shortened by hand ("... omitted") and our parser refuses them.
  const comparable = imported.filter((s) => !s.name.startsWith('pytest - '));

  it('imports one suite per benchmark name, one run each, one number per series', () => {
    expect(imported).toHaveLength(24);
    expect(comparable).toHaveLength(22);
    for (const suite of imported) {
      expect(suite.entries).toHaveLength(1);
      for (const r of suite.entries[0]?.results ?? []) {
        expect(r.n).toBe(1);
        expect(r.samples).toBeUndefined();
      }
    }
  });

  it.each(comparable.map((s) => s.name))(
    '%s: every imported id is one our parser gives, same direction',
    (name) => {
      const suite = imported.find((s) => s.name === name);
      const current = ours(name);
      const [entry] = matchCurrentScopes(suite?.entries ?? [], current);
      const byId = new Map(current.map((r) => [r.id, r]));
      expect(entry?.results.map((r) => r.id).sort()).toEqual([...byId.keys()].sort());
      for (const r of entry?.results ?? []) expect(r.direction).toBe(byId.get(r.id)?.direction);
    },
  );

  it('matches 18 suites by id alone; catch2 (no test case) and a single go package need the current run', () => {
    const direct = comparable.filter((s) => {
      const ids = new Set(ours(s.name).map((r) => r.id));
      return s.entries[0]?.results.every((r) => ids.has(r.id));
    });
    expect(comparable.filter((s) => !direct.includes(s)).map((s) => s.name)).toEqual([
      'catch2 - catch2_output_v2.txt',
      'catch2 - catch2_output_v3.txt',
      'catch2 - issue16_output.txt',
      'go - go_single_package_output.txt',
    ]);
  });

  it("keeps its numbers: equal to ours except where it stored another statistic (BenchmarkDotNet's mean, JMH's score)", () => {
    const differ: string[] = [];
    for (const suite of comparable) {
      const current = ours(suite.name);
      for (const r of matchCurrentScopes(suite.entries, current)[0]?.results ?? []) {
        const value = current.find((c) => c.id === r.id)?.value as number;
        if (Math.abs(r.value - value) > 1e-9 * Math.abs(value)) differ.push(`${r.id} ${r.value}`);
      }
    }
    expect(differ).toEqual([
      'Sample.Benchmarks.Fib10 [ns] 24.4202085009643',
      'Sample.Benchmarks.Fib20 [ns] 51.52008151549559',
      'org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere [ops/s] 3376238873.1228185',
      'org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere(paramA=17, paramB=33) [ops/s] 3376238873.1228185',
    ]);
  });

  it('maps go names: the -N procs suffix back from "N procs", the package as scope, one series per metric', () => {
    const go = imported.find((s) => s.name === 'go - go_fiber_duplicate_names_output.txt');
    const first = go?.entries[0]?.results.slice(0, 4).map((r) => [r.id, r.name, r.suite, r.value]);
    const pkg = 'github.com/gofiber/fiber/v3/middleware/cache';
    expect(first).toEqual([
      [`${pkg}::BenchmarkAppendMsgitem-4 [ns/op]`, 'BenchmarkAppendMsgitem', pkg, 55.76],
      [`${pkg}::BenchmarkAppendMsgitem-4 [MB/s]`, 'BenchmarkAppendMsgitem', pkg, 2833.37],
      [`${pkg}::BenchmarkAppendMsgitem-4 [B/op]`, 'BenchmarkAppendMsgitem', pkg, 0],
      [`${pkg}::BenchmarkAppendMsgitem-4 [allocs/op]`, 'BenchmarkAppendMsgitem', pkg, 0],
    ]);
    expect(go?.entries[0]?.results.find((r) => r.unit === 'MB/s')?.direction).toBe('bigger');
  });

  it('converts catch2 times to ns as ours does (it kept "41.731 us")', () => {
    const catch2 = imported.find((s) => s.name === 'catch2 - catch2_output_v2.txt');
    expect(catch2?.entries[0]?.results.map((r) => [r.id, r.value])).toEqual([
      ['Fibonacci 10 [ns]', 344],
      ['Fibonacci 20 [ns]', 41731],
      ['Fibonacci~ 5! [ns]', 36],
      ['Fibonacci-15_bench [ns]', 3789],
    ]);
  });

  it("turns pytest's iter/sec into our seconds per round, by fullname", () => {
    const pytest = imported.find((s) => s.name === 'pytest - pytest_several_units.json');
    const results = pytest?.entries[0]?.results ?? [];
    expect(results.map((r) => [r.id, r.name, r.unit, r.direction])).toEqual([
      ['bench.py::test_fib_1 [s]', 'test_fib_1', 's', 'smaller'],
      ['bench.py::test_fib_10 [s]', 'test_fib_10', 's', 'smaller'],
      ['bench.py::test_fib_20 [s]', 'test_fib_20', 's', 'smaller'],
      ['bench.py::test_sleep_2 [s]', 'test_sleep_2', 's', 'smaller'],
    ]);
    // Its extra says "mean: 2.0038430469999997 sec": the rate's inverse.
    expect(results[3]?.value).toBeCloseTo(2.0038430469999997, 12);
  });

  it('gives pytest the ids our parser gives a real pytest-benchmark file (what it stores: fullname, stats.ops)', () => {
    const file = fixture('pytest/baseline.json');
    const json = JSON.parse(file.text) as { benchmarks: { fullname: string; stats: { ops: number } }[] };
    const benches = json.benchmarks.map((b) => ({ name: b.fullname, unit: 'iter/sec', value: b.stats.ops }));
    const run = { commit: { id: 'c1' }, date: 1712131503296, tool: 'pytest', benches };
    const text = `window.BENCHMARK_DATA = ${JSON.stringify({ entries: { py: [run] } })}`;
    const [suite] = importGabData(text, { origin: 'data.js', branch: 'main' });
    const ids = parseInputs([file], 'pytest').results.map((r) => r.id);
    expect(suite?.entries[0]?.results.map((r) => r.id)).toEqual(ids);
  });
});

describe('runs', () => {
  const [rust] = importGabData(fixture(`${GAB}/rust-history.data.js`).text, {
    origin: 'data.js',
    branch: 'main',
  });

  it('keeps commit, date and the first line of the message; a run id that is the same on every import', () => {
    expect(rust?.name).toBe('Rust Benchmark');
    expect(rust?.entries.map((e) => [e.commit, e.date, e.runId, e.message, e.branch])).toEqual([
      [
        'a1b2c3d4a1b2c3d4a1b2c3d4a1b2c3d4a1b2c3d0',
        '2024-04-03T08:05:03.296Z',
        'github-action-benchmark-1712131503296',
        'run 1: cargo_output.txt',
        'main',
      ],
      [
        'a1b2c3d4a1b2c3d4a1b2c3d4a1b2c3d4a1b2c3d1',
        '2024-04-04T08:05:03.296Z',
        'github-action-benchmark-1712217903296',
        'run 2: cargo_output3.txt',
        'main',
      ],
    ]);
    expect(rust?.entries[1]?.results.map((r) => [r.id, r.value, r.extra])).toEqual([
      ['bench_fib_10 [ns]', 148.7, { range: '± 2.21' }],
      ['bench_fib_20 [ns]', 18794.12, { range: '± 440.25' }],
    ]);
  });

  it('reads its external-data-json-path file: the same document as plain JSON', () => {
    const json = fixture(`${GAB}/rust-history.data.js`).text.replace('window.BENCHMARK_DATA = ', '');
    expect(importGabData(json, { origin: 'data.json', branch: 'main' })).toEqual(
      importGabData(fixture(`${GAB}/rust-history.data.js`).text, { origin: 'data.json', branch: 'main' }),
    );
  });

  it("reads the sample kept on that action's gh-pages (write/original_data.js)", () => {
    const [suite] = importGabData(fixture(`${GAB}/write/original_data.js`).text, {
      origin: 'o',
      branch: 'b',
    });
    expect(suite?.name).toBe('Test benchmark');
    expect(suite?.entries[0]?.results.map((r) => [r.id, r.value])).toEqual([['bench_fib_10 [ns]', 100]]);
  });
});

describe('bad data.js: one line naming the file and the field', () => {
  const run = { commit: { id: 'c1', message: 'm' }, date: 1, tool: 'go', benches: [] as unknown[] };
  const data = (entries: unknown) => `window.BENCHMARK_DATA = ${JSON.stringify({ entries })}`;
  const cases: [string, string, string][] = [
    [
      'not data.js',
      'const x = 1',
      'data.js: expected github-action-benchmark\'s data.js ("window.BENCHMARK_DATA = {…}") or its external-data-json-path JSON',
    ],
    ['truncated JSON file', '{"entries": {', 'data.js: the file is not valid JSON'],
    [
      'truncated',
      'window.BENCHMARK_DATA = {"entries": {',
      'data.js: the value of window.BENCHMARK_DATA is not valid JSON',
    ],
    [
      'no entries',
      'window.BENCHMARK_DATA = {"lastUpdate": 1}',
      'data.js: BENCHMARK_DATA.entries: expected an object',
    ],
    ['runs not an array', data({ a: {} }), 'data.js: entries["a"]: expected an array of runs'],
    [
      'no commit id',
      data({ a: [{ ...run, commit: {} }] }),
      'data.js: entries["a"][0].commit.id: expected the commit id',
    ],
    [
      'date a string',
      data({ a: [{ ...run, date: 'x' }] }),
      'data.js: entries["a"][0].date: expected a time in milliseconds',
    ],
    [
      'unknown tool',
      data({ a: [run, { ...run, tool: 'rust' }] }),
      'data.js: entries["a"][1].tool: expected one of',
    ],
    [
      'value missing',
      data({ a: [{ ...run, benches: [{ name: 'x', unit: 'ns' }] }] }),
      'data.js: entries["a"][0].benches[0].value: expected a finite number',
    ],
    [
      'name empty',
      data({ a: [{ ...run, benches: [{ name: '', unit: 'ns', value: 1 }] }] }),
      'data.js: entries["a"][0].benches[0].name: expected a non-empty string',
    ],
  ];
  it.each(cases)('%s', (_, text, message) => {
    expect(() => importGabData(text, { origin: 'data.js', branch: 'main' })).toThrow(message);
    try {
      importGabData(text, { origin: 'data.js', branch: 'main' });
    } catch (err) {
      expect((err as Error).message).not.toContain('\n');
      expect((err as Error).name).toBe('InputError');
    }
  });
});
