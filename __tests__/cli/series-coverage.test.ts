// Issue 17, item 1, on the command line: an empty run is bad input (exit 2, one line), a run sharing no
// series with its baseline fails (exit 1) and is not recorded unless --allow-series-change says so.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryDocument } from '../../src/store/store.js';
import { FIXTURES } from '../helpers/fixtures.js';
import { runCli, scratchFolder, transcript } from './run-cli.js';

let scratch: { dir: string; remove: () => Promise<void> };

beforeEach(async () => {
  scratch = await scratchFolder();
});

afterEach(async () => {
  await scratch.remove();
});

const GO = path.join(FIXTURES, 'go/baseline_cpu1_count10.txt');
const PYTEST = path.join(FIXTURES, 'pytest/baseline.json');

describe('perf-regression compare', () => {
  it('exits 2 with one line when the current run holds no series', async () => {
    const empty = path.join(scratch.dir, 'empty.json');
    writeFileSync(empty, '{"machine_info": {}, "benchmarks": []}');
    const run = await runCli(['compare', '--baseline', GO, '--current', empty]);

    expect(run.exitCode, transcript(run)).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `perf-regression: the current (--current) run holds no benchmark series: ${empty} (pytest output, 0 series: no benchmarks in file (did every benchmark fail?)); every benchmark failed or was skipped, or the files are not the benchmark output\n`,
    );
  });

  it('exits 2 naming the --baseline whose run holds no series', async () => {
    const empty = path.join(scratch.dir, 'empty.json');
    writeFileSync(empty, '{"machine_info": {}, "benchmarks": []}');
    const run = await runCli(['compare', '--baseline', GO, '--baseline', empty, '--current', GO]);

    expect(run.exitCode, transcript(run)).toBe(2);
    expect(run.stderr).toMatch(
      /^perf-regression: the baseline \(--baseline 2\) run holds no benchmark series: /,
    );
  });

  it('exits 1 with verdict no-common-series when the sides share nothing; 0 with --allow-series-change', async () => {
    const strict = await runCli(['compare', '--baseline', GO, '--current', PYTEST, '--json', '-']);
    expect(strict.exitCode, transcript(strict)).toBe(1);
    expect(JSON.parse(strict.stdout).verdict).toBe('no-common-series');

    const relaxed = await runCli(['compare', '--baseline', GO, '--current', PYTEST, '--allow-series-change']);
    expect(relaxed.exitCode, transcript(relaxed)).toBe(0);
    expect(relaxed.stdout).toContain('**No series in common with the baseline**');
  });

  it('--history-dir: records a disjoint run only with --allow-series-change', async () => {
    const history = path.join(scratch.dir, 'history');
    const commits = () =>
      (
        JSON.parse(readFileSync(path.join(history, 'benchmarks.json'), 'utf8')) as HistoryDocument
      ).entries.map((e) => e.commit);
    expect(
      (await runCli(['compare', '--history-dir', history, '--commit', 'a', '--current', GO])).exitCode,
    ).toBe(0);
    const refused = await runCli(['compare', '--history-dir', history, '--commit', 'b', '--current', PYTEST]);
    expect(refused.exitCode, transcript(refused)).toBe(1);
    expect(refused.stderr).toContain(
      'perf-regression: warning: this run shares no series with the stored history, so it is not recorded; set --allow-series-change for a run',
    );
    expect(commits()).toEqual(['a']);
    const meant = ['--history-dir', history, '--commit', 'c', '--current', PYTEST, '--allow-series-change'];
    expect((await runCli(['compare', ...meant])).exitCode).toBe(0);
    expect(commits()).toEqual(['a', 'c']);
    expect(existsSync(history)).toBe(true);
  });
});

describe('--baseline-each', () => {
  it('opens one run per file its glob matches, where one --baseline with the glob pools them into one', async () => {
    const current = ['--current', 'go/history/regressed_1.txt', '--json', '-'];
    const pooled = await runCli(['compare', '--baseline', 'go/history/same_*.txt', ...current]);
    const each = await runCli(['compare', '--baseline-each', 'go/history/same_*.txt', ...current]);

    expect(JSON.parse(pooled.stdout).baselineRuns, transcript(pooled)).toBe(1);
    expect(JSON.parse(each.stdout).baselineRuns, transcript(each)).toBe(10);
  });

  it('names the files of each run, and warns when one --baseline holds what look like separate runs', async () => {
    const current = ['--current', 'go/history/regressed_1.txt', '--json', '-'];
    const pooled = await runCli(['compare', '--baseline', 'go/history/same_*.txt', ...current]);
    const each = await runCli(['compare', '--baseline-each', 'go/history/same_*.txt', ...current]);

    expect(pooled.stderr.trim().split('\n'), transcript(pooled)).toEqual([
      expect.stringMatching(
        /^perf-regression: warning: go\/history\/same_\d+\.txt: --baseline 1: its 10 files each hold the same 75 series, as separate runs of one suite do; .* Give each run its own --baseline, or use --baseline-each '<glob>' \(one run per file\)$/,
      ),
    ]);
    expect(JSON.parse(pooled.stdout).runFiles).toEqual({ current: 1, baseline: [10] });
    expect(each.stderr, transcript(each)).toBe('');
    expect(JSON.parse(each.stdout).runFiles).toEqual({ current: 1, baseline: Array(10).fill(1) });
  });

  it('keeps the number of files of each recorded run in the history folder', async () => {
    const files = ['go/baseline_cpu1_count10.txt', 'go/extra_cpu1-2_count2.txt'];
    const history = ['--history-dir', path.join(scratch.dir, 'history')];
    const recorded = await runCli([
      'compare',
      ...history,
      '--baseline',
      files[0] as string,
      '--current',
      ...files,
    ]);
    expect(recorded.exitCode, transcript(recorded)).toBe(0);
    const next = await runCli(['compare', ...history, '--current', files[0] as string, '--json', '-']);
    expect(JSON.parse(next.stdout).runFiles, transcript(next)).toEqual({ current: 1, baseline: [2] });
  });

  it('does not warn about a run split into files of different benchmarks (one per package)', async () => {
    const run = await runCli([
      'compare',
      '--baseline',
      'go/baseline_cpu1_count10.txt',
      'go/extra_cpu1-2_count2.txt',
      '--current',
      'go/baseline_cpu1_count10.txt',
      'go/extra_cpu1-2_count2.txt',
      '--output',
      'text',
    ]);
    expect(run.stderr, transcript(run)).toBe('');
    expect(run.stdout).toContain(
      'Files per run: this run from 2 files; the baseline run from 2 files. The files of one run are pooled into that run.',
    );
  });

  it('exits 2 with one line when the glob matches nothing', async () => {
    const run = await runCli(['compare', '--baseline-each', 'nothing/*.txt', '--current', GO]);
    expect(run.exitCode, transcript(run)).toBe(2);
    expect(run.stderr).toBe('perf-regression: nothing/*.txt: the --baseline-each glob matched no file\n');
  });
});
