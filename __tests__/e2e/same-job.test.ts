// compare-with: base through dist/index.js: the workspace is a shallow clone of a real repository, the
// base commit is fetched by the action, both sides run in this job, and the report goes to GitHub.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { benchProgram } from '../helpers/ab-program.js';
import { git } from '../store/git-remote.js';
import { type ActionRun, TestRepository, transcript } from './action-run.js';
import { artifactFileNames, historyInCacheEntry } from './stored-outputs.js';

let repo: TestRepository;
let origin: string;
let authoring: string;
let scratch: string;

beforeEach(async () => {
  repo = await TestRepository.create();
  scratch = await mkdtemp(path.join(tmpdir(), 'perf-regression-same-job-'));
  origin = path.join(scratch, 'origin.git');
  authoring = path.join(scratch, 'authoring');
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', origin]);
  // GitHub serves any commit by id; a plain bare repository does so only when told.
  git(origin, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  execFileSync('git', ['clone', '--quiet', origin, authoring], { stdio: 'ignore' });
  await writeFile(path.join(authoring, '.gitignore'), '.count\n');
});

afterEach(async () => {
  await repo.close();
  await rm(scratch, { recursive: true, force: true });
});

async function commit(work: Record<string, number>): Promise<string> {
  await writeFile(path.join(authoring, 'bench.mjs'), benchProgram(work));
  git(authoring, ['add', '-A']);
  git(authoring, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'c']);
  git(authoring, ['push', '--quiet', 'origin', 'HEAD:main']);
  return git(authoring, ['rev-parse', 'HEAD']);
}

/** The workspace as actions/checkout leaves it: a clone of one commit, depth 1. */
async function checkout(sha: string): Promise<void> {
  await rm(repo.workspace, { recursive: true, force: true });
  execFileSync('git', ['clone', '--quiet', '--depth=1', `file://${origin}`, repo.workspace], {
    stdio: 'ignore',
  });
  git(repo.workspace, ['checkout', '--quiet', sha]);
}

const AB = { 'compare-with': 'base', run: 'node bench.mjs', passes: '3', storage: 'cache' };

function worktrees(): number {
  return git(repo.workspace, ['worktree', 'list', '--porcelain']).match(/^worktree /gm)?.length ?? 0;
}

describe('compare-with: base on a pull request', () => {
  it('fetches the base into the shallow checkout, measures both, comments and fails on the regression', async () => {
    const base = await commit({ Slow: 1000, Same: 500 });
    const head = await commit({ Slow: 1400, Same: 500 });
    await checkout(head);
    expect(() => git(repo.workspace, ['cat-file', '-e', `${base}^{commit}`])).toThrow();

    const run: ActionRun = await repo.pullRequest(AB, { number: 4, headSha: head, baseSha: base });

    expect(run.exitCode, transcript(run)).toBe(1);
    expect(run.warnings, transcript(run)).toEqual([]);
    expect(run.outputs).toMatchObject({ verdict: 'regression', regressions: '1', improvements: '0' });
    const [comment] = repo.github.state.comments;
    expect(comment?.body).toContain(`Measured against \`${base.slice(0, 12)}\` in the same job, 3 passes`);
    expect(comment?.body).toMatch(/🔴 \*\*1 regression\*\*, 1 unchanged/);
    expect(run.stdout).toMatch(/perf-regression ab: pass 3\/3 base \d+\.\d s/);
    // The artifact holds every invocation's output next to the reports.
    const [artifact] = repo.services.artifacts;
    const names = artifactFileNames(repo.services, artifact as NonNullable<typeof artifact>);
    expect(names.filter((n) => n.endsWith('.txt'))).toHaveLength(6);
    expect(names).toEqual(expect.arrayContaining(['report.json', 'report.md']));
    expect(worktrees()).toBe(1);
    // A pull request never writes history.
    expect(repo.services.cacheEntries).toEqual([]);
  });

  it('the same code on both sides passes, and the check is green', async () => {
    const base = await commit({ Slow: 1000, Same: 500 });
    await checkout(base);
    const run = await repo.pullRequest(AB, { number: 5, headSha: base, baseSha: base });
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(repo.github.state.checkRuns[0]?.conclusion).toBe('success');
  });

  it('a run input is required, and a failing command fails the step in one line', async () => {
    const base = await commit({ Slow: 1000, Same: 500 });
    await checkout(base);
    const noRun = await repo.pullRequest(
      { 'compare-with': 'base' },
      { number: 6, headSha: base, baseSha: base },
    );
    expect(noRun.errors).toEqual([
      'input "run" is required with compare-with: base: the benchmark command to run on both sides',
    ]);
    const failing = await repo.pullRequest(
      { ...AB, run: 'echo "no such benchmark" >&2; exit 4' },
      { number: 6, headSha: base, baseSha: base },
    );
    expect(failing.exitCode).toBe(1);
    expect(failing.errors).toEqual([
      'the --run command failed on the base side (pass 1/3, exit code 4); its stderr ended: no such benchmark',
    ]);
    expect(worktrees()).toBe(1);
  });
});

