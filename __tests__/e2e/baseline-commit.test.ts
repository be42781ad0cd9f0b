// A pull request compared with the runs at its merge base, through dist/index.js: the workspace is a real
// git checkout (full, or shallow as actions/checkout leaves it), the history is in the local Actions
// cache, and the compare API is answered from the same real repository.
//
// The history: main's m1–m3 recorded the regressed Go run (BenchmarkMix +14%), then m4 and m5 — merged
// after the feature branch left main at m3 — recorded the faster baseline run. The pull request measures
// the code of m3 again (the same regressed file): against m2 and m3 (a window of two runs) nothing changed;
// against the newest runs (m4, m5) it would be blamed for main's later speed-up as a regression.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type BranchedHistory, branchedHistory, checkoutAt, gitIn } from '../helpers/git-history.js';
import { reportOf, TestRepository, transcript } from './action-run.js';

const SLOW = 'go/noisy_regressed_count10_benchmem.txt';
const FAST = 'go/noisy_baseline_count10_benchmem.txt';

let repo: TestRepository;
let history: BranchedHistory;
let files: string;

beforeAll(async () => {
  history = await branchedHistory();
  repo = await TestRepository.create({ github: { gitRepository: history.origin } });
  for (const [i, commit] of history.main.entries()) {
    files = await repo.addFixture(i < 3 ? SLOW : FAST, 'bench.txt');
    // m4 changes CountPrimes too (slower): main's own regression must not stop it being recorded here.
    const pushed = await repo.push({ files, 'fail-on': 'never' }, { sha: commit });
    expect(pushed.exitCode, transcript(pushed)).toBe(0);
  }
  expect(repo.services.cacheEntries).toHaveLength(5);
  await repo.addFixture(SLOW, 'bench.txt');
});

beforeEach(async () => {
  // Each test checks the workspace out its own way; the recorded history stays.
  for (const checkedOut of ['.git', 'file.txt'])
    await rm(path.join(repo.workspace, checkedOut), { recursive: true, force: true });
  repo.github.state.gitRepository = history.origin;
  repo.github.state.comments.length = 0;
});

afterAll(async () => {
  await repo.close();
  await history.remove();
});

function pullRequest() {
  // A window of two runs: m2 and m3 at the merge base, m4 and m5 when the newest runs are taken.
  return repo.pullRequest(
    { files, 'baseline-runs': '2' },
    { number: 7, headSha: history.head, baseSha: history.base },
  );
}

const m3 = () => (history.branchPoint as string).slice(0, 12);

describe('the baseline window at the merge base, through the action', () => {
  it('in a full checkout: compares with m2 and m3 from git, leaves m4 and m5 out and names m3', async () => {
    checkoutAt(history, repo.workspace, history.head, 'full');

    const run = await pullRequest();

    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const report = await reportOf(run);
    expect(report.baselineRuns).toBe(2);
    expect(report.baselineCommit).toEqual({
      branch: 'main',
      mergeBase: history.branchPoint,
      via: 'git',
      commit: history.branchPoint,
      leftOut: 2,
    });
    const [comment] = repo.github.state.comments;
    expect(comment?.body).toContain(
      `> Baseline: the recorded runs up to \`${m3()}\`, the merge base of this pull request with main; 2 recorded runs of later main commits left out`,
    );
    expect(run.summary).toContain(`the recorded runs up to \`${m3()}\``);
    expect(run.api.some((r) => r.path.includes('/compare/'))).toBe(false);
  });

  it('in a shallow checkout: asks the compare API and leaves the checkout as shallow as it was', async () => {
    checkoutAt(history, repo.workspace, history.head, 'shallow');
    const commitsBefore = gitIn(repo.workspace, ['rev-list', '--count', '--all']);

    const run = await pullRequest();

    expect(run.exitCode, transcript(run)).toBe(0);
    const report = await reportOf(run);
    expect(report.baselineCommit).toMatchObject({
      via: 'compare-api',
      commit: history.branchPoint,
      leftOut: 2,
    });
    expect(report.baselineRuns).toBe(2);
    expect(gitIn(repo.workspace, ['rev-list', '--count', '--all'])).toBe(commitsBefore);
    expect(run.api.filter((r) => r.path.includes('/compare/')).every((r) => r.status === 200)).toBe(true);
  });

  it('in a shallow checkout whose token cannot compare: deepens the checkout with git instead', async () => {
    checkoutAt(history, repo.workspace, history.head, 'shallow');
    repo.github.state.faults.push({ path: /\/compare\//, status: 404, message: 'Not Found', times: 1 });

    const run = await pullRequest();

    expect(run.exitCode, transcript(run)).toBe(0);
    const report = await reportOf(run);
    expect(report.baselineCommit).toMatchObject({ via: 'git', commit: history.branchPoint, leftOut: 2 });
  });

  it('with no way to learn the merge base: compares with the newest runs as before, and says why', async () => {
    checkoutAt(history, repo.workspace, history.head, 'shallow');
    gitIn(repo.workspace, ['remote', 'set-url', 'origin', `${history.folder}/gone.git`]);
    repo.github.state.gitRepository = undefined;

    const run = await pullRequest();

    // m4 and m5 are in the window: main's later speed-up reads as this pull request's regression.
    expect(run.exitCode, transcript(run)).toBe(1);
    expect(run.outputs.verdict).toBe('regression');
    const report = await reportOf(run);
    expect(report.baselineCommit).toMatchObject({ fallback: 'merge-base-unknown', commit: history.base });
    expect(report.baselineCommit?.reason).toMatch(/compare API did not answer.*git could not fetch/);
    expect(run.warnings, transcript(run)).toEqual([]);
    const [comment] = repo.github.state.comments;
    expect(comment?.body).toContain(
      `> Baseline: the newest recorded runs of main, up to \`${history.base.slice(0, 12)}\`. The pull request's merge base could not be found (`,
    );
  });
});
