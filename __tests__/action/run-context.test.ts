// What a workflow run is, from its event: record, report on a pull request, or only summarise.
import { describe, expect, it } from 'vitest';
import {
  historyBranches,
  pullRequestQuery,
  type RunContext,
  readRunContext,
  withPullRequest,
} from '../../src/action/run-context.js';

const ENV = {
  GITHUB_REPOSITORY: 'octo/widgets',
  GITHUB_SHA: 'mergesha',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_SERVER_URL: 'https://github.example',
};
const REPOSITORY = { repository: { default_branch: 'main' } };
const PULL_REQUEST = {
  ...REPOSITORY,
  number: 7,
  pull_request: { number: 7, head: { sha: 'headsha', ref: 'feature' }, base: { ref: 'release' } },
};

function context(event: string, env: Record<string, string>, payload: Record<string, unknown>) {
  return readRunContext({ ...ENV, GITHUB_EVENT_NAME: event, ...env }, payload);
}

describe('the kind of run', () => {
  it.each([
    // event, env, payload → kind, sha, branch, baseBranch, pull request
    ['push', { GITHUB_REF: 'refs/heads/main' }, REPOSITORY, 'record', 'mergesha', 'main', 'main', undefined],
    [
      'push',
      { GITHUB_REF: 'refs/heads/dev' },
      REPOSITORY,
      'summary-only',
      'mergesha',
      'dev',
      'dev',
      undefined,
    ],
    // A tag is not a branch: nothing is recorded under it.
    [
      'push',
      { GITHUB_REF: 'refs/tags/v1' },
      REPOSITORY,
      'summary-only',
      'mergesha',
      'main',
      'main',
      undefined,
    ],
    [
      'schedule',
      { GITHUB_REF: 'refs/heads/main' },
      REPOSITORY,
      'record',
      'mergesha',
      'main',
      'main',
      undefined,
    ],
    // Scheduled runs always run on the default branch, even when the payload does not say which it is.
    ['schedule', { GITHUB_REF: 'refs/heads/main' }, {}, 'record', 'mergesha', 'main', 'main', undefined],
    [
      'workflow_dispatch',
      { GITHUB_REF: 'refs/heads/main' },
      REPOSITORY,
      'record',
      'mergesha',
      'main',
      'main',
      undefined,
    ],
    [
      'workflow_dispatch',
      { GITHUB_REF: 'refs/heads/try' },
      REPOSITORY,
      'summary-only',
      'mergesha',
      'try',
      'try',
      undefined,
    ],
    // The PR head is measured, not the merge commit; its history is the base branch's.
    ['pull_request', {}, PULL_REQUEST, 'pull-request', 'headsha', 'feature', 'release', 7],
    ['pull_request_target', {}, PULL_REQUEST, 'pull-request', 'headsha', 'feature', 'release', 7],
    [
      'pull_request',
      { GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'release' },
      { number: 9 },
      'pull-request',
      'mergesha',
      'feature',
      'release',
      9,
    ],
    [
      'workflow_run',
      {},
      {
        ...REPOSITORY,
        workflow_run: {
          event: 'pull_request',
          head_sha: 'runsha',
          head_branch: 'feature',
          pull_requests: [{ number: 5, base: { ref: 'main' } }],
        },
      },
      'pull-request',
      'runsha',
      'feature',
      'main',
      5,
    ],
    // A fork's run: GitHub leaves pull_requests empty; the number is looked up later.
    [
      'workflow_run',
      {},
      {
        ...REPOSITORY,
        workflow_run: {
          event: 'pull_request',
          head_sha: 'forksha',
          head_branch: 'patch-1',
          pull_requests: [],
        },
      },
      'pull-request',
      'forksha',
      'patch-1',
      'main',
      undefined,
    ],
    [
      'workflow_run',
      {},
      {
        ...REPOSITORY,
        workflow_run: { event: 'push', head_sha: 'pushsha', head_branch: 'main', pull_requests: [] },
      },
      'summary-only',
      'pushsha',
      'main',
      'main',
      undefined,
    ],
    [
      'release',
      { GITHUB_REF: 'refs/tags/v2' },
      REPOSITORY,
      'summary-only',
      'mergesha',
      'main',
      'main',
      undefined,
    ],
  ] as const)('%s %j → %s', (event, env, payload, kind, sha, branch, baseBranch, pullRequest) => {
    const ctx = context(event, env, payload);
    expect({ kind: ctx.kind, sha: ctx.sha, branch: ctx.branch, baseBranch: ctx.baseBranch }).toEqual({
      kind,
      sha,
      branch,
      baseBranch,
    });
    expect(ctx.pullRequest).toBe(pullRequest);
    expect(ctx.owner).toBe('octo');
    expect(ctx.repo).toBe('widgets');
  });

  it('links the workflow run on the configured server, and reads the attempt', () => {
    const ctx = context('push', { GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ATTEMPT: '3' }, REPOSITORY);
    expect(ctx.runUrl).toBe('https://github.example/octo/widgets/actions/runs/42');
    expect(ctx.runAttempt).toBe(3);
    expect(ctx.runId).toBe('42');
  });

  it('a missing or garbled attempt is the first, and no run id means no link', () => {
    const ctx = readRunContext({ GITHUB_EVENT_NAME: 'push', GITHUB_RUN_ATTEMPT: 'x' }, {});
    expect(ctx.runAttempt).toBe(1);
    expect(ctx.runUrl).toBeUndefined();
    expect(ctx.runId).toBe('0');
  });
});

