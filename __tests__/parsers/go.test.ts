import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import type { BenchmarkResult, ParseOutput } from '../../src/model/result.js';
import { looksLikeGo, parseGo, splitProcs } from '../../src/parsers/go.js';
import { FIXTURES, fixture } from '../helpers/fixtures.js';

const CHECKSUM = 'example.com/benchfix/checksum';
const MATHX = 'example.com/benchfix/mathx';
const TEXTPROC = 'example.com/benchfix/textproc';

function parse(relative: string): ParseOutput {
  return parseGo(fixture(relative));
}

function series(out: ParseOutput, id: string): BenchmarkResult {
  const found = out.results.find((result) => result.id === id);
  if (!found) throw new Error(`no series ${id} in ${out.results.map((result) => result.id).join(', ')}`);
  return found;
}

function ids(out: ParseOutput): string[] {
  return out.results.map((result) => result.id);
}

describe('parseGo: go test -bench text', () => {
  const plain = parse('go/plain_count6_benchmem.txt');

  it('reads every package of a ./... run: one series per (package, benchmark, unit)', () => {
    expect(plain.results).toHaveLength(75);
    expect(new Set(plain.results.map((result) => result.suite))).toEqual(
      new Set([CHECKSUM, MATHX, TEXTPROC]),
    );
    expect(plain.results.filter((result) => result.suite === MATHX)).toHaveLength(21);
    expect(plain.warnings).toEqual([]);
  });

  it('aggregates -count=6 lines into one series with 6 samples in file order', () => {
    const adler = series(plain, `${CHECKSUM}::BenchmarkAdler32/size=64-2 [ns/op]`);
    expect(adler).toMatchObject({
      name: 'BenchmarkAdler32/size=64',
      suite: CHECKSUM,
      params: { size: '64' },
      unit: 'ns/op',
      direction: 'smaller',
      n: 6,
      samples: [173.7, 169.8, 168.4, 171.6, 168.9, 170.2],
      value: 170,
      median: 170,
      min: 168.4,
      max: 173.7,
      extra: { procs: 2, iterations: [6984686, 6678362, 6239390, 7004188, 6736287, 6859720] },
      source: { file: 'go/plain_count6_benchmem.txt', line: 5 },
    });
    expect(adler.mean).toBeCloseTo(170.4333333, 6);
    expect(adler.stddev).toBeCloseTo(1.9479904, 6);
    expect(plain.results.every((result) => result.n === 6 && result.samples?.length === 6)).toBe(true);
  });

  it("keeps every series' samples and iterations in file order when a file repeats its runs 50 times", () => {
    // 50 copies of a real run: far more samples than the reader's sample log starts with, interleaved by unit.
    const file = fixture('go/plain_count6_benchmem.txt');
    const repeated = parseGo({ path: file.path, text: file.text.repeat(50) });
    expect(ids(repeated)).toEqual(ids(plain));
    for (const once of plain.results) {
      const many = series(repeated, once.id);
      const times50 = (values: unknown) => Array.from({ length: 50 }, () => values as number[]).flat();
      expect(many.samples).toEqual(times50(once.samples));
      expect(many.extra?.iterations).toEqual(times50(once.extra?.iterations));
      expect(many.source).toEqual(once.source);
    }
  });

  it('keeps sub-nanosecond values exactly as printed', () => {
    expect(series(plain, `${MATHX}::BenchmarkIncrement-2 [ns/op]`).samples).toEqual([
      0.2921, 0.3344, 0.2783, 0.2935, 0.289, 0.2917,
    ]);
  });

  it('reads the -benchmem columns as B/op and allocs/op series', () => {
    const bytes = series(plain, `${CHECKSUM}::BenchmarkAllocCopy-2 [B/op]`);
    const allocs = series(plain, `${CHECKSUM}::BenchmarkAllocCopy-2 [allocs/op]`);
    expect(bytes.samples).toEqual([512, 512, 512, 512, 512, 512]);
    expect(allocs.samples).toEqual([1, 1, 1, 1, 1, 1]);
    expect(bytes.direction).toBe('smaller');
    expect(allocs.stddev).toBe(0);
  });

  it('reads MB/s from b.SetBytes as bigger-is-better', () => {
    const throughput = series(plain, `${CHECKSUM}::BenchmarkAdler32/size=64-2 [MB/s]`);
    expect(throughput.samples).toEqual([368.36, 376.93, 380.12, 372.88, 378.86, 375.95]);
    expect(throughput.direction).toBe('bigger');
  });

  it('reads b.ReportMetric custom units between ns/op and the -benchmem columns', () => {
    const wordFreq = plain.results.filter((result) => result.name === 'BenchmarkWordFreq');
    expect(wordFreq.map((result) => result.unit)).toEqual([
      'ns/op',
      'items/op',
      'ns/item',
      'B/op',
      'allocs/op',
    ]);
    expect(series(plain, `${TEXTPROC}::BenchmarkWordFreq-2 [items/op]`).samples).toEqual([
      650, 650, 650, 650, 650, 650,
    ]);
    expect(series(plain, `${TEXTPROC}::BenchmarkWordFreq-2 [ns/item]`).samples).toEqual([
      28.55, 26.97, 22.41, 34.23, 31.62, 27.06,
    ]);
  });

  it('turns key=value parts of sub-benchmark names into params, also when a b.Run name contains "/"', () => {
    const csv = series(plain, `${TEXTPROC}::BenchmarkCSV/format=csv/cols=4/rows=1-2 [ns/op]`);
    expect(csv.name).toBe('BenchmarkCSV/format=csv/cols=4/rows=1');
    expect(csv.params).toEqual({ format: 'csv', cols: '4', rows: '1' });
    expect(csv.samples).toEqual([110, 120.8, 115.5, 105.7, 175.8, 100.6]);
    expect(csv.source.line).toBe(158);
  });

  it('keeps positional sub-benchmark names (spaces turned into _ by go) in the name only', () => {
    const tokenize = series(plain, `${TEXTPROC}::BenchmarkTokenize/long_input_x100-2 [ns/op]`);
    expect(tokenize.name).toBe('BenchmarkTokenize/long_input_x100');
    expect(tokenize.params).toBeUndefined();
  });

  it('ignores --- BENCH: blocks of b.Logf lines between the result lines', () => {
    const squares = series(plain, `${MATHX}::BenchmarkSquaresTable-2 [ns/op]`);
    expect(squares.samples).toEqual([163.2, 311.3, 269.2, 232.6, 151.3, 276.7]);
  });

  it('reads the same output saved with CRLF line ends (a log captured on Windows)', () => {
    const { path: file, text } = fixture('go/plain_count6_benchmem.txt');
    expect(parseGo({ path: file, text: text.replaceAll('\n', '\r\n') })).toEqual(plain);
  });

  it('names series without -N suffix when GOMAXPROCS=1 (the baseline/regressed pair, -cpu=1)', () => {
    const baseline = parse('go/baseline_cpu1_count10.txt');
    const regressed = parse('go/regressed_cpu1_count10.txt');
    expect(ids(regressed)).toEqual(ids(baseline));
    expect(baseline.results).toHaveLength(75);
    expect(baseline.results.every((result) => result.n === 10 && result.extra?.procs === undefined)).toBe(
      true,
    );
    expect(series(baseline, `${CHECKSUM}::BenchmarkMix [ns/op]`).name).toBe('BenchmarkMix');
    expect(series(regressed, `${MATHX}::BenchmarkCountPrimes [ns/op]`).suite).toBe(MATHX);
  });
});

