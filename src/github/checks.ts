// The check run `perf-regression (<suite>)` on the pull request head: the verdict as a conclusion, the
// report as its summary, and one annotation per flagged series.
import type { CheckAnnotation } from './annotations.js';
import { createOnce } from './bounded.js';
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
  /** Unique per run attempt and suite: how a create whose answer was lost is found again. */
  externalId?: string;
}

export interface CheckRunResult {
  id: number;
  url: string;
  /** GitHub's answer was a success whose body could not be read: what was done about it. */
  warning?: string;
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
  const name = checkRunName(options.suite);
  const findOurs = () =>
    findCheckRun(octokit, { owner, repo, name, headSha: options.headSha, externalId: options.externalId });
  // Not retried by the client: a create whose answer was lost may have made the check run already.
  const created = await withPermissionCheck('create the check run', () =>
    createOnce(async () => {
      const { data } = await octokit.rest.checks.create({
        owner,
        repo,
        name,
        head_sha: options.headSha,
        ...(options.externalId ? { external_id: options.externalId } : {}),
        status: 'completed',
        conclusion: options.conclusion,
        completed_at: new Date().toISOString(),
        ...(options.detailsUrl ? { details_url: options.detailsUrl } : {}),
        output: { ...output, annotations: first },
        request: { retries: 0 },
      });
      return isCheckRun(data) ? { id: data.id, url: data.html_url ?? data.url } : undefined;
    }, findOurs),
  );
  const run = created ?? (await findOurs());
  if (!run)
    throw new Error(
      'GitHub answered the check run create with a body that is not JSON, and no check run was found',
    );
  for (const annotations of rest) {
    await withPermissionCheck('add annotations to the check run', () =>
      octokit.rest.checks.update({ owner, repo, check_run_id: run.id, output: { ...output, annotations } }),
    );
  }
  if (created) return run;
  return {
    ...run,
    warning:
      'GitHub created the check run but answered with a body that is not JSON; the check run was found by its name and commit',
  };
}

/** The newest check run of `name` on the commit (with our external id, when one was given). */
export async function findCheckRun(
  octokit: GitHubClient,
  where: { owner: string; repo: string; name: string; headSha: string; externalId?: string },
): Promise<CheckRunResult | undefined> {
  const { data } = await octokit.rest.checks.listForRef({
    owner: where.owner,
    repo: where.repo,
    ref: where.headSha,
    check_name: where.name,
    filter: 'all',
    per_page: 100,
  });
  const runs = Array.isArray(data?.check_runs) ? data.check_runs : [];
  const ours = runs.find(
    (r) => r.name === where.name && (where.externalId === undefined || r.external_id === where.externalId),
  );
  return ours ? { id: ours.id, url: ours.html_url ?? ours.url } : undefined;
}

function isCheckRun(data: unknown): data is { id: number; html_url: string | null; url: string } {
  const d = data as { id?: unknown; url?: unknown } | null;
  return typeof d?.id === 'number' && typeof d.url === 'string';
}

function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
