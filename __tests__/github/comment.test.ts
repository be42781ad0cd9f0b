import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PermissionDeniedError } from '../../src/github/client.js';
import { stickyCommentBody, stickyMarker, upsertStickyComment } from '../../src/github/comment.js';
import {
  type GitHubServer,
  DEFAULT_OWNER as owner,
  DEFAULT_REPO as repo,
  type SeedComment,
} from '../support/github-server.js';
import { localGitHub } from './connect.js';

const TOKEN = 'ghs_commentTestToken0123456789';
const PR = 7;
const setUp = localGitHub(TOKEN);

const writes = (s: GitHubServer) => s.requests.filter((r) => r.method !== 'GET');
const human = { login: 'octocat', type: 'User' } as const;
const bot = { login: 'github-actions[bot]', type: 'Bot' } as const;

describe('upsertStickyComment', () => {
  it('creates the comment on the first run and edits that same comment on the second', async () => {
    const { server, octokit } = await setUp();
    const first = await upsertStickyComment(octokit, {
      owner,
      repo,
      issueNumber: PR,
      suite: 'go',
      body: 'run 1',
    });
    const second = await upsertStickyComment(octokit, {
      owner,
      repo,
      issueNumber: PR,
      suite: 'go',
      body: 'run 2',
    });

    expect(first).toEqual({
      action: 'created',
      id: 1000,
      url: `https://github.com/${owner}/${repo}/issues/7#issuecomment-1000`,
    });
    expect(second).toEqual({ ...first, action: 'updated' });
    expect(server.state.comments).toHaveLength(1);
    expect(server.state.comments[0]?.body).toBe('<!-- perf-regression:go -->\nrun 2');
    expect(writes(server).map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /repos/${owner}/${repo}/issues/7/comments`,
      `PATCH /repos/${owner}/${repo}/issues/comments/1000`,
    ]);
    expect(server.requests.every((r) => r.authorized)).toBe(true);
  });

  it('finds its comment on page 2 of 150 comments and updates it without creating another', async () => {
    const comments: SeedComment[] = Array.from({ length: 150 }, (_, i) =>
      i === 120
        ? { issueNumber: PR, body: `${stickyMarker('go')}\nold report`, user: bot }
        : { issueNumber: PR, body: `comment ${i}`, user: i % 2 ? human : bot },
    );
    const { server, octokit } = await setUp({ comments });

    const result = await upsertStickyComment(octokit, {
      owner,
      repo,
      issueNumber: PR,
      suite: 'go',
      body: 'new',
    });

    expect(result).toMatchObject({ action: 'updated', id: 1120 });
    const listed = server.requests.filter((r) => r.path.endsWith('/issues/7/comments'));
    expect(listed.map((r) => [r.query.per_page, r.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
    ]);
    expect(server.state.comments).toHaveLength(150);
    expect(server.state.comments[120]?.body).toBe('<!-- perf-regression:go -->\nnew');
    expect(writes(server)).toHaveLength(1);
  });

  it('stops listing once its comment is found on page 1', async () => {
    const comments: SeedComment[] = Array.from({ length: 250 }, (_, i) => ({
      issueNumber: PR,
      body: i === 3 ? `${stickyMarker('go')}\nold` : `comment ${i}`,
      user: bot,
    }));
    const { server, octokit } = await setUp({ comments });

    await upsertStickyComment(octokit, { owner, repo, issueNumber: PR, suite: 'go', body: 'new' });

    expect(server.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments'))).toHaveLength(1);
  });

  it('never edits a comment by someone else that carries the marker, and posts its own', async () => {
    const planted = `${stickyMarker('go')}\nI pasted your marker`;
    const { server, octokit } = await setUp({ comments: [{ issueNumber: PR, body: planted, user: human }] });

    const result = await upsertStickyComment(octokit, {
      owner,
      repo,
      issueNumber: PR,
      suite: 'go',
      body: 'report',
    });

    expect(result).toMatchObject({ action: 'created', id: 1001 });
    expect(server.state.comments.map((c) => [c.user.login, c.body])).toEqual([
      ['octocat', planted],
      ['github-actions[bot]', '<!-- perf-regression:go -->\nreport'],
    ]);
    expect(writes(server).map((r) => r.method)).toEqual(['POST']);
  });

  it("ignores a bot comment carrying another suite's marker", async () => {
    const other = `${stickyMarker('python')}\npython report`;
    const { server, octokit } = await setUp({ comments: [{ issueNumber: PR, body: other, user: bot }] });

    const result = await upsertStickyComment(octokit, {
      owner,
      repo,
      issueNumber: PR,
      suite: 'go',
      body: 'go',
    });

    expect(result.action).toBe('created');
    expect(server.state.comments[0]?.body).toBe(other);
  });

  it('with createIfMissing false, creates nothing when there is no comment yet', async () => {
    const { server, octokit } = await setUp();

    const result = await upsertStickyComment(octokit, {
      owner,
      repo,
      issueNumber: PR,
      suite: 'go',
      body: 'no changes',
      createIfMissing: false,
    });

    expect(result).toEqual({ action: 'skipped', reason: 'no existing comment and createIfMissing is false' });
    expect(server.state.comments).toHaveLength(0);
    expect(writes(server)).toHaveLength(0);
  });

  it('with createIfMissing false, still updates an existing comment so a stale report is corrected', async () => {
    const { server, octokit } = await setUp({
      comments: [{ issueNumber: PR, body: `${stickyMarker('go')}\n2 regressions`, user: bot }],
    });

    const result = await upsertStickyComment(octokit, {
      owner,
      repo,
      issueNumber: PR,
      suite: 'go',
      body: 'no changes any more',
      createIfMissing: false,
    });

    expect(result).toMatchObject({ action: 'updated', id: 1000 });
    expect(server.state.comments[0]?.body).toBe('<!-- perf-regression:go -->\nno changes any more');
  });

  it('cuts a 100,000-character report to 65,536 characters, keeping the marker and a note', async () => {
    const { server, octokit } = await setUp();
    const row = '| BenchmarkX | 1.00 ms | 1.20 ms | +20.0% |\n';
    const report = row.repeat(Math.ceil(100_000 / row.length));

    await upsertStickyComment(octokit, { owner, repo, issueNumber: PR, suite: 'go', body: report });

    const body = server.state.comments[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(65_000);
    expect(body.startsWith('<!-- perf-regression:go -->\n| BenchmarkX |')).toBe(true);
    expect(body.endsWith('the workflow run has the full report.')).toBe(true);
    // Cut at a line end: every kept table row is whole.
    const rows = body.split('\n').filter((l) => l.startsWith('|'));
    expect(rows.every((l) => l === row.trimEnd())).toBe(true);
  });

  it('uses the login from GET /user when the token is a personal access token', async () => {
    const { server, octokit } = await setUp({
      tokenKind: 'user',
      actor: human,
      comments: [
        { issueNumber: PR, body: `${stickyMarker('go')}\nby the bot`, user: bot },
        { issueNumber: PR, body: `${stickyMarker('go')}\nby octocat`, user: human },
      ],
    });

    const result = await upsertStickyComment(octokit, {
      owner,
      repo,
      issueNumber: PR,
      suite: 'go',
      body: 'new',
    });

    expect(result).toMatchObject({ action: 'updated', id: 1001 });
    expect(server.state.comments.map((c) => c.body)).toEqual([
      '<!-- perf-regression:go -->\nby the bot',
      '<!-- perf-regression:go -->\nnew',
    ]);
  });

  it('uses a configured author (a GitHub App token) without asking GET /user', async () => {
    const app = { login: 'perf-app[bot]', type: 'Bot' } as const;
    const { server, octokit } = await setUp({
      actor: app,
      comments: [{ issueNumber: PR, body: `${stickyMarker('go')}\nold`, user: app }],
    });

    const result = await upsertStickyComment(octokit, {
      owner,
      repo,
      issueNumber: PR,
      suite: 'go',
      body: 'new',
      author: 'Perf-App[bot]',
    });

    expect(result).toMatchObject({ action: 'updated', id: 1000 });
    expect(server.requests.some((r) => r.path === '/user')).toBe(false);
  });

  it('keeps one comment per suite on the same pull request', async () => {
    const { server, octokit } = await setUp();
    for (const suite of ['go', 'pytest', 'go', 'pytest']) {
      await upsertStickyComment(octokit, { owner, repo, issueNumber: PR, suite, body: `${suite} report` });
    }
    expect(server.state.comments.map((c) => c.body)).toEqual([
      '<!-- perf-regression:go -->\ngo report',
      '<!-- perf-regression:pytest -->\npytest report',
    ]);
  });

  it('turns a read-only token (a fork) into PermissionDeniedError that explains the workflow_run setup', async () => {
    const { server, octokit } = await setUp({ readOnly: true });

    const error = await upsertStickyComment(octokit, {
      owner,
      repo,
      issueNumber: PR,
      suite: 'go',
      body: 'x',
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as Error).message).toMatch(
      /^perf-regression could not create the pull request comment: GitHub refused the token \(403 Resource not accessible by integration/,
    );
    expect((error as Error).message).toContain('workflow_run');
    expect(inspect(error, { depth: 20 })).not.toContain(TOKEN);
    expect(server.state.comments).toHaveLength(0);
  });
});

describe('stickyMarker', () => {
  it('uses a plain suite name as it is', () => {
    expect(stickyMarker('go-bench / linux amd64')).toBe('<!-- perf-regression:go-bench / linux amd64 -->');
  });

  it('hashes a name that could end the HTML comment or hide in it', () => {
    for (const suite of ['x --> <b>hi</b>', 'a--b', 'a\nb', '-->', '', 'x'.repeat(101)]) {
      const marker = stickyMarker(suite);
      expect(marker).toMatch(/^<!-- perf-regression:#[0-9a-f]{16} -->$/);
    }
    expect(stickyMarker('a--b')).not.toBe(stickyMarker('a---b'));
  });

  it('gives different suites different markers, none a prefix of another', () => {
    expect(stickyCommentBody('go x', 'r').includes(stickyMarker('go'))).toBe(false);
  });
});