describe('parseGo: -cpu=1,2, GOMAXPROCS suffixes and unusual lines', () => {
  const textproc = parse('go/textproc_v_cpu1-2_count2.txt');
  const extra = parse('go/extra_cpu1-2_count2.txt');

  it('gives -cpu=1,2 two series per benchmark: without suffix and with -2', () => {
    const one = series(textproc, `${TEXTPROC}::BenchmarkTokenize/short_input [ns/op]`);
    const two = series(textproc, `${TEXTPROC}::BenchmarkTokenize/short_input-2 [ns/op]`);
    expect(one).toMatchObject({ name: 'BenchmarkTokenize/short_input', samples: [1664, 2397] });
    expect(one.extra?.procs).toBeUndefined();
    expect(two).toMatchObject({
      name: 'BenchmarkTokenize/short_input',
      samples: [3099, 833.8],
      extra: { procs: 2 },
    });
    expect(textproc.results).toHaveLength(56);
  });

  it('skips the bare benchmark names that -v prints before running each benchmark', () => {
    expect(textproc.warnings).toEqual([]);
    expect(
      series(textproc, `${TEXTPROC}::BenchmarkCSV/format=csv/cols=32/rows=10-2 [ns/op]`).source.line,
    ).toBe(42);
  });

  it('does not take the "-2" of a sub-benchmark named n=-2 for a GOMAXPROCS suffix', () => {
    const negative = series(extra, 'example.com/benchextra::BenchmarkShift/n=-2 [ns/op]');
    expect(negative).toMatchObject({
      name: 'BenchmarkShift/n=-2',
      params: { n: '-2' },
      samples: [7.05, 12.35],
    });
    expect(negative.extra?.procs).toBeUndefined();
    const negativeTwoProcs = series(extra, 'example.com/benchextra::BenchmarkShift/n=-2-2 [ns/op]');
    expect(negativeTwoProcs).toMatchObject({
      name: 'BenchmarkShift/n=-2',
      params: { n: '-2' },
      samples: [10.01, 8.469],
      extra: { procs: 2 },
    });
  });

  it('finds the numbers of a benchmark that wrote to stdout after its name', () => {
    expect(series(extra, 'example.com/benchextra::BenchmarkChatty [ns/op]')).toMatchObject({
      samples: [7.874, 8.006],
      extra: { iterations: [60495853, 57656271] },
      source: { line: 16 },
    });
    expect(series(extra, 'example.com/benchextra::BenchmarkChatty-2 [ns/op]').samples).toEqual([
      8.458, 8.601,
    ]);
    expect(extra.warnings).toEqual([]);
  });

  it('takes direction and assumption from Unit metadata lines', () => {
    const hits = series(extra, 'example.com/benchextra::BenchmarkCache [hits/op]');
    const misses = series(extra, 'example.com/benchextra::BenchmarkCache-2 [misses/op]');
    const time = series(extra, 'example.com/benchextra::BenchmarkCache [ns/op]');
    expect(hits).toMatchObject({ direction: 'bigger', samples: [0.75, 0.75] });
    expect(hits.extra?.assume).toBeUndefined();
    expect(misses).toMatchObject({ direction: 'smaller', extra: { procs: 2, assume: 'exact' } });
    expect(time).toMatchObject({ direction: 'smaller', samples: [31.09, 29.37] });
  });

  it('splits the GOMAXPROCS suffix only off a trailing -<digits> that follows a name character', () => {
    expect(splitProcs('BenchmarkX-2')).toEqual({ name: 'BenchmarkX', procs: 2 });
    expect(splitProcs('BenchmarkCSV/format=csv/cols=4/rows=1-16')).toEqual({
      name: 'BenchmarkCSV/format=csv/cols=4/rows=1',
      procs: 16,
    });
    expect(splitProcs('BenchmarkShift/n=-2')).toEqual({ name: 'BenchmarkShift/n=-2' });
    expect(splitProcs('BenchmarkShift/n=-2-2')).toEqual({ name: 'BenchmarkShift/n=-2', procs: 2 });
    expect(splitProcs('BenchmarkX/-3')).toEqual({ name: 'BenchmarkX/-3' });
    expect(splitProcs('BenchmarkX')).toEqual({ name: 'BenchmarkX' });
    expect(splitProcs('BenchmarkX-')).toEqual({ name: 'BenchmarkX-' });
  });
});

