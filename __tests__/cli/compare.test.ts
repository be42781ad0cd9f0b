// `perf-regression compare` on real fixture pairs: exit codes, the report on stdout and in files, the
// baseline window from several --baseline runs or a --history-dir, and the comparison options.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ComparisonReport } from '../../src/model/report.js';
import type { HistoryDocument } from '../../src/store/store.js';
import { FIXTURES } from '../helpers/fixtures.js';
import { cellsOf, dataRows, tablesOf } from '../render/reports.js';
import { type CliRun, REPO, runCli, scratchFolder, spawnCollect, transcript } from './run-cli.js';

/** vitest bench pair: mix +20.0% (the injected regression), count primes -42.4%. */
const VITEST_PAIR = ['--baseline', 'vitest/pair_baseline.json', '--current', 'vitest/pair_regressed.json'];
/** go test -bench -count=10 pair (noisy): 75 series. */
const GO_PAIR = ['--baseline', 'go/baseline_cpu1_count10.txt', '--current', 'go/regressed_cpu1_count10.txt'];
/** pytest-benchmark pair: test_mix +9.5% (under the default 10% threshold), test_count_primes -59.9%. */
const PYTEST_PAIR = ['--baseline', 'pytest/pair_baseline.json', '--current', 'pytest/pair_regressed.json'];

let scratch: { dir: string; remove: () => Promise<void> };

beforeEach(async () => {
  scratch = await scratchFolder();
});

afterEach(async () => {
  await scratch.remove();
});

function verdictOf(run: CliRun): string {
  return run.stdout.split('\n')[2] ?? '';
}

/** The benchmark cells of the table of changes. */
function changedRows(markdown: string): string[] {
  const [changes] = tablesOf(markdown.slice(0, markdown.indexOf('<details>')));
  return changes ? dataRows(changes).map((row) => cellsOf(row)[0] ?? '') : [];
}

function jsonReport(run: CliRun): ComparisonReport {
  return JSON.parse(run.stdout) as ComparisonReport;
}

function historyIn(dir: string, file = 'benchmarks.json'): HistoryDocument {
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as HistoryDocument;
}

describe('exit codes', () => {
  it('1 with a regression: the vitest pair, mix 184.8 µs → 221.6 µs', async () => {
    const run = await runCli(['compare', ...VITEST_PAIR]);
    expect(run.exitCode, transcript(run)).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('### perf-regression\n\n🔴 **1 regression**')).toBe(true);
    expect(changedRows(run.stdout)[0]).toBe('🔴 mix (workload.bench.js &gt; hashing)');
    expect(run.stdout).toContain('| 184.8 µs → 221.6 µs |');
  });

  it('0 without a regression: the pytest pair, whose +9.5% on test_mix is under the 10% threshold', async () => {
    const run = await runCli(['compare', ...PYTEST_PAIR]);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(verdictOf(run)).toMatch(/^🟢 \d+ improvements?, \d+ unchanged/);
    expect(changedRows(run.stdout)).toContain('🟢 test\\_count\\_primes (primes)');
    expect(changedRows(run.stdout).some((name) => name.startsWith('🔴'))).toBe(false);
  });

  it('0 when a run is compared with itself', async () => {
    const run = await runCli([
      'compare',
      '--baseline',
      'go/plain_count6_benchmem.txt',
      '--current',
      'go/plain_count6_benchmem.txt',
    ]);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(verdictOf(run)).toBe('✅ **No regressions**, 75 unchanged');
  });
});

describe('--threshold', () => {
  // The go history (nine runs of identical code) against the regressed build: Mix +11.8%.
  const GO_HISTORY = [
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((k) => ['--baseline', `go/history/same_${k}.txt`]),
    '--current',
    'go/history/regressed_1.txt',
  ];

  it('15% leaves the +11.8% on Mix unchanged (exit 0), where the default 10% makes it a regression', async () => {
    const byDefault = await runCli(['compare', ...GO_HISTORY]);
    expect(byDefault.exitCode, transcript(byDefault)).toBe(1);
    expect(changedRows(byDefault.stdout)[0]).toBe('🔴 BenchmarkMix (example.com/benchfix/checksum)');
    const run = await runCli(['compare', ...GO_HISTORY, '--threshold', '15%']);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(verdictOf(run)).toBe('🟢 1 improvement, 74 unchanged'); // CountPrimes; Fib/n=10's −11% is under 15% too
  });

  it('accepts --threshold=15% too', async () => {
    const run = await runCli(['compare', ...GO_HISTORY, '--threshold=15%']);
    expect(run.exitCode, transcript(run)).toBe(0);
  });

  it('a benchmark glob beats the default, whichever --threshold comes first', async () => {
    const run = await runCli([
      'compare',
      ...PYTEST_PAIR,
      '--threshold',
      'test_mix: 20%',
      '--threshold',
      '5%',
    ]);
    expect(run.exitCode, transcript(run)).toBe(0);
    const mix = jsonReportOf(
      await runCli([
        'compare',
        ...PYTEST_PAIR,
        '--threshold',
        'test_mix: 20%',
        '--threshold',
        '5%',
        '--json',
        '-',
      ]),
    );
    expect(mix.series.find((s) => s.name === 'test_mix')?.threshold).toBe(0.2);
    expect(mix.series.find((s) => s.name === 'test_loads')?.threshold).toBe(0.05);
  });
});

