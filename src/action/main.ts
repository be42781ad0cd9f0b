// The action: read inputs → parse → load the baseline → compare → publish → record. No logic of its
// own: every decision lives in a module named after it, so this file reads as the run's outline.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { type BaselineRun, compare } from '../engine/compare.js';
import { flaggedAnnotations } from '../github/annotations.js';
import { uploadReportArtifact } from '../github/artifact.js';
import { createCheckRun } from '../github/checks.js';
import { createGitHubClient, type GitHubClient, PermissionDeniedError } from '../github/client.js';
import { upsertStickyComment } from '../github/comment.js';
import { findPullRequestForHead } from '../github/pull-request.js';
import { InputError } from '../model/errors.js';
import type { ComparisonReport } from '../model/report.js';
import type { BenchmarkResult } from '../model/result.js';
import { readInputFiles, splitPatterns } from '../parsers/files.js';
import { parseRun } from '../parsers/index.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { ActionsCacheStore } from '../store/cache.js';
import { GhPagesStore } from '../store/ghpages.js';
import { type HistoryEntry, HistoryError, type HistoryStore } from '../store/store.js';
import { suiteKey } from '../store/suite-key.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { publishPlan } from './publish-plan.js';
import { type RunContext, readRunContext } from './run-context.js';

async function run(): Promise<void> {
  const inputs = readInputs();
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const payload = readEventPayload();
  const ctx = readRunContext(process.env, payload);
  const files = await readInputFiles(splitPatterns(inputs.files), workspace);
  const parsed = parseRun(files, inputs.format);
  for (const w of parsed.warnings) core.warning(w.message, { file: w.file, startLine: w.line });
  core.info(
    `perf-regression: ${parsed.results.length} series from ${files.length} file(s); event ${ctx.eventName} → ${ctx.kind}`,
  );

  const octokit = inputs.githubToken
    ? createGitHubClient({ token: inputs.githubToken, log: clientLog() })
    : undefined;
  await resolvePullRequest(ctx, payload, octokit);
  const store = makeStore(inputs, ctx);
  const history = await loadHistory(store, inputs, ctx);
  const window: BaselineRun[] = history.entries.map((e) => ({ commit: e.commit, results: e.results }));
  const report = compare(window, parsed.results, inputs.compare);

  const plan = publishPlan(report, inputs);
  const markdown = renderMarkdown(report, { title: inputs.name, footer: footer(ctx) });
  const reportFiles = await writeReports(report, markdown, inputs.name);
  await core.summary.addRaw(markdown).write();
  core.setOutput('verdict', report.verdict);
  core.setOutput('regressions', String(report.counts.regression));
  core.setOutput('improvements', String(report.counts.improvement));
  core.setOutput('report-json', reportFiles.json);
  core.setOutput('report-markdown', reportFiles.markdown);

  const artifact = inputs.uploadArtifact
    ? await bestEffort('upload the report artifact', () =>
        uploadReportArtifact({
          name: `perf-regression-${suiteKey(inputs.name)}${ctx.runAttempt > 1 ? `-attempt${ctx.runAttempt}` : ''}`,
          inputFiles: files.map((f) => f.path),
          workspace,
          reports: [reportFiles.json, reportFiles.markdown],
          stagingDir: path.join(reportFiles.dir, 'artifact'),
          retentionDays: inputs.artifactRetentionDays,
        }),
      )
    : undefined;
  if (ctx.kind === 'pull-request' && octokit) {
    // The comment and the check link the artifact, which exists only now.
    const body = renderMarkdown(report, { title: inputs.name, footer: footer(ctx, artifact?.id) });
    await publishOnPullRequest(octokit, ctx, inputs, report, body, plan, workspace);
  }

  if (ctx.kind === 'record' && store && !history.unusable) {
    await recordRun(store, inputs, ctx, parsed.results);
  }
  if (plan.fail) core.setFailed(plan.failMessage);
}

function readEventPayload(): Record<string, unknown> {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    core.warning(
      `could not read the event payload at GITHUB_EVENT_PATH; treating the run as a plain summary`,
    );
    return {};
  }
}

function clientLog() {
  return {
    debug: core.debug,
    info: core.info,
    warn: (m: string) => core.warning(m),
    error: (m: string) => core.error(m),
  };
}

/** workflow_run events of fork PRs carry no PR number: look it up by the head. */
async function resolvePullRequest(
  ctx: RunContext,
  payload: Record<string, unknown>,
  octokit: GitHubClient | undefined,
): Promise<void> {
  if (
    ctx.kind !== 'pull-request' ||
    ctx.pullRequest !== undefined ||
    ctx.eventName !== 'workflow_run' ||
    !octokit
  )
    return;
  const run = payload.workflow_run as { head_repository?: { owner?: { login?: string } } } | undefined;
  const headOwner = run?.head_repository?.owner?.login;
  if (!headOwner) return;
  const found = await bestEffort('find the pull request of the workflow run', () =>
    findPullRequestForHead(octokit, {
      owner: ctx.owner,
      repo: ctx.repo,
      headOwner,
      headBranch: ctx.branch,
      headSha: ctx.sha,
    }),
  );
  if (found) {
    ctx.pullRequest = found.number;
    ctx.baseBranch = found.baseBranch;
  }
}

