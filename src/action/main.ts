// The action: read inputs → parse → load the baseline → compare → publish → record. No logic of its
// own: every decision lives in a module named after it, so this file reads as the run's outline.
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { thresholdWarnings } from '../engine/options.js';
import { createGitHubClient } from '../github/client.js';
import { findPullRequestForHead } from '../github/pull-request.js';
import { InputError } from '../model/errors.js';
import { splitPatterns } from '../parsers/files.js';
import { compareRun, historyEntry, readRun } from '../pipeline/compare-run.js';
import { markdownWithLinks } from '../render/markdown.js';
import { HistoryError } from '../store/store.js';
import { readInputs } from './inputs.js';
import { bestEffort, publishOnPullRequest, recordRun, uploadArtifact, writeReports } from './publish.js';
import { publishPlan } from './publish-plan.js';
import { historyBranches, pullRequestQuery, readRunContext, withPullRequest } from './run-context.js';
import { makeStore } from './store.js';

async function run(): Promise<void> {
  const inputs = readInputs();
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  const env = process.env;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const payload = readEventPayload(env.GITHUB_EVENT_PATH);
  const octokit = inputs.githubToken
    ? createGitHubClient({ token: inputs.githubToken, log: clientLog() })
    : undefined;
  let ctx = readRunContext(env, payload);
  const query = pullRequestQuery(ctx, payload);
  if (query && octokit) {
    const found = await bestEffort('find the pull request of the workflow run', () =>
      findPullRequestForHead(octokit, query),
    );
    ctx = withPullRequest(ctx, found);
  }

  const current = await readRun(splitPatterns(inputs.files), inputs.format, workspace);
  for (const w of current.parsed.warnings) core.warning(w.message, { file: w.file, startLine: w.line });
  for (const line of thresholdWarnings(inputs.compare.thresholds, 'input "threshold"')) core.warning(line);
  core.info(
    `perf-regression: ${current.parsed.results.length} series from ${current.files.length} file(s); event ${ctx.eventName} → ${ctx.kind}`,
  );
  const store = makeStore(inputs, ctx, env);
  const branches = historyBranches(ctx);
  const compared = await compareRun({
    current,
    baseline: store ? { store, suite: inputs.name, branches, runs: inputs.baselineRuns } : { files: [] },
    format: inputs.format,
    options: inputs.compare,
    cwd: workspace,
  });
  if (compared.historyError) {
    core.warning(
      `${compared.historyError.message} — comparing without a baseline; the stored history is left untouched`,
    );
  } else if (store) {
    core.info(
      `perf-regression: ${compared.storedRuns} run(s) of history from the ${store.description} (${branches.join(', ')})`,
    );
  }
  const { report } = compared;
  const plan = publishPlan(report, inputs, ctx);

  const markdown = markdownWithLinks(report, { title: inputs.name, runUrl: ctx.runUrl });
  const reportFiles = await writeReports(report, markdown(), inputs.name, env);
  await core.summary.addRaw(markdown()).write();
  core.setOutput('verdict', report.verdict);
  core.setOutput('regressions', String(report.counts.regression));
  core.setOutput('improvements', String(report.counts.improvement));
  core.setOutput('report-json', reportFiles.json);
  core.setOutput('report-markdown', reportFiles.markdown);

  const artifactId = inputs.uploadArtifact
    ? await uploadArtifact(plan, inputs, {
        inputs: current.files.map((f) => f.path),
        reports: reportFiles,
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

  // An unreadable history is never written over: a person has to look at it first.
  if (ctx.kind === 'record' && store && !compared.historyError) {
    await recordRun(
      store,
      inputs,
      historyEntry(current, {
        commit: ctx.sha,
        branch: ctx.branch,
        runId: ctx.runId,
        runAttempt: ctx.runAttempt,
      }),
    );
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