function jsonReportOf(run: CliRun): ComparisonReport {
  expect(run.stderr, transcript(run)).toBe('');
  return jsonReport(run);
}

describe('--budget', () => {
  it('over budget exits 1 even without a regression: test_sleep_1ms takes 1.093 ms, the budget is 1ms', async () => {
    const run = await runCli(['compare', ...PYTEST_PAIR, '--budget', 'test_sleep_1ms: 1ms']);
    expect(run.exitCode, transcript(run)).toBe(1);
    expect(verdictOf(run)).toMatch(/^🟠 \*\*1 over budget\*\*, 🟢 /);
    const [changes] = tablesOf(run.stdout);
    const row = dataRows(changes ?? []).map(cellsOf)[0];
    expect(row?.[0]).toBe('🟠 test\\_sleep\\_1ms (io-ish)');
    expect(row?.[1]).toBe('1.089 ms → 1.093 ms (budget 1 ms)');
  });

  it('within budget exits 0', async () => {
    const run = await runCli(['compare', ...PYTEST_PAIR, '--budget', 'test_sleep_1ms: 2ms']);
    expect(run.exitCode, transcript(run)).toBe(0);
  });

  it('a budget in a unit that does not convert is not applied', async () => {
    const run = await runCli(['compare', ...PYTEST_PAIR, '--budget', '*: 0 allocs/op', '--json', '-']);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(jsonReport(run).series.filter((s) => s.budget)).toEqual([]);
  });

  it('several --budget flags all apply', async () => {
    const run = await runCli([
      'compare',
      ...PYTEST_PAIR,
      '--budget',
      'test_sleep_1ms: 1ms',
      '--budget',
      'test_mix: 1us',
      '--json',
      '-',
    ]);
    expect(run.exitCode, transcript(run)).toBe(1);
    const report = jsonReport(run);
    expect(report.counts['over-budget']).toBe(2);
    expect(report.series.filter((s) => s.budget).map((s) => [s.name, s.budget?.written])).toEqual([
      ['test_mix', '1 us'],
      ['test_sleep_1ms', '1 ms'],
    ]);
  });
});

describe('report outputs', () => {
  it('--json - prints the JSON report instead of the Markdown', async () => {
    const run = await runCli(['compare', ...VITEST_PAIR, '--json', '-']);
    expect(run.exitCode, transcript(run)).toBe(1);
    const report = jsonReport(run);
    expect(report.schema).toBe('perf-regression/report');
    expect(report.version).toBe(1);
    expect(report.verdict).toBe('regression');
    expect(report.baselineRuns).toBe(1);
    expect(report.series.map((s) => [s.name, s.status === 'regression'])).toEqual([
      ['mix', true],
      ['count primes < 20000', false],
      ['Array#sort numeric', false],
      ['Float64Array#sort', false],
    ]);
  });

  it('--json FILE and --markdown FILE write both reports, and stdout is the Markdown', async () => {
    const json = path.join(scratch.dir, 'report.json');
    const markdown = path.join(scratch.dir, 'report.md');
    const run = await runCli([
      'compare',
      ...GO_PAIR,
      '--json',
      json,
      '--markdown',
      markdown,
      '--title',
      'benchfix',
    ]);
    expect(readFileSync(markdown, 'utf8')).toBe(run.stdout);
    expect(run.stdout.startsWith('### perf-regression: benchfix\n\n')).toBe(true);
    expect(run.stdout).toContain('<details><summary>All 75 series</summary>');
    const report = JSON.parse(readFileSync(json, 'utf8')) as ComparisonReport;
    expect(report.schema).toBe('perf-regression/report');
    expect(report.series).toHaveLength(75);
    expect(run.exitCode, transcript(run)).toBe(report.verdict === 'regression' ? 1 : 0);
  });

  it('--html FILE writes the self-contained HTML report of every series (opened in __tests__/browser)', async () => {
    const html = path.join(scratch.dir, 'report.html');
    const run = await runCli(['compare', ...GO_PAIR, '--html', html, '--title', 'benchfix']);
    expect(run.stderr, transcript(run)).toBe('');
    const page = readFileSync(html, 'utf8');
    expect(page.startsWith('<!doctype html>\n')).toBe(true);
    const data = /<script type="application\/json" id="report-data">(.*)<\/script>/.exec(page)?.[1] ?? '';
    const parsed = JSON.parse(data) as { title: string; series: unknown[] };
    expect(parsed.title).toBe('perf-regression: benchfix');
    expect(parsed.series).toHaveLength(75);
  });
});

