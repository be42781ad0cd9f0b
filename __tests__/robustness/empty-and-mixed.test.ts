// Issue 17, item 1: a run of no series is an error naming each file and what it held; a text file
// holding two tools' output is refused rather than read in part.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { detectFormat } from '../../src/parsers/detect.js';
import { parseInputs } from '../../src/parsers/index.js';
import { sampleSummary } from '../../src/parsers/sample-summary.js';
import type { ReadRun } from '../../src/pipeline/compare-run.js';
import { emptyRunMessage } from '../../src/pipeline/run-checks.js';
import { MAX_NAME_IN_TABLE, renderMarkdown } from '../../src/render/markdown.js';
import { fixture } from '../helpers/fixtures.js';
import { comparedSeries, reportOf } from '../render/reports.js';

/** A run as readRun returns it: each file's path and the format it looked like. */
function runOf(files: { path: string; text: string }[]): ReadRun {
  return {
    files: files.map((f) => ({ path: f.path, detected: detectFormat(f) })),
    parsed: parseInputs(files, 'auto'),
  };
}

describe('a run that holds no series', () => {
  it('names every file, the format it was read as and why it held nothing, in one line', () => {
    const pytest = { path: 'out/bench.json', text: '{"machine_info": {}, "benchmarks": []}' };
    const json = { path: 'out/custom.json', text: '[]' };
    const message = emptyRunMessage(runOf([pytest]), 'auto', 'current');
    expect(message).toBe(
      'the current run holds no benchmark series: out/bench.json (pytest output, 0 series: no benchmarks in file (did every benchmark fail?)); every benchmark failed or was skipped, or the files are not the benchmark output',
    );
    const forced = emptyRunMessage({ files: [json], parsed: parseInputs([json], 'json') }, 'json', 'current');
    expect(forced).toMatch(
      /^the current run holds no benchmark series: out\/custom\.json \(json output, 0 series[):]/,
    );
    expect(forced).not.toContain('\n');
  });

  it('names five files and counts the rest', () => {
    const files = Array.from({ length: 8 }, (_, i) => ({
      path: `r${i}.json`,
      text: '{"machine_info": {}, "benchmarks": []}',
    }));
    const message = emptyRunMessage(runOf(files), 'auto', 'current') ?? '';
    expect(message.match(/r\d\.json/g)).toEqual(['r0.json', 'r1.json', 'r2.json', 'r3.json', 'r4.json']);
    expect(message).toContain('and 3 more file(s)');
  });

  it('says nothing of a run that holds series', () => {
    expect(emptyRunMessage(runOf([fixture('pytest/baseline.json')]), 'auto', 'current')).toBeUndefined();
  });
});