describe('the history branches', () => {
  it.each([
    [{ baseBranch: 'release', defaultBranch: 'main' }, ['release', 'main']],
    [{ baseBranch: 'main', defaultBranch: 'main' }, ['main']],
    [{ baseBranch: 'main', defaultBranch: undefined }, ['main']],
    [{ baseBranch: '', defaultBranch: 'main' }, ['main']],
    [{ baseBranch: '', defaultBranch: undefined }, []],
  ])('%j → %j', (ctx, branches) => {
    expect(historyBranches(ctx)).toEqual(branches);
  });
});

describe("a fork's workflow_run: finding its pull request", () => {
  const forkRun = {
    ...REPOSITORY,
    workflow_run: {
      event: 'pull_request',
      head_sha: 'forksha',
      head_branch: 'patch-1',
      head_repository: { owner: { login: 'contributor' } },
      pull_requests: [],
    },
  };

  it('asks for the open pull request of the fork owner’s branch at that commit', () => {
    const ctx = context('workflow_run', {}, forkRun);
    expect(pullRequestQuery(ctx, forkRun)).toEqual({
      owner: 'octo',
      repo: 'widgets',
      headOwner: 'contributor',
      headBranch: 'patch-1',
      headSha: 'forksha',
    });
  });

  it.each([
    ['the payload names the pull request', 'pull_request', PULL_REQUEST],
    [
      'the head repository has no owner',
      'workflow_run',
      { workflow_run: { ...forkRun.workflow_run, head_repository: {} } },
    ],
    [
      'the run is not a pull request’s',
      'workflow_run',
      { workflow_run: { ...forkRun.workflow_run, event: 'push' } },
    ],
  ] as const)('asks for nothing when %s', (_, event, payload) => {
    expect(pullRequestQuery(context(event, {}, payload), payload)).toBeUndefined();
  });

  it('the found pull request gives the number and the base branch, without changing the context it had', () => {
    const ctx: RunContext = context('workflow_run', {}, forkRun);
    const found = withPullRequest(ctx, { number: 12, baseBranch: 'release' });
    expect(found).toMatchObject({ pullRequest: 12, baseBranch: 'release', sha: 'forksha' });
    expect(ctx.pullRequest).toBeUndefined();
    expect(ctx.baseBranch).toBe('main');
    expect(withPullRequest(ctx, undefined)).toBe(ctx);
  });
});