describe('what stdout gets', () => {
  it('--output text: a plain-text report, names as they are, no Markdown or HTML escapes', async () => {
    const run = await runCli(['compare', ...PYTEST_PAIR, '--output', 'text', '--title', "pytest's pair"]);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      "perf-regression: pytest's pair",
      '',
      '🟢 1 improvement, 12 unchanged — 2 inconclusive',
    ]);
    expect(run.stdout).toContain('All 15 series:');
    expect(run.stdout).toMatch(/^🟢 test_count_primes \(primes\) +844\.9 µs → 338\.6 µs +-59\.9% /m);
    expect(run.stdout).toMatch(/^ {3}test_sorted\[1000\] \(sort\) /m);
    for (const marker of ['&lt;', '&gt;', '&#39;', '\\[', '**', '<sub>', '|'])
      expect(run.stdout, marker).not.toContain(marker);
  });

  it('--output json is the JSON report, as --json - is', async () => {
    const viaOutput = await runCli(['compare', ...VITEST_PAIR, '--output', 'json']);
    const viaJson = await runCli(['compare', ...VITEST_PAIR, '--json', '-']);
    expect(viaOutput.exitCode, transcript(viaOutput)).toBe(1);
    const { series } = jsonReport(viaOutput);
    expect(series.map((s) => s.name)).toEqual(jsonReport(viaJson).series.map((s) => s.name));
    expect(series.map((s) => s.status)).toEqual(['regression', 'improvement', 'unchanged', 'unchanged']);
  });

  it('a terminal gets plain text without being asked (run under script(1), which gives it a tty)', async () => {
    // script runs the command on a pseudo-terminal: stdout.isTTY is true there, as in a user's shell.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(REPO, 'dist/cli.js'))} compare ${PYTEST_PAIR.join(' ')}`;
    const run = await spawnCollect('script', ['-qec', command, '/dev/null'], FIXTURES);
    const stdout = run.stdout.replaceAll('\r\n', '\n');
    expect(run.exitCode, stdout).toBe(0);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'perf-regression',
      '',
      '🟢 1 improvement, 12 unchanged — 2 inconclusive',
    ]);
    expect(stdout).toContain('All 15 series:');
  });

  it('a pipe gets Markdown; --output markdown says so explicitly', async () => {
    const piped = await runCli(['compare', ...PYTEST_PAIR]);
    const explicit = await runCli(['compare', ...PYTEST_PAIR, '--output', 'markdown']);
    expect(piped.stdout.startsWith('### perf-regression\n\n🟢 1 improvement')).toBe(true);
    expect(explicit.stdout).toBe(piped.stdout);
  });

  it('--output with another value is a usage error', async () => {
    const run = await runCli(['compare', ...PYTEST_PAIR, '--output', 'html']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      'perf-regression: --output must be one of: text, markdown, json (got "html"); run "perf-regression --help" for usage\n',
    );
  });
});