describe('parseGo: go test -json (test2json)', () => {
  it('parses a test2json stream exactly like the text it was made from', () => {
    const text = parse('go/textproc_v_cpu1-2_count2.txt');
    const json = parse('go/textproc_v_cpu1-2_count2.test2json.txt');
    const withoutFile = (out: ParseOutput) =>
      out.results.map(({ source, ...rest }) => ({ ...rest, line: source.line }));
    expect(withoutFile(json)).toEqual(withoutFile(text));
    expect(json.results[0]?.source.file).toBe('go/textproc_v_cpu1-2_count2.test2json.txt');
    expect(json.warnings).toEqual([]);
  });

  it('joins result lines that test2json split over two events; the line is the event where it starts', () => {
    const json = parse('go/json_mathx_count3.txt');
    const fib20 = series(json, `${MATHX}::BenchmarkFib/n=20-2 [ns/op]`);
    expect(fib20).toMatchObject({ samples: [6.465, 6.891, 7.245], source: { line: 11 } });
    expect(fib20.extra?.iterations).toEqual([189639889, 185346008, 177125547]);
  });

  it('finds the same series as a text run of the same benchmarks', () => {
    const json = parse('go/json_mathx_count3.txt');
    const plain = parse('go/plain_count6_benchmem.txt');
    expect(ids(json)).toEqual(ids(plain).filter((id) => id.startsWith(`${MATHX}::`)));
    expect(json.results.every((result) => result.n === 3)).toBe(true);
    expect(json.warnings).toEqual([]);
  });
});

