// One report for a matrix: three matrix jobs of one workflow run (each its own suite and history) run
// with comment: never and check-run: false and upload their reports; the final job, with `merge`, reads
// them back from the artifact service and writes one sticky comment and one check run. A regression in
// one job fails the whole; a job whose artifact is missing or unreadable is named and never green.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEnv, captureStdout } from '../support/actions-services.js';
import {
  type ActionRun,
  commitOf,
  type SharedWorkflowRun,
  TestRepository,
  transcript,
} from './action-run.js';

const MARKER = '<!-- perf-regression:benchmarks -->';
const JOB_INPUTS = { comment: 'never', 'check-run': 'false', 'fail-on': 'never' };
const MERGE = 'bench-linux\nbench-macos\nbench-windows';
const TIMEOUT = 240_000;

describe('merge: one comment and one check for three matrix jobs', () => {
  let repo: TestRepository;
  let pr = 0;

  /** The three matrix jobs of one workflow run; `skip` leaves one out (it failed before uploading). */
  async function matrix(
    run: SharedWorkflowRun,
    headSha: string,
    linux: 'regressed' | 'baseline',
    skip?: string,
  ): Promise<void> {
    await repo.addFixture(`go/noisy_${linux}_count10_benchmem.txt`, 'linux.txt');
    const jobs: [string, string][] = [
      ['bench-linux', 'linux.txt'],
      ['bench-macos', 'macos.txt'],
      ['bench-windows', 'windows.json'],
    ];
    for (const [name, files] of jobs) {
      if (name === skip) continue;
      const job = await repo.pullRequest(
        { ...JOB_INPUTS, name, files },
        { number: pr, headSha, workflowRun: run },
      );
      expect(job.exitCode, transcript(job)).toBe(0);
    }
  }

  function mergeJob(run: SharedWorkflowRun, headSha: string, merge = MERGE): Promise<ActionRun> {
    return repo.pullRequest({ merge }, { number: pr, headSha, workflowRun: run });
  }

  function checksOf(headSha: string) {
    return repo.github.state.checkRuns.filter((r) => r.head_sha === headSha);
  }

  beforeAll(async () => {
    repo = await TestRepository.create();
    // Each job's history, recorded by pushes to main under its own suite name.
    await repo.addFixture('go/noisy_baseline_count10_benchmem.txt', 'linux.txt');
    await repo.addFixture('go/noisy_baseline_count10_benchmem.txt', 'macos.txt');
    await repo.addFixture('pytest/pair_baseline.json', 'windows.json');
    const seeds: [string, string, number][] = [
      ['bench-linux', 'linux.txt', 2],
      ['bench-macos', 'macos.txt', 1],
      ['bench-windows', 'windows.json', 1],
    ];
    for (const [name, files, pushes] of seeds) {
      for (let i = 1; i <= pushes; i++) {
        const seeded = await repo.push({ name, files }, { sha: commitOf(`${name} main ${i}`) });
        expect(seeded.exitCode, transcript(seeded)).toBe(0);
      }
    }
    pr = 21;
  }, TIMEOUT);

  afterAll(async () => {
    await repo?.close();
  });

  it(
    'a regression in one job fails the combined verdict; matrix jobs post nothing themselves',
    async () => {
      const run = repo.newWorkflowRun();
      const head = commitOf('pr 21 head 1');
      await matrix(run, head, 'regressed');
      expect(repo.github.state.comments).toEqual([]);
      expect(repo.github.state.checkRuns).toEqual([]);

      const merged = await mergeJob(run, head);
      expect(merged.exitCode, transcript(merged)).toBe(1);
      expect(merged.outputs).toMatchObject({ verdict: 'regression', regressions: '1' });
      const [comment, ...others] = repo.github.state.comments;
      expect(others).toEqual([]);
      expect(comment?.issueNumber).toBe(21);
      const body = comment?.body ?? '';
      expect(body.startsWith(`${MARKER}\n### perf-regression: benchmarks (3 jobs)\n`)).toBe(true);
      expect(body).toContain('🔴 **1 regression in 1 of 3 jobs');
      // A row per job, then a section per job holding its own report.
      expect(body).toMatch(/^\| bench-linux \| 🔴 \*\*1 regression\*\*/m);
      expect(body).toMatch(/^\| bench-macos \| ✅ \*\*No regressions\*\*/m);
      expect(body).toMatch(/^\| bench-windows \| ✅ \*\*No regressions\*\*/m);
      for (const job of ['bench-linux', 'bench-macos', 'bench-windows'])
        expect(body).toContain(`\n#### ${job}\n`);
      const linux = body.slice(body.indexOf('#### bench-linux'), body.indexOf('#### bench-macos'));
      expect(linux).toMatch(/^\| 🔴 BenchmarkMix \(example\.com\/benchfix\/checksum\) /m);
      expect(body.slice(body.indexOf('#### bench-windows'))).toContain('test\\_mix');

      const [check, ...moreChecks] = checksOf(head);
      expect(moreChecks).toEqual([]);
      expect(check).toMatchObject({ name: 'perf-regression (benchmarks)', conclusion: 'failure' });
      expect(check?.output.title).toMatch(/^1 regression in 1 of 3 jobs/);
      expect(merged.errors).toEqual([`perf-regression: ${check?.output.title}`]);
      expect(merged.summary).toContain('#### bench-linux');
      expect(await readFile(merged.outputs['report-markdown'] ?? '', 'utf8')).toBe(merged.summary);
    },
    TIMEOUT,
  );

  it(
    'a job that uploaded nothing is named in the same sticky comment and the check fails',
    async () => {
      const run = repo.newWorkflowRun();
      const head = commitOf('pr 21 head 2');
      await matrix(run, head, 'baseline', 'bench-windows');

      const merged = await mergeJob(run, head);
      expect(merged.exitCode, transcript(merged)).toBe(1);
      expect(merged.outputs.verdict).toBe('incomplete');
      // Updated in place: still one comment on the pull request.
      expect(repo.github.state.comments).toHaveLength(1);
      const body = repo.github.state.comments[0]?.body ?? '';
      expect(body).toContain('⛔ **1 of 3 jobs without a readable report**');
      expect(body).toMatch(
        /^\| bench-windows \| ⛔ \*\*No report\*\*: no artifact perf-regression-bench-windows in this run: the job failed/m,
      );
      expect(body).toMatch(/^\| bench-linux \| ✅ \*\*No regressions\*\*/m);
      expect(checksOf(head)).toMatchObject([
        { conclusion: 'failure', output: { title: '1 of 3 jobs without a readable report' } },
      ]);
      expect(merged.warnings).toEqual([
        expect.stringMatching(/^merge: bench-windows: no artifact perf-regression-bench-windows in this run/),
      ]);
    },
    TIMEOUT,
  );

  it(
    'an unreadable report is named with its error; an artifact name of any job is escaped',
    async () => {
      const run = repo.newWorkflowRun();
      const head = commitOf('pr 21 head 3');
      await matrix(run, head, 'baseline', 'bench-windows');
      // A job of the run (the PR's code runs in it) uploads what it likes under names it chooses.
      const truncated = (
        await readFile(path.join(repo.runnerTemp, 'perf-regression-bench-macos/report.json'), 'utf8')
      ).slice(0, 300);
      await uploadAs(run, 'perf-regression-bench-windows', truncated);
      await uploadAs(run, 'perf-regression-bench-[x](www.evil.example)@admin#12', truncated);

      const merged = await mergeJob(run, head, 'bench-*');
      expect(merged.exitCode, transcript(merged)).toBe(1);
      expect(merged.outputs.verdict).toBe('incomplete');
      const body = repo.github.state.comments[0]?.body ?? '';
      expect(body).toContain('### perf-regression: benchmarks (4 jobs)');
      expect(body).toMatch(
        /^\| bench-windows \| ⛔ \*\*No report\*\*: perf-regression-bench-windows\/report\.json: not valid JSON \(.+\); expected a perf-regression JSON report \|$/m,
      );
      expect(body).not.toContain('[x](www.evil.example)');
      expect(body).not.toContain('@admin');
      expect(body).not.toContain('#12');
      expect(body).toContain(
        '| bench-\\[x\\](www\u200d.evil.example)@\u200dadmin#\u200d12 | ⛔ **No report**',
      );
      expect(checksOf(head)).toMatchObject([
        { conclusion: 'failure', output: { title: '2 of 4 jobs without a readable report' } },
      ]);
    },
    TIMEOUT,
  );

  it(
    'three passing jobs give a green check and verdict pass',
    async () => {
      const run = repo.newWorkflowRun();
      const head = commitOf('pr 21 head 4');
      await matrix(run, head, 'baseline');
      const merged = await mergeJob(run, head);
      expect(merged.exitCode, transcript(merged)).toBe(0);
      expect(merged.outputs.verdict).toBe('pass');
      expect(merged.warnings).toEqual([]);
      expect(checksOf(head)).toMatchObject([
        { conclusion: 'success', output: { title: 'No regressions in 3 jobs' } },
      ]);
      expect(repo.github.state.comments).toHaveLength(1);
      expect(repo.github.state.comments[0]?.body).toContain('✅ **No regressions in 3 jobs**');
    },
    TIMEOUT,
  );

  /** Uploads `report.json` holding `text` as an artifact of `run`, with the real client. */
  async function uploadAs(run: SharedWorkflowRun, name: string, text: string): Promise<void> {
    const dir = await mkdtemp(path.join(tmpdir(), 'merge-upload-'));
    await writeFile(path.join(dir, 'report.json'), text);
    const restore = applyEnv({
      ...repo.services.env,
      ACTIONS_RUNTIME_TOKEN: repo.services.tokenForNewRun(run.backendId),
    });
    const quiet = captureStdout();
    try {
      await new DefaultArtifactClient().uploadArtifact(name, [path.join(dir, 'report.json')], dir);
    } finally {
      quiet.restore();
      restore();
    }
  }
});
