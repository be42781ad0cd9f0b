// Issue 17, item 1, through dist/index.js: a run of no series fails in one line and writes nothing; a
// pull request that shares no series with the recorded history fails, its comment saying which side
// holds what; a push that shares none is not recorded, one that lost most series is, with a warning.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fixtures.js';
import { commitOf, reportOf, TestRepository, transcript } from './action-run.js';
import { historyInCacheEntry } from './stored-outputs.js';

const STACK_FRAME = /^\s+at .+[:(]/m;
const EMPTY_PYTEST = '{"machine_info": {"node": "ci"}, "benchmarks": []}';

let repo: TestRepository;

beforeEach(async () => {
  repo = await TestRepository.create();
});

afterEach(async () => {
  await repo.close();
});

function recordedCommits(): string[] {
  const newest = repo.services.cacheEntries.at(-1);
  return newest ? historyInCacheEntry(repo.services, newest).entries.map((e) => e.commit) : [];
}

describe('a run that holds no series', () => {
  it('fails the push in one line naming the file and what it held, and records nothing', async () => {
    const files = await repo.writeFile('results/bench.json', EMPTY_PYTEST);
    const run = await repo.push({ files });

    expect(run.exitCode, transcript(run)).toBe(1);
    expect(run.errors).toEqual([
      'the current run holds no benchmark series: results/bench.json (pytest output, 0 series: no benchmarks in file (did every benchmark fail?)); every benchmark failed or was skipped, or the files are not the benchmark output',
    ]);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_FRAME);
    expect(repo.services.cacheEntries).toEqual([]);
    expect(repo.services.requests.filter((r) => r.operation === 'CreateCacheEntry')).toEqual([]);
  });

  it('on gh-pages too: the branch is never written', async () => {
    const files = await repo.writeFile('bench.json', '[]');
    const run = await repo.push({ files, storage: 'gh-pages', format: 'json' });

    expect(run.exitCode, transcript(run)).toBe(1);
    expect(run.errors[0]).toMatch(
      /^the current run holds no benchmark series: bench\.json \(json output, 0 series/,
    );
    expect(repo.remote.tip()).toBeUndefined();
  });

  it('with allow-empty-run: a warning, exit 0, still nothing recorded', async () => {
    const files = await repo.writeFile('results/bench.json', EMPTY_PYTEST);
    const run = await repo.push({ files, 'allow-empty-run': 'true' });

    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.warnings.at(-1)).toMatch(
      /^the current run holds no benchmark series: results\/bench\.json .*; nothing compared or recorded \(allow-empty-run\)$/,
    );
    expect(repo.services.cacheEntries).toEqual([]);
  });
});

describe('a run that shares no series with the recorded history', () => {
  beforeEach(async () => {
    const files = await repo.addFixture('go/baseline_cpu1_count10.txt', 'bench.txt');
    const seeded = await repo.push({ files }, { sha: commitOf('main 1') });
    expect(seeded.exitCode, transcript(seeded)).toBe(0);
  });

  it('fails the pull request, and the comment and check say which side has what', async () => {
    // The glob still matches, but the file now holds pytest's output.
    await repo.addFixture('pytest/baseline.json', 'bench.txt');
    const run = await repo.pullRequest({ files: 'bench.*' }, { number: 3 });

    expect(run.exitCode, transcript(run)).toBe(1);
    expect(run.outputs.verdict).toBe('no-common-series');
    expect(run.errors).toEqual([
      'perf-regression: No series in common with the baseline (this run: 15 pytest series; baseline: 75 go series)',
    ]);
    const [comment] = repo.github.state.comments;
    expect(comment?.body).toContain(
      '⛔ **No series in common with the baseline**: this run has 15 series (pytest: test\\_mix,',
    );
    expect(comment?.body).toContain('the baseline has 75 series (go: BenchmarkAdler32/size=64,');
    expect(repo.github.state.checkRuns.map((c) => c.conclusion)).toEqual(['failure']);
    expect((await reportOf(run)).coverage).toMatchObject({ common: 0, missing: 75 });
  });

  it('does not record the push, with a warning saying how to when it is meant', async () => {
    await repo.addFixture('pytest/baseline.json', 'bench.txt');
    const run = await repo.push({ files: 'bench.txt' }, { sha: commitOf('main 2') });

    expect(run.exitCode, transcript(run)).toBe(1);
    expect(run.warnings).toContain(
      'this run shares no series with the stored history, so it is not recorded; set the input allow-series-change: true for a run whose benchmarks were renamed or replaced on purpose',
    );
    expect(repo.services.cacheEntries).toHaveLength(1);
    expect(recordedCommits()).toEqual([commitOf('main 1')]);
  });

  it('with allow-series-change: passes and records the new series', async () => {
    await repo.addFixture('pytest/baseline.json', 'bench.txt');
    const run = await repo.push(
      { files: 'bench.txt', 'allow-series-change': 'true' },
      { sha: commitOf('main 2') },
    );

    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.outputs.verdict).toBe('no-common-series');
    expect(recordedCommits()).toEqual([commitOf('main 1'), commitOf('main 2')]);
  });

  it('a push that lost more than half of the series is recorded, with a warning and a verdict line saying so', async () => {
    const kept = fixture('go/baseline_cpu1_count10.txt')
      .text.split('\n')
      .filter((line) => !line.startsWith('Benchmark') || /^Benchmark(Mix|CountPrimes|Increment)\b/.test(line))
      .join('\n');
    await repo.writeFile('bench.txt', kept);
    const run = await repo.push({ files: 'bench.txt' }, { sha: commitOf('main 2') });

    expect(run.exitCode, transcript(run)).toBe(0);
    const report = await reportOf(run);
    expect(report.coverage?.lostMost, transcript(run)).toBe(true);
    const { missing, newestRunSeries } = report.coverage ?? { missing: 0, newestRunSeries: 0 };
    expect(run.warnings).toContain(
      `recording a run that lacks ${missing} of the ${newestRunSeries} series of the last recorded run; if benchmarks were removed on purpose, set the input allow-series-change: true to record such runs without this warning`,
    );
    expect(run.summary).toContain(`⚠️ **${missing} of the last baseline run's 75 series missing**`);
    expect(recordedCommits()).toEqual([commitOf('main 1'), commitOf('main 2')]);
  });
});
