// The action's side effects after the comparison: report files, the artifact, the pull request's
// comment and check run. Each one failing is a warning, never a failed run on its own.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { flaggedAnnotations } from '../github/annotations.js';
import { uploadReportArtifact } from '../github/artifact.js';
import { createCheckRun } from '../github/checks.js';
import { type GitHubClient, PermissionDeniedError } from '../github/client.js';
import { upsertStickyComment } from '../github/comment.js';
import type { ComparisonReport } from '../model/report.js';
import { writeParts } from '../pipeline/report-file.js';
import { renderHtmlReport } from '../render/html/report.js';
import { jsonReportParts } from '../render/json.js';
import { sampleRunsFor } from '../store/history.js';
import { dashboardSite, writeSiteFolder } from '../store/site.js';
import type { HistoryEntry, HistoryStore } from '../store/store.js';
import { suiteKey } from '../store/suite-key.js';
import type { ActionInputs } from './inputs.js';
import type { PublishPlan } from './publish-plan.js';
import type { RunContext } from './run-context.js';

export interface ReportFiles {
  dir: string;
  json: string;
  markdown: string;
  html: string;
  /** The dashboard's folder, when the run has one to show (storage: cache). */
  dashboard?: string;
}

/** report.json, report.md and report.html in RUNNER_TEMP (outputs name them; the artifact holds them). */
export async function writeReports(
  report: ComparisonReport,
  markdown: string,
  suite: string,
  env: NodeJS.ProcessEnv,
  dashboard?: Map<string, string>,
): Promise<ReportFiles> {
  const dir = path.join(
    env.RUNNER_TEMP || path.resolve('.perf-regression'),
    `perf-regression-${suiteKey(suite)}`,
  );
  await mkdir(dir, { recursive: true });
  const files: ReportFiles = {
    dir,
    json: path.join(dir, 'report.json'),
    markdown: path.join(dir, 'report.md'),
    html: path.join(dir, 'report.html'),
  };
  await writeParts(files.json, jsonReportParts(report));
  await writeFile(files.markdown, markdown);
  await writeFile(files.html, renderHtmlReport(report, { title: suite }));
  if (dashboard) {
    files.dashboard = path.join(dir, 'dashboard');
    await writeSiteFolder(files.dashboard, dashboard);
  }
  return files;
}

/** The artifact of the inputs and the reports; its id, or undefined when it could not be uploaded. */
export async function uploadArtifact(
  plan: PublishPlan,
  inputs: Pick<ActionInputs, 'artifactRetentionDays'>,
  files: { inputs: string[]; reports: ReportFiles; workspace: string; extra?: string[] },
): Promise<number | undefined> {
  const uploaded = await bestEffort('upload the report artifact', () =>
    uploadReportArtifact({
      name: plan.artifactName,
      inputFiles: files.inputs,
      workspace: files.workspace,
      reports: [files.reports.json, files.reports.markdown, files.reports.html, ...(files.extra ?? [])],
      folders: files.reports.dashboard ? [files.reports.dashboard] : [],
      stagingDir: path.join(files.reports.dir, 'artifact'),
      retentionDays: inputs.artifactRetentionDays,
    }),
  );
  return uploaded?.id;
}

/** The sticky comment and the check run, as the plan says; sets `comment-url` and `check-run-url`. */
export async function publishOnPullRequest(
  octokit: GitHubClient,
  ctx: RunContext,
  args: {
    suite: string;
    /** The report the annotations point into; the merged report of a matrix has none. */
    report?: ComparisonReport;
    markdown: string;
    plan: Pick<PublishPlan, 'comment' | 'checkRun' | 'conclusion' | 'title'> &
      Partial<Pick<PublishPlan, 'annotations' | 'annotationLevel'>>;
    workspace: string;
  },
): Promise<{ commentUrl?: string; checkRunUrl?: string }> {
  const { suite, report, markdown, plan } = args;
  const out: { commentUrl?: string; checkRunUrl?: string } = {};
  if (plan.comment !== 'none' && ctx.pullRequest !== undefined) {
    const pullRequest = ctx.pullRequest;
    const result = await bestEffort('comment on the pull request', () =>
      upsertStickyComment(octokit, {
        owner: ctx.owner,
        repo: ctx.repo,
        issueNumber: pullRequest,
        suite,
        body: markdown,
        createIfMissing: plan.comment === 'create-or-update',
      }),
    );
    if (result && result.action !== 'skipped') {
      if (result.warning) core.warning(result.warning);
      out.commentUrl = result.url;
      core.info(`perf-regression: ${result.action} the pull request comment ${result.url}`);
    }
  }
  if (plan.checkRun) {
    const annotations =
      report && plan.annotations
        ? await flaggedAnnotations(report, args.workspace, plan.annotationLevel ?? 'warning')
        : [];
    const check = await bestEffort('create the check run', () =>
      createCheckRun(octokit, {
        owner: ctx.owner,
        repo: ctx.repo,
        headSha: ctx.sha,
        suite,
        conclusion: plan.conclusion,
        title: plan.title,
        summary: markdown,
        annotations,
        detailsUrl: ctx.runUrl,
        externalId: `perf-regression:${suiteKey(suite)}:${ctx.runId}-${ctx.runAttempt}`,
      }),
    );
    if (check?.warning) core.warning(check.warning);
    if (check) out.checkRunUrl = check.url;
  }
  return out;
}

/**
 * The dashboard of the history the run restored, with this run when it is recorded: for storage: cache,
 * whose history has no site of its own (gh-pages writes its site with each recording).
 */
export function artifactDashboard(
  inputs: Pick<ActionInputs, 'storage' | 'name' | 'compare'>,
  stored: HistoryEntry[],
  recorded: HistoryEntry | undefined,
  repositoryUrl: string,
): Map<string, string> | undefined {
  if (inputs.storage !== 'cache') return undefined;
  const entries = recorded ? [...stored, recorded] : stored;
  if (entries.length === 0) return undefined;
  const doc = { schema: 'perf-regression/history', version: 1, suite: inputs.name, entries } as const;
  return dashboardSite([doc], repositoryUrl, inputs.compare.thresholds);
}

/** Appends this run's entry to the suite's history (a failed write is a warning: the report stands). */
export async function recordRun(
  store: HistoryStore,
  inputs: Pick<ActionInputs, 'name' | 'historySize' | 'baselineRuns'>,
  entry: HistoryEntry,
): Promise<void> {
  await bestEffort(`record this run in the ${store.description}`, async () => {
    await store.append(inputs.name, entry, {
      historySize: inputs.historySize,
      sampleRuns: sampleRunsFor(inputs.baselineRuns),
    });
    core.info(
      `perf-regression: recorded ${entry.results.length} series for ${entry.commit.slice(0, 7)} in the ${store.description}`,
    );
  });
}

/**
 * Side effects that must never fail the run on their own: a warning instead. A read-only token (fork
 * PRs) is expected, and its error already says what to do (the two-workflow setup).
 */
export async function bestEffort<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    core.warning(
      err instanceof PermissionDeniedError ? err.message : `could not ${what}: ${(err as Error).message}`,
    );
    return undefined;
  }
}
