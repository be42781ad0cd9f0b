// `perf-regression import --from github-action-benchmark`: its data.js into a history folder, then
// compared against as if it had been recorded here.
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ComparisonReport } from '../../src/model/report.js';
import { parseHistoryDocument } from '../../src/store/history.js';
import { suiteKey } from '../../src/store/suite-key.js';
import { expectOneLineError, runCli, scratchFolder, transcript } from './run-cli.js';

const GAB = 'github-action-benchmark';
let scratch: { dir: string; remove: () => Promise<void> };

beforeEach(async () => {
  scratch = await scratchFolder();
});

afterEach(async () => {
  await scratch.remove();
});

const importArgs = (file: string, dir: string, ...more: string[]) => [
  'import',
  '--from',
  'github-action-benchmark',
  file,
  '--history-dir',
  dir,
  ...more,
];

function storedDoc(dir: string, suite: string) {
  const file = path.join(dir, `${suiteKey(suite)}.json`);
  return parseHistoryDocument(readFileSync(file, 'utf8'), file, suite);
}

describe('perf-regression import --from github-action-benchmark', () => {
  it('writes one suite per benchmark name, file names made safe, and a compare finds the window', async () => {
    const dir = path.join(scratch.dir, 'history');
    const run = await runCli(importArgs(`${GAB}/extract.data.js`, dir));
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(24);
    expect(run.stdout).toContain('go - go_output.txt: 1 run(s) imported → ');
    // "<tool> - <file>" has spaces and dots: hashed into a key, never a path of its own.
    expect(readdirSync(dir)).toContain(`${suiteKey('go - go_output.txt')}.json`);
    expect(readdirSync(dir).every((f) => /^[a-z0-9._-]+\.json$/.test(f))).toBe(true);

    const compare = await runCli([
      'compare',
      '--history-dir',
      dir,
      '--suite',
      'go - go_output.txt',
      '--no-record',
      '--current',
      `${GAB}/extract/go_output.txt`,
      '--json',
      '-',
    ]);
    expect([0, 1], transcript(compare)).toContain(compare.exitCode);
    const report = JSON.parse(compare.stdout) as ComparisonReport;
    expect(report.baselineRuns).toBe(1);
    expect(report.series).toHaveLength(10);
    expect(report.series.every((s) => s.status !== 'new' && s.baseline?.runs === 1)).toBe(true);
  });

  it('is idempotent: a second import adds nothing and leaves the file as it was', async () => {
    const dir = path.join(scratch.dir, 'h');
    const first = await runCli(importArgs(`${GAB}/rust-history.data.js`, dir, '--as', 'benchmarks'));
    expect(first.stdout).toMatch(/^benchmarks: 2 run\(s\) imported → .*benchmarks\.json\n$/);
    const before = readFileSync(path.join(dir, 'benchmarks.json'), 'utf8');
    const again = await runCli(importArgs(`${GAB}/rust-history.data.js`, dir, '--as', 'benchmarks'));
    expect(again.exitCode, transcript(again)).toBe(0);
    expect(again.stdout).toMatch(/^benchmarks: 0 run\(s\) imported \(2 already there\) → /);
    expect(readFileSync(path.join(dir, 'benchmarks.json'), 'utf8')).toBe(before);
    expect(storedDoc(dir, 'benchmarks').entries.map((e) => e.branch)).toEqual(['local', 'local']);
  });

  it('keeps the newest --history-size runs and says how many older ones were left out', async () => {
    const dir = path.join(scratch.dir, 'h');
    const run = await runCli(importArgs(`${GAB}/rust-history.data.js`, dir, '--history-size', '1'));
    expect(run.stdout).toMatch(
      /^Rust Benchmark: 1 run\(s\) imported \(1 older ones beyond --history-size 1 left out\) → /,
    );
    expect(storedDoc(dir, 'Rust Benchmark').entries.map((e) => e.message)).toEqual([
      'run 2: cargo_output3.txt',
    ]);
  });

  it('imported runs are a window a compare uses, and a recorded run goes on top', async () => {
    const dir = path.join(scratch.dir, 'h');
    await runCli(importArgs(`${GAB}/rust-history.data.js`, dir, '--as', 'benchmarks'));
    const compare = await runCli([
      'compare',
      '--history-dir',
      dir,
      '--current',
      `${GAB}/extract/cargo_output3.txt`,
      '--json',
      '-',
    ]);
    const report = JSON.parse(compare.stdout) as ComparisonReport;
    expect(report.baselineRuns, transcript(compare)).toBe(2);
    expect(report.series.map((s) => [s.id, s.baseline?.runCenters])).toEqual([
      ['bench_fib_10 [ns]', [135, 148.7]],
      ['bench_fib_20 [ns]', [18149, 18794.12]],
    ]);
    expect(storedDoc(dir, 'benchmarks').entries).toHaveLength(3);
  });

  it('--match gives catch2 series the test case our parser scopes them by', async () => {
    const dir = path.join(scratch.dir, 'h');
    const suite = 'catch2 - catch2_output_v2.txt';
    await runCli(importArgs(`${GAB}/extract.data.js`, dir, '--suite', suite));
    expect(storedDoc(dir, suite).entries[0]?.results[0]?.id).toBe('Fibonacci 10 [ns]');
    const matched = path.join(scratch.dir, 'm');
    const run = await runCli(
      importArgs(
        `${GAB}/extract.data.js`,
        matched,
        '--suite',
        suite,
        '--match',
        `${GAB}/extract/catch2_output_v2.txt`,
      ),
    );
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(storedDoc(matched, suite).entries[0]?.results.map((r) => r.id)).toEqual([
      'Fibonacci::Fibonacci 10 [ns]',
      'Fibonacci::Fibonacci 20 [ns]',
      'More Fibonacci::Fibonacci~ 5! [ns]',
      'More Fibonacci::Fibonacci-15_bench [ns]',
    ]);
  });

  it('a bad data.js is one line naming the file and field, and nothing is written', async () => {
    const file = path.join(scratch.dir, 'data.js');
    const dir = path.join(scratch.dir, 'h');
    await writeFile(
      file,
      `window.BENCHMARK_DATA = ${JSON.stringify({
        entries: {
          ok: [{ commit: { id: 'c' }, date: 1, tool: 'go', benches: [] }],
          bad: [
            {
              commit: { id: 'c' },
              date: 1,
              tool: 'go',
              benches: [{ name: 'x', unit: 'ns/op', value: 'fast' }],
            },
          ],
        },
      })}`,
    );
    const run = await runCli(importArgs(file, dir));
    expectOneLineError(
      run,
      `perf-regression: ${file}: entries["bad"][0].benches[0].value: expected a finite number`,
    );
    expect(() => readdirSync(dir)).toThrow();
  });

  it('a stored history it cannot read stops the import before any suite is written', async () => {
    const dir = path.join(scratch.dir, 'h');
    await runCli(importArgs(`${GAB}/extract.data.js`, dir, '--suite', 'go - go_output.txt'));
    const goFile = path.join(dir, `${suiteKey('go - go_output.txt')}.json`);
    await writeFile(
      goFile,
      '{"schema": "perf-regression/history", "version": 1, "suite": "go - go_output.txt", "entr',
    );
    const run = await runCli(importArgs(`${GAB}/extract.data.js`, dir));
    expect(run.exitCode, transcript(run)).toBe(2);
    expect(run.stderr).toMatch(/not valid JSON \(truncated\?\)/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toEqual([path.basename(goFile)]);
  });

  it.each([
    [['import', 'x.js', '--history-dir', 'h'], /import needs --from github-action-benchmark \(got none\)/],
    [
      ['import', '--from', 'gab', 'x.js', '--history-dir', 'h'],
      /import needs --from github-action-benchmark \(got gab\)/,
    ],
    [['import', '--from', 'github-action-benchmark', 'x.js'], /import needs --history-dir DIR/],
  ])('usage: %j', async (args, message) => {
    const run = await runCli(args, scratch.dir);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('names the benchmarks a data.js holds when --suite names none of them, and a missing file', async () => {
    const run = await runCli(importArgs(`${GAB}/rust-history.data.js`, 'h', '--suite', 'Go'));
    expectOneLineError(
      run,
      `perf-regression: ${GAB}/rust-history.data.js: no benchmark named "Go"; it holds "Rust Benchmark"`,
    );
    const missing = await runCli(importArgs('nope/data.js', 'h'), scratch.dir);
    expectOneLineError(missing, 'perf-regression: nope/data.js: cannot read the file (ENOENT)');
  });
});
