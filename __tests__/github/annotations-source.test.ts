import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnnotations } from '../../src/github/annotations.js';
import {
  type BenchmarkSourceIndex,
  findBenchmarkSource,
  indexBenchmarkSources,
} from '../../src/github/benchmark-sources.js';

// A small multi-language repository. Line numbers asserted below are the lines of these snippets.
const FILES: Record<string, string> = {
  'go.mod': 'module example.com/benchfix\n\ngo 1.19\n',
  'checksum/checksum_test.go': [
    'package checksum', // 1
    '', // 2
    'import "testing"', // 3
    '', // 4
    'func BenchmarkAdler32(b *testing.B) {', // 5
    '\tfor _, size := range []int{64, 4096} {', // 6
    '\t\tb.Run(fmt.Sprintf("size=%d", size), func(b *testing.B) {})', // 7
    '\t}', // 8
    '}', // 9
    '', // 10
    'func BenchmarkMix(b *testing.B) {', // 11
    '}', // 12
    '', // 13
    'func benchmarkHelper(b *testing.B) {}', // 14
  ].join('\n'),
  'textproc/textproc_test.go': ['package textproc', '', 'func BenchmarkMix(b *testing.B) {', '}'].join('\n'),
  'mathx/mathx.go': 'package mathx\n\nfunc BenchmarkNotATest() {}\n',
  'tests/test_bench.py': [
    'import pytest', // 1
    '', // 2
    'def test_mix(benchmark):', // 3
    '    benchmark(mix)', // 4
    '', // 5
    '@pytest.mark.parametrize("size", [10, 1000])', // 6
    'def test_sorted(benchmark, size):', // 7
    '    benchmark(sorted, data[:size])', // 8
    '', // 9
    'class TestJson:', // 10
    '    def test_dumps(self, benchmark):', // 11
    '        benchmark(json.dumps, doc)', // 12
    '', // 13
    'async def test_async(benchmark):', // 14
    '    pass', // 15
  ].join('\n'),
  'other/sort_test.py': 'def test_sorted(benchmark):\n    pass\n',
  'helpers.py': 'def test_not_in_a_test_file():\n    pass\n',
  'benches/crit.rs': [
    'use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};', // 1
    '', // 2
    'fn plain(c: &mut Criterion) {', // 3
    '    c.bench_function("fib_rec 15", |b| b.iter(|| fib_rec(15)));', // 4
    '    c.bench_function("count_primes/2000", |b| b.iter(|| count_primes(2000)));', // 5
    '    c.bench_function(', // 6
    '        "say \\"hi\\" (twice)",', // 7
    '        |b| b.iter(|| hi()),', // 8
    '    );', // 9
    '}', // 10
    '', // 11
    'fn groups(c: &mut Criterion) {', // 12
    '    let mut group = c.benchmark_group("fib");', // 13
    '    for n in [10u64, 20] {', // 14
    '        group.bench_with_input(BenchmarkId::new("iterative", n), &n, |b, &n| b.iter(|| fib(n)));', // 15
    '    }', // 16
    '    group.finish();', // 17
    '    let mut group = c.benchmark_group("fnv1a");', // 18
    '    group.bench_with_input(BenchmarkId::from_parameter(64), &data, |b, d| b.iter(|| fnv1a(d)));', // 19
    '}', // 20
  ].join('\n'),
  'src/lib.rs': 'pub fn f() { c.bench_function("not in benches", |b| b.iter(|| 1)); }\n',
  'bench.mjs': [
    "import { Bench } from 'tinybench';", // 1
    'const bench = new Bench({ time: 500 });', // 2
    'bench', // 3
    "  .add('mix', () => { sink ^= mix(12345); })", // 4
    "  .add('count primes < 20000', () => {})", // 5
    "  .add('fibRec(20)', () => {})", // 6
    "  .add('JSON.parse(JSON.stringify(payload))', () => {})", // 7
    '  .add(\'sort [2000] numbers\', () => {}).add("a+b*c?", () => {})', // 8
    "  .add('it\\'s $1 \\\\o/', () => {});", // 9
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of a template literal
    'bench.add(`tmpl ${n}`, () => {});', // 10
    'bench.add(`plain template`, () => {});', // 11
  ].join('\n'),
  'bench/workload.bench.js': [
    "import { bench, describe } from 'vitest';", // 1
    "describe('hashing', () => {", // 2
    "  bench('mix', () => {}, { time: 300 });", // 3
    "  bench('count primes < 20000', () => {}, { time: 300 });", // 4
    '});', // 5
    "describe('sorting', () => {", // 6
    '  bench(', // 7
    "    'Array#sort numeric',", // 8
    '    () => {},', // 9
    '  );', // 10
    "  bench.skip('^(skipped)$', () => {});", // 11
    '});', // 12
  ].join('\n'),
  'src/types.d.ts': "declare function bench(name: 'declared only'): void;\n",
  // Places a benchmark must never be found in.
  'node_modules/dep/dep_test.go': 'func BenchmarkHidden(b *testing.B) {}\n',
  'vendor/lib/lib_test.go': 'func BenchmarkHidden(b *testing.B) {}\n',
  'target/benches/gen.rs': 'c.bench_function("hidden", |b| b.iter(|| 1));\n',
  '.venv/lib/test_hidden.py': 'def test_hidden(benchmark):\n    pass\n',
  '.git/hooks/x_test.go': 'func BenchmarkHidden(b *testing.B) {}\n',
};