describe('parseGo: failures', () => {
  it('warns about a build failure, a panic, failed benchmarks and packages, and keeps the other results', () => {
    const broken = parse('go/broken_benchmem.txt');
    const at = (line: number, message: string) => ({ file: 'go/broken_benchmem.txt', line, message });
    expect(broken.warnings).toEqual([
      at(1, `package ${CHECKSUM} failed to build`),
      at(20, `benchmark BenchmarkZZPanics panicked in ${MATHX}: assignment to entry in nil map`),
      at(32, `package ${MATHX} failed`),
      at(37, `benchmark BenchmarkBrokenFatal-2 failed in ${TEXTPROC}`),
      at(39, `benchmark BenchmarkBrokenErrorf failed in ${TEXTPROC}`),
      at(42, `benchmark BenchmarkBrokenSub/fails failed in ${TEXTPROC}`),
      at(44, `benchmark BenchmarkBrokenSub failed in ${TEXTPROC}`),
      at(55, `package ${TEXTPROC} failed`),
    ]);
    expect(broken.results).toHaveLength(52);
    expect(series(broken, `${TEXTPROC}::BenchmarkBrokenSub/ok-2 [ns/op]`).samples).toEqual([67.52]);
    expect(series(broken, `${MATHX}::BenchmarkSquaresTable-2 [ns/op]`).samples).toEqual([308.2]);
  });

  it('gives the same warnings for the test2json run, plus the skipped benchmark that only -v shows', () => {
    const broken = parse('go/broken_json.txt');
    expect(broken.warnings.map(({ line, message }) => [line, message])).toEqual([
      [1, `package ${CHECKSUM} failed to build`],
      [31, `benchmark BenchmarkZZPanics panicked in ${MATHX}: assignment to entry in nil map`],
      [44, `package ${MATHX} failed`],
      [52, `benchmark BenchmarkBrokenFatal-2 failed in ${TEXTPROC}`],
      [56, `benchmark BenchmarkBrokenSkipped skipped in ${TEXTPROC}`],
      [60, `benchmark BenchmarkBrokenErrorf failed in ${TEXTPROC}`],
      [68, `benchmark BenchmarkBrokenSub/fails failed in ${TEXTPROC}`],
      [70, `benchmark BenchmarkBrokenSub failed in ${TEXTPROC}`],
      [95, `package ${TEXTPROC} failed`],
    ]);
    expect(ids(broken)).toEqual(ids(parse('go/broken_benchmem.txt')));
  });

  it('reports fail and skip events when the stream lacks the --- FAIL / FAIL lines', () => {
    // The real stream with the text verdicts blanked out (line numbers kept): only the events remain.
    const { path: file, text } = fixture('go/broken_json.txt');
    const verdicts = /"Output":"(--- (FAIL|SKIP)|FAIL\\t)/;
    const eventsOnly = text
      .split('\n')
      .map((line) => (verdicts.test(line) ? '' : line))
      .join('\n');
    const broken = parseGo({ path: file, text: eventsOnly });
    expect(broken.warnings.map(({ line, message }) => [line, message])).toEqual([
      [1, `package ${CHECKSUM} failed to build`],
      [31, `benchmark BenchmarkZZPanics panicked in ${MATHX}: assignment to entry in nil map`],
      [45, `package ${MATHX} failed`],
      [55, `benchmark BenchmarkBrokenFatal-2 failed in ${TEXTPROC}`],
      [59, `benchmark BenchmarkBrokenSkipped skipped in ${TEXTPROC}`],
      [67, `benchmark BenchmarkBrokenErrorf failed in ${TEXTPROC}`],
      [69, `benchmark BenchmarkBrokenSub/fails failed in ${TEXTPROC}`],
      [92, `benchmark BenchmarkBrokenSub failed in ${TEXTPROC}`],
      [96, `package ${TEXTPROC} failed`],
    ]);
  });

  it('warns about a result line cut short (a killed CI job) and keeps the lines before it', () => {
    const { path: file, text } = fixture('go/plain_count6_benchmem.txt');
    const truncated = text.slice(0, text.lastIndexOf(' allocs/op'));
    const out = parseGo({ path: file, text: truncated });
    expect(out.warnings).toEqual([
      {
        file,
        line: 187,
        message: 'malformed result line for BenchmarkTokenizeParallel-2: value 14 has no unit; line skipped',
      },
    ]);
    expect(series(out, `${TEXTPROC}::BenchmarkTokenizeParallel-2 [ns/op]`).n).toBe(5);
  });

  it('throws a one-line error for output without any result line', () => {
    const compilerErrors = fixture('go/broken_benchmem.stderr.txt');
    expect(() => parseGo(compilerErrors)).toThrow(InputError);
    expect(() => parseGo(compilerErrors)).toThrow(
      'go/broken_benchmem.stderr.txt: no benchmark result lines found; expected `go test -bench` output ' +
        '(lines like "BenchmarkX-8  1000  123 ns/op")',
    );
    expect(() => parseGo({ path: 'empty.txt', text: '' })).toThrow(
      'empty.txt: no benchmark result lines found;',
    );
  });

  it('names the first problem when nothing could be parsed', () => {
    const { text } = fixture('go/broken_benchmem.txt');
    const buildFailureOnly = { path: 'build.txt', text: text.slice(0, text.indexOf('\n') + 1) };
    expect(() => parseGo(buildFailureOnly)).toThrow(
      `build.txt: no benchmark result lines found (first problem: line 1: package ${CHECKSUM} failed to build); expected`,
    );
  });
});

