// Scenario 1: pushes to the default branch record their results as history, in the Actions cache or on
// a gh-pages branch, and the next run compares against them. Runs the committed dist/index.js.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/parsers/index.js';
import { compactJson, serializeHistory } from '../../src/store/history.js';
import { fixture } from '../helpers/fixtures.js';
import { type ActionRun, commitOf, reportOf, TestRepository, transcript } from './action-run.js';
import { artifactFileNames, historyInCacheEntry, historyOnGhPages } from './stored-outputs.js';

const BASELINE = 'go/baseline_cpu1_count10.txt';

let repo: TestRepository;
let files: string;

/** What the parser makes of the fixture in this process, numbers as the history writes them (7 digits). */
const expectedResults = JSON.parse(
  compactJson(parseInputs([{ path: 'bench.txt', text: fixture(BASELINE).text }], 'auto').results),
);

beforeEach(async () => {
  repo = await TestRepository.create();
  files = await repo.addFixture(BASELINE, 'bench.txt');
});

afterEach(async () => {
  await repo.close();
});

function succeeded(run: ActionRun): void {
  expect(run.exitCode, transcript(run)).toBe(0);
  expect(run.warnings, transcript(run)).toEqual([]);
}

describe('a push to the default branch with storage: cache', () => {
  it('reports a first run with no baseline and saves one cache entry holding this run', async () => {
    const run = await repo.push({ files, storage: 'cache' }, { sha: commitOf('main 1') });

    succeeded(run);
    expect(run.outputs.verdict).toBe('no-baseline');
    expect((await reportOf(run)).series).toHaveLength(expectedResults.length);
    const [entry, ...others] = repo.services.cacheEntries;
    expect(others).toEqual([]);
    expect(entry?.finalized).toBe(true);
    expect(entry?.key).toMatch(/^perf-regression:benchmarks:main:9001-1-[0-9a-f]{12}$/);
    const history = historyInCacheEntry(repo.services, entry as NonNullable<typeof entry>);
    expect(history.entries.map((e) => [e.commit, e.branch, e.runId, e.runAttempt])).toEqual([
      [commitOf('main 1'), 'main', '9001', 1],
    ]);
    expect(history.entries[0]?.results).toEqual(expectedResults);
  });

  it('compares the second push with the first: one baseline run, same numbers, pass', async () => {
    await repo.push({ files, storage: 'cache' }, { sha: commitOf('main 1') });
    const second = await repo.push({ files, storage: 'cache' }, { sha: commitOf('main 2') });

    succeeded(second);
    expect(second.stdout).toContain('1 run(s) of history from the Actions cache (main)');
    const report = await reportOf(second);
    expect(report.baselineRuns).toBe(1);
    expect(second.outputs).toMatchObject({ verdict: 'pass', regressions: '0', improvements: '0' });
    expect(report.counts.regression).toBe(0);
    // The newest entry (restored by prefix) holds both runs, oldest first.
    const newest = repo.services.cacheEntries.at(-1);
    expect(repo.services.cacheEntries).toHaveLength(2);
    expect(
      historyInCacheEntry(repo.services, newest as NonNullable<typeof newest>).entries.map((e) => e.commit),
    ).toEqual([commitOf('main 1'), commitOf('main 2')]);
  });

  it('uploads the inputs and the JSON, Markdown and HTML reports as the run artifact', async () => {
    const run = await repo.push({ files, storage: 'cache' });

    succeeded(run);
    const [artifact, ...others] = repo.services.artifacts;
    expect(others).toEqual([]);
    expect(artifact).toMatchObject({ name: 'perf-regression-benchmarks', finalized: true });
    const names = artifactFileNames(repo.services, artifact as NonNullable<typeof artifact>);
    expect(names.filter((n) => !n.startsWith('dashboard/'))).toEqual([
      'inputs/bench.txt',
      'report.html',
      'report.json',
      'report.md',
    ]);
    // The dashboard of the restored history and this run: storage: cache has no gh-pages site.
    expect(
      names.filter((n) => n.startsWith('dashboard/')).map((n) => n.replace(/assets\/\w+\//, 'assets/*/')),
    ).toEqual([
      'dashboard/assets/*/dashboard.css',
      'dashboard/assets/*/dashboard.js',
      'dashboard/assets/*/page.css',
      'dashboard/assets/*/uPlot.iife.min.js',
      'dashboard/assets/*/uPlot.min.css',
      'dashboard/index.html',
    ]);
  });

  it('does not record a push to another branch', async () => {
    const run = await repo.push({ files, storage: 'cache' }, { branch: 'topic' });

    succeeded(run);
    expect(run.outputs.verdict).toBe('no-baseline');
    expect(repo.services.cacheEntries).toEqual([]);
  });
});

describe('a push to the default branch with storage: gh-pages', () => {
  it('commits the history file with this run to the gh-pages branch', async () => {
    const run = await repo.push({ files, storage: 'gh-pages' }, { sha: commitOf('main 1') });

    succeeded(run);
    expect(run.outputs.verdict).toBe('no-baseline');
    const history = historyOnGhPages(repo.remote);
    expect(history).toMatchObject({ schema: 'perf-regression/history', version: 1, suite: 'benchmarks' });
    expect(history.entries.map((e) => [e.commit, e.branch, e.runId])).toEqual([
      [commitOf('main 1'), 'main', '9001'],
    ]);
    expect(history.entries[0]?.results).toEqual(expectedResults);
    // The dashboard, in the same commit, next to the history (its page is tested in __tests__/browser).
    expect(repo.remote.file('perf-regression/index.html')).toContain(
      '<script type="application/json" id="dashboard-data">',
    );
    expect(Object.keys(repo.remote.files()).filter((f) => f.includes('/assets/'))).toHaveLength(5);
    expect(repo.remote.lastCommit().author).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );
  });

  it('reads the branch on the next push and appends to it, keeping the files already there', async () => {
    await repo.remote.commitFiles({ 'index.html': '<h1>dashboard</h1>\n' });
    await repo.push({ files, storage: 'gh-pages' }, { sha: commitOf('main 1') });
    const second = await repo.push({ files, storage: 'gh-pages' }, { sha: commitOf('main 2') });

    succeeded(second);
    expect((await reportOf(second)).baselineRuns).toBe(1);
    expect(second.outputs.verdict).toBe('pass');
    expect(historyOnGhPages(repo.remote).entries.map((e) => e.commit)).toEqual([
      commitOf('main 1'),
      commitOf('main 2'),
    ]);
    expect(repo.remote.file('index.html')).toBe('<h1>dashboard</h1>');
    expect(repo.remote.commitCount()).toBe(3);
  });

  it('reads a history.json of the old one-file layout and rewrites it as a list of run files in one commit', async () => {
    await repo.push({ files, storage: 'gh-pages' }, { sha: commitOf('main 1') });
    const first = historyOnGhPages(repo.remote);
    // What an earlier version wrote: every entry inside history.json, schema version 1.
    await repo.remote.commitFiles({ 'perf-regression/benchmarks/history.json': serializeHistory(first) });
    const before = repo.remote.commitCount();
    const second = await repo.push({ files, storage: 'gh-pages' }, { sha: commitOf('main 2') });

    succeeded(second);
    expect((await reportOf(second)).baselineRuns).toBe(1);
    const index = JSON.parse(repo.remote.file('perf-regression/benchmarks/history.json'));
    expect(index).toMatchObject({ version: 2, runs: [expect.any(String), expect.any(String)] });
    expect(historyOnGhPages(repo.remote).entries.map((e) => e.commit)).toEqual([
      commitOf('main 1'),
      commitOf('main 2'),
    ]);
    expect(historyOnGhPages(repo.remote).entries[0]).toEqual(first.entries[0]);
    expect(repo.remote.commitCount()).toBe(before + 1);
  });
});
