// Moving from github-action-benchmark: its data.js stays on the gh-pages branch (dev/bench/), the
// action's import-history input reads it while the suite has no history of its own, the first pull
// request is compared against that window, and the first push records it with its own run under
// gh-pages-path — next to the other action's files, which are left as they were. Runs dist/index.js.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { commitOf, reportOf, TestRepository, transcript } from './action-run.js';
import { historyInCacheEntry, historyOnGhPages } from './stored-outputs.js';

const GAB = 'github-action-benchmark';
const DATA_JS = fixture(`${GAB}/rust-history.data.js`).text;
const THEIR_SITE = { 'dev/bench/data.js': DATA_JS, 'dev/bench/index.html': '<html>their dashboard</html>\n' };
const IMPORTED = ['a1b2c3d4a1b2c3d4a1b2c3d4a1b2c3d4a1b2c3d0', 'a1b2c3d4a1b2c3d4a1b2c3d4a1b2c3d4a1b2c3d1'];

let repo: TestRepository;
let files: string;

beforeEach(async () => {
  repo = await TestRepository.create();
  await repo.remote.commitFiles(THEIR_SITE);
  // This run: the cargo bench output of that action's tests, read by our criterion parser (format: cargo).
  files = await repo.addFixture(`${GAB}/extract/cargo_output.txt`, 'bench.txt');
});

afterEach(async () => {
  await repo.close();
});

const inputs = (more: Record<string, string> = {}) => ({
  files,
  format: 'cargo',
  storage: 'gh-pages',
  'import-history': 'gh-pages:dev/bench/data.js',
  ...more,
});