describe('parseGo: configurations and failed runs', () => {
  it('keeps the note: before and note: after runs of one file apart, as benchstat does', () => {
    const out = parse('go/notes_before_after.txt');
    expect(out.warnings).toEqual([]);
    const mix = out.results.filter((r) => r.name === 'BenchmarkMix' && r.unit === 'ns/op');
    expect(mix.map((r) => [r.id, r.suite, r.params, r.n, r.source.line])).toEqual([
      [`${CHECKSUM} note=before::BenchmarkMix [ns/op]`, `${CHECKSUM} note=before`, { note: 'before' }, 5, 31],
      [`${CHECKSUM} note=after::BenchmarkMix [ns/op]`, `${CHECKSUM} note=after`, { note: 'after' }, 5, 73],
    ]);
    expect(mix[0]?.samples).toEqual([973.2, 1725, 883.3, 1342, 1565]);
    expect(mix[1]?.samples).toEqual([14785, 2092, 3673, 3280, 1350]);
    // Both runs hold the same benchmarks: each configuration has half of the series.
    expect(out.results.filter((r) => r.suite?.endsWith('note=before'))).toHaveLength(out.results.length / 2);
  });

  it('keeps one configuration when every line of the file agrees (goos, cpu repeated per package)', () => {
    const out = parse('go/plain_count6_benchmem.txt');
    expect(out.results.every((r) => r.suite?.startsWith('example.com/') && !r.suite.includes(' '))).toBe(
      true,
    );
  });

  it('does not take `key: value` output a benchmark printed after its name for a configuration', () => {
    const out = parse('go/extra_cpu1-2_count2.txt');
    expect(out.results.some((r) => r.params?.setup !== undefined)).toBe(false);
  });

  it('says the benchmark run failed, naming the benchmarks, when every benchmark failed', () => {
    const failed = fixture('go/failed_only.txt');
    expect(looksLikeGo(failed.text)).toBe(true);
    expect(() => parseGo(failed)).toThrow(
      new InputError(
        'go/failed_only.txt: line 5: the benchmark run failed: BenchmarkBrokenFatal-2, BenchmarkBrokenErrorf (no benchmark result lines)',
      ),
    );
  });
});

