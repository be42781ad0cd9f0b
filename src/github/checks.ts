// The check run `perf-regression (<suite>)` on the pull request head: the verdict as a conclusion, the
// report as its summary, and one annotation per flagged series.
import type { CheckAnnotation } from './annotations.js';
import { type GitHubClient, withPermissionCheck } from './client.js';
import { MAX_ANNOTATIONS_PER_REQUEST, MAX_CHECK_SUMMARY, truncateMarkdown } from './limits.js';

export type CheckConclusion = 'failure' | 'neutral' | 'success';

export interface CheckRunOptions {
  owner: string;
  repo: string;
  /** The commit the check belongs to: the pull request head, not the merge commit GITHUB_SHA points at. */
  headSha: string;
  suite: string;
  conclusion: CheckConclusion;
  /** One line shown next to the check, e.g. `2 regressions in 40 series`. */
  title: string;
  /** The report, Markdown; cut to the API's 65,535 characters if longer. */
  summary: string;
  annotations: CheckAnnotation[];
  /** Link behind "Details" (usually the workflow run). */
  detailsUrl?: string;
}

export interface CheckRunResult {
  id: number;
  url: string;
}

const TRUNCATION_NOTE =
  '> [!NOTE]\n> This report was cut to fit the 65,535-character limit of a check run summary; the workflow run has the full report.';

export function checkRunName(suite: string): string {
  return `perf-regression (${suite})`;
}

/**
 * Creates the completed check run. The API takes at most 50 annotations per request, so the first 50
 * go with the create and the rest follow in updates of 50, which GitHub appends.
 */
export async function createCheckRun(
  octokit: GitHubClient,
  options: CheckRunOptions,
): Promise<CheckRunResult> {
  const { owner, repo } = options;
  const output = {
    title: options.title,
    summary: truncateMarkdown(options.summary, MAX_CHECK_SUMMARY, TRUNCATION_NOTE),
  };
  const [first = [], ...rest] = batches(options.annotations, MAX_ANNOTATIONS_PER_REQUEST);
  const { data } = await withPermissionCheck('create the check run', () =>
    octokit.rest.checks.create({
      owner,
      repo,
      name: checkRunName(options.suite),
      head_sha: options.headSha,
      status: 'completed',
      conclusion: options.conclusion,
      completed_at: new Date().toISOString(),
      ...(options.detailsUrl ? { details_url: options.detailsUrl } : {}),
      output: { ...output, annotations: first },
    }),
  );
  for (const annotations of rest) {
    await withPermissionCheck('add annotations to the check run', () =>
      octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: { ...output, annotations } }),
    );
  }
  return { id: data.id, url: data.html_url ?? data.url };
}

function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
