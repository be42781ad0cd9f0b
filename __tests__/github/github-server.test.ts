// The test server stands in for GitHub in every GitHub-side test: check the parts other tests rely on
// without exercising them here (issues, search, Link pagination, authentication, read-only mode).
import { describe, expect, it } from 'vitest';
import { DEFAULT_OWNER as owner, DEFAULT_REPO as repo } from '../support/github-server.js';
import { localGitHub } from './connect.js';

const TOKEN = 'ghs_serverTestToken0123456789';
const setUp = localGitHub(TOKEN);

describe('startGitHubServer', () => {
  it('pages comments with per_page/page and Link headers octokit.paginate follows', async () => {
    const comments = Array.from({ length: 45 }, (_, i) => ({ issueNumber: 3, body: `c${i}` }));
    const { server, octokit } = await setUp({ comments });

    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 3,
      per_page: 20,
    });

    expect(all.map((c) => c.body)).toEqual(comments.map((c) => c.body));
    expect(server.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it('answers 401 without the right token and records that no authorization was sent', async () => {
    const { server } = await setUp();
    const response = await fetch(`${server.url}/repos/${owner}/${repo}`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ message: 'Bad credentials' });
    expect(server.requests).toEqual([
      {
        method: 'GET',
        path: `/repos/${owner}/${repo}`,
        query: {},
        body: undefined,
        authorized: false,
        status: 401,
      },
    ]);
  });

  it('refuses every write in read-only mode but still answers reads', async () => {
    const { server, octokit } = await setUp({ readOnly: true, comments: [{ issueNumber: 3, body: 'x' }] });
    await expect(octokit.rest.issues.create({ owner, repo, title: 't' })).rejects.toMatchObject({
      status: 403,
    });
    const { data } = await octokit.rest.issues.listComments({ owner, repo, issue_number: 3 });
    expect(data).toHaveLength(1);
    expect(server.state.issues).toHaveLength(0);
  });

  it('answers GET /user with 403 for an installation token and with the actor for a user token', async () => {
    const first = await setUp();
    await expect(first.octokit.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    await first.server.close();
    const second = await setUp({ tokenKind: 'user', actor: { login: 'octocat', type: 'User' } });
    expect((await second.octokit.rest.users.getAuthenticated()).data.login).toBe('octocat');
  });

  it('creates, lists, updates and searches issues', async () => {
    const { server, octokit } = await setUp({
      comments: [{ issueNumber: 7, body: 'on the PR' }],
      issues: [{ title: 'Old report', labels: ['perf'], state: 'closed' }],
    });

    const created = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'Performance regression on main: go',
      body: 'BenchmarkMix +16%',
      labels: ['perf', 'regression'],
    });
    expect(created.data).toMatchObject({ number: 9, state: 'open', user: { login: 'github-actions[bot]' } });

    const open = await octokit.rest.issues.listForRepo({ owner, repo, labels: 'perf' });
    expect(open.data.map((i) => i.number)).toEqual([9]);
    const all = await octokit.rest.issues.listForRepo({ owner, repo, state: 'all', labels: 'perf' });
    expect(all.data.map((i) => i.number)).toEqual([9, 8]);

    const found = await octokit.rest.search.issuesAndPullRequests({
      q: `repo:${owner}/${repo} is:issue is:open label:regression in:title "regression on main"`,
    });
    expect(found.data).toMatchObject({ total_count: 1, items: [{ number: 9 }] });
    const none = await octokit.rest.search.issuesAndPullRequests({
      q: `repo:${owner}/${repo} in:title BenchmarkMix`,
    });
    expect(none.data.total_count).toBe(0);

    await octokit.rest.issues.update({ owner, repo, issue_number: 9, state: 'closed', body: 'fixed' });
    expect(server.state.issues.find((i) => i.number === 9)).toMatchObject({ state: 'closed', body: 'fixed' });
  });

  it('rejects a check run request with more than 50 annotations, as GitHub does', async () => {
    const { octokit } = await setUp();
    const annotation = {
      path: 'a.go',
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure' as const,
      message: 'm',
    };
    await expect(
      octokit.rest.checks.create({
        owner,
        repo,
        name: 'x',
        head_sha: 'abc',
        status: 'completed',
        conclusion: 'failure',
        output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) },
      }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('rejects a comment longer than 65,536 characters', async () => {
    const { octokit } = await setUp();
    await expect(
      octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x'.repeat(65_537) }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
