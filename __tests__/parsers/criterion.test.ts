import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import type { BenchmarkResult, ParseOutput } from '../../src/model/result.js';
import { looksLikeCriterion, parseCriterion } from '../../src/parsers/criterion/index.js';
import { detectFormat } from '../../src/parsers/detect.js';
import { readInputFiles } from '../../src/parsers/files.js';
import { parseInputs } from '../../src/parsers/index.js';
import type { InputFile } from '../../src/parsers/input.js';
import { FIXTURES, fixture, fixtureTree } from '../helpers/fixtures.js';

function byId(out: ParseOutput, id: string): BenchmarkResult {
  const result = out.results.find((r) => r.id === id);
  if (!result) throw new Error(`no series ${id}; got ${out.results.map((r) => r.id).join(', ')}`);
  return result;
}

function json<T>(relative: string): T {
  return JSON.parse(fixture(relative).text) as T;
}

const BASELINE_DIR = 'criterion/target-criterion-baseline';

describe('target/criterion JSON (new/{benchmark,estimates,sample}.json)', () => {
  const out = parseCriterion(fixtureTree(BASELINE_DIR));

  it('reads one ns series per benchmark folder and one rate series per throughput, without warnings', () => {
    expect(out.warnings).toEqual([]);
    expect(out.results.map((r) => r.id).sort()).toEqual([
      'count_primes/2000 [ns]',
      'fib/iterative/100 [ns]',
      'fib/iterative/1000 [ns]',
      'fib/iterative/10000 [ns]',
      'fib/recursive/20 [ns]',
      'fib_rec 15 [ns]',
      'fnv1a/1024 [B/s]',
      'fnv1a/1024 [ns]',
      'fnv1a/16384 [B/s]',
      'fnv1a/16384 [ns]',
      'fnv1a/64 [B/s]',
      'fnv1a/64 [ns]',
      'fold elements/vec 1000 [elem/s]',
      'fold elements/vec 1000 [ns]',
      'mix [ns]',
    ]);
  });

  it('reads a target/criterion directory given as input, detected as criterion', async () => {
    const files = await readInputFiles([BASELINE_DIR], FIXTURES);
    expect(files).toHaveLength(33);
    const parsed = parseInputs(files, 'auto');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.results.map((r) => r.id).sort()).toEqual(out.results.map((r) => r.id).sort());
    expect(parsed.results.every((r) => r.format === 'criterion')).toBe(true);
  });

  it('turns the 100 samples of sample.json into time per iteration (times[i] / iters[i])', () => {
    const mix = byId(out, 'mix [ns]');
    expect(mix.n).toBe(100);
    expect(mix.samples).toHaveLength(100);
    expect(mix.samples?.slice(0, 2)).toEqual([392813.0 / 1094.0, 794789.0 / 2188.0]);
    expect(mix.unit).toBe('ns');
    expect(mix.direction).toBe('smaller');
    expect(mix.source).toEqual({ file: `${BASELINE_DIR}/mix/new/estimates.json` });
  });

  it('uses the median of the samples as value, and the point estimates of estimates.json', () => {
    const mix = byId(out, 'mix [ns]');
    const sorted = [...(mix.samples ?? [])].sort((a, b) => a - b);
    expect(mix.value).toBe(((sorted[49] as number) + (sorted[50] as number)) / 2);
    // criterion's own median estimate is the same statistic
    expect(mix.value).toBeCloseTo(353.4112875040327, 9);
    expect(mix.mean).toBe(354.63317973121843);
    expect(mix.median).toBe(353.4112875040327);
    expect(mix.stddev).toBe(8.138876260961137);
    expect(mix.min).toBe(Math.min(...sorted));
    expect(mix.max).toBe(Math.max(...sorted));
  });

  it("takes ci from the slope (criterion's typical estimate, printed as time: [lo est hi])", () => {
    const mix = byId(out, 'mix [ns]');
    expect(mix.ci).toEqual({ lo: 348.90888328825577, hi: 351.389970804564, level: 0.95 });
    expect(mix.extra).toEqual({
      ciEstimate: 'slope',
      slope: 350.09156410464914,
      medianAbsDev: 11.877607510168202,
      samplingMode: 'Linear',
    });
  });

  it('takes ci from the mean when flat sampling fitted no slope', () => {
    const layouts = parseCriterion(fixtureTree('criterion/target-criterion-layouts'));
    const flat = byId(layouts, 'layouts/flat sampling [ns]');
    expect(flat.ci).toEqual({ lo: 526057.9493827161, hi: 578182.1189814814, level: 0.95 });
    expect(flat.extra).toMatchObject({ ciEstimate: 'mean', samplingMode: 'Flat' });
    expect(flat.extra).not.toHaveProperty('slope');
    expect(flat.samples?.[0]).toBe(110896907.0 / 162.0);
    expect(flat.n).toBe(10);
  });

  it('names a benchmark by full_id, its suite by group_id, and puts function_id / value_str in params', () => {
    const identity = (id: string) => {
      const { name, suite, params } = byId(out, id);
      return { name, suite, params };
    };
    expect(identity('fib_rec 15 [ns]')).toEqual({
      name: 'fib_rec 15',
      suite: 'fib_rec 15',
      params: undefined,
    });
    // a `/` in a plain bench_function id: folder count_primes_2000, full_id keeps the slash
    expect(identity('count_primes/2000 [ns]')).toEqual({
      name: 'count_primes/2000',
      suite: 'count_primes/2000',
      params: undefined,
    });
    expect(identity('fib/iterative/100 [ns]')).toEqual({
      name: 'fib/iterative/100',
      suite: 'fib',
      params: { function: 'iterative', value: '100' },
    });
    expect(identity('fnv1a/1024 [ns]')).toEqual({
      name: 'fnv1a/1024',
      suite: 'fnv1a',
      params: { value: '1024' },
    });
    expect(identity('fold elements/vec 1000 [ns]')).toEqual({
      name: 'fold elements/vec 1000',
      suite: 'fold elements',
      params: { function: 'vec 1000' },
    });
  });

  it('derives a bigger-is-better B/s series from the same samples for Throughput::Bytes', () => {
    const time = byId(out, 'fnv1a/1024 [ns]');
    const rate = byId(out, 'fnv1a/1024 [B/s]');
    expect(rate.direction).toBe('bigger');
    expect(rate.n).toBe(100);
    expect(rate.samples?.slice(0, 2)).toEqual([
      (1024 * 1e9) / (392391.0 / 365.0),
      (1024 * 1e9) / (775464.0 / 730.0),
    ]);
    expect(rate.samples).toEqual(time.samples?.map((ns) => (1024 * 1e9) / ns));
    expect(rate.median).toBe(rate.value);
    // the slope interval turned into rates, as criterion prints it on its thrpt: line
    expect(rate.ci).toEqual({
      lo: (1024 * 1e9) / 1091.1473444841483,
      hi: (1024 * 1e9) / 1076.4132907500189,
      level: 0.95,
    });
    expect(rate.extra).toEqual({ bytesPerIteration: 1024 });
    expect(rate.source).toEqual(time.source);
  });

  it('derives an elem/s series for Throughput::Elements', () => {
    const rate = byId(out, 'fold elements/vec 1000 [elem/s]');
    expect(rate.unit).toBe('elem/s');
    expect(rate.direction).toBe('bigger');
    expect(rate.samples?.[0]).toBe((1000 * 1e9) / (385914.0 / 382.0));
    expect(rate.extra).toEqual({ elementsPerIteration: 1000 });
  });

  it('ignores base/ and change/ folders and says so once', () => {
    const mixFiles = fixtureTree(`${BASELINE_DIR}/mix/new`);
    const asBase = mixFiles.map((f) => ({ ...f, path: f.path.replace('/new/', '/base/') }));
    const asChange = mixFiles
      .filter((f) => f.path.endsWith('estimates.json'))
      .map((f) => ({ ...f, path: f.path.replace('/new/', '/change/') }));
    const parsed = parseCriterion([...asBase, ...mixFiles, ...asChange]);
    expect(parsed.results.map((r) => r.id)).toEqual(['mix [ns]']);
    expect(parsed.results[0]?.source.file).toBe(`${BASELINE_DIR}/mix/new/estimates.json`);
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]?.message).toBe(
      'ignored 4 criterion file(s) of base/, change/ or saved-baseline folders; only new/ holds the latest run',
    );
  });

  it('skips a folder missing sample.json with a warning naming the folder', () => {
    const files = fixtureTree(`${BASELINE_DIR}/mix/new`).filter((f) => !f.path.endsWith('sample.json'));
    const parsed = parseCriterion(files);
    expect(parsed.results).toEqual([]);
    expect(parsed.warnings).toEqual([
      {
        file: `${BASELINE_DIR}/mix/new/benchmark.json`,
        message: `criterion folder ${BASELINE_DIR}/mix/new has no sample.json (criterion writes benchmark.json, estimates.json and sample.json together); skipped`,
      },
    ]);
  });

  it('fails with one line naming the file when an estimates.json is corrupt (here: cut short)', () => {
    const files = fixtureTree(`${BASELINE_DIR}/mix/new`).map((f) =>
      f.path.endsWith('estimates.json') ? { ...f, text: f.text.slice(0, 120) } : f,
    );
    expect(() => parseCriterion(files)).toThrow(InputError);
    expect(() => parseCriterion(files)).toThrow(
      `${BASELINE_DIR}/mix/new/estimates.json: line 1: truncated JSON; expected criterion's estimates.json`,
    );
  });

  it('fails naming the JSON path when sample.json has fewer iters than times', () => {
    const files = fixtureTree(`${BASELINE_DIR}/mix/new`).map((f) => {
      if (!f.path.endsWith('sample.json')) return f;
      const sample = JSON.parse(f.text);
      return { ...f, text: JSON.stringify({ ...sample, iters: sample.iters.slice(1) }) };
    });
    expect(() => parseCriterion(files)).toThrow(
      `${BASELINE_DIR}/mix/new/sample.json: $.iters: expected as many entries as "times" (100), not 99`,
    );
  });
});