describe('parseGo: benchstat test data (golang/perf cmd/benchstat/testdata)', () => {
  const benchstatFiles = readdirSync(path.join(FIXTURES, 'go/benchstat')).filter((name) =>
    name.endsWith('.txt'),
  );

  it.each(benchstatFiles)('parses %s without warnings', (name) => {
    const out = parse(`go/benchstat/${name}`);
    expect(out.results.length).toBeGreaterThan(0);
    expect(out.warnings).toEqual([]);
  });

  it('reads 36 benchmarks x 2 units of crc-old.txt with 10 samples each, under its pkg', () => {
    const crc = parse('go/benchstat/crc-old.txt');
    expect(crc.results).toHaveLength(72);
    expect(crc.results.every((result) => result.n === 10 && result.suite === 'hash/crc32')).toBe(true);
    expect(series(crc, 'hash/crc32::BenchmarkCRC32/poly=IEEE/size=15/align=0-8 [MB/s]')).toMatchObject({
      params: { poly: 'IEEE', size: '15', align: '0' },
      direction: 'bigger',
      extra: { procs: 8 },
    });
  });

  it('keeps assume=exact from a Unit line, and the note: before / note: after configurations apart', () => {
    const units = parse('go/benchstat/units.txt');
    expect(units.results.map((result) => result.id)).toEqual([
      'note=before::BenchmarkSize [text-bytes]',
      'note=after::BenchmarkSize [text-bytes]',
      'note=before::BenchmarkNonExact [text-bytes]',
      'note=after::BenchmarkNonExact [text-bytes]',
    ]);
    const size = series(units, 'note=before::BenchmarkSize [text-bytes]');
    expect(size).toMatchObject({
      name: 'BenchmarkSize',
      suite: 'note=before',
      params: { note: 'before' },
      samples: [100],
      direction: 'smaller',
      extra: { assume: 'exact' },
    });
    expect(series(units, 'note=after::BenchmarkNonExact [text-bytes]').samples).toEqual([101, 101, 101]);
  });
});

describe('looksLikeGo', () => {
  it.each([
    'go/plain_count6_benchmem.txt',
    'go/broken_benchmem.txt',
    'go/broken_json.txt',
    'go/json_mathx_count3.txt',
    'go/extra_cpu1-2_count2.txt',
    'go/benchstat/units.txt',
  ])('recognizes %s', (name) => {
    expect(looksLikeGo(fixture(name).text)).toBe(true);
  });

  const others = readdirSync(path.join(FIXTURES, 'go/not-go'));
  it.each(others)('does not claim the other tool output not-go/%s', (name) => {
    expect(looksLikeGo(fixture(`go/not-go/${name}`).text)).toBe(false);
  });

  it('does not claim compiler errors or empty input', () => {
    expect(looksLikeGo(fixture('go/broken_benchmem.stderr.txt').text)).toBe(false);
    expect(looksLikeGo('')).toBe(false);
  });

  it('looks at the first 64 KB only', () => {
    const { text } = fixture('go/plain_count6_benchmem.txt');
    expect(looksLikeGo(`${'\n'.repeat(64 * 1024)}${text}`)).toBe(false);
  });
});