describe('the baseline window', () => {
  const RUNS = [
    'tinybench/v6_baseline.json',
    'tinybench/v6_noisy_baseline.json',
    'tinybench/v6_pair_baseline.json',
  ];

  it('the files of one --baseline are one run: a benchmark in two of them is one series of their samples', async () => {
    const run = await runCli([
      'compare',
      '--baseline',
      'go/history/same_1.txt',
      'go/history/same_2.txt',
      '--current',
      'go/history/same_3.txt',
      '--json',
      '-',
    ]);
    // Two whole runs of the suite pooled as one: allowed, with the warning that they look like two runs.
    expect(run.stderr, transcript(run)).toMatch(
      /^perf-regression: warning: go\/history\/same_1\.txt: --baseline 1: its 2 files each hold the same 75 series, [^\n]*\n$/,
    );
    const report = jsonReport(run);
    expect(report.baselineRuns).toBe(1);
    expect(report.series).toHaveLength(75);
    const mix = report.series.find((s) => s.id.endsWith('BenchmarkMix-2 [ns/op]'));
    expect(mix?.baseline).toMatchObject({ n: 20, runs: 1 });
  });

  it('every --baseline is one earlier run: three runs estimate run-to-run noise', async () => {
    const args = RUNS.flatMap((file) => ['--baseline', file]);
    const run = await runCli([
      'compare',
      ...args,
      '--current',
      'tinybench/v6_pair_regressed.json',
      '--json',
      '-',
    ]);
    const report = jsonReport(run);
    expect(report.baselineRuns).toBe(3);
    expect(report.runToRunNoise).toBe('estimated');
    expect(report.series).toHaveLength(6);
    for (const s of report.series) {
      expect(s.baseline?.runs).toBe(3);
      expect(s.baseline?.runCenters).toHaveLength(3);
    }
    const markdown = await runCli(['compare', ...args, '--current', 'tinybench/v6_pair_regressed.json']);
    expect(markdown.stdout).not.toContain('Only one baseline run');
  });

  it('several files after one --baseline are one run', async () => {
    const run = await runCli([
      'compare',
      '--baseline',
      'go/baseline_cpu1_count10.txt',
      'pytest/pair_baseline.json',
      '--current',
      'go/regressed_cpu1_count10.txt',
      'pytest/pair_regressed.json',
      '--json',
      '-',
    ]);
    const report = jsonReport(run);
    expect(report.baselineRuns).toBe(1);
    // 75 go series and 15 pytest series in one run: enough timing series to estimate run-to-run noise
    // from how far they all moved.
    expect(report.runToRunNoise).toBe('from-suite');
    expect(report.series).toHaveLength(75 + 15);
  });

  it('a single --baseline run of a large suite gets the suite-spread note', async () => {
    const run = await runCli(['compare', ...GO_PAIR]);
    expect(run.stdout.split('\n')[3]).toMatch(
      /^> Only one baseline run: run-to-run noise was estimated from how far all benchmarks of the suite moved/,
    );
  });

  it('a single --baseline run of a small suite says run-to-run noise could not be estimated', async () => {
    const run = await runCli([
      'compare',
      '--baseline',
      'tinybench/v6_pair_baseline.json',
      '--current',
      'tinybench/v6_pair_regressed.json',
    ]);
    expect(run.stdout.split('\n')[3]).toMatch(
      /^> Only one baseline run: run-to-run noise could not be estimated/,
    );
  });
});