describe('cargo bench text (criterion report blocks)', () => {
  const baseline = parseCriterion([fixture('criterion/baseline.txt')]);
  const regressed = parseCriterion([fixture('criterion/regressed.txt')]);

  it('reads one ns series per time: line (value = middle estimate, ci = the bracket at 95%)', () => {
    expect(byId(regressed, 'mix [ns]')).toEqual({
      id: 'mix [ns]',
      name: 'mix',
      unit: 'ns',
      direction: 'smaller',
      n: 100,
      value: 533.85,
      ci: { lo: 483.78, hi: 589.33, level: 0.95 },
      source: { file: 'criterion/regressed.txt', line: 19 },
    });
  });

  it('skips change:, verdict and outlier lines: 11 time series and 4 throughput series', () => {
    expect(regressed.warnings).toEqual([]);
    expect(regressed.results).toHaveLength(15);
    expect(baseline.results).toHaveLength(15);
    expect(regressed.results.filter((r) => r.unit === 'ns')).toHaveLength(11);
  });

  it('converts µs to ns, so the unit and id stay the same when a benchmark crosses 1 µs', () => {
    const countPrimes = byId(regressed, 'count_primes/2000 [ns]');
    expect(countPrimes.value).toBe(6960.6);
    expect(countPrimes.ci).toEqual({ lo: 6942.4, hi: 6978.3, level: 0.95 });
    expect(byId(baseline, 'fib_rec 15 [ns]').value).toBe(1534.5);
  });

  it('takes n from "Collecting N samples"', () => {
    expect(regressed.results.every((r) => r.n === 100)).toBe(true);
    const layouts = parseCriterion([fixture('criterion/layouts.txt')]);
    expect(layouts.results.map((r) => [r.id, r.n])).toEqual([
      ['layouts/an id longer than twenty-three characters [ns]', 20],
      ['layouts/count_primes 200000 bytes [ns]', 10],
      ['layouts/count_primes 200000 bytes [B/s]', 10],
      ['layouts/count_primes 200000 elements [ns]', 10],
      ['layouts/count_primes 200000 elements [elem/s]', 10],
      ['layouts/flat sampling [ns]', 10],
      ['layouts/flat sampling [elem/s]', 10],
    ]);
  });

  it('reads ids longer than 23 characters from the line above time:, and converts ps and ms', () => {
    const layouts = parseCriterion([fixture('criterion/layouts.txt')]);
    const picoseconds = byId(layouts, 'layouts/an id longer than twenty-three characters [ns]');
    expect(picoseconds.value).toBe(0.25356);
    expect(picoseconds.ci).toEqual({ lo: 0.25235, hi: 0.25527, level: 0.95 });
    expect(picoseconds.source).toEqual({ file: 'criterion/layouts.txt', line: 10 });
    const milliseconds = byId(layouts, 'layouts/count_primes 200000 bytes [ns]');
    expect(milliseconds.value).toBe(16191000);
    expect(milliseconds.ci).toEqual({ lo: 13839000, hi: 18907000, level: 0.95 });
  });

  it('turns thrpt: lines into B/s and elem/s series (GiB/s, MiB/s, KiB/s, Melem/s, Kelem/s)', () => {
    const layouts = parseCriterion([fixture('criterion/layouts.txt')]);
    const gib = byId(regressed, 'fnv1a/64 [B/s]');
    expect(gib).toMatchObject({ unit: 'B/s', direction: 'bigger', n: 100, source: { line: 85 } });
    expect(gib.value).toBe(1948411913.83); // 1.8146 GiB/s
    expect(gib.ci).toEqual({ lo: 1921783116.6, hi: 1968598260.12, level: 0.95 }); // 1.7898 and 1.8334 GiB/s
    expect(byId(regressed, 'fnv1a/1024 [B/s]').value).toBe(912040919.04); // 869.79 MiB/s
    expect(byId(layouts, 'layouts/count_primes 200000 bytes [B/s]').value).toBe(61764.608); // 60.317 KiB/s
    expect(byId(regressed, 'fold elements/vec 1000 [elem/s]').value).toBe(738920000); // 738.92 Melem/s
    expect(byId(layouts, 'layouts/count_primes 200000 elements [elem/s]').ci).toEqual({
      lo: 53400,
      hi: 68309,
      level: 0.95,
    });
  });

  it('reads terminal output: \\r-rewritten progress lines, colors and cargo lines mixed in', () => {
    const terminal = parseCriterion([fixture('criterion/layouts_terminal.txt')]);
    expect(terminal.warnings).toEqual([]);
    expect(terminal.results.map((r) => [r.id, r.n, r.value])).toEqual([
      ['layouts/an id longer than twenty-three characters [ns]', 20, 0.25805],
      ['layouts/count_primes 200000 bytes [ns]', 10, 12989000],
      ['layouts/count_primes 200000 bytes [B/s]', 10, 76990.464], // 75.186 KiB/s
      ['layouts/count_primes 200000 elements [ns]', 10, 14706000],
      ['layouts/count_primes 200000 elements [elem/s]', 10, 67998],
      ['layouts/flat sampling [ns]', 10, 792260],
      ['layouts/flat sampling [elem/s]', 10, 25244000],
    ]);
  });

  it('gives a benchmark the same ids in text and in target/criterion JSON', () => {
    const fromJson = parseCriterion(fixtureTree('criterion/target-criterion-regressed'));
    expect(regressed.results.map((r) => r.id).sort()).toEqual(fromJson.results.map((r) => r.id).sort());
  });

  it('fails on text with no benchmark result in it', () => {
    const notBench: InputFile = { path: 'notes.txt', text: 'cargo build finished\nnothing measured\n' };
    expect(() => parseCriterion([notBench])).toThrow(
      'notes.txt: no benchmark results found; expected criterion `NAME time: [lo est hi]` lines or `test NAME ... bench: N ns/iter` lines',
    );
  });
});

