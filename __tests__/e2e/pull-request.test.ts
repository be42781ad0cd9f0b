// Scenarios 2–6, and the workflow_run half of the fork setup: a pull request measured against the
// history of its base branch. History is seeded the
// way a repository gets it: two pushes to main of the baseline Go run, recorded in the Actions cache.
// The pull request then brings the regressed run of the same code: BenchmarkMix made slower (+14%),
// CountPrimes made faster (-71%).
//
// The pair is noisy_{baseline,regressed}_count10_benchmem.txt. The cpu1_count10 pair does not work here,
// and rightly so: its BenchmarkMix samples spread from 382 to 1396 ns/op (baseline) and 550 to 3138 ns/op
// (regressed), Mann–Whitney p = 0.53, so the engine calls Mix inconclusive and flags noise instead.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredCheckRun } from '../support/github-server.js';
import { type ActionRun, commitOf, reportOf, TestRepository, transcript } from './action-run.js';

const MARKER = '<!-- perf-regression:benchmarks -->';
const REGRESSION_VERDICT = /^🔴 \*\*\d+ regressions?\*\*.*$/m;

/** The source line an annotation points at, read from the checked-out workspace. */
function annotatedLine(workspace: string, file: string, line: number): string {
  return readFileSync(path.join(workspace, file), 'utf8').split('\n')[line - 1] ?? '';
}

function checkRunOf(repo: TestRepository, headSha: string): StoredCheckRun {
  const runs = repo.github.state.checkRuns.filter((r) => r.head_sha === headSha);
  expect(runs).toHaveLength(1);
  return runs[0] as StoredCheckRun;
}

function apiCalls(run: ActionRun): string[] {
  return run.api.map((r) => `${r.method} ${r.path} ${r.status}`);
}

