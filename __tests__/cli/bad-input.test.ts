// Bad input never gives a stack trace: one line on stderr naming the file (and the line or JSON path
// where known) and what was expected, exit code 2.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.js';
import { expectOneLineError, runCli, scratchFolder, transcript } from './run-cli.js';

const FORMATS =
  'go, pytest, criterion, tinybench, googlebenchmark, hyperfine, catch2, benchmarkjs, jmh, benchmarkdotnet, julia, luau, mitata, wrk, hey, apache-bench, locust, json';
const GENERIC = 'or write the generic JSON format: [{"name", "unit", "value" or "samples"}]';
const ALIASES = 'vitest, cargo, googlecpp, benchmarkluau, ab, customSmallerIsBetter, customBiggerIsBetter';
const HELP = '; run "perf-regression --help" for usage';

let dir: string;
let removeDir: () => Promise<void>;

/** The first half of a real output file, as a run killed mid-write leaves it. */
function firstHalf(fixturePath: string): string {
  const text = readFileSync(path.join(FIXTURES, fixturePath), 'utf8');
  return text.slice(0, Math.floor(text.length / 2));
}

/** The 1-based line the text ends on: where a parser runs out of input. */
function lastLine(text: string): number {
  return text.split('\n').length;
}

const truncatedPytest = firstHalf('pytest/baseline.json');
const truncatedTinybench = firstHalf('tinybench/v6_baseline.json');
const truncatedGeneric = firstHalf('json/timing_array.json');

beforeAll(async () => {
  ({ dir, remove: removeDir } = await scratchFolder());
  const write = (name: string, content: string | Uint8Array) => writeFile(path.join(dir, name), content);
  await write('empty.json', '');
  await write('blank.txt', '\n  \n\t\n');
  await write('pytest-cut.json', truncatedPytest);
  await write('tinybench-cut.json', truncatedTinybench);
  await write('generic-cut.json', truncatedGeneric);
  // The start of the node executable: an ELF binary, full of NUL bytes.
  await write('garbage.bin', readFileSync(process.execPath).subarray(0, 4096));
  // High bytes without NULs: not UTF-8, not binary by the NUL rule.
  await write(
    'latin1.txt',
    Uint8Array.from({ length: 200 }, (_, i) => 0x80 + (i % 0x7f)),
  );
  await write('foo.json', '{"foo":1}\n');
  await write('notes.txt', 'Release notes\n\nThe parser got faster. See the benchmarks below.\n');
  await write(
    'go-bench-utf16.txt',
    utf16le(readFileSync(path.join(FIXTURES, 'go/plain_count6_benchmem.txt'), 'utf8')),
  );
});

afterAll(async () => {
  await removeDir();
});