describe('bencher lines: criterion --output-format bencher', () => {
  const bencher = parseCriterion([fixture('criterion/baseline_bencher_format.txt')]);

  it('reads `test NAME ... bench: N ns/iter (+/- M)` with names holding spaces and slashes', () => {
    expect(bencher.warnings).toEqual([]);
    expect(bencher.results).toHaveLength(11);
    expect(byId(bencher, 'fib_rec 15 [ns]')).toEqual({
      id: 'fib_rec 15 [ns]',
      name: 'fib_rec 15',
      unit: 'ns',
      direction: 'smaller',
      n: 100,
      value: 2471,
      median: 2471,
      // criterion's bencher (+/- M) is its std_dev estimate; the sample count is not printed
      stddev: 2339,
      extra: { assumedSampleCount: true },
      source: { file: 'criterion/baseline_bencher_format.txt', line: 5 },
    });
    expect(byId(bencher, 'fold elements/vec 1000 [ns]').value).toBe(1133);
    expect(byId(bencher, 'count_primes/2000 [ns]').stddev).toBe(15541);
  });
});

describe('libtest #[bench] (nightly)', () => {
  it('reads fractional ns with thousands separators; (+/- M) is the max - min range, kept as extra.deviation', () => {
    const text = parseCriterion([fixture('rust-libtest/cargo_nightly_bench.txt')]);
    expect(text.warnings).toEqual([]);
    expect(byId(text, 'count_primes_20000 [ns]')).toEqual({
      id: 'count_primes_20000 [ns]',
      name: 'count_primes_20000',
      unit: 'ns',
      direction: 'smaller',
      n: 50,
      value: 548410.7,
      median: 548410.7,
      extra: { deviation: 37310.07 },
      source: { file: 'rust-libtest/cargo_nightly_bench.txt', line: 10 },
    });
    expect(byId(text, 'noop [ns]').value).toBe(0.55);
    expect(byId(text, 'nested::fib_iter_10 [ns]').extra).toEqual({ deviation: 0.08 });
  });

  it('turns `= N MB/s` into a second, bigger-is-better MB/s series and skips ignored benches', () => {
    const text = parseCriterion([fixture('rust-libtest/cargo_nightly_bench.txt')]);
    expect(byId(text, 'copy_64k [ns]').value).toBe(1401.94);
    expect(byId(text, 'copy_64k [MB/s]')).toEqual({
      id: 'copy_64k [MB/s]',
      name: 'copy_64k',
      unit: 'MB/s',
      direction: 'bigger',
      n: 50,
      value: 46778,
      median: 46778,
      source: { file: 'rust-libtest/cargo_nightly_bench.txt', line: 9 },
    });
    expect(text.results.map((r) => r.name)).not.toContain('nested::ignored_bench');
    expect(text.results).toHaveLength(7);
  });

  it('reads --format json bench events (mib_per_second is MB/s: bytes * 1000 / ns)', () => {
    const lines = parseCriterion([fixture('rust-libtest/cargo_nightly_bench_format_json.txt')]);
    expect(lines.warnings).toEqual([]);
    expect(lines.results).toHaveLength(7);
    expect(byId(lines, 'fib_rec_20 [ns]')).toMatchObject({
      n: 50,
      value: 15530.079365079364,
      extra: { deviation: 1433.7442857142814 },
      source: { file: 'rust-libtest/cargo_nightly_bench_format_json.txt', line: 11 },
    });
    expect(byId(lines, 'copy_64k [MB/s]').value).toBe(54979);
    expect(Math.floor((65536 * 1000) / Math.floor(byId(lines, 'copy_64k [ns]').value))).toBe(54979);
  });
});