describe('a pull request against two recorded pushes of the baseline', () => {
  let repo: TestRepository;
  let files: string;

  beforeAll(async () => {
    repo = await TestRepository.create();
    await repo.addGoSources();
    files = await repo.addFixture('go/noisy_baseline_count10_benchmem.txt', 'bench.txt');
    for (const label of ['main 1', 'main 2']) {
      const seeded = await repo.push({ files }, { sha: commitOf(label) });
      expect(seeded.exitCode, transcript(seeded)).toBe(0);
    }
    expect(repo.services.cacheEntries).toHaveLength(2);
    await repo.addFixture('go/noisy_regressed_count10_benchmem.txt', 'bench.txt');
  });

  afterAll(async () => {
    await repo.close();
  });

  it('comments, fails the check on the head commit with annotations at the benchmarks, sets the outputs and exits 1', async () => {
    const artifactsBefore = repo.services.artifacts.length;
    const run = await repo.pullRequest({ files }, { number: 12 });

    expect(run.exitCode, transcript(run)).toBe(1);
    expect(run.warnings, transcript(run)).toEqual([]);
    const report = await reportOf(run);
    expect(report.baselineRuns).toBe(2);
    // Exactly the change made in the code is a regression; CountPrimes' speed-up an improvement.
    const regressed = report.series.filter((s) => s.status === 'regression').map((s) => s.id);
    expect(regressed).toEqual(['example.com/benchfix/checksum::BenchmarkMix-2 [ns/op]']);
    const countPrimes = report.series.find(
      (s) => s.id === 'example.com/benchfix/mathx::BenchmarkCountPrimes-2 [ns/op]',
    );
    expect(countPrimes?.status).toBe('improvement');
    expect(run.outputs).toMatchObject({
      verdict: 'regression',
      regressions: '1',
      improvements: String(report.counts.improvement),
    });
    expect(existsSync(run.outputs['report-json'] ?? '')).toBe(true);
    expect(existsSync(run.outputs['report-markdown'] ?? '')).toBe(true);
    // The HTML report's data block holds the flagged series (its page is tested in __tests__/browser).
    const page = readFileSync(run.outputs['report-html'] ?? '', 'utf8');
    const data = /<script type="application\/json" id="report-data">(.*)<\/script>/.exec(page)?.[1] ?? '';
    const flagged = (JSON.parse(data) as { series: { name: string; status: string }[] }).series.filter(
      (s) => s.status === 'regression',
    );
    expect(flagged.map((s) => s.name)).toEqual(['BenchmarkMix (example.com/benchfix/checksum)']);

    // The sticky comment: created once, marker first, the verdict line a reviewer reads.
    const [comment, ...others] = repo.github.state.comments;
    expect(others).toEqual([]);
    expect(comment?.issueNumber).toBe(12);
    expect(comment?.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(comment?.body).toMatch(REGRESSION_VERDICT);
    // Medians 387.55 → 442.25 ns/op; the last digit shown depends on how the halves round.
    expect(comment?.body).toMatch(
      /^\| 🔴 BenchmarkMix \(example\.com\/benchfix\/checksum\) +\| +387\.[56] ns\/op → 442\.[23] ns\/op \| \*\*\+14\.1%\*\*/m,
    );
    // It links the run and the uploaded artifact (inputs + full JSON report).
    expect(comment?.body).toMatch(
      /\[inputs and full JSON report\]\(https:\/\/github\.com\/acme\/widgets\/actions\/runs\/\d+\/artifacts\/\d+\)/,
    );
    expect(run.outputs['comment-url']).toBe(
      `https://github.com/acme/widgets/issues/12#issuecomment-${comment?.id}`,
    );
    expect(apiCalls(run)).toContain('POST /repos/acme/widgets/issues/12/comments 201');

    // The check run belongs to the PR head, not to GITHUB_SHA (the merge commit).
    const check = checkRunOf(repo, run.sha);
    expect(check).toMatchObject({
      name: 'perf-regression (benchmarks)',
      status: 'completed',
      conclusion: 'failure',
    });
    expect(repo.github.state.checkRuns).toHaveLength(1);
    expect(check.output.summary).toMatch(REGRESSION_VERDICT);
    expect(run.outputs['check-run-url']).toBe(`https://github.com/acme/widgets/runs/${check.id}`);
    // The step fails with the check's title.
    expect(check.output.title).toBe(
      `1 regression, ${report.counts.improvement} improvements in ${report.series.length} series`,
    );
    expect(run.errors).toEqual([`perf-regression: ${check.output.title}`]);

    // The annotation sits on the `func BenchmarkMix(` line, not on the result file.
    expect(check.annotations).toEqual([
      expect.objectContaining({
        path: 'checksum/checksum_test.go',
        start_line: 51,
        end_line: 51,
        annotation_level: 'failure',
        title: 'Performance regression: example.com/benchfix/checksum › BenchmarkMix (ns/op)',
      }),
    ]);
    expect(annotatedLine(repo.workspace, 'checksum/checksum_test.go', 51)).toBe(
      'func BenchmarkMix(b *testing.B) {',
    );

    // The step summary is the same report; the artifact was uploaded; nothing was recorded.
    expect(run.summary).toMatch(REGRESSION_VERDICT);
    expect(run.summary).toBe(readFileSync(run.outputs['report-markdown'] ?? '', 'utf8'));
    expect(repo.services.artifacts.slice(artifactsBefore).map((a) => a.finalized)).toEqual([true]);
    expect(repo.services.cacheEntries).toHaveLength(2);
  });

  it('edits the same comment on the next push to the pull request instead of adding one', async () => {
    const first = await repo.pullRequest({ files }, { number: 13 });
    const second = await repo.pullRequest({ files }, { number: 13 });

    expect(second.exitCode, transcript(second)).toBe(1);
    const comments = repo.github.state.comments.filter((c) => c.issueNumber === 13);
    expect(comments).toHaveLength(1);
    const id = comments[0]?.id;
    expect(apiCalls(first)).toContain('POST /repos/acme/widgets/issues/13/comments 201');
    expect(apiCalls(second)).toContain(`PATCH /repos/acme/widgets/issues/comments/${id} 200`);
    expect(apiCalls(second).filter((c) => c.startsWith('POST /repos/acme/widgets/issues/'))).toEqual([]);
    expect(comments[0]?.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    // Each push gets its own check run on its own head commit.
    expect(checkRunOf(repo, first.sha).conclusion).toBe('failure');
    expect(checkRunOf(repo, second.sha).conclusion).toBe('failure');
  });

  it('with fail-on: never, exits 0 and the check is neutral with warning annotations', async () => {
    const run = await repo.pullRequest({ files, 'fail-on': 'never' }, { number: 14 });

    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.errors).toEqual([]);
    expect(run.outputs.verdict).toBe('regression');
    const check = checkRunOf(repo, run.sha);
    expect(check.conclusion).toBe('neutral');
    expect(check.annotations.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([
      ['checksum/checksum_test.go', 51, 'warning'],
    ]);
  });

  it('from a fork with a read-only token: explains the workflow_run setup, still writes the summary and artifact, exits on the verdict', async () => {
    repo.github.state.readOnly = true;
    const artifactsBefore = repo.services.artifacts.length;
    try {
      const failing = await repo.pullRequest({ files }, { number: 15, fork: true });
      const lenient = await repo.pullRequest({ files, 'fail-on': 'never' }, { number: 15, fork: true });

      for (const run of [failing, lenient]) {
        expect(run.warnings, transcript(run)).toHaveLength(2);
        expect(run.warnings[0]).toMatch(
          /could not create the pull request comment: GitHub refused the token \(403 Resource not accessible by integration\b/,
        );
        expect(run.warnings[1]).toMatch(/could not create the check run: GitHub refused the token \(403/);
        for (const warning of run.warnings) {
          expect(warning).toMatch(/fork/);
          expect(warning).toMatch(/`workflow_run`/);
        }
        expect(run.summary).toMatch(REGRESSION_VERDICT);
        expect(run.outputs.verdict).toBe('regression');
        expect(run.outputs['comment-url']).toBeUndefined();
        expect(run.outputs['check-run-url']).toBeUndefined();
      }
      expect(failing.exitCode).toBe(1);
      expect(failing.errors).toHaveLength(1);
      expect(failing.errors[0]).toMatch(/^perf-regression: 1 regression, \d+ improvements in 75 series$/);
      expect(lenient.exitCode).toBe(0);
      expect(lenient.errors).toEqual([]);
      expect(repo.services.artifacts.slice(artifactsBefore).map((a) => a.finalized)).toEqual([true, true]);
      expect(repo.github.state.comments.filter((c) => c.issueNumber === 15)).toEqual([]);
    } finally {
      repo.github.state.readOnly = false;
    }
  });

  it('reports a fork pull request from the workflow_run half of the two-workflow setup', async () => {
    const headSha = commitOf('fork head');
    repo.github.state.pullRequests.push({
      number: 16,
      owner: 'acme',
      repo: 'widgets',
      state: 'open',
      head: { owner: 'forker', ref: 'patch-1', sha: headSha },
      base: { ref: 'main' },
    });
    const cacheEntries = repo.services.cacheEntries.length;

    const run = await repo.workflowRun({ files }, { headSha, headBranch: 'patch-1', headOwner: 'forker' });

    expect(run.exitCode, transcript(run)).toBe(1);
    expect(run.warnings, transcript(run)).toEqual([]);
    expect(run.api[0]).toMatchObject({
      method: 'GET',
      path: '/repos/acme/widgets/pulls',
      query: expect.objectContaining({ head: 'forker:patch-1', state: 'open' }),
    });
    expect(repo.github.state.comments.filter((c) => c.issueNumber === 16)).toHaveLength(1);
    expect(checkRunOf(repo, headSha).conclusion).toBe('failure');
    expect(run.outputs.verdict).toBe('regression');
    // It runs on main, but it reports on a pull request: nothing is recorded.
    expect(repo.services.cacheEntries).toHaveLength(cacheEntries);
  });
});

describe('the first run, with no history', () => {
  it('reports no baseline, a neutral check and exits 0', async () => {
    const repo = await TestRepository.create();
    try {
      const files = await repo.addFixture('go/regressed_cpu1_count10.txt', 'bench.txt');
      const run = await repo.pullRequest({ files }, { number: 3 });

      expect(run.exitCode, transcript(run)).toBe(0);
      expect(run.warnings).toEqual([]);
      expect(run.errors).toEqual([]);
      expect(run.outputs).toMatchObject({ verdict: 'no-baseline', regressions: '0', improvements: '0' });
      expect(run.summary).toMatch(
        /^🆕 \*\*No baseline yet\*\*: \d+ series measured; there is no earlier run to compare with\.$/m,
      );
      expect(repo.github.state.comments[0]?.body).toContain('No baseline yet');
      expect(checkRunOf(repo, run.sha)).toMatchObject({ conclusion: 'neutral', annotations: [] });
      expect(repo.services.cacheEntries).toEqual([]);
    } finally {
      await repo.close();
    }
  });
});