let workspace: string;
let outside: string;
let index: BenchmarkSourceIndex;

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'perf-regression-sources-'));
  outside = await mkdtemp(path.join(tmpdir(), 'perf-regression-outside-'));
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true });
    await writeFile(path.join(workspace, file), text);
  }
  await writeFile(path.join(outside, 'escape_test.go'), 'func BenchmarkOutside(b *testing.B) {}\n');
  await symlink(outside, path.join(workspace, 'linked'));
  await symlink(path.join(outside, 'escape_test.go'), path.join(workspace, 'link_test.go'));
  index = await indexBenchmarkSources(workspace);
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('indexBenchmarkSources: go', () => {
  it('finds func BenchmarkX( from the top-level name of a sub-benchmark with a -N procs suffix', () => {
    expect(index.lookup({ name: 'BenchmarkAdler32/size=64-8', format: 'go' })).toEqual({
      file: 'checksum/checksum_test.go',
      line: 5,
    });
    expect(index.lookup({ name: 'BenchmarkAdler32-2', format: 'go' })?.line).toBe(5);
  });

  it('chooses among namesakes by the package path in the suite', () => {
    const mix = (suite?: string) => index.lookup({ name: 'BenchmarkMix', suite, format: 'go' });
    expect(mix('example.com/benchfix/textproc')).toEqual({ file: 'textproc/textproc_test.go', line: 3 });
    expect(mix('example.com/benchfix/checksum')).toEqual({ file: 'checksum/checksum_test.go', line: 11 });
  });

  it('gives no answer when namesakes in different files cannot be told apart', () => {
    expect(index.lookup({ name: 'BenchmarkMix', format: 'go' })).toBeUndefined();
    expect(
      index.lookup({ name: 'BenchmarkMix', suite: 'example.com/benchfix/mathx', format: 'go' }),
    ).toBeUndefined();
  });

  it('ignores non-test files, unexported helpers and unknown names', () => {
    expect(index.lookup({ name: 'BenchmarkNotATest', format: 'go' })).toBeUndefined();
    expect(index.lookup({ name: 'benchmarkHelper', format: 'go' })).toBeUndefined();
    expect(index.lookup({ name: 'BenchmarkNope', format: 'go' })).toBeUndefined();
  });
});

describe('indexBenchmarkSources: pytest', () => {
  it('finds def test_x( from a parametrized name, a class member and an async test', () => {
    const find = (name: string) => index.lookup({ name, format: 'pytest' });
    expect(find('test_mix')).toEqual({ file: 'tests/test_bench.py', line: 3 });
    expect(find('tests/test_bench.py::test_sorted[10]')).toEqual({ file: 'tests/test_bench.py', line: 7 });
    expect(find('TestJson::test_dumps')).toEqual({ file: 'tests/test_bench.py', line: 11 });
    expect(find('test_async')).toEqual({ file: 'tests/test_bench.py', line: 14 });
  });

  it('tells namesakes apart by the file a full name points at, else gives no answer', () => {
    expect(index.lookup({ name: 'other/sort_test.py::test_sorted[x]', format: 'pytest' })).toEqual({
      file: 'other/sort_test.py',
      line: 1,
    });
    expect(index.lookup({ name: 'test_sorted[10]', format: 'pytest' })).toBeUndefined();
  });

  it('reads only test_*.py and *_test.py files', () => {
    expect(index.lookup({ name: 'test_not_in_a_test_file', format: 'pytest' })).toBeUndefined();
  });
});

describe('indexBenchmarkSources: criterion', () => {
  const find = (name: string) => index.lookup({ name, format: 'criterion' });

  it('finds bench_function names, including one with a slash and one on the next line', () => {
    expect(find('fib_rec 15')).toEqual({ file: 'benches/crit.rs', line: 4 });
    expect(find('count_primes/2000')).toEqual({ file: 'benches/crit.rs', line: 5 });
    expect(find('say "hi" (twice)')).toEqual({ file: 'benches/crit.rs', line: 6 });
  });

  it('finds a grouped benchmark at its BenchmarkId, else at the benchmark_group', () => {
    expect(find('fib/iterative/10')).toEqual({ file: 'benches/crit.rs', line: 15 });
    expect(find('fnv1a/64')).toEqual({ file: 'benches/crit.rs', line: 18 });
  });

  it('reads only files under a benches/ directory', () => {
    expect(find('not in benches')).toBeUndefined();
  });
});

