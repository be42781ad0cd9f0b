import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CheckAnnotation } from '../../src/github/annotations.js';
import { createCheckRun } from '../../src/github/checks.js';
import { PermissionDeniedError } from '../../src/github/client.js';
import { DEFAULT_OWNER as owner, DEFAULT_REPO as repo } from '../support/github-server.js';
import { localGitHub } from './connect.js';

const TOKEN = 'ghs_checksTestToken0123456789';
const SHA = 'a3f1c0de5b6e7d8c9f0a1b2c3d4e5f60718293a4';
const setUp = localGitHub(TOKEN);

function annotations(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, i) => ({
    path: `bench/b${i}_test.go`,
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: i % 3 === 0 ? 'warning' : 'failure',
    title: `Performance regression: BenchmarkB${i}`,
    message: `+${i}.0% (p = 0.001)`,
  }));
}

const base = { owner, repo, headSha: SHA, suite: 'go', title: '2 regressions', summary: '## Report' };

describe('createCheckRun', () => {
  it('sends 120 annotations as one create with 50 and two updates with 50 and 20, in order', async () => {
    const { server, octokit } = await setUp();
    const all = annotations(120);

    const result = await createCheckRun(octokit, { ...base, conclusion: 'failure', annotations: all });

    expect(result).toEqual({ id: 5000, url: `https://github.com/${owner}/${repo}/runs/5000` });
    const sent = server.requests.map((r) => {
      const output = (r.body as { output: { annotations: unknown[] } }).output;
      return [r.method, r.path, output.annotations.length];
    });
    expect(sent).toEqual([
      ['POST', `/repos/${owner}/${repo}/check-runs`, 50],
      ['PATCH', `/repos/${owner}/${repo}/check-runs/5000`, 50],
      ['PATCH', `/repos/${owner}/${repo}/check-runs/5000`, 20],
    ]);
    const run = server.state.checkRuns[0];
    expect(run?.annotations).toEqual(all);
    expect(run).toMatchObject({
      name: 'perf-regression (go)',
      head_sha: SHA,
      status: 'completed',
      conclusion: 'failure',
      output: { title: '2 regressions', summary: '## Report' },
    });
  });

  it('creates the check run with one request when there are no annotations', async () => {
    const { server, octokit } = await setUp();

    await createCheckRun(octokit, { ...base, conclusion: 'success', annotations: [] });

    expect(server.requests.map((r) => r.method)).toEqual(['POST']);
    expect(server.requests[0]?.body).toMatchObject({ status: 'completed', output: { annotations: [] } });
  });

  it('sends exactly 50 annotations in the create alone', async () => {
    const { server, octokit } = await setUp();
    await createCheckRun(octokit, { ...base, conclusion: 'failure', annotations: annotations(50) });
    expect(server.requests.map((r) => r.method)).toEqual(['POST']);
    expect(server.state.checkRuns[0]?.annotations).toHaveLength(50);
  });

  it.each(['failure', 'neutral', 'success'] as const)(
    'passes conclusion %s through unchanged',
    async (conclusion) => {
      const { server, octokit } = await setUp();
      await createCheckRun(octokit, { ...base, conclusion, annotations: [] });
      expect(server.state.checkRuns[0]?.conclusion).toBe(conclusion);
    },
  );

  it('sets the details link when given', async () => {
    const { server, octokit } = await setUp();
    const detailsUrl = 'https://github.com/acme/widgets/actions/runs/42';
    await createCheckRun(octokit, { ...base, conclusion: 'neutral', annotations: [], detailsUrl });
    expect(server.state.checkRuns[0]?.details_url).toBe(detailsUrl);
  });

  it('cuts a summary over 65,535 characters and says so, in the create and in every update', async () => {
    const { server, octokit } = await setUp();
    const summary = 'x'.repeat(80_000);

    await createCheckRun(octokit, { ...base, summary, conclusion: 'failure', annotations: annotations(60) });

    const summaries = server.requests.map((r) => (r.body as { output: { summary: string } }).output.summary);
    expect(summaries).toHaveLength(2);
    expect(summaries[0]).toBe(summaries[1]);
    expect(summaries[0]?.length).toBeLessThanOrEqual(65_535);
    expect(summaries[0]?.startsWith('x'.repeat(65_000))).toBe(true);
    expect(summaries[0]).toMatch(/check run summary; the workflow run has the full report\.$/);
  });

  it('turns a read-only token (a fork) into PermissionDeniedError without the token in it', async () => {
    const { server, octokit } = await setUp({ readOnly: true });

    const error = await createCheckRun(octokit, { ...base, conclusion: 'failure', annotations: [] }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).action).toBe('create the check run');
    expect((error as PermissionDeniedError).githubSaid).toBe(
      '403 Resource not accessible by integration - https://docs.github.com/rest',
    );
    expect(inspect(error, { depth: 20 })).not.toContain(TOKEN);
    expect(server.state.checkRuns).toHaveLength(0);
  });

  it('treats 404 "Resource not accessible by integration" as a permission refusal too', async () => {
    const { octokit } = await setUp({
      faults: [{ method: 'POST', status: 404, message: 'Resource not accessible by integration' }],
    });
    await expect(
      createCheckRun(octokit, { ...base, conclusion: 'failure', annotations: [] }),
    ).rejects.toThrow(PermissionDeniedError);
  });

  it('lets any other error through unchanged: a plain 404, a 422', async () => {
    const { octokit } = await setUp({
      faults: [
        { method: 'POST', status: 404, message: 'Not Found' },
        { method: 'POST', status: 422, message: 'Validation Failed' },
      ],
    });
    const run = () => createCheckRun(octokit, { ...base, conclusion: 'failure', annotations: [] });
    await expect(run()).rejects.toMatchObject({ name: 'HttpError', status: 404 });
    await expect(run()).rejects.toMatchObject({ name: 'HttpError', status: 422 });
  });
});