describe('cargo-criterion --message-format=json (lines DERIVED in this test from real target/criterion files)', () => {
  // cargo-criterion cannot be installed here (not in Debian, no crates.io): these messages are built by
  // code, following cargo-criterion's message schema, from the numbers of a real criterion run.
  interface Estimate {
    point_estimate: number;
    confidence_interval: { lower_bound: number; upper_bound: number };
  }
  interface Estimates {
    mean: Estimate;
    median: Estimate;
    median_abs_dev: Estimate;
    slope: Estimate | null;
  }
  const interval = (e: Estimate | null) =>
    e && {
      estimate: e.point_estimate,
      lower_bound: e.confidence_interval.lower_bound,
      upper_bound: e.confidence_interval.upper_bound,
      unit: 'ns',
    };
  function benchmarkComplete(folder: string): string {
    const benchmark = json<{ full_id: string; throughput: Record<string, number> | null }>(
      `${folder}/benchmark.json`,
    );
    const estimates = json<Estimates>(`${folder}/estimates.json`);
    const sample = json<{ iters: number[]; times: number[] }>(`${folder}/sample.json`);
    return JSON.stringify({
      reason: 'benchmark-complete',
      id: benchmark.full_id,
      report_directory: `target/criterion/reports/${benchmark.full_id}`,
      iteration_count: sample.iters,
      measured_values: sample.times,
      unit: 'ns',
      throughput: Object.entries(benchmark.throughput ?? {}).map(([kind, n]) => ({
        per_iteration: n,
        unit: kind.toLowerCase(),
      })),
      typical: interval(estimates.slope ?? estimates.mean),
      mean: interval(estimates.mean),
      median: interval(estimates.median),
      median_abs_dev: interval(estimates.median_abs_dev),
      slope: interval(estimates.slope),
      change: null,
    });
  }
  const folders = [`${BASELINE_DIR}/fnv1a/1024/new`, `${BASELINE_DIR}/fold elements/vec 1000/new`];
  const messages: InputFile = {
    path: 'cargo-criterion.jsonl',
    text: `${[
      ...folders.map(benchmarkComplete),
      JSON.stringify({
        reason: 'group-complete',
        group_name: 'fnv1a',
        benchmarks: ['fnv1a/1024'],
        report_directory: 'x',
      }),
      benchmarkComplete('criterion/target-criterion-layouts/flat sampling/new'),
    ].join('\n')}\n`,
  };

  it('is recognized as criterion output', () => {
    expect(looksLikeCriterion(messages.text)).toBe(true);
  });

  it('gives the same samples, value, estimates and ci as the target/criterion files it came from', () => {
    const fromMessages = parseCriterion([messages]);
    const fromFiles = parseCriterion(folders.flatMap((folder) => fixtureTree(folder)));
    expect(fromMessages.warnings).toEqual([]);
    // the same series but for what only the files have: criterion's std_dev estimate and the sampling mode
    const comparable = ({ source, stddev, extra, ...rest }: BenchmarkResult) => rest;
    for (const id of ['fnv1a/1024 [ns]', 'fnv1a/1024 [B/s]', 'fold elements/vec 1000 [elem/s]']) {
      const { suite: _fileSuite, params: _params, ...fromFile } = comparable(byId(fromFiles, id));
      const { suite: _messageSuite, ...fromMessage } = comparable(byId(fromMessages, id));
      expect(fromMessage).toEqual(fromFile);
    }
    const fnv = byId(fromMessages, 'fnv1a/1024 [ns]');
    expect(fnv.samples?.[0]).toBe(392391.0 / 365.0);
    expect(fnv.extra).toEqual({
      ciEstimate: 'slope',
      slope: 1083.0215885147704,
      medianAbsDev: 8.816408103652304,
    });
    expect(fnv.source).toEqual({ file: 'cargo-criterion.jsonl', line: 1 });
  });

  it('takes the suite from the group-complete message that lists the benchmark', () => {
    const fromMessages = parseCriterion([messages]);
    expect(byId(fromMessages, 'fnv1a/1024 [ns]').suite).toBe('fnv1a');
    expect(byId(fromMessages, 'fold elements/vec 1000 [ns]').suite).toBeUndefined();
  });

  it('uses the mean as typical estimate when there is no slope', () => {
    const flat = byId(parseCriterion([messages]), 'layouts/flat sampling [ns]');
    expect(flat.ci).toEqual({ lo: 526057.9493827161, hi: 578182.1189814814, level: 0.95 });
    expect(flat.extra).toEqual({ ciEstimate: 'mean', medianAbsDev: 7256.063915623556 });
  });

  it('fails with the line and JSON path of a malformed message', () => {
    const broken = { path: 'broken.jsonl', text: '{"reason":"benchmark-complete","id":"x","unit":"ns"}\n' };
    expect(() => parseCriterion([broken])).toThrow(
      'broken.jsonl: line 1: $.measured_values: expected a non-empty array of numbers',
    );
  });
});

