// compare-with: history — this run's files (or, for a scheduled compare-with: base, the run command's
// output on the checkout) against the newest recorded runs of the base branch.
import * as core from '@actions/core';
import type { GitHubClient } from '../github/client.js';
import { InputError } from '../model/errors.js';
import { splitPatterns } from '../parsers/files.js';
import { compareRun, readRun } from '../pipeline/compare-run.js';
import { emptyRunMessage } from '../pipeline/run-checks.js';
import type { HistoryStore } from '../store/store.js';
import { ImportingStore } from './import-history.js';
import type { ActionInputs } from './inputs.js';
import { mergeBaseLookup } from './merge-base.js';
import { historyBranches, type RunContext } from './run-context.js';
import { measureHeadOnly } from './same-job.js';

export async function compareWithHistory(
  inputs: Pick<
    ActionInputs,
    'files' | 'format' | 'name' | 'baselineRuns' | 'compare' | 'allowEmptyRun' | 'sameJob'
  >,
  ctx: RunContext,
  store: HistoryStore | undefined,
  workspace: string,
  env: NodeJS.ProcessEnv,
  octokit?: GitHubClient,
) {
  const measured = inputs.sameJob
    ? await measureHeadOnly({ ...inputs, sameJob: inputs.sameJob }, ctx, workspace, env)
    : undefined;
  const current = measured?.current ?? (await readRun(splitPatterns(inputs.files), inputs.format, workspace));
  for (const w of current.parsed.warnings) core.warning(w.message, { file: w.file, startLine: w.line });
  const empty = emptyRunMessage(current, inputs.format, 'current');
  if (empty && !inputs.allowEmptyRun) throw new InputError(empty);
  if (empty) {
    core.warning(`${empty}; nothing compared or recorded (allow-empty-run)`);
    return undefined;
  }
  core.info(
    `perf-regression: ${current.parsed.results.length} series from ${current.files.length} file(s); event ${ctx.eventName} → ${ctx.kind}`,
  );
  if (store instanceof ImportingStore) store.matchScopesOf(current.parsed.results);
  const branches = historyBranches(ctx);
  const compared = await compareRun({
    current,
    baseline: store
      ? {
          store,
          suite: inputs.name,
          branches,
          runs: inputs.baselineRuns,
          ancestry: ancestryOf(ctx, workspace, octokit),
        }
      : { files: [] },
    format: inputs.format,
    options: inputs.compare,
    cwd: workspace,
  });
  for (const w of compared.warnings) core.warning(w.message, { file: w.file, startLine: w.line });
  if (compared.historyError) {
    core.warning(
      `${compared.historyError.message} — comparing without a baseline; the stored history is left untouched`,
    );
  } else if (store) {
    core.info(
      `perf-regression: ${compared.stored.length} run(s) of history from the ${store.description} (${branches.join(', ')})`,
    );
    const at = compared.report.baselineCommit;
    if (at?.mergeBase)
      core.info(
        `perf-regression: merge base ${at.mergeBase} (${at.via}); window ends at ${at.commit}, ${at.leftOut} later run(s) left out`,
      );
    if (at?.reason) core.info(`perf-regression: merge base unknown: ${at.reason}`);
  }
  return {
    report: compared.report,
    current,
    inputFiles: measured ? [] : current.files.map((f) => f.path),
    extraFiles: measured?.extraFiles ?? [],
    /** The suite's recorded runs (the artifact's dashboard). */
    stored: compared.stored,
    // An unreadable history is never written over: a person has to look at it first.
    mayRecord: compared.historyError === undefined,
  };
}

/** On a pull request the window ends at the merge base of head and base; other runs use the newest runs. */
function ancestryOf(ctx: RunContext, workspace: string, octokit: GitHubClient | undefined) {
  if (ctx.kind !== 'pull-request') return undefined;
  return mergeBaseLookup({
    workspace,
    head: ctx.sha,
    base: ctx.baseSha,
    octokit,
    owner: ctx.owner,
    repo: ctx.repo,
  });
}