describe('indexBenchmarkSources: tinybench and vitest', () => {
  const find = (name: string, suite?: string) => index.lookup({ name, suite, format: 'tinybench' });

  it('finds names full of regex metacharacters as plain text', () => {
    expect(find('fibRec(20)')).toEqual({ file: 'bench.mjs', line: 6 });
    expect(find('JSON.parse(JSON.stringify(payload))')).toEqual({ file: 'bench.mjs', line: 7 });
    expect(find('sort [2000] numbers')).toEqual({ file: 'bench.mjs', line: 8 });
    expect(find('a+b*c?')).toEqual({ file: 'bench.mjs', line: 8 });
    expect(find("it's $1 \\o/")).toEqual({ file: 'bench.mjs', line: 9 });
    expect(find('^(skipped)$')).toEqual({ file: 'bench/workload.bench.js', line: 11 });
    expect(find('Array#sort numeric')).toEqual({ file: 'bench/workload.bench.js', line: 7 });
    expect(find('plain template')).toEqual({ file: 'bench.mjs', line: 11 });
  });

  it('does not treat a regex-looking name as a pattern', () => {
    expect(find('.*')).toBeUndefined();
    expect(find('fibRec.20.')).toBeUndefined();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text, which is not a fixed name
    expect(find('tmpl ${n}')).toBeUndefined();
    expect(find('__proto__')).toBeUndefined();
    expect(find('constructor')).toBeUndefined();
  });

  it('prefers *.bench.* files, unless the suite names the file', () => {
    expect(find('mix')).toEqual({ file: 'bench/workload.bench.js', line: 3 });
    expect(find('mix', 'bench.mjs')).toEqual({ file: 'bench.mjs', line: 4 });
    expect(find('count primes < 20000', 'bench/workload.bench.js > hashing')).toEqual({
      file: 'bench/workload.bench.js',
      line: 4,
    });
  });

  it('skips declaration files', () => {
    expect(find('declared only')).toBeUndefined();
  });
});

describe('indexBenchmarkSources: the walk', () => {
  it('never looks in node_modules, vendor, target, dot-directories or through symbolic links', () => {
    for (const format of ['go', 'pytest', 'criterion'] as const) {
      expect(index.lookup({ name: 'BenchmarkHidden', format })).toBeUndefined();
    }
    expect(index.lookup({ name: 'hidden', format: 'criterion' })).toBeUndefined();
    expect(index.lookup({ name: 'test_hidden', format: 'pytest' })).toBeUndefined();
    expect(index.lookup({ name: 'BenchmarkOutside', format: 'go' })).toBeUndefined();
  });

  it('reads each candidate file once, however many names are looked up', () => {
    // go: 2 test files; python: 2; rust: 1; js: 2 (+ the .d.ts is skipped by name).
    expect(index).toMatchObject({ filesRead: 7, complete: true });
  });

  it('looks in every language for the json format', () => {
    expect(index.lookup({ name: 'fibRec(20)', format: 'json' })).toEqual({ file: 'bench.mjs', line: 6 });
    expect(index.lookup({ name: 'BenchmarkAdler32', format: 'json' })?.line).toBe(5);
  });

  it('indexes only the languages asked for', async () => {
    const goOnly = await indexBenchmarkSources(workspace, { formats: ['go'] });
    expect(goOnly.filesRead).toBe(2);
    expect(goOnly.lookup({ name: 'fibRec(20)', format: 'json' })).toBeUndefined();
  });

  it('says it is incomplete when the file limit stops it', async () => {
    const limited = await indexBenchmarkSources(workspace, { maxFiles: 3 });
    expect(limited).toMatchObject({ filesRead: 3, complete: false });
    const fewEntries = await indexBenchmarkSources(workspace, { maxEntries: 5 });
    expect(fewEntries.complete).toBe(false);
  });

  it('skips files larger than the size limit', async () => {
    const small = await indexBenchmarkSources(workspace, { formats: ['go'], maxFileBytes: 100 });
    expect(small.lookup({ name: 'BenchmarkMix', format: 'go' })).toEqual({
      file: 'textproc/textproc_test.go',
      line: 3,
    });
  });
});

describe('findBenchmarkSource', () => {
  it('finds one benchmark', async () => {
    expect(await findBenchmarkSource(workspace, { name: 'TestJson::test_dumps', format: 'pytest' })).toEqual({
      file: 'tests/test_bench.py',
      line: 11,
    });
  });

  it('answers undefined for a workspace that does not exist', async () => {
    expect(
      await findBenchmarkSource(path.join(workspace, 'missing'), { name: 'x', format: 'go' }),
    ).toBeUndefined();
  });
});

describe('with buildAnnotations', () => {
  it('puts annotations on the definitions it finds and on the result line otherwise', () => {
    const annotations = buildAnnotations(
      [
        {
          name: 'sort [2000] numbers',
          format: 'tinybench',
          status: 'regression',
          message: '+12%',
          source: { file: 'results.json' },
        },
        {
          name: 'BenchmarkGone-2',
          format: 'go',
          status: 'regression',
          message: '+9%',
          source: { file: 'new.txt', line: 9 },
        },
      ],
      index.lookup,
    );
    expect(annotations.map((a) => [a.path, a.start_line])).toEqual([
      ['bench.mjs', 8],
      ['new.txt', 9],
    ]);
  });
});