describe('looksLikeCriterion', () => {
  it('claims criterion text, bencher lines, target/criterion JSON and libtest output', () => {
    const claimed = [
      'criterion/baseline.txt',
      'criterion/layouts_terminal.txt',
      'criterion/regressed_bencher_format.txt',
      `${BASELINE_DIR}/mix/new/estimates.json`,
      `${BASELINE_DIR}/mix/new/sample.json`,
      `${BASELINE_DIR}/mix/new/benchmark.json`,
      'rust-libtest/cargo_nightly_bench.txt',
      'rust-libtest/cargo_nightly_bench_format_json.txt',
    ];
    expect(claimed.filter((f) => !looksLikeCriterion(fixture(f).text))).toEqual([]);
    expect(claimed.filter((f) => detectFormat(fixture(f)) !== 'criterion')).toEqual([]);
  });

  it('does not claim Go, pytest-benchmark, tinybench or vitest output', () => {
    const others = ['go', 'pytest', 'tinybench', 'vitest'].flatMap((tool) =>
      fixtureTree(tool).filter(
        (f) => !/(^|\/)(bench-src|src|extra-src|not-go)\//.test(f.path.slice(tool.length)),
      ),
    );
    expect(others.length).toBeGreaterThan(50);
    expect(others.filter((f) => looksLikeCriterion(f.text)).map((f) => f.path)).toEqual([]);
  });
});

