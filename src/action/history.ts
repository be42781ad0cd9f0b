// compare-with: history — this run's files (or, for a scheduled compare-with: base, the run command's
// output on the checkout) against the newest recorded runs of the base branch.
import * as core from '@actions/core';
import { InputError } from '../model/errors.js';
import { splitPatterns } from '../parsers/files.js';
import { compareRun, readRun } from '../pipeline/compare-run.js';
import { emptyRunMessage } from '../pipeline/run-checks.js';
import type { HistoryStore } from '../store/store.js';
import type { ActionInputs } from './inputs.js';
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
      `perf-regression: ${compared.stored.length} run(s) of history from the ${store.description} (${branches.join(', ')})`,
    );
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