describe('import-history: gh-pages:dev/bench/data.js', () => {
  it('compares the first pull request against the imported window and writes nothing', async () => {
    const run = await repo.pullRequest(inputs({ threshold: '150%' }), { number: 7 });

    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.stdout).toContain(
      `2 run(s) of "Rust Benchmark" imported from github-action-benchmark's gh-pages:dev/bench/data.js`,
    );
    const report = await reportOf(run);
    expect(report.baselineRuns).toBe(2);
    expect(report.series.map((s) => [s.id, s.status, s.baseline?.runCenters])).toEqual([
      ['bench_fib_10 [ns]', 'unchanged', [135, 148.7]],
      ['bench_fib_20 [ns]', 'unchanged', [18149, 18794.12]],
    ]);
    const [comment] = repo.github.state.comments;
    // The baseline column is the imported window's reference (between its runs' 135 and 148.7 ns).
    expect(comment?.body).toMatch(/\| bench\\_fib\\_10 \|\s+141\.7 ns → 135 ns \|/);
    expect(comment?.body).toContain('✅ **No regressions**, 2 unchanged');
    // A threshold written the way that action's alert-threshold reads.
    expect(run.warnings).toContain(
      `input "threshold": 150% here means a change of +150% (2.5× as slow); if you mean github-action-benchmark's alert-threshold 150% (1.5× as slow), write 50%`,
    );
    expect(repo.remote.commitCount()).toBe(1);
  });

  it('records the imported runs with the first push, beside its files; the next push reads our own history', async () => {
    const first = await repo.push(inputs(), { sha: commitOf('main 1') });
    expect(first.exitCode, transcript(first)).toBe(0);
    expect((await reportOf(first)).baselineRuns).toBe(2);
    const history = historyOnGhPages(repo.remote);
    expect(history.entries.map((e) => [e.commit, e.branch])).toEqual([
      [IMPORTED[0], 'main'],
      [IMPORTED[1], 'main'],
      [commitOf('main 1'), 'main'],
    ]);
    expect(history.entries[0]?.message).toBe('run 1: cargo_output.txt');
    expect(history.entries[1]?.results.map((r) => [r.id, r.n, r.value])).toEqual([
      ['bench_fib_10 [ns]', 1, 148.7],
      ['bench_fib_20 [ns]', 1, 18794.12],
    ]);
    // Both tools share the branch: theirs under dev/bench, ours under gh-pages-path, one commit added.
    expect(repo.remote.file('dev/bench/data.js')).toBe(DATA_JS);
    expect(repo.remote.file('dev/bench/index.html')).toBe('<html>their dashboard</html>');
    expect(repo.remote.file('perf-regression/index.html')).toContain('id="dashboard-data"');
    expect(repo.remote.commitCount()).toBe(2);

    const second = await repo.push(inputs(), { sha: commitOf('main 2') });
    expect(second.exitCode, transcript(second)).toBe(0);
    expect(second.stdout).not.toContain('imported from');
    expect(second.stdout).toContain('3 run(s) of history from the gh-pages branch "gh-pages"');
    expect(historyOnGhPages(repo.remote).entries.map((e) => e.commit)).toEqual([
      ...IMPORTED,
      commitOf('main 1'),
      commitOf('main 2'),
    ]);
  });

  it('picks the suite named by input "name" in a data.js of several, and gives catch2 series their test case', async () => {
    await repo.remote.commitFiles({ 'dev/bench/data.js': fixture(`${GAB}/extract.data.js`).text });
    const catch2 = await repo.addFixture(`${GAB}/extract/catch2_output_v2.txt`, 'catch2.txt');
    const run = await repo.pullRequest(
      inputs({ files: catch2, format: 'catch2', name: 'catch2 - catch2_output_v2.txt' }),
      { number: 8 },
    );
    expect(run.exitCode, transcript(run)).toBe(0);
    const report = await reportOf(run);
    expect(report.series.map((s) => [s.id, s.baseline?.runs])).toEqual([
      ['Fibonacci::Fibonacci 10 [ns]', 1],
      ['Fibonacci::Fibonacci 20 [ns]', 1],
      ['More Fibonacci::Fibonacci~ 5! [ns]', 1],
      ['More Fibonacci::Fibonacci-15_bench [ns]', 1],
    ]);

    const unnamed = await repo.pullRequest(inputs({ files: catch2, format: 'catch2' }), { number: 9 });
    expect(unnamed.exitCode).toBe(1);
    expect(unnamed.errors).toHaveLength(1);
    expect(unnamed.errors[0]).toMatch(
      /^import-history: gh-pages:dev\/bench\/data\.js holds the benchmarks "benchmarkdotnet - benchmarkdotnet\.json", .*; set input "name" to the one to import$/,
    );
  });

  it('a bad data.js fails the step with one line naming the file and field, and nothing is recorded', async () => {
    await repo.remote.commitFiles({
      'dev/bench/data.js': DATA_JS.replace('"date": 1712131503296', '"date": "today"'),
    });
    const run = await repo.push(inputs(), { sha: commitOf('main 1') });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      'gh-pages:dev/bench/data.js: entries["Rust Benchmark"][0].date: expected a time in milliseconds since 1970',
    ]);
    expect(() => repo.remote.file('perf-regression/benchmarks/history.json')).toThrow();
    expect(repo.remote.commitCount()).toBe(2);
  });

  it('a data.js that is not there is a warning: the suite starts without history', async () => {
    const run = await repo.push(inputs({ 'import-history': 'gh-pages:bench/data.js' }), {
      sha: commitOf('main 1'),
    });
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.warnings).toEqual([
      'import-history: gh-pages:bench/data.js not found; suite "benchmarks" starts without history',
    ]);
    expect(run.outputs.verdict).toBe('no-baseline');
    expect(historyOnGhPages(repo.remote).entries).toHaveLength(1);
  });
});

describe('import-history: a workspace path, storage: cache', () => {
  it('records the imported runs into the first cache entry', async () => {
    const dataJs = await repo.writeFile('old-bench/data.js', DATA_JS);
    const run = await repo.push(inputs({ storage: 'cache', 'import-history': dataJs }), {
      sha: commitOf('main 1'),
    });
    expect(run.exitCode, transcript(run)).toBe(0);
    expect((await reportOf(run)).baselineRuns).toBe(2);
    const [entry] = repo.services.cacheEntries;
    const history = historyInCacheEntry(repo.services, entry as NonNullable<typeof entry>);
    expect(history.entries.map((e) => e.commit)).toEqual([...IMPORTED, commitOf('main 1')]);
  });
});

describe('import-history: bad values', () => {
  it.each([
    [
      { 'import-history': 'gh-pages:../data.js' },
      /^input "import-history" must be <branch>:<path> .* without "\.\." \(got "gh-pages:\.\.\/data\.js"\)$/,
    ],
    [{ storage: 'none' }, /^input "import-history" needs storage: cache or gh-pages, the history it starts$/],
  ])('%j fails the step in one line before anything runs', async (more, message) => {
    const run = await repo.push(inputs(more), { sha: commitOf('main 1') });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(message);
    expect(repo.remote.commitCount()).toBe(1);
  });
});