describe('compare-with: base on a push to the default branch', () => {
  it('measures against the commit before the push and records the head side into the history', async () => {
    const before = await commit({ Slow: 1000, Same: 500 });
    const after = await commit({ Slow: 1000, Same: 400 });
    await checkout(after);
    const run = await repo.push(AB, { sha: after, before });
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', improvements: '1' });
    const [entry] = repo.services.cacheEntries;
    const history = historyInCacheEntry(repo.services, entry as NonNullable<typeof entry>);
    expect(history.entries.map((e) => e.commit)).toEqual([after]);
    // The head's samples of all passes, pooled: 3 passes × 5 samples.
    expect(history.entries[0]?.results.map((r) => [r.name, r.n])).toEqual([
      ['BenchmarkSlow', 15],
      ['BenchmarkSame', 15],
    ]);
  });
});

describe('compare-with: base for a fork pull request: the two-workflow pair', () => {
  it('the unprivileged half computes the report; the workflow_run half publishes it without running anything', async () => {
    const base = await commit({ Slow: 1000, Same: 500 });
    const head = await commit({ Slow: 1300, Same: 500 });
    await checkout(head);
    // The fork's run: read-only token, so no comment and no check; the report goes into an artifact.
    const measured = await repo.pullRequest(
      { ...AB, comment: 'never', 'check-run': 'false', 'fail-on': 'never' },
      { number: 21, headSha: head, baseSha: base, fork: true },
    );
    expect(measured.exitCode, transcript(measured)).toBe(0);
    expect(measured.outputs.verdict).toBe('regression');
    const reportJson = await readFile(measured.outputs['report-json'] as string, 'utf8');

    // The privileged half: a fresh workspace holding only the downloaded report.
    await rm(repo.workspace, { recursive: true, force: true });
    await repo.writeFile('downloaded/report.json', reportJson);
    repo.github.state.pullRequests.push({
      number: 21,
      owner: 'acme',
      repo: 'widgets',
      state: 'open',
      head: { owner: 'forker', ref: 'patch-1', sha: head },
      base: { ref: 'main' },
    });
    const published = await repo.workflowRun(
      { 'report-file': 'downloaded/report.json', storage: 'cache' },
      { headSha: head, headBranch: 'patch-1', headOwner: 'forker' },
    );
    expect(published.exitCode, transcript(published)).toBe(1);
    expect(published.outputs.verdict).toBe('regression');
    const comment = repo.github.state.comments.find((c) => c.issueNumber === 21);
    expect(comment?.body).toContain(`Measured against \`${base.slice(0, 12)}\` in the same job, 3 passes`);
    expect(repo.github.state.checkRuns.find((r) => r.head_sha === head)?.conclusion).toBe('failure');
    expect(published.stdout).not.toContain('perf-regression ab: pass');
    expect(repo.services.cacheEntries).toEqual([]);
  });

  it('a report file that is not a perf-regression report fails in one line naming the field', async () => {
    await repo.writeFile(
      'report.json',
      JSON.stringify({ schema: 'perf-regression/report', version: 1, verdict: 'ok' }),
    );
    const run = await repo.workflowRun(
      { 'report-file': 'report.json' },
      { headSha: 'a'.repeat(40), headBranch: 'x', headOwner: 'forker' },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      'report.json: verdict: expected one of pass, regression, over-budget, no-baseline, no-common-series',
    ]);
  });
});

describe('compare-with: base on a schedule, which has no base commit', () => {
  it('measures the checkout alone against the history, records it and runs the weekly watch, with a notice', async () => {
    const before = await commit({ Slow: 1000, Same: 500 });
    const after = await commit({ Slow: 1000, Same: 500, Extra: 200 });
    await checkout(after);
    const pushed = await repo.push(AB, { sha: after, before });
    expect(pushed.exitCode, transcript(pushed)).toBe(0);

    const run = await repo.schedule(AB, { sha: after });
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.stdout).toMatch(
      /^::notice::compare-with: base: a schedule run has no base commit, so the run command ran 3 times on this commit alone, is compared with the recorded history and recorded \(for the weekly watch\)$/m,
    );
    // Only the head side ran: three passes, no base worktree.
    expect(run.stdout).toMatch(/perf-regression ab: pass 3\/3 head \d+\.\d s/);
    expect(run.stdout).not.toMatch(/perf-regression ab: pass \d\/3 base/);
    expect(worktrees()).toBe(1);
    expect(run.outputs.verdict).toBe('pass');
    const report = JSON.parse(await readFile(run.outputs['report-json'] as string, 'utf8'));
    expect(report.baselineRuns).toBe(1);
    expect(report.sameJob).toBeUndefined();
    // Recorded on top of the push's entry, and the watch read both runs.
    const newest = repo.services.cacheEntries.at(-1);
    const history = historyInCacheEntry(repo.services, newest as NonNullable<typeof newest>);
    expect(history.entries.map((e) => [e.commit, e.results.map((r) => r.n)])).toEqual([
      [after, [15, 15, 15]],
      [after, [15, 15, 15]],
    ]);
    expect(run.stdout).toMatch(/perf-regression: \d+ change point\(s\) in 2 runs/);
    // The artifact holds each pass's output.
    const artifact = repo.services.artifacts.at(-1);
    const names = artifactFileNames(repo.services, artifact as NonNullable<typeof artifact>);
    expect(names.filter((n) => n.endsWith('.txt'))).toHaveLength(3);
  });
});
