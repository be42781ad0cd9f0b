// compare-with: base — the pull request's base commit (or the commit before a push) measured in this
// job beside the checkout, in alternating passes (pipeline/same-job-run.ts).
import path from 'node:path';
import * as core from '@actions/core';
import { compareSameJob, sameJobIgnored } from '../engine/same-job.js';
import { InputError } from '../model/errors.js';
import type { ComparisonReport } from '../model/report.js';
import { poolSameSeries } from '../parsers/pool.js';
import type { ReadRun } from '../pipeline/compare-run.js';
import { ensureCommit, runHeadOnly, runSameJob } from '../pipeline/same-job-run.js';
import type { HistoryEntry } from '../store/store.js';
import { suiteKey } from '../store/suite-key.js';
import type { ActionInputs, SameJobInputs } from './inputs.js';
import type { RunContext } from './run-context.js';
import { isWatchRun } from './watch.js';

export interface MeasuredAgainstBase {
  report: ComparisonReport;
  /** The head side: every pass's outputs, and their results pooled (recorded on default-branch pushes). */
  current: ReadRun;
  /** Workspace files to put in the artifact: none, the outputs are `extraFiles`. */
  inputFiles: string[];
  /** Each invocation's output, kept as a file for the artifact. */
  extraFiles: string[];
  /** The head's results are recorded on default-branch pushes. */
  mayRecord: boolean;
  /** Recorded runs for the artifact's dashboard: none read, the base was measured here instead. */
  stored: HistoryEntry[];
}

export async function measureAgainstBase(
  inputs: Pick<ActionInputs, 'format' | 'compare' | 'name'> & { sameJob: SameJobInputs },
  ctx: Pick<RunContext, 'baseSha' | 'eventName'>,
  workspace: string,
  env: NodeJS.ProcessEnv,
): Promise<MeasuredAgainstBase> {
  if (!ctx.baseSha)
    throw new InputError(
      `compare-with: base needs a base commit: a pull_request event's base or a push's "before" (this ${ctx.eventName || 'run'} has none)`,
    );
  const ignored = sameJobIgnored(inputs.compare);
  if (ignored) core.warning(ignored);
  await ensureCommit(workspace, ctx.baseSha);
  const run = await runSameJob({
    cwd: workspace,
    base: ctx.baseSha,
    run: inputs.sameJob.run,
    setup: inputs.sameJob.setup,
    passes: inputs.sameJob.passes,
    timeoutMs: inputs.sameJob.timeoutMs,
    format: inputs.format,
    progress: core.info,
    keep: outputsFolder(env, inputs.name),
  });
  const report = compareSameJob(
    run.passes,
    { baseCommit: run.baseCommit, headCommit: run.headCommit },
    inputs.compare,
  );
  const head = poolSameSeries(run.passes.flatMap((p) => p.head));
  return {
    report,
    inputFiles: [],
    extraFiles: run.kept,
    mayRecord: true,
    stored: [],
    current: {
      files: run.outputs.filter((f) => f.path.startsWith('head')),
      parsed: { results: head.results, warnings: [...run.warnings, ...head.warnings] },
    },
  };
}

/**
 * A schedule or workflow_dispatch run has no base commit to measure: with compare-with: base it measures
 * the checkout alone and goes against the history, so the weekly watch still gets its recorded runs.
 */
export function measuresHeadOnly(ctx: Pick<RunContext, 'baseSha' | 'eventName' | 'kind'>): boolean {
  return isWatchRun(ctx) && !ctx.baseSha;
}

/** The run command's results on the checkout, pooled over the passes as a default-branch A/B records them. */
export async function measureHeadOnly(
  inputs: Pick<ActionInputs, 'format' | 'name'> & { sameJob: SameJobInputs },
  ctx: Pick<RunContext, 'eventName'>,
  workspace: string,
  env: NodeJS.ProcessEnv,
): Promise<{ current: ReadRun; extraFiles: string[] }> {
  const { passes } = inputs.sameJob;
  core.notice(
    `compare-with: base: a ${ctx.eventName} run has no base commit, so the run command ran ${passes} times on this commit alone, is compared with the recorded history and recorded (for the weekly watch)`,
  );
  const run = await runHeadOnly({
    cwd: workspace,
    run: inputs.sameJob.run,
    setup: inputs.sameJob.setup,
    passes,
    timeoutMs: inputs.sameJob.timeoutMs,
    format: inputs.format,
    progress: core.info,
    keep: outputsFolder(env, inputs.name),
  });
  const pooled = poolSameSeries(run.passes.flat());
  return {
    current: {
      files: run.outputs,
      parsed: { results: pooled.results, warnings: [...run.warnings, ...pooled.warnings] },
    },
    extraFiles: run.kept,
  };
}

/** Where each invocation's output is kept for the artifact. */
function outputsFolder(env: NodeJS.ProcessEnv, suite: string): string {
  return path.join(
    env.RUNNER_TEMP || path.resolve('.perf-regression'),
    `perf-regression-${suiteKey(suite)}-outputs`,
  );
}
