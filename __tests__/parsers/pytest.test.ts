import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchmarkResult } from '../../src/model/result.js';
import type { InputFile } from '../../src/parsers/input.js';
import { looksLikePytest, parsePytest } from '../../src/parsers/pytest.js';
import { FIXTURES, fixture } from '../helpers/fixtures.js';

const FULLNAMES = [
  'test_benchfix.py::test_mix',
  'test_benchfix.py::test_count_primes',
  'test_benchfix.py::test_sorted[10]',
  'test_benchfix.py::test_sorted[100]',
  'test_benchfix.py::test_sorted[1000]',
  'test_benchfix.py::test_tokenize[True-short input]',
  'test_benchfix.py::test_tokenize[True-long-input x20]',
  'test_benchfix.py::test_tokenize[False-short input]',
  'test_benchfix.py::test_tokenize[False-long-input x20]',
  'test_benchfix.py::test_fib_rec_pedantic',
  'test_benchfix.py::test_fib_rec_pedantic_setup',
  'test_benchfix.py::test_sleep_1ms',
  'test_benchfix.py::TestJson::test_dumps',
  'test_benchfix.py::TestJson::test_loads',
  'test_benchfix.py::test_no_group_tiny',
];
const IDS = FULLNAMES.map((name) => `${name} [s]`);
const SENTENCE = 'The quick brown fox jumps over the lazy dog; 42 dogs, 7 foxes ';
const OPTIONS = {
  disable_gc: false,
  timer: 'perf_counter',
  min_rounds: 5,
  max_time: 0.5,
  min_time: 0.002,
  warmup: false,
};

type PytestJson = { benchmarks: Record<string, unknown>[] };

function parse(relative: string): BenchmarkResult[] {
  return parsePytest(fixture(relative)).results;
}

function byName(results: BenchmarkResult[], fullname: string): BenchmarkResult {
  const found = results.find((r) => r.id === `${fullname} [s]`);
  if (!found) throw new Error(`no result ${fullname}`);
  return found;
}