function makeStore(inputs: ActionInputs, ctx: RunContext): HistoryStore | undefined {
  switch (inputs.storage) {
    case 'none':
      return undefined;
    case 'cache':
      return new ActionsCacheStore({ warn: (m) => core.warning(m) });
    case 'gh-pages': {
      const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
      return new GhPagesStore({
        repoUrl: process.env.PERF_REGRESSION_GH_PAGES_REMOTE || `${server}/${ctx.owner}/${ctx.repo}.git`,
        branch: inputs.ghPagesBranch,
        path: inputs.ghPagesPath,
        token: inputs.githubToken || undefined,
        workdir: process.env.RUNNER_TEMP || undefined,
        log: core.info,
      });
    }
  }
}

interface LoadedHistory {
  entries: HistoryEntry[];
  /** The stored history is corrupt or from a newer version: compare without it and never write over it. */
  unusable: boolean;
}

async function loadHistory(
  store: HistoryStore | undefined,
  inputs: ActionInputs,
  ctx: RunContext,
): Promise<LoadedHistory> {
  if (!store) return { entries: [], unusable: false };
  const branches = [...new Set([ctx.baseBranch, ctx.defaultBranch].filter((b): b is string => !!b))];
  try {
    const entries = await store.read(inputs.name, { branches });
    core.info(
      `perf-regression: ${entries.length} run(s) of history from the ${store.description} (${branches.join(', ')})`,
    );
    return { entries: entries.slice(-inputs.baselineRuns), unusable: false };
  } catch (err) {
    if (!(err instanceof HistoryError)) throw err;
    core.warning(`${err.message} — comparing without a baseline; the stored history is left untouched`);
    return { entries: [], unusable: true };
  }
}

async function recordRun(
  store: HistoryStore,
  inputs: ActionInputs,
  ctx: RunContext,
  results: BenchmarkResult[],
): Promise<void> {
  const entry: HistoryEntry = {
    commit: ctx.sha,
    branch: ctx.branch,
    date: new Date().toISOString(),
    runId: ctx.runId,
    runAttempt: ctx.runAttempt,
    results,
  };
  await bestEffort(`record this run in the ${store.description}`, async () => {
    await store.append(inputs.name, entry, { historySize: inputs.historySize });
    core.info(
      `perf-regression: recorded ${results.length} series for ${ctx.sha.slice(0, 7)} in the ${store.description}`,
    );
  });
}

async function writeReports(report: ComparisonReport, markdown: string, suite: string) {
  const dir = path.join(
    process.env.RUNNER_TEMP || path.resolve('.perf-regression'),
    `perf-regression-${suiteKey(suite)}`,
  );
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, 'report.json');
  const md = path.join(dir, 'report.md');
  await writeFile(json, renderJson(report));
  await writeFile(md, markdown);
  return { dir, json, markdown: md };
}

/** Links to the workflow run and, once uploaded, to the artifact holding the inputs and full reports. */
function footer(ctx: RunContext, artifactId?: number): string {
  if (!ctx.runUrl) return '';
  const artifact = artifactId
    ? ` · [inputs and full JSON report](${ctx.runUrl}/artifacts/${artifactId})`
    : '';
  return `<sub>[Workflow run](${ctx.runUrl})${artifact} · perf-regression</sub>`;
}

async function publishOnPullRequest(
  octokit: GitHubClient,
  ctx: RunContext,
  inputs: ActionInputs,
  report: ComparisonReport,
  markdown: string,
  plan: ReturnType<typeof publishPlan>,
  workspace: string,
): Promise<void> {
  if (inputs.comment !== 'never' && ctx.pullRequest !== undefined) {
    const result = await permissionAware('comment on the pull request', () =>
      upsertStickyComment(octokit, {
        owner: ctx.owner,
        repo: ctx.repo,
        issueNumber: ctx.pullRequest as number,
        suite: inputs.name,
        body: markdown,
        createIfMissing: inputs.comment === 'always' || plan.changed,
      }),
    );
    if (result && result.action !== 'skipped') {
      core.setOutput('comment-url', result.url);
      core.info(`perf-regression: ${result.action} the pull request comment ${result.url}`);
    }
  }
  if (inputs.checkRun) {
    const annotations = inputs.annotations
      ? await flaggedAnnotations(report, workspace, plan.annotationLevel)
      : [];
    const check = await permissionAware('create the check run', () =>
      createCheckRun(octokit, {
        owner: ctx.owner,
        repo: ctx.repo,
        headSha: ctx.sha,
        suite: inputs.name,
        conclusion: plan.conclusion,
        title: plan.title,
        summary: markdown,
        annotations,
        detailsUrl: ctx.runUrl,
      }),
    );
    if (check) core.setOutput('check-run-url', check.url);
  }
}

/** A read-only token (fork PRs) is expected: explain the two-workflow setup, carry on. */
async function permissionAware<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof PermissionDeniedError) {
      core.warning(err.message);
      return undefined;
    }
    core.warning(`could not ${what}: ${(err as Error).message}`);
    return undefined;
  }
}

/** Side effects that must never fail the run on their own (artifact, history write): a warning instead. */
async function bestEffort<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    core.warning(`could not ${what}: ${(err as Error).message}`);
    return undefined;
  }
}

try {
  await run();
} catch (err) {
  // Bad input is the user's to fix: one line, no stack trace.
  if (err instanceof InputError || err instanceof HistoryError) core.setFailed(err.message);
  else core.setFailed(`internal error: ${(err as Error)?.stack ?? err}`);
}
