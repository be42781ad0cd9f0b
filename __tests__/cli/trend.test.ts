// `perf-regression trend` from the bundle, on simulated histories written as the CLI's history folder.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrendReport } from '../../src/model/trend.js';
import { serializeHistory } from '../../src/store/history.js';
import { suiteKey } from '../../src/store/suite-key.js';
import { commitAt, type SimulatedSeries, simulatedHistory } from '../trend/history.js';
import { expectOneLineError, runCli, scratchFolder, transcript } from './run-cli.js';

let scratch: Awaited<ReturnType<typeof scratchFolder>>;

beforeAll(async () => {
  scratch = await scratchFolder();
});
afterAll(() => scratch.remove());

async function historyDir(
  name: string,
  runs: number,
  series: SimulatedSeries[],
  suite = 'go',
): Promise<string> {
  const dir = path.join(scratch.dir, name);
  await mkdir(dir, { recursive: true });
  const entries = simulatedHistory(runs, series).map((run) => ({
    ...run,
    branch: 'main',
    results: [...run.results],
  }));
  await writeFile(
    path.join(dir, `${suiteKey(suite)}.json`),
    serializeHistory({ schema: 'perf-regression/history', version: 1, suite, entries }),
  );
  return dir;
}

describe('perf-regression trend', () => {
  it('prints the active event and exits 1', async () => {
    const dir = await historyDir('active', 30, [
      { name: 'BenchmarkParse', steps: [{ at: 20, factor: 1.15 }] },
      { name: 'BenchmarkEncode', steps: [{ at: 20, factor: 1.12 }] },
      { name: 'BenchmarkFlat' },
    ]);
    const run = await runCli(['trend', '--history-dir', dir, '--suite', 'go']);
    expect(run.exitCode, transcript(run)).toBe(1);
    expect(run.stdout).toMatch(
      /^### perf-regression trend: go\n\n🔴 \*\*1 active regression\*\* — 30 runs, 3 series analysed/,
    );
    expect(run.stdout).toContain(`2 benchmarks 12–15% slower since ${commitAt(20).slice(0, 7)}`);
    expect(run.stdout).toContain('| BenchmarkParse ');
    expect(run.stdout).not.toContain('BenchmarkFlat');
  });

  it('exits 0 once the event recovered, and says when', async () => {
    const dir = await historyDir('recovered', 22, [
      {
        name: 'BenchmarkParse',
        steps: [
          { at: 12, factor: 1.2 },
          { at: 18, factor: 1 / 1.2 },
        ],
      },
    ]);
    const run = await runCli(['trend', '--history-dir', dir, '--suite', 'go']);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.stdout).toContain('✅ **No active regression**, 1 recovered');
    expect(run.stdout).toContain('recovered at run 19');
    expect(run.stdout).toContain('back at run 19');
  });

  it('writes the JSON report with every change point to stdout with --json -', async () => {
    const dir = await historyDir('json', 30, [{ name: 'A', steps: [{ at: 15, factor: 1.3 }] }]);
    const run = await runCli(['trend', '--history-dir', dir, '--suite', 'go', '--json', '-']);
    expect(run.exitCode, transcript(run)).toBe(1);
    const report = JSON.parse(run.stdout) as TrendReport;
    expect(report.schema).toBe('perf-regression/trend');
    const [cp] = report.changePoints;
    expect(cp).toMatchObject({
      seriesId: 'A [ns/op]',
      before: { run: 14, commit: commitAt(14) },
      after: { run: 15, commit: commitAt(15) },
      kind: 'regression',
      direction: 'smaller',
      counts: true,
      status: 'active',
    });
    expect(cp?.percent).toBeGreaterThan(25);
    expect(cp?.ci).toHaveLength(2);
    expect(cp?.p).toBeLessThan(0.001);
  });

  it('writes --json FILE and --markdown FILE besides printing', async () => {
    const dir = await historyDir('files', 30, [{ name: 'A' }]);
    const json = path.join(scratch.dir, 'trend.json');
    const md = path.join(scratch.dir, 'trend.md');
    const run = await runCli([
      'trend',
      '--history-dir',
      dir,
      '--suite',
      'go',
      '--json',
      json,
      '--markdown',
      md,
    ]);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(JSON.parse(await readFile(json, 'utf8')).events).toEqual([]);
    expect(await readFile(md, 'utf8')).toBe(run.stdout);
  });

  it('writes the events as one self-contained HTML page with --html FILE', async () => {
    const dir = await historyDir('html', 30, [{ name: '<b>A</b>', steps: [{ at: 20, factor: 1.2 }] }]);
    const html = path.join(scratch.dir, 'trend.html');
    const run = await runCli(['trend', '--history-dir', dir, '--suite', 'go', '--html', html]);
    expect(run.exitCode, transcript(run)).toBe(1);
    const page = await readFile(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('Content-Security-Policy');
    // The name is data for the page's script, never markup.
    expect(page).not.toContain('<b>A</b>');
    const data = JSON.parse(page.match(/id="report-data">(.*?)<\/script>/s)?.[1] ?? '{}');
    expect(data.title).toBe('perf-regression trend: go');
    expect(data.series.map((s: { name: string }) => s.name)).toEqual(['<b>A</b>']);
    expect(data.series[0].picture.runCenters).toHaveLength(20);
  });

  it('takes thresholds as compare does: 6% counts at --threshold 5%', async () => {
    const dir = await historyDir('threshold', 30, [
      { name: 'A', cv: 0.005, steps: [{ at: 15, factor: 1.06 }] },
    ]);
    expect((await runCli(['trend', '--history-dir', dir, '--suite', 'go'])).exitCode).toBe(0);
    expect(
      (await runCli(['trend', '--history-dir', dir, '--suite', 'go', '--threshold', '5%'])).exitCode,
    ).toBe(1);
  });

  it('fails in one line on a missing suite, a bad option value and a missing --history-dir', async () => {
    const dir = await historyDir('errors', 5, [{ name: 'A' }]);
    expectOneLineError(
      await runCli(['trend', '--history-dir', dir, '--suite', 'rust']),
      /^perf-regression: .*rust\.json: no recorded runs of suite "rust"$/,
    );
    expectOneLineError(
      await runCli(['trend', '--history-dir', dir, '--suite', 'go', '--alpha', '2']),
      'perf-regression: --alpha: "2" must be a number between 0 and 1 (exclusive), e.g. 0.05',
    );
    expectOneLineError(
      await runCli(['trend', '--suite', 'go']),
      /^perf-regression: trend needs --history-dir DIR;/,
    );
    expectOneLineError(
      await runCli(['trend', '--history-dir', dir, '--suite', 'go', '--branch', 'dev']),
      /no runs on branch "dev" \(it has: main\)$/,
    );
  });

  it('refuses a corrupt history in one line', async () => {
    const dir = path.join(scratch.dir, 'corrupt');
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, 'go.json'),
      '{"schema": "perf-regression/history", "version": 1, "suite": "go", "entr',
    );
    expectOneLineError(await runCli(['trend', '--history-dir', dir, '--suite', 'go']), /not valid JSON/);
  });
});
