// Issue 17, item 6, through dist/index.js against the local REST server: a comment create that never
// answers costs the run its github-api-timeout, not twenty minutes; a create GitHub stored before
// answering 502 is not posted twice; a 429 with retry-after is waited out; the verdict keeps the exit code.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitOf, TestRepository, transcript } from './action-run.js';
import { artifactFileNames } from './stored-outputs.js';

const COMMENTS = '/repos/acme/widgets/issues/3/comments';
const CHECK_RUNS = '/repos/acme/widgets/check-runs';

let repo: TestRepository;
let files: string;

beforeEach(async () => {
  repo = await TestRepository.create();
  files = await repo.addFixture('go/baseline_cpu1_count10.txt', 'bench.txt');
  const seeded = await repo.push({ files }, { sha: commitOf('main 1') });
  expect(seeded.exitCode, transcript(seeded)).toBe(0);
});

afterEach(async () => {
  await repo.close();
});

describe('GitHub faults on a pull request', () => {
  it('every write stalling: the run ends within its budget with warnings, exit code by the verdict', async () => {
    repo.github.state.faults.push({ method: 'POST', status: 201, message: '', stall: true, times: 100 });
    const run = await repo.pullRequest({ files, 'github-api-timeout': '3' }, { number: 3 });

    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.warnings, transcript(run)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^could not comment on the pull request: .*3 s budget for GitHub API calls is used up/,
        ),
        expect.stringMatching(
          /^could not create the check run: .*3 s budget for GitHub API calls is used up/,
        ),
      ]),
    );
    expect(run.ms).toBeLessThan(45_000);
    expect(repo.github.state.comments).toEqual([]);
  });

  it('a comment and a check run GitHub stored before answering 502 are each made once', async () => {
    repo.github.state.faults.push(
      { method: 'POST', path: COMMENTS, status: 502, message: 'Bad Gateway', afterApplying: true },
      { method: 'POST', path: CHECK_RUNS, status: 502, message: 'Bad Gateway', afterApplying: true },
    );
    const run = await repo.pullRequest({ files }, { number: 3 });

    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.warnings, transcript(run)).toEqual([]);
    expect(repo.github.state.comments).toHaveLength(1);
    expect(repo.github.state.checkRuns).toHaveLength(1);
    expect(run.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(run.outputs['check-run-url']).toMatch(/\/runs\/\d+$/);
  });

  it('a 429 with retry-after and a plain body is waited out and the comment posted', async () => {
    repo.github.state.faults.push({
      method: 'POST',
      path: COMMENTS,
      status: 429,
      message: 'Too Many Requests',
      headers: { 'retry-after': '1' },
    });
    const run = await repo.pullRequest({ files }, { number: 3 });

    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.warnings).toEqual([
      'GitHub API 429 (rate limited) on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying in 1s',
    ]);
    expect(repo.github.state.comments).toHaveLength(1);
  });

  it('a 201 whose body is not JSON is a warning, with the comment link found by its marker', async () => {
    repo.github.state.faults.push({
      method: 'POST',
      path: COMMENTS,
      status: 201,
      message: '',
      rawBody: '<html>created</html>',
      afterApplying: true,
    });
    const run = await repo.pullRequest({ files }, { number: 3 });

    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.warnings).toEqual([
      'GitHub created the pull request comment but answered with a body that is not JSON; the comment was found by its marker',
    ]);
    expect(run.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(run.stdout).not.toContain('comment undefined');
  });
});

describe('odd result file names', () => {
  it('never stop the artifact upload: stored under safe names, listed in renamed-inputs.json', async () => {
    const odd = await repo.addFixture('go/baseline_cpu1_count10.txt', 'res/a:b?.txt');
    const run = await repo.push({ files: `${odd}\nbench.txt` }, { sha: commitOf('main 2') });

    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.warnings, transcript(run)).toEqual([]);
    const artifact = repo.services.artifacts.at(-1);
    expect(artifact?.finalized).toBe(true);
    // The dashboard/ folder of a cache-storage run is checked by the dashboard's own tests.
    const names = artifactFileNames(repo.services, artifact as NonNullable<typeof artifact>);
    expect(names.filter((n) => !n.startsWith('dashboard/'))).toEqual([
      'inputs/bench.txt',
      'inputs/res/0-a_b_.txt',
      'renamed-inputs.json',
      'report.html',
      'report.json',
      'report.md',
    ]);
  });
});
