// Issue 17, item 6: every GitHub call bounded (a per-request timeout, one budget for the run) and
// idempotent (a create whose answer was lost is looked for before it is sent again), 429 retried after
// its retry-after, a success with an unreadable body a warning. Against the local REST server.
import { afterEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/github/bounded.js';
import { createCheckRun } from '../../src/github/checks.js';
import { createGitHubClient, type GitHubClientOptions } from '../../src/github/client.js';
import { upsertStickyComment } from '../../src/github/comment.js';
import {
  type Fault,
  type GitHubServer,
  DEFAULT_OWNER as owner,
  DEFAULT_REPO as repo,
  startGitHubServer,
} from '../support/github-server.js';

const TOKEN = 'ghs_boundedTestToken0123456789';
let server: GitHubServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A clock that only moves when the client pauses: waits are recorded, never slept. */
function fakeClock(): Clock & { waits: number[]; advance(ms: number): void } {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: async (ms) => {
      waits.push(ms);
      now += ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

async function setUp(faults: Fault[], client: Partial<GitHubClientOptions> = {}) {
  server = await startGitHubServer({ token: TOKEN, faults });
  const warnings: string[] = [];
  const clock = fakeClock();
  const octokit = createGitHubClient({
    token: TOKEN,
    baseUrl: server.url,
    retryDelayUnitMs: 1000,
    spaceRequests: false,
    clock,
    log: { warn: (m) => warnings.push(m) },
    ...client,
  });
  return { server, octokit, warnings, clock };
}

const calls = (s: GitHubServer) => s.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
const COMMENTS = `/repos/${owner}/${repo}/issues/7/comments`;
const CHECK_RUNS = `/repos/${owner}/${repo}/check-runs`;
const comment = { owner, repo, issueNumber: 7, suite: 'go', body: 'report' };
const check = {
  owner,
  repo,
  headSha: 'abc123',
  suite: 'go',
  conclusion: 'failure' as const,
  title: '1 regression in 3 series',
  summary: 'report',
  annotations: [],
  externalId: 'perf-regression:go:9001-1',
};

describe('time bounds', () => {
  it('gives up a request that never answers after the per-request timeout, retrying a read three times', async () => {
    const { server, octokit, warnings } = await setUp(
      [{ status: 200, message: '', stall: true, times: 10 }],
      {
        requestTimeoutMs: 50,
        retryDelayUnitMs: 1,
        clock: undefined,
      },
    );

    const error = await octokit.rest.repos.get({ owner, repo }).catch((e: unknown) => e);

    expect(error).toMatchObject({
      name: 'GitHubTimeoutError',
      message: 'GET /repos/acme/widgets: no complete answer within 0.05 s',
    });
    expect(server.requests).toHaveLength(4);
    expect(warnings).toEqual([
      'GitHub API timeout on GET /repos/{owner}/{repo}: retrying in 1s',
      'GitHub API timeout on GET /repos/{owner}/{repo}: retrying in 4s',
      'GitHub API timeout on GET /repos/{owner}/{repo}: retrying in 9s',
    ]);
  });

  it('stops every call once the budget is spent, without sending it', async () => {
    const { server, octokit, clock } = await setUp([], { budgetMs: 60_000 });
    await octokit.rest.repos.get({ owner, repo });
    clock.advance(60_000);

    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toThrow(
      'GET /repos/acme/widgets: the 60 s budget for GitHub API calls is used up (input github-api-timeout)',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('does not wait for a retry the budget cannot hold', async () => {
    const { server, octokit, clock } = await setUp(
      [{ status: 429, message: 'Too Many Requests', headers: { 'retry-after': '120' } }],
      { budgetMs: 60_000 },
    );

    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toThrow(
      /60 s budget for GitHub API calls is used up/,
    );
    expect(clock.waits).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});

describe('retries', () => {
  it('retries a 429 with retry-after and a plain body after the time GitHub asks', async () => {
    const { server, octokit, warnings, clock } = await setUp([
      { status: 429, message: 'Too Many Requests', headers: { 'retry-after': '3' } },
    ]);

    const { data } = await octokit.rest.repos.get({ owner, repo });

    expect(data.name).toBe('widgets');
    expect(calls(server)).toEqual(['GET /repos/acme/widgets 429', 'GET /repos/acme/widgets 200']);
    expect(clock.waits).toEqual([3000]);
    expect(warnings).toEqual(['GitHub API 429 (rate limited) on GET /repos/{owner}/{repo}: retrying in 3s']);
  });

  it('retries a 429 on a POST too (GitHub did nothing), twice at most', async () => {
    const { server, octokit } = await setUp([
      {
        method: 'POST',
        path: COMMENTS,
        status: 429,
        message: 'Too Many Requests',
        headers: { 'retry-after': '1' },
        times: 3,
      },
    ]);

    await expect(upsertStickyComment(octokit, comment)).rejects.toMatchObject({ status: 429 });
    expect(calls(server).filter((c) => c.startsWith('POST'))).toEqual(Array(3).fill(`POST ${COMMENTS} 429`));
  });

  it('retries a read after 502, 503 and 500, then succeeds', async () => {
    const { server, octokit, clock } = await setUp([
      { status: 502, message: 'Bad Gateway' },
      { status: 503, message: 'Unavailable' },
      { status: 500, message: 'Oops' },
    ]);

    await octokit.rest.repos.get({ owner, repo });

    expect(server.requests.map((r) => r.status)).toEqual([502, 503, 500, 200]);
    expect(clock.waits).toEqual([1000, 4000, 9000]);
  });
});

describe('a create whose answer was lost', () => {
  it('comment: GitHub stored it and answered 502 — found by its marker, never posted twice', async () => {
    const { server, octokit } = await setUp([
      { method: 'POST', path: COMMENTS, status: 502, message: 'Bad Gateway', afterApplying: true },
    ]);

    const result = await upsertStickyComment(octokit, comment);

    expect(server.state.comments).toHaveLength(1);
    expect(result).toMatchObject({ action: 'created', id: server.state.comments[0]?.id });
    expect(calls(server).filter((c) => !c.startsWith('GET /user'))).toEqual([
      `GET ${COMMENTS} 200`,
      `POST ${COMMENTS} 502`,
      `GET ${COMMENTS} 200`,
    ]);
  });

  it('comment: GitHub stored nothing and answered 504 — looked for, then created once', async () => {
    const { server, octokit } = await setUp([
      { method: 'POST', path: COMMENTS, status: 504, message: 'Gateway Timeout' },
    ]);

    await upsertStickyComment(octokit, comment);

    expect(server.state.comments).toHaveLength(1);
    expect(calls(server).filter((c) => c.startsWith('POST'))).toEqual([
      `POST ${COMMENTS} 504`,
      `POST ${COMMENTS} 201`,
    ]);
  });

  it('comment: a stalled create that GitHub carried out is found, not repeated', async () => {
    const { server, octokit } = await setUp(
      [{ method: 'POST', path: COMMENTS, status: 201, message: '', stall: true, afterApplying: true }],
      { requestTimeoutMs: 50, clock: undefined },
    );

    const result = await upsertStickyComment(octokit, comment);

    expect(server.state.comments).toHaveLength(1);
    expect(result.action).toBe('created');
  });

  it('check run: stored, answered 502 — found by name, commit and external id, its annotations still sent', async () => {
    const { server, octokit } = await setUp([
      { method: 'POST', path: CHECK_RUNS, status: 502, message: 'Bad Gateway', afterApplying: true },
    ]);
    const annotations = Array.from({ length: 60 }, (_, i) => ({
      path: 'a_test.go',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'failure' as const,
      message: `m${i}`,
      title: `t${i}`,
    }));

    const result = await createCheckRun(octokit, { ...check, annotations });

    expect(server.state.checkRuns).toHaveLength(1);
    expect(server.state.checkRuns[0]).toMatchObject({ external_id: check.externalId, conclusion: 'failure' });
    expect(server.state.checkRuns[0]?.annotations).toHaveLength(60);
    expect(result.id).toBe(server.state.checkRuns[0]?.id);
    expect(calls(server)).toEqual([
      `POST ${CHECK_RUNS} 502`,
      `GET /repos/acme/widgets/commits/abc123/check-runs 200`,
      `PATCH ${CHECK_RUNS}/${result.id} 200`,
    ]);
  });

  it("check run: an earlier attempt's run of the same name is not taken for ours", async () => {
    const { server, octokit } = await setUp([]);
    await createCheckRun(octokit, { ...check, externalId: 'perf-regression:go:9001-0' });
    server.state.faults.push({ method: 'POST', path: CHECK_RUNS, status: 500, message: 'Oops' });
    const ours = await createCheckRun(octokit, check);

    expect(server.state.checkRuns.map((r) => r.external_id)).toEqual([
      'perf-regression:go:9001-0',
      check.externalId,
    ]);
    expect(ours.id).toBe(server.state.checkRuns[1]?.id);
  });
});

describe('a success whose body cannot be read', () => {
  it('comment: a warning, and the link found by the marker', async () => {
    const { server, octokit } = await setUp([
      {
        method: 'POST',
        path: COMMENTS,
        status: 201,
        message: '',
        rawBody: '<html>ok</html>',
        afterApplying: true,
      },
    ]);

    const result = await upsertStickyComment(octokit, comment);

    expect(result).toEqual({
      action: 'created',
      id: server.state.comments[0]?.id,
      url: expect.stringMatching(/#issuecomment-\d+$/),
      warning:
        'GitHub created the pull request comment but answered with a body that is not JSON; the comment was found by its marker',
    });
  });

  it('check run: a warning, and the run found by its name and commit', async () => {
    const { server, octokit } = await setUp([
      {
        method: 'POST',
        path: CHECK_RUNS,
        status: 201,
        message: '',
        rawBody: '{"id": 5',
        afterApplying: true,
      },
    ]);

    const result = await createCheckRun(octokit, check);

    expect(server.state.checkRuns).toHaveLength(1);
    expect(result).toEqual({
      id: server.state.checkRuns[0]?.id,
      url: expect.stringMatching(/\/runs\/\d+$/),
      warning:
        'GitHub created the check run but answered with a body that is not JSON; the check run was found by its name and commit',
    });
  });
});