describe('bencher lines of github-action-benchmark users (its test/data/extract)', () => {
  const GAB = 'github-action-benchmark/extract';

  it('decides libtest or criterion per block: four lines of one run are one tool', () => {
    const out = parseCriterion([fixture(`${GAB}/cargo_output2.txt`)]);
    expect(out.results.map((r) => [r.name, r.value, r.n, r.extra])).toEqual([
      ['bench_engine_new', 211834, 50, { deviation: 70126 }],
      ['bench_engine_new_raw', 197, 50, { deviation: 18 }],
      ['bench_engine_new_raw_core', 196, 50, { deviation: 31 }],
      ['bench_engine_register_fn', 493, 50, { deviation: 82 }],
    ]);
  });

  it('reads custom units (cycles/iter, MS/s) with the direction the unit implies', () => {
    const out = parseCriterion([fixture(`${GAB}/cargo_output_units.txt`)]);
    expect(out.results.map((r) => [r.id, r.value, r.direction, r.stddev])).toEqual([
      ['cmov [cycles/iter]', 2835, 'smaller', 14],
      ['cmov2 [cycles/iter]', 2845, 'smaller', 19],
      ['mov [cycles/iter]', 1508, 'smaller', 17],
      ['upload [MS/s]', 1911, 'bigger', 420],
      ['download [MS/s]', 9001, 'bigger', 69],
    ]);
    expect(detectFormat(fixture(`${GAB}/cargo_output_units.txt`))).toBe('criterion');
  });

  it('reads every cargo and criterion output of that action', () => {
    for (const [file, count] of [
      ['cargo_output.txt', 2],
      ['cargo_output2.txt', 4],
      ['cargo_output3.txt', 2],
      ['criterion_output.txt', 4],
    ] as const) {
      const out = parseInputs([fixture(`${GAB}/${file}`)], 'cargo');
      expect(out.results.length, file).toBe(count);
    }
  });
});

