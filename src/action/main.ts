// The action: read inputs → parse → load the baseline → compare → publish → record → on a schedule,
// watch the history; a matrix's final job (`merge`) only publishes the jobs' reports. No logic of its
// own: every decision lives in a module named after it, so this file reads as the run's outline.
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { thresholdWarnings } from '../engine/options.js';
import { createGitHubClient } from '../github/client.js';
import { findPullRequestForHead } from '../github/pull-request.js';
import { InputError } from '../model/errors.js';
import { historyEntry } from '../pipeline/compare-run.js';
import { markdownWithLinks } from '../render/markdown.js';
import { HistoryError } from '../store/store.js';
import { compareWithHistory } from './history.js';
import { readInputs } from './inputs.js';
import { mergeMatrixReports } from './merge.js';
import {
  artifactDashboard,
  bestEffort,
  publishOnPullRequest,
  recordRun,
  uploadArtifact,
  writeReports,
} from './publish.js';
import { publishPlan } from './publish-plan.js';
import { publishedReport } from './report-file.js';
import { commitMessage, pullRequestQuery, readRunContext, withPullRequest } from './run-context.js';
import { measureAgainstBase, measuresHeadOnly } from './same-job.js';
import { makeStore } from './store.js';
import { isWatchRun, watchHistory } from './watch.js';

async function run(): Promise<void> {
  const inputs = readInputs();
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  const env = process.env;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const payload = readEventPayload(env.GITHUB_EVENT_PATH);
  const octokit = inputs.githubToken
    ? createGitHubClient({
        token: inputs.githubToken,
        log: clientLog(),
        budgetMs: inputs.githubApiTimeout * 1000,
      })
    : undefined;
  let ctx = readRunContext(env, payload);
  const query = pullRequestQuery(ctx, payload);
  if (query && octokit) {
    const found = await bestEffort('find the pull request of the workflow run', () =>
      findPullRequestForHead(octokit, query),
    );
    ctx = withPullRequest(ctx, found);
  }

  if (inputs.merge.length > 0) {
    await mergeMatrixReports(inputs, ctx, octokit, env, workspace);
    return;
  }
  for (const line of thresholdWarnings(inputs.compare.thresholds, 'input "threshold"')) core.warning(line);
  const store = makeStore(inputs, ctx, env, workspace, octokit);
  const compared = inputs.reportFile
    ? await publishedReport(inputs.reportFile, workspace)
    : inputs.sameJob && !measuresHeadOnly(ctx)
      ? await measureAgainstBase({ ...inputs, sameJob: inputs.sameJob }, ctx, workspace, env)
      : await compareWithHistory(inputs, ctx, store, workspace, env, octokit);
  // An empty run the workflow allowed: warned about, nothing to report.
  if (!compared) return;
  const { report, current } = compared;
  const plan = publishPlan(report, inputs, ctx);

  const entry =
    // An unreadable history is never written over: a person has to look at it first.
    ctx.kind === 'record' && store && compared.mayRecord
      ? historyEntry(current, {
          commit: ctx.sha,
          branch: ctx.branch,
          runId: ctx.runId,
          runAttempt: ctx.runAttempt,
          message: commitMessage(payload),
          report,
        })
      : undefined;
  const markdown = markdownWithLinks(report, { title: inputs.name, runUrl: ctx.runUrl });
  const dashboard = artifactDashboard(inputs, compared.stored, entry, ctx.repositoryUrl);
  const reportFiles = await writeReports(report, markdown(), inputs.name, env, dashboard);
  await core.summary.addRaw(markdown()).write();
  core.setOutput('verdict', report.verdict);
  core.setOutput('regressions', String(report.counts.regression));
  core.setOutput('improvements', String(report.counts.improvement));
  core.setOutput('report-json', reportFiles.json);
  core.setOutput('report-markdown', reportFiles.markdown);
  core.setOutput('report-html', reportFiles.html);

  const artifactId = inputs.uploadArtifact
    ? await uploadArtifact(plan, inputs, {
        inputs: compared.inputFiles,
        reports: reportFiles,
        extra: compared.extraFiles,
        workspace,
      })
    : undefined;
  if (ctx.kind === 'pull-request' && octokit) {
    // The comment and the check link the artifact, which exists only now.
    const urls = await publishOnPullRequest(octokit, ctx, {
      suite: inputs.name,
      report,
      markdown: markdown(artifactId),
      plan,
      workspace,
    });
    if (urls.commentUrl) core.setOutput('comment-url', urls.commentUrl);
    if (urls.checkRunUrl) core.setOutput('check-run-url', urls.checkRunUrl);
  }

  if (entry && store) {
    if (plan.record.warning) core.warning(plan.record.warning);
    if (plan.record.record) {
      await recordRun(store, inputs, entry);
      if (isWatchRun(ctx)) {
        await watchHistory(
          [...compared.stored, entry],
          {
            suite: inputs.name,
            thresholds: inputs.compare.thresholds,
            issues: inputs.issues,
            issueLabel: inputs.issueLabel,
            issueImprovements: inputs.issueImprovements,
          },
          ctx,
          octokit,
        );
      }
    }
  }
  if (plan.fail) core.setFailed(plan.failMessage);
}

function readEventPayload(file: string | undefined): Record<string, unknown> {
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

try {
  await run();
} catch (err) {
  // Bad input is the user's to fix: one line, no stack trace.
  if (err instanceof InputError || err instanceof HistoryError) core.setFailed(err.message);
  else core.setFailed(`internal error: ${(err as Error)?.stack ?? err}`);
}
