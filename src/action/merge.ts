// `merge`: the final job of a matrix reads the JSON reports the matrix jobs uploaded as artifacts of
// this run and publishes them as one sticky comment and one check run, a section per job and one
// combined verdict. A job whose report is missing or unreadable is named, and the verdict is never green.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { downloadRunArtifact, listRunArtifacts } from '../github/artifact.js';
import type { GitHubClient } from '../github/client.js';
import { InputError } from '../model/errors.js';
import type { JobReport } from '../model/merged.js';
import { parseReportFile } from '../model/report-file.js';
import { renderMergedMarkdown } from '../render/merged.js';
import { suiteKey } from '../store/suite-key.js';
import type { ActionInputs } from './inputs.js';
import { type JobSlot, mergedPlan, selectJobArtifacts } from './merge-plan.js';
import { publishOnPullRequest } from './publish.js';
import type { RunContext } from './run-context.js';

export async function mergeMatrixReports(
  inputs: ActionInputs,
  ctx: RunContext,
  octokit: GitHubClient | undefined,
  env: NodeJS.ProcessEnv,
  workspace: string,
): Promise<void> {
  const temp = env.RUNNER_TEMP || path.resolve('.perf-regression');
  const dir = path.join(temp, 'perf-regression-merge');
  const artifacts = await listRunArtifacts().catch((err: Error) => {
    throw new InputError(`merge: could not list this run's artifacts (${err.message})`);
  });
  const slots = selectJobArtifacts(artifacts, inputs.merge, inputs.name);
  const jobs: JobReport[] = [];
  for (const slot of slots) jobs.push(await readJobReport(slot, dir));
  for (const job of jobs) {
    if (job.problem) core.warning(`merge: ${job.job}: ${job.problem}`);
  }
  const plan = mergedPlan(jobs, inputs, ctx);
  core.info(`perf-regression: merged ${jobs.length} job reports: ${plan.title}`);
  const markdown = renderMergedMarkdown(jobs, {
    title: inputs.name,
    verdict: plan.verdict,
    summary: plan.title,
    runUrl: ctx.runUrl,
  });
  const reportDir = path.join(temp, `perf-regression-${suiteKey(inputs.name)}`);
  await mkdir(reportDir, { recursive: true });
  const markdownFile = path.join(reportDir, 'report.md');
  await writeFile(markdownFile, markdown);
  await core.summary.addRaw(markdown).write();
  core.setOutput('verdict', plan.verdict);
  core.setOutput('regressions', String(plan.regressions));
  core.setOutput('improvements', String(plan.improvements));
  core.setOutput('report-markdown', markdownFile);

  if (ctx.kind === 'pull-request' && octokit) {
    const urls = await publishOnPullRequest(octokit, ctx, {
      suite: inputs.name,
      markdown,
      plan,
      workspace,
    });
    if (urls.commentUrl) core.setOutput('comment-url', urls.commentUrl);
    if (urls.checkRunUrl) core.setOutput('check-run-url', urls.checkRunUrl);
  }
  if (plan.fail) core.setFailed(plan.failMessage);
}

/** The report in a job's artifact, or the one line saying why there is none. */
async function readJobReport(slot: JobSlot, dir: string): Promise<JobReport> {
  const { job, artifact } = slot;
  if (!artifact) return { job, problem: slot.problem ?? 'no artifact' };
  // By id, not name: a name is chosen by whoever uploaded it and must not become a path.
  const folder = path.join(dir, String(artifact.id));
  try {
    await downloadRunArtifact(artifact.id, folder);
  } catch (err) {
    return { job, artifact: artifact.name, problem: `could not download ${artifact.name}: ${oneLine(err)}` };
  }
  const file = `${artifact.name}/report.json`;
  let text: string;
  try {
    text = await readFile(path.join(folder, 'report.json'), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      job,
      artifact: artifact.name,
      problem:
        code === 'ENOENT'
          ? `${artifact.name} holds no report.json`
          : `${file}: cannot read the report (${code ?? oneLine(err)})`,
    };
  }
  try {
    return { job, artifact: artifact.name, report: parseReportFile(text, file) };
  } catch (err) {
    return { job, artifact: artifact.name, problem: oneLine(err) };
  }
}

function oneLine(err: unknown): string {
  return String((err as Error)?.message ?? err)
    .split('\n')[0]
    ?.slice(0, 500) as string;
}
