// What the verdict means for this run: fail the step or not, the check run's conclusion and title,
// whether to create, update or leave the pull request comment, the artifact's name. Pure.

import type { AnnotationLevel } from '../github/annotations.js';
import type { CheckConclusion } from '../github/checks.js';
import type { ComparisonReport, SideContents } from '../model/report.js';
import { failingFindings, type RecordDecision, recordDecision } from '../pipeline/run-checks.js';
import type { ActionInputs } from './inputs.js';
import { reportArtifactName } from './merge-plan.js';
import type { RunContext } from './run-context.js';

/** `create-or-update`: post the sticky comment; `update`: only refresh one already there (on-change). */
export type CommentAction = 'create-or-update' | 'update' | 'none';

export interface PublishPlan {
  fail: boolean;
  failMessage: string;
  conclusion: CheckConclusion;
  title: string;
  /** Something regressed, improved or broke a budget. */
  changed: boolean;
  annotationLevel: AnnotationLevel;
  comment: CommentAction;
  checkRun: boolean;
  annotations: boolean;
  /** Unique per attempt: a re-run cannot upload twice under one name. */
  artifactName: string;
  /** Whether a recording run (a push) writes this run into history, and what to warn about. */
  record: RecordDecision;
}

export type PlanInputs = Pick<
  ActionInputs,
  'failOn' | 'comment' | 'checkRun' | 'annotations' | 'name' | 'allowSeriesChange'
>;

export function publishPlan(
  report: ComparisonReport,
  inputs: PlanInputs,
  ctx: Pick<RunContext, 'kind' | 'pullRequest' | 'runAttempt'>,
): PublishPlan {
  const c = report.counts;
  // Nothing compared is not a pass: it fails with the regressions unless the user changed the series on purpose.
  const { regressions, overBudget, disjoint } = failingFindings(report, inputs.allowSeriesChange);
  const fail =
    inputs.failOn === 'regression'
      ? regressions > 0 || overBudget > 0 || disjoint
      : inputs.failOn === 'budget'
        ? overBudget > 0
        : false;
  const failing = regressions > 0 || overBudget > 0 || disjoint;
  const total = report.series.length;
  const parts: string[] = [];
  if (regressions) parts.push(`${regressions} regression${regressions === 1 ? '' : 's'}`);
  if (overBudget) parts.push(`${overBudget} over budget`);
  if (c.improvement) parts.push(`${c.improvement} improvement${c.improvement === 1 ? '' : 's'}`);
  const title =
    report.verdict === 'no-baseline'
      ? `No baseline yet: ${total} series measured`
      : report.verdict === 'no-common-series' && report.coverage
        ? `No series in common with the baseline (this run: ${sideTitle(report.coverage.current)}; baseline: ${sideTitle(report.coverage.baseline)})`
        : parts.length > 0
          ? `${parts.join(', ')} in ${total} series`
          : `No regressions in ${total} series`;
  const inconclusiveOnly =
    !failing &&
    (report.verdict === 'no-baseline' || report.verdict === 'no-common-series' || c.inconclusive > 0);
  const changed = failing || c.improvement > 0;
  const onPullRequest = ctx.kind === 'pull-request';
  // `on-change` keeps a comment posted by an earlier push up to date, even once nothing changed.
  const comment: CommentAction =
    !onPullRequest || ctx.pullRequest === undefined || inputs.comment === 'never'
      ? 'none'
      : inputs.comment === 'always' || changed
        ? 'create-or-update'
        : 'update';
  return {
    fail,
    failMessage: `perf-regression: ${title}`,
    conclusion: fail ? 'failure' : failing || inconclusiveOnly ? 'neutral' : 'success',
    title,
    changed,
    annotationLevel: fail ? 'failure' : 'warning',
    comment,
    checkRun: onPullRequest && inputs.checkRun,
    annotations: inputs.annotations,
    artifactName: reportArtifactName(inputs.name, ctx.runAttempt),
    record: recordDecision(report, {
      allowSeriesChange: inputs.allowSeriesChange,
      option: 'the input allow-series-change: true',
    }),
  };
}

/** `15 pytest series`: what a side held, short enough for a check run's title. */
function sideTitle(side: SideContents): string {
  return `${side.series} ${side.formats.join('/')}${side.formats.length > 0 ? ' ' : ''}series`;
}