/** A real fixture, changed in memory by `edit` (to test what a damaged or hand-made file does). */
function edited(relative: string, edit: (json: PytestJson) => void): InputFile {
  const json = JSON.parse(fixture(relative).text);
  edit(json);
  return { path: 'bench.json', text: JSON.stringify(json, null, 4) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

describe('parsePytest on --benchmark-json output of pytest-benchmark 3.2.2', () => {
  const results = parse('pytest/baseline.json');

  it('reads one series per benchmark, keyed by fullname, in seconds, smaller is better', () => {
    expect(results.map((r) => r.id)).toEqual(IDS);
    expect(new Set(results.map((r) => r.unit))).toEqual(new Set(['s']));
    expect(new Set(results.map((r) => r.direction))).toEqual(new Set(['smaller']));
  });

  it('keeps every round of stats.data as a sample and the tool’s median as the value', () => {
    const mix = byName(results, 'test_benchfix.py::test_mix');
    expect(mix).toMatchObject({
      name: 'test_mix',
      suite: 'mixing',
      n: 194,
      value: 2.6229960001273865e-5,
      median: 2.6229960001273865e-5,
      mean: 2.676056582456497e-5,
      min: 2.5447289999647182e-5,
      max: 3.737256000022171e-5,
      stddev: 1.8264166706942643e-6,
      source: { file: 'pytest/baseline.json', line: 35 },
    });
    expect(mix.samples).toHaveLength(194);
    expect(mix.samples?.[0]).toBe(2.5814539999373664e-5);
    expect(mix.samples?.at(-1)).toBe(2.6149339996663913e-5);
    expect(mix.params).toBeUndefined();
  });

  it('has value equal to the median of the samples for every benchmark', () => {
    for (const result of results) expect(result.value).toBe(median(result.samples ?? []));
  });

  it('puts the rest of stats, extra_info, param and options in extra', () => {
    const primes = byName(results, 'test_benchfix.py::test_count_primes');
    expect(primes.extra).toEqual({
      iqr: 2.682887480887075e-5,
      q1: 0.0010397008750828718,
      q3: 0.0010665297498917425,
      iqr_outliers: 14,
      stddev_outliers: 27,
      outliers: '27;14',
      ld15iqr: 0.001003189000130078,
      hd15iqr: 0.0011093570001321496,
      ops: 944.3194135371451,
      total: 0.2467385469999499,
      iterations: 2,
      extra_info: { n: 3000, primes_found: 430 },
      options: OPTIONS,
    });
    expect(byName(results, 'test_benchfix.py::test_sleep_1ms').extra?.extra_info).toEqual({
      note: 'sleeps 1 ms per call',
    });
    expect(byName(results, 'test_benchfix.py::test_mix').extra).not.toHaveProperty('extra_info');
  });

  it('turns params into strings and keeps the parametrization id as extra.param', () => {
    const sorted10 = byName(results, 'test_benchfix.py::test_sorted[10]');
    expect(sorted10).toMatchObject({
      name: 'test_sorted[10]',
      suite: 'sort',
      params: { size: '10' },
      n: 243,
    });
    expect(sorted10.extra?.param).toBe('10');
    const tokenize = byName(results, 'test_benchfix.py::test_tokenize[True-short input]');
    expect(tokenize).toMatchObject({ suite: 'tokenize', params: { lower: 'true', text: SENTENCE }, n: 62 });
    expect(tokenize.extra?.param).toBe('True-short input');
    expect(tokenize.samples?.[0]).toBe(7.901886999661655e-7);
    expect(tokenize.samples?.at(-1)).toBe(7.747597999696154e-7);
  });

  it('leaves suite unset for a benchmark without group, and names class tests by their method', () => {
    expect(byName(results, 'test_benchfix.py::test_no_group_tiny').suite).toBeUndefined();
    expect(byName(results, 'test_benchfix.py::TestJson::test_dumps')).toMatchObject({
      name: 'test_dumps',
      suite: 'json',
      n: 108,
    });
  });

  it('reads pedantic runs with their fixed rounds and iterations', () => {
    const pedantic = byName(results, 'test_benchfix.py::test_fib_rec_pedantic');
    expect(pedantic.n).toBe(20);
    expect(pedantic.extra?.iterations).toBe(5);
    expect(byName(results, 'test_benchfix.py::test_fib_rec_pedantic_setup').n).toBe(50);
  });

  it('points each series at the line of its "fullname"', () => {
    expect(results.map((r) => r.source.line).slice(0, 3)).toEqual([35, 266, 539]);
    expect(results.at(-1)?.source).toEqual({ file: 'pytest/baseline.json', line: 3005 });
  });

  it('warns about nothing', () => {
    expect(parsePytest(fixture('pytest/baseline.json')).warnings).toEqual([]);
  });
});

describe('parsePytest on a --benchmark-save file without raw data', () => {
  const saved = parse('pytest/saved_0001_baseline_no_data.json');

  it('uses stats.median as value and stats.rounds as n, with no samples', () => {
    expect(saved.map((r) => r.id)).toEqual(IDS);
    const mix = byName(saved, 'test_benchfix.py::test_mix');
    expect(mix).toMatchObject({ n: 194, value: 2.6229960001273865e-5, mean: 2.676056582456497e-5 });
    expect(mix.samples).toBeUndefined();
    expect(mix.source).toEqual({ file: 'pytest/saved_0001_baseline_no_data.json', line: 35 });
    expect(byName(saved, 'test_benchfix.py::test_count_primes').source.line).toBe(70);
  });

  it('gives the same values as the --benchmark-json file of the same run', () => {
    const full = parse('pytest/baseline.json');
    expect(saved.map((r) => [r.value, r.n, r.mean, r.stddev])).toEqual(
      full.map((r) => [r.value, r.n, r.mean, r.stddev]),
    );
  });
});

describe('parsePytest on pytest-benchmark 5.2.3 output', () => {
  it('reads --benchmark-json output with the same ids as 3.2.2', () => {
    const results = parse('pytest/v5_benchmark.json');
    expect(results.map((r) => r.id)).toEqual(IDS);
    const sorted10 = byName(results, 'test_benchfix.py::test_sorted[10]');
    expect(sorted10).toMatchObject({
      suite: 'sort',
      params: { size: '10' },
      n: 79,
      value: 2.3921800000152873e-7,
      source: { file: 'pytest/v5_benchmark.json', line: 511 },
    });
    expect(sorted10.samples?.[0]).toBe(2.410435999991023e-7);
    expect(sorted10.samples?.at(-1)).toBe(2.386988000012025e-7);
    expect(sorted10.extra).toMatchObject({
      iterations: 10000,
      ops: 3229789.300112972,
      param: '10',
      options: OPTIONS,
    });
  });

  it('reads a 5.2.3 --benchmark-save file without data', () => {
    const results = parse('pytest/saved_0001_v5_no_data.json');
    expect(results.map((r) => r.id)).toEqual(IDS);
    const primes = byName(results, 'test_benchfix.py::test_count_primes');
    expect(primes).toMatchObject({
      n: 101,
      value: 0.0009754470000871152,
      extra: { extra_info: { n: 3000, primes_found: 430 }, iterations: 1 },
    });
    expect(primes.samples).toBeUndefined();
  });

  it('ignores the cprofile lists of --benchmark-cprofile', () => {
    const results = parse('pytest/v5_cprofile.json');
    expect(results.map((r) => r.id)).toEqual(IDS.filter((id) => /test_mix|test_sorted/.test(id)));
    const mix = byName(results, 'test_benchfix.py::test_mix');
    expect(mix).toMatchObject({ n: 71, value: 7.06358000002183e-5 });
    expect(mix.extra).not.toHaveProperty('cprofile');
  });
});

describe('the committed baseline/regressed pairs', () => {
  const ratio = (base: string, regr: string, fullname: string) =>
    byName(parse(regr), fullname).value / byName(parse(base), fullname).value;

  it('pair_*: test_mix median 9.5% slower, test_count_primes 59.9% faster', () => {
    expect(
      ratio('pytest/pair_baseline.json', 'pytest/pair_regressed.json', 'test_benchfix.py::test_mix'),
    ).toBeCloseTo(1.0949, 4);
    expect(
      ratio('pytest/pair_baseline.json', 'pytest/pair_regressed.json', 'test_benchfix.py::test_count_primes'),
    ).toBeCloseTo(0.4007, 4);
  });

  it('noisy_*: both files parse into the same 15 series', () => {
    expect(parse('pytest/noisy_baseline.json').map((r) => r.id)).toEqual(IDS);
    expect(parse('pytest/noisy_regressed.json').map((r) => r.id)).toEqual(IDS);
  });
});

describe('parsePytest errors', () => {
  const fail = (file: InputFile) => () => parsePytest(file);

  it('reports a cut-off file as truncated JSON at the line where it ends', () => {
    const text = fixture('pytest/baseline.json').text.slice(0, 2000);
    expect(text.split('\n')).toHaveLength(62);
    expect(fail({ path: 'bench.json', text })).toThrow(
      'bench.json: line 62: truncated JSON; expected pytest-benchmark JSON (--benchmark-json or a --benchmark-save file)',
    );
  });

  it('rejects JSON without a "benchmarks" array', () => {
    const message =
      'bench.json: $: expected an object with a "benchmarks" array: pytest-benchmark JSON (--benchmark-json or a --benchmark-save file)';
    expect(fail({ path: 'bench.json', text: '[]' })).toThrow(message);
    expect(
      fail(edited('pytest/baseline.json', (json) => Reflect.deleteProperty(json, 'benchmarks'))),
    ).toThrow(message);
  });

  it('rejects a benchmark that is not an object or has no fullname', () => {
    expect(fail(edited('pytest/baseline.json', (json) => (json.benchmarks[1] = [] as never)))).toThrow(
      'bench.json: $.benchmarks[1]: expected a benchmark object',
    );
    expect(fail(edited('pytest/baseline.json', (json) => delete json.benchmarks[2]?.fullname))).toThrow(
      'bench.json: $.benchmarks[2]: expected "fullname" string',
    );
  });

  it('rejects a benchmark without stats, naming it', () => {
    expect(fail(edited('pytest/baseline.json', (json) => delete json.benchmarks[3]?.stats))).toThrow(
      'bench.json: $.benchmarks[3]: expected "stats" object in benchmark "test_sorted[100]"',
    );
  });

  it('rejects non-numeric stats and samples', () => {
    const setStat = (i: number, key: string, value: unknown) => (json: PytestJson) => {
      statsOf(json, i)[key] = value;
    };
    expect(fail(edited('pytest/baseline.json', setStat(0, 'median', '2.6e-05')))).toThrow(
      'bench.json: $.benchmarks[0].stats.median: expected a finite number in benchmark "test_mix"',
    );
    expect(fail(edited('pytest/baseline.json', setStat(1, 'stddev', null)))).toThrow(
      'bench.json: $.benchmarks[1].stats.stddev: expected a finite number in benchmark "test_count_primes"',
    );
    expect(fail(edited('pytest/baseline.json', setStat(0, 'data', [])))).toThrow(
      'bench.json: $.benchmarks[0].stats.data: expected a non-empty array of numbers in benchmark "test_mix"',
    );
    const slowSample = (json: PytestJson) => {
      (statsOf(json, 0).data as unknown[])[5] = 'slow';
    };
    expect(fail(edited('pytest/baseline.json', slowSample))).toThrow(
      'bench.json: $.benchmarks[0].stats.data[5]: expected a finite number in benchmark "test_mix"',
    );
  });

  it('needs stats.rounds when there is no raw data', () => {
    const noRounds = (json: PytestJson) => {
      statsOf(json, 0).rounds = 0;
    };
    expect(fail(edited('pytest/saved_0001_baseline_no_data.json', noRounds))).toThrow(
      'bench.json: $.benchmarks[0].stats.rounds: expected a positive integer in benchmark "test_mix"',
    );
  });

  it('falls back to the last part of fullname when "name" is missing', () => {
    const noName = edited('pytest/baseline.json', (json) => delete json.benchmarks[12]?.name);
    expect(parsePytest(noName).results[12]).toMatchObject({
      id: 'test_benchfix.py::TestJson::test_dumps [s]',
      name: 'test_dumps',
    });
  });

  it('warns when the file has no benchmarks at all', () => {
    const empty = edited('pytest/baseline.json', (json) => (json.benchmarks = []));
    expect(parsePytest(empty)).toEqual({
      results: [],
      warnings: [{ file: 'bench.json', message: 'no benchmarks in file (did every benchmark fail?)' }],
    });
  });
});

function statsOf(json: PytestJson, i: number): Record<string, unknown> {
  const stats = json.benchmarks[i]?.stats;
  if (typeof stats !== 'object' || stats === null) throw new Error(`fixture has no stats in benchmark ${i}`);
  return stats as Record<string, unknown>;
}

describe('looksLikePytest', () => {
  const pytestFiles = readdirSync(path.join(FIXTURES, 'pytest')).filter((f) => f.endsWith('.json'));

  it('recognizes every pytest-benchmark fixture (3.2.2 and 5.2.3, json and saved files)', () => {
    expect(pytestFiles).toHaveLength(9);
    for (const name of pytestFiles) expect(looksLikePytest(fixture(`pytest/${name}`).text), name).toBe(true);
  });

  it('does not claim google-benchmark JSON, which has a "benchmarks" array too', () => {
    expect(looksLikePytest(fixture('json/other-tools/google_benchmark_single_run.json').text)).toBe(false);
  });

  it('does not claim JSON arrays or text', () => {
    expect(looksLikePytest(fixture('json/timing_array.json').text)).toBe(false);
    expect(looksLikePytest(fixture('json/other-tools/libtest_format_json.txt').text)).toBe(false);
  });
});