describe('a text file holding two tools’ output', () => {
  const goText = fixture('go/baseline_cpu1_count10.txt').text;
  const criterionText = fixture('criterion/baseline.txt').text;

  it('go test then cargo bench is refused, naming where each part starts', () => {
    const file = { path: 'bench.log', text: `${goText}\n${criterionText}` };
    const goLines = goText.split('\n');
    const firstGo = goLines.findIndex((l) => /^Benchmark\S+\s+\d+\s/.test(l)) + 1;
    expect(() => parseInputs([file], 'auto')).toThrow(InputError);
    expect(() => parseInputs([file], 'auto')).toThrow(
      new RegExp(
        `^bench\\.log: holds the output of two tools, go test \\(line ${firstGo}\\) and criterion \\(line \\d+\\); write each tool's output to its own file and list both$`,
      ),
    );
  });

  it('cargo bench then go test, far past the start the format is sniffed from, is refused too', () => {
    const file = { path: 'bench.log', text: `${criterionText}\n${'\n'.repeat(100_000)}${goText}` };
    expect(() => parseInputs([file], 'auto')).toThrow(
      /holds the output of two tools, criterion \(line \d+\) and go test \(line \d{6}\)/,
    );
  });

  it('libtest bench lines with go output are two tools as well', () => {
    const libtest = fixture('rust-libtest/cargo_nightly_bench.txt').text;
    const file = { path: 'b.txt', text: `${libtest}\n${goText}` };
    expect(() => parseInputs([file], 'auto')).toThrow(/libtest bench \(line \d+\) and go test \(line \d+\)/);
  });

  it('go test with benchmark.js lines, or with a JSON report, is refused too (parts in file order)', () => {
    const benchmarkJs = fixture('benchmarkjs/baseline.txt').text;
    const generic = fixture('json/timing_array.json').text;
    expect(() => parseInputs([{ path: 'b.txt', text: `${goText}\n${benchmarkJs}` }], 'auto')).toThrow(
      /go test \(line \d+\) and benchmark\.js \(line \d+\)/,
    );
    expect(() => parseInputs([{ path: 'b.txt', text: `${generic}\n${goText}` }], 'auto')).toThrow(
      /two tools, JSON \(line 1\) and go test \(line \d+\)/,
    );
    expect(() => parseInputs([{ path: 'b.txt', text: `${goText}\n${generic}` }], 'auto')).toThrow(
      /two tools, go test \(line \d+\) and JSON \(line \d+\)/,
    );
  });

  it('each tool alone is read as before, and a forced format reads its own part', () => {
    expect(parseInputs([{ path: 'g.txt', text: goText }], 'auto').results).toHaveLength(75);
    expect(parseInputs([{ path: 'c.txt', text: criterionText }], 'auto').results.length).toBeGreaterThan(0);
    const mixed = { path: 'bench.log', text: `${goText}\n${criterionText}` };
    expect(parseInputs([mixed], 'go').results).toHaveLength(75);
  });
});

describe('a 10,000-character benchmark name in the comment', () => {
  it('is shortened in the tables, so every regression still fits; the report keeps it whole', () => {
    const long = 'B'.repeat(10_000);
    const series = [
      comparedSeries(long, 'regression', 100, 130),
      ...Array.from({ length: 20 }, (_, i) => comparedSeries(`BenchmarkR${i}`, 'regression', 100, 130)),
    ];
    const report = reportOf(series, { verdict: 'regression' });
    const markdown = renderMarkdown(report);

    for (let i = 0; i < 20; i++) expect(markdown).toContain(`BenchmarkR${i} `);
    expect(markdown).toContain(`${'B'.repeat(MAX_NAME_IN_TABLE - 1)}…`);
    expect(markdown).not.toContain('B'.repeat(MAX_NAME_IN_TABLE));
    expect(report.series[0]?.name).toHaveLength(10_000);
  });
});

describe('inputs at the limits of numbers and nesting', () => {
  it('100,000-deep JSON is a one-line error naming the file, for every JSON format', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const stats = '"stats": {"median": 1, "data": [1]}';
    const pytest = `{"machine_info": {}, "benchmarks": [{"fullname": "t", ${stats}, "extra_info": {"x": ${deep}}}]}`;
    expect(() => parseInputs([{ path: 'deep.json', text: pytest }], 'auto')).toThrow(
      /^deep\.json: line 1: JSON nested more than 1000 levels deep; expected pytest-benchmark JSON/,
    );
    const generic = `[{"name": "a", "unit": "ns", "value": 1, "extra": ${deep}}]`;
    expect(() => parseInputs([{ path: 'g.json', text: generic }], 'json')).toThrow(
      /^g\.json: line 1: JSON nested more than 1000 levels deep/,
    );
  });

  it('brackets inside strings are no nesting', () => {
    const name = '['.repeat(5000);
    const text = JSON.stringify([{ name, unit: 'ns', value: 1 }]);
    expect(parseInputs([{ path: 'n.json', text }], 'json').results[0]?.name).toBe(name);
  });

  it('samples near the largest double keep a finite mean and standard deviation', () => {
    const summary = sampleSummary([1e308, 1.7e308, 1.7e308]);
    expect((summary.mean as number) / 1e308).toBeCloseTo(4.4 / 3, 12);
    expect(Number.isFinite(summary.mean)).toBe(true);
    expect(Number.isFinite(summary.stddev)).toBe(true);
    expect(summary.stddev).toBeGreaterThan(0);
    // Ordinary values are summed as before, to the last bit.
    expect(sampleSummary([1, 2, 4]).mean).toBe(7 / 3);
  });
});