describe('--history-dir', () => {
  it('records each run and compares the next one with the recorded ones', async () => {
    const history = path.join(scratch.dir, 'history');
    const first = await runCli([
      'compare',
      '--history-dir',
      history,
      '--commit',
      'c0ffee1',
      '--current',
      'tinybench/v6_pair_baseline.json',
    ]);
    expect(first.exitCode, transcript(first)).toBe(0);
    expect(verdictOf(first)).toBe(
      '🆕 **No baseline yet**: 6 series measured; there is no earlier run to compare with.',
    );
    expect(historyIn(history).entries.map((e) => [e.commit, e.branch, e.results.length])).toEqual([
      ['c0ffee1', 'local', 6],
    ]);

    const second = await runCli([
      'compare',
      '--history-dir',
      history,
      '--commit',
      'c0ffee2',
      '--current',
      'tinybench/v6_pair_regressed.json',
      '--json',
      '-',
    ]);
    const report = jsonReportOf(second);
    expect(report.baselineRuns).toBe(1);
    expect(report.series.map((s) => s.baseline?.commit)).toEqual(Array(6).fill('c0ffee1'));
    expect(historyIn(history).entries.map((e) => e.commit)).toEqual(['c0ffee1', 'c0ffee2']);
  });

  it('--no-record compares without recording; --baseline-runs limits the window', async () => {
    const history = path.join(scratch.dir, 'history');
    for (const [commit, file] of [
      ['a1', 'tinybench/v6_baseline.json'],
      ['a2', 'tinybench/v6_noisy_baseline.json'],
      ['a3', 'tinybench/v6_pair_baseline.json'],
    ] as const) {
      const run = await runCli(['compare', '--history-dir', history, '--commit', commit, '--current', file]);
      expect(run.exitCode, transcript(run)).not.toBe(2);
    }
    const current = ['--current', 'tinybench/v6_pair_regressed.json', '--json', '-'];

    const all = jsonReportOf(await runCli(['compare', '--history-dir', history, '--no-record', ...current]));
    expect(all.baselineRuns).toBe(3);
    expect(all.runToRunNoise).toBe('estimated');

    const lastTwo = jsonReportOf(
      await runCli(['compare', '--history-dir', history, '--no-record', '--baseline-runs', '2', ...current]),
    );
    expect(lastTwo.baselineRuns).toBe(2);
    expect(lastTwo.series[0]?.baseline?.commit).toBe('a3');

    expect(historyIn(history).entries.map((e) => e.commit)).toEqual(['a1', 'a2', 'a3']);
  });

  it('keeps each --suite in its own file', async () => {
    const history = path.join(scratch.dir, 'history');
    await runCli([
      'compare',
      '--history-dir',
      history,
      '--suite',
      'api',
      '--current',
      'pytest/pair_baseline.json',
    ]);
    const other = await runCli([
      'compare',
      '--history-dir',
      history,
      '--suite',
      'cli',
      '--current',
      'pytest/pair_regressed.json',
    ]);
    expect(verdictOf(other)).toMatch(/^🆕 \*\*No baseline yet\*\*: 15 series/);
    expect(historyIn(history, 'api.json').suite).toBe('api');
    expect(historyIn(history, 'cli.json').suite).toBe('cli');
    expect(existsSync(path.join(history, 'benchmarks.json'))).toBe(false);
  });

  it('--history-size keeps only the newest runs', async () => {
    const history = path.join(scratch.dir, 'history');
    for (const commit of ['b1', 'b2', 'b3']) {
      await runCli([
        'compare',
        '--history-dir',
        history,
        '--history-size',
        '2',
        '--commit',
        commit,
        '--current',
        'vitest/pair_baseline.json',
      ]);
    }
    expect(historyIn(history).entries.map((e) => e.commit)).toEqual(['b2', 'b3']);
  });
});

describe('--percentiles', () => {
  const TAILS = ['--baseline', 'tinybench-tails/baseline.json', '--current', 'tinybench-tails/stalls.json'];

  it('adds p95 and p99 rows, named so in the text report, and exits 1 on the stalling build', async () => {
    const run = await runCli(['compare', ...TAILS, '--percentiles', 'p95,p99', '--output', 'text']);
    expect(run.exitCode, transcript(run)).toBe(1);
    expect(run.stdout).toContain('checksum with cache [p95]');
    expect(run.stdout).toContain('checksum with cache [p99]');
  });

  it('exits 0 on the same pair without it: the median rows alone see no regression', async () => {
    const run = await runCli(['compare', ...TAILS]);
    expect(run.exitCode, transcript(run)).toBe(0);
  });

  it('warns once per budget on a percentile that series with too few samples leave unchecked', async () => {
    const run = await runCli([
      'compare',
      '--baseline',
      'go/baseline_cpu1_count10.txt',
      '--current',
      'go/regressed_cpu1_count10.txt',
      '--budget',
      '*: p99 < 1ms',
    ]);
    expect(run.stderr.trim().split('\n')).toEqual([
      'perf-regression: warning: go/regressed_cpu1_count10.txt: budget "*: p99 < 1 ms" not checked on 23 series: a p99 needs 500 raw samples a run; BenchmarkAdler32/size=64 (10), BenchmarkAdler32/size=1024 (10), BenchmarkAdler32/size=16384 (10), and 20 more',
    ]);
  });

  it('checks a percentile budget on a load test against the p99 the tool reported, without a warning', async () => {
    const run = await runCli([
      'compare',
      '--baseline',
      'wrk/baseline.txt',
      '--current',
      'wrk/regressed.txt',
      '--budget',
      '*: p99 < 1ms',
      '--output',
      'text',
    ]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/p99 < 1 ms/);
  });

  it('exits 2 with one line for a percentile it does not compare', async () => {
    const run = await runCli(['compare', ...TAILS, '--percentiles', 'p50']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--percentiles: "p50" is not a percentile this version compares');
  });
});
