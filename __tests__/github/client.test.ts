import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createCheckRun } from '../../src/github/checks.js';
import {
  createGitHubClient,
  type GitHubClientOptions,
  isPermissionDenied,
  PermissionDeniedError,
} from '../../src/github/client.js';
import { InputError } from '../../src/model/errors.js';
import {
  type GitHubServer,
  type GitHubServerOptions,
  DEFAULT_OWNER as owner,
  rateLimitFault,
  DEFAULT_REPO as repo,
  secondaryRateLimitFault,
  startGitHubServer,
} from '../support/github-server.js';

const TOKEN = 'ghp_clientTestToken0123456789';
let server: GitHubServer | undefined;

async function setUp(options: GitHubServerOptions = {}, client: Partial<GitHubClientOptions> = {}) {
  server = await startGitHubServer({ token: TOKEN, ...options });
  const warnings: string[] = [];
  const octokit = createGitHubClient({
    token: TOKEN,
    baseUrl: server.url,
    retryDelayUnitMs: 1,
    spaceRequests: false,
    log: { warn: (m) => warnings.push(m) },
    ...client,
  });
  return { server, octokit, warnings };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('createGitHubClient', () => {
  it('talks to GITHUB_API_URL when no baseUrl is given, sending the token as authorization', async () => {
    server = await startGitHubServer({ token: TOKEN });
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = server.url;
    try {
      const octokit = createGitHubClient({ token: TOKEN });
      const { data } = await octokit.rest.repos.get({ owner, repo });
      expect(data.full_name).toBe('acme/widgets');
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
    expect(server.requests).toMatchObject([{ method: 'GET', path: '/repos/acme/widgets', authorized: true }]);
  });

  it('refuses an empty token with an error the user can act on', () => {
    expect(() => createGitHubClient({ token: '' })).toThrow(InputError);
    expect(() => createGitHubClient({ token: '' })).toThrow(/"github-token" input/);
  });

  it('retries a rate-limited request twice with a warning each time, then succeeds', async () => {
    const { server, octokit, warnings } = await setUp({ faults: [rateLimitFault({ times: 2 })] });

    const { data } = await octokit.rest.repos.get({ owner, repo });

    expect(data.name).toBe('widgets');
    expect(server.requests.map((r) => r.status)).toEqual([403, 403, 200]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^GitHub API rate limit on GET \/repos\/\{owner\}\/\{repo\}: retrying in \d+s \(retry 1 of 2\)$/,
    );
    expect(warnings[1]).toMatch(/\(retry 2 of 2\)$/);
  });

  it('gives up after two rate-limit retries with a warning, and the error is not a permission problem', async () => {
    const { server, octokit, warnings } = await setUp({ faults: [rateLimitFault({ times: 3 })] });

    const error = await createCheckRun(octokit, {
      owner,
      repo,
      headSha: 'abc',
      suite: 'go',
      conclusion: 'success',
      title: 't',
      summary: 's',
      annotations: [],
    }).catch((e: unknown) => e);

    expect(server.requests.map((r) => r.status)).toEqual([403, 403, 403]);
    expect(warnings.at(-1)).toMatch(
      /^GitHub API rate limit on POST \/repos\/\{owner\}\/\{repo\}\/check-runs: giving up after 2 retries/,
    );
    expect(error).not.toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ status: 403, message: expect.stringMatching(/^API rate limit exceeded/) });
  });

  it('retries a secondary rate limit the same way', async () => {
    const { server, octokit, warnings } = await setUp({ faults: [secondaryRateLimitFault({ times: 3 })] });

    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 403 });

    expect(server.requests).toHaveLength(3);
    expect(warnings).toEqual([
      'GitHub API secondary rate limit on GET /repos/{owner}/{repo}: retrying in 1s (retry 1 of 2)',
      'GitHub API secondary rate limit on GET /repos/{owner}/{repo}: retrying in 1s (retry 2 of 2)',
      'GitHub API secondary rate limit on GET /repos/{owner}/{repo}: giving up after 2 retries (GitHub asked to wait 1s)',
    ]);
  });

  it('retries server errors (3 retries) and then lets the error through', async () => {
    const { server, octokit } = await setUp({ faults: [{ status: 502, message: 'Bad Gateway', times: 5 }] });

    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 502 });

    expect(server.requests.map((r) => r.status)).toEqual([502, 502, 502, 502]);
  });

  it('never puts the token in an error or a warning', async () => {
    const { octokit, warnings } = await setUp(
      { token: 'the-server-wants-another-token', faults: [] },
      { token: TOKEN },
    );

    const error = await octokit.rest.repos.get({ owner, repo }).catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 401, message: expect.stringMatching(/^Bad credentials/) });
    const everything = `${inspect(error, { depth: 20, showHidden: true })} ${JSON.stringify(error)} ${warnings}`;
    expect(everything).not.toContain(TOKEN);
    expect(everything).toContain('[REDACTED]');
  });

  it('spaces writes at least a second apart unless told not to', async () => {
    const { server } = await setUp();
    const octokit = createGitHubClient({ token: TOKEN, baseUrl: server.url });
    const started = Date.now();
    await octokit.rest.issues.update({ owner, repo, issue_number: 1, title: 'a' }).catch(() => undefined);
    await octokit.rest.issues.update({ owner, repo, issue_number: 1, title: 'b' }).catch(() => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
  });
});

describe('isPermissionDenied', () => {
  const error = (status: number, message: string, headers: Record<string, string> = {}) =>
    Object.assign(new Error(message), { status, response: { headers } });

  it('is true for 403 and for 404 "Resource not accessible by integration"', () => {
    expect(isPermissionDenied(error(403, 'Resource not accessible by integration'))).toBe(true);
    expect(isPermissionDenied(error(403, 'Must have admin rights to Repository.'))).toBe(true);
    expect(isPermissionDenied(error(404, 'Resource not accessible by integration'))).toBe(true);
  });

  it('is false for a rate limit, a plain 404, other statuses and non-HTTP errors', () => {
    expect(isPermissionDenied(error(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }))).toBe(
      false,
    );
    expect(isPermissionDenied(error(403, 'You have exceeded a secondary rate limit'))).toBe(false);
    expect(isPermissionDenied(error(404, 'Not Found'))).toBe(false);
    expect(isPermissionDenied(error(401, 'Bad credentials'))).toBe(false);
    expect(isPermissionDenied(new Error('Resource not accessible by integration'))).toBe(false);
  });
});