describe('criterion 0.2 result folders (sample.json as [[iters], [times]], no benchmark.json)', () => {
  // criterion 0.2 cannot be built here (Debian packages 0.3.6): its shapes are made from a real 0.3.6 folder,
  // moved to the 0.2 layout without touching a number (sample.json as the pair of arrays it wrote, no
  // benchmark.json, estimates under 0.2's capitalized names).
  const folder = `${BASELINE_DIR}/mix/new`;
  const real = fixtureTree(folder);
  const sample = JSON.parse(real.find((f) => f.path.endsWith('sample.json'))?.text ?? '{}');
  const estimates = JSON.parse(real.find((f) => f.path.endsWith('estimates.json'))?.text ?? '{}');
  const capitalized = Object.fromEntries(
    Object.entries(estimates).map(([k, v]) => [k.replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase()), v]),
  );
  const v02: InputFile[] = [
    { path: `target/criterion/mix/new/sample.json`, text: JSON.stringify([sample.iters, sample.times]) },
    { path: `target/criterion/mix/new/estimates.json`, text: JSON.stringify(capitalized) },
  ];

  it('detects both files as criterion and reads the same samples as criterion 0.3 does', () => {
    for (const file of v02) expect(detectFormat(file), file.path).toBe('criterion');
    const out = parseInputs(v02, 'auto');
    const original = parseCriterion(real).results[0];
    expect(out.results).toHaveLength(1);
    expect(out.results[0]).toMatchObject({
      id: 'mix [ns]',
      name: 'mix',
      samples: original?.samples,
      mean: original?.mean,
      median: original?.median,
      stddev: original?.stddev,
      ci: original?.ci,
    });
    expect(out.warnings).toEqual([
      {
        file: 'target/criterion/mix/new/estimates.json',
        message:
          'criterion folder target/criterion/mix/new has no benchmark.json (criterion before 0.3): named "mix" after its folder',
      },
    ]);
  });

  it('does not make the other benchmarks of a target/criterion folder fail', () => {
    const others = fixtureTree(BASELINE_DIR).filter((f) => !f.path.includes('/mix/'));
    const out = parseInputs([...others, ...v02], 'auto');
    expect(out.results.some((r) => r.id === 'mix [ns]')).toBe(true);
    expect(out.results.length).toBe(parseInputs(fixtureTree(BASELINE_DIR), 'auto').results.length);
  });
});