/** Text as Windows PowerShell 5's `>` writes it: UTF-16LE with a byte-order mark. */
function utf16le(text: string): Uint8Array {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

describe('perf-regression parse, given bad input', () => {
  it('an empty file', async () => {
    expectOneLineError(
      await runCli(['parse', 'empty.json'], dir),
      'perf-regression: empty.json: empty file; expected benchmark output',
    );
  });

  it('a file of blank lines', async () => {
    expectOneLineError(
      await runCli(['parse', 'blank.txt'], dir),
      'perf-regression: blank.txt: empty file; expected benchmark output',
    );
  });

  it('truncated pytest-benchmark JSON: the line where it stops', async () => {
    expectOneLineError(
      await runCli(['parse', 'pytest-cut.json'], dir),
      `perf-regression: pytest-cut.json: line ${lastLine(truncatedPytest)}: truncated JSON; expected pytest-benchmark JSON (--benchmark-json or a --benchmark-save file)`,
    );
  });

  it('truncated tinybench JSON: the line where it stops', async () => {
    expectOneLineError(
      await runCli(['parse', 'tinybench-cut.json'], dir),
      new RegExp(
        `^perf-regression: tinybench-cut\\.json: line ${lastLine(truncatedTinybench)}: truncated JSON; expected tinybench JSON`,
      ),
    );
  });

  it('truncated generic JSON read with --format json', async () => {
    expectOneLineError(
      await runCli(['parse', '--format', 'json', 'generic-cut.json'], dir),
      new RegExp(
        `^perf-regression: generic-cut\\.json: line ${lastLine(truncatedGeneric)}: truncated JSON; expected a JSON array`,
      ),
    );
  });

  it('binary garbage', async () => {
    expectOneLineError(
      await runCli(['parse', 'garbage.bin'], dir),
      'perf-regression: garbage.bin: binary file; expected benchmark output as text or JSON',
    );
  });

  it('bytes that are not UTF-8', async () => {
    expectOneLineError(
      await runCli(['parse', 'latin1.txt'], dir),
      'perf-regression: latin1.txt: not valid UTF-8 text; expected benchmark output as text or JSON',
    );
  });

  it('JSON of the wrong shape, in auto mode', async () => {
    expectOneLineError(
      await runCli(['parse', 'foo.json'], dir),
      `perf-regression: foo.json: unrecognized benchmark output (a JSON object with keys "foo"); expected one of: ${FORMATS}, ${GENERIC}`,
    );
  });

  it('JSON of the wrong shape, with --format pytest: the JSON path and the expected shape', async () => {
    expectOneLineError(
      await runCli(['parse', '--format', 'pytest', 'foo.json'], dir),
      'perf-regression: foo.json: $: expected an object with a "benchmarks" array: pytest-benchmark JSON (--benchmark-json or a --benchmark-save file)',
    );
  });

  it('a text file without benchmark lines, in auto mode', async () => {
    expectOneLineError(
      await runCli(['parse', 'notes.txt'], dir),
      `perf-regression: notes.txt: unrecognized benchmark output (text starting "Release notes"); expected one of: ${FORMATS}, ${GENERIC}`,
    );
  });

  it("locust's stats history CSV: names the file to list instead", async () => {
    expectOneLineError(
      await runCli(['parse', path.join(FIXTURES, 'locust/baseline_stats_history.csv')], dir),
      /: unrecognized benchmark output \(looks like locust's stats history CSV \(PREFIX_stats_history\.csv\): list PREFIX_stats\.csv instead\); expected one of: /,
    );
  });

  it.each([
    [
      'wrk/baseline.txt',
      /: line 1: expected a "Requests\/sec:" line for the run of http:\/\/127\.0\.0\.1:18731\/work$/,
    ],
    [
      'hey/baseline.txt',
      /: no "Status code distribution:" section \(output cut short\?\); expected hey output/,
    ],
    [
      'apache-bench/baseline.txt',
      /: line 21: expected "N \[#\/sec\] \(mean\)", got "3575\.00 \[#\/sec\] \("$/,
    ],
    ['locust/baseline_stats.csv', /: line 2: expected 22 columns, got 11$/],
    [
      'google-benchmark/reps3_console.txt',
      /: line 51: expected numbers for time, CPU and iterations in "BM_Sort\/32768 /,
    ],
  ])('%s cut in half: one line naming what is missing', async (fixturePath, line) => {
    const name = `cut-${path.basename(fixturePath)}`;
    await writeFile(path.join(dir, name), firstHalf(fixturePath));
    expectOneLineError(await runCli(['parse', name], dir), line);
  });

  it('hyperfine terminal output: names the tool and --export-json', async () => {
    expectOneLineError(
      await runCli(['parse', path.join(FIXTURES, 'hyperfine/three_commands_stdout.txt')], dir),
      /looks like hyperfine's terminal output, which this version does not read: write --export-json FILE/,
    );
  });

  it('a text file without benchmark lines, with --format go', async () => {
    expectOneLineError(
      await runCli(['parse', '--format', 'go', 'notes.txt'], dir),
      /^perf-regression: notes\.txt: no benchmark result lines found; expected `go test -bench` output/,
    );
  });

  it('a path that does not exist', async () => {
    expectOneLineError(
      await runCli(['parse', 'results/bench.txt'], dir),
      'perf-regression: results/bench.txt: no such file or directory',
    );
  });

  it('a glob that matches nothing', async () => {
    expectOneLineError(
      await runCli(['parse', 'results/*.json'], dir),
      'perf-regression: results/*.json: the glob matched no file',
    );
  });

  it('a bad file among good ones: the bad one is named', async () => {
    expectOneLineError(
      await runCli(['parse', path.join(FIXTURES, 'go/plain_count6_benchmem.txt'), 'empty.json'], dir),
      'perf-regression: empty.json: empty file; expected benchmark output',
    );
  });

  it('an unknown --format', async () => {
    expectOneLineError(
      await runCli(['parse', '--format', 'xml', 'foo.json'], dir),
      `perf-regression: --format must be one of: auto, ${FORMATS} (or an alias: ${ALIASES}) (got "xml")${HELP}`,
    );
  });

  it('--format without a value', async () => {
    expectOneLineError(
      await runCli(['parse', 'foo.json', '--format'], dir),
      `perf-regression: --format needs a value${HELP}`,
    );
  });

  it('an unknown option', async () => {
    expectOneLineError(
      await runCli(['parse', '--verbose', 'foo.json'], dir),
      `perf-regression: unknown option --verbose; expected --format, --samples${HELP}`,
    );
  });

  it('no file at all', async () => {
    expectOneLineError(
      await runCli(['parse'], dir),
      `perf-regression: parse needs at least one file, glob or directory${HELP}`,
    );
  });
});

describe('perf-regression itself, given a bad command line', () => {
  it('no command', async () => {
    expectOneLineError(
      await runCli([], dir),
      `perf-regression: missing command; expected parse, compare, ab, dashboard, trend or import${HELP}`,
    );
  });

  it('an unknown command', async () => {
    expectOneLineError(
      await runCli(['pasre', 'foo.json'], dir),
      `perf-regression: unknown command "pasre"; expected parse, compare, ab, dashboard, trend or import${HELP}`,
    );
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const run = await runCli(['--help'], dir);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^usage:\n {2}perf-regression parse \[--format F\] \[--samples\] <file\|glob\|dir>\.\.\.\n/,
    );
    expect(run.stdout).toContain(
      'exit codes: 0 no regression, 1 regression, budget overrun or no series in common (trend: an active\n            regression event), 2 bad input or usage',
    );
    expect(run.stdout).toContain('  perf-regression trend --history-dir DIR [--suite NAME]');
  });

  it('--help after a command prints the same usage', async () => {
    const help = await runCli(['--help'], dir);
    for (const args of [
      ['compare', '--help'],
      ['parse', 'foo.json', '-h'],
    ]) {
      const run = await runCli(args, dir);
      expect(run.exitCode, transcript(run)).toBe(0);
      expect(run.stdout).toBe(help.stdout);
    }
  });
});

describe('perf-regression compare, given bad input', () => {
  const pair = [
    '--baseline',
    path.join(FIXTURES, 'tinybench/v6_pair_baseline.json'),
    '--current',
    path.join(FIXTURES, 'tinybench/v6_pair_regressed.json'),
  ];

  it('a baseline file that is truncated', async () => {
    expectOneLineError(
      await runCli(
        [
          'compare',
          '--baseline',
          'pytest-cut.json',
          '--current',
          path.join(FIXTURES, 'pytest/baseline.json'),
        ],
        dir,
      ),
      `perf-regression: pytest-cut.json: line ${lastLine(truncatedPytest)}: truncated JSON; expected pytest-benchmark JSON (--benchmark-json or a --benchmark-save file)`,
    );
  });

  it('a current file that does not exist', async () => {
    expectOneLineError(
      await runCli(
        ['compare', '--baseline', path.join(FIXTURES, 'pytest/baseline.json'), '--current', 'new.json'],
        dir,
      ),
      'perf-regression: new.json: no such file or directory',
    );
  });

  it('an --alpha outside (0, 1)', async () => {
    expectOneLineError(
      await runCli(['compare', ...pair, '--alpha', '2'], dir),
      'perf-regression: --alpha: "2" must be a number between 0 and 1 (exclusive), e.g. 0.05',
    );
  });

  it('a --threshold that is not a percentage', async () => {
    expectOneLineError(
      await runCli(['compare', ...pair, '--threshold', 'time: 5'], dir),
      'perf-regression: --threshold "time": "5" is not a percentage; expected e.g. "10%"',
    );
  });

  it('a --budget without a unit', async () => {
    expectOneLineError(
      await runCli(['compare', ...pair, '--budget', 'mix: 500'], dir),
      'perf-regression: --budget "mix": "500" is not a quantity; expected a number and a unit like "5ms" or "100 allocs/op"',
    );
  });

  it('an unknown option', async () => {
    expectOneLineError(
      await runCli(['compare', ...pair, '--treshold', '5%'], dir),
      `perf-regression: unknown option --treshold${HELP}`,
    );
  });

  it('no --current', async () => {
    expectOneLineError(
      await runCli(['compare', '--baseline', 'foo.json'], dir),
      `perf-regression: compare needs --current <files...>${HELP}`,
    );
  });

  it('neither --baseline nor --history-dir', async () => {
    expectOneLineError(
      await runCli(['compare', '--current', 'foo.json'], dir),
      `perf-regression: compare needs --baseline <files...>, --baseline-each <glob> or --history-dir DIR${HELP}`,
    );
  });

  it('a report file that cannot be written', async () => {
    expectOneLineError(
      await runCli(['compare', ...pair, '--json', 'no/such/folder/report.json'], dir),
      'perf-regression: no/such/folder/report.json: cannot write the report (ENOENT)',
    );
  });
});

describe('input that is fine after all', () => {
  it('UTF-16 with a byte-order mark (Windows PowerShell 5 redirection) is read as text', async () => {
    const run = await runCli(['parse', 'go-bench-utf16.txt'], dir);
    expect(run.exitCode, transcript(run)).toBe(0);
    const parsed = JSON.parse(run.stdout) as { results: { format: string }[] };
    expect(parsed.results).toHaveLength(75);
    expect(new Set(parsed.results.map((r) => r.format))).toEqual(new Set(['go']));
  });
});
