// What the verdict means for this run: fail the step or not, the check run's conclusion and title,
// whether anything changed (for `comment: on-change`). Pure.

import type { AnnotationLevel } from '../github/annotations.js';
import type { CheckConclusion } from '../github/checks.js';
import type { ComparisonReport } from '../model/report.js';
import type { ActionInputs } from './inputs.js';

export interface PublishPlan {
  fail: boolean;
  failMessage: string;
  conclusion: CheckConclusion;
  title: string;
  /** Something regressed, improved or broke a budget. */
  changed: boolean;
  annotationLevel: AnnotationLevel;
}

export function publishPlan(report: ComparisonReport, inputs: Pick<ActionInputs, 'failOn'>): PublishPlan {
  const c = report.counts;
  const regressions = c.regression;
  const overBudget = report.series.filter((s) => s.budget?.exceeded).length;
  const fail =
    inputs.failOn === 'regression'
      ? regressions > 0 || overBudget > 0
      : inputs.failOn === 'budget'
        ? overBudget > 0
        : false;
  const failing = regressions > 0 || overBudget > 0;
  const total = report.series.length;
  const parts: string[] = [];
  if (regressions) parts.push(`${regressions} regression${regressions === 1 ? '' : 's'}`);
  if (overBudget) parts.push(`${overBudget} over budget`);
  if (c.improvement) parts.push(`${c.improvement} improvement${c.improvement === 1 ? '' : 's'}`);
  const title =
    report.verdict === 'no-baseline'
      ? `No baseline yet: ${total} series measured`
      : parts.length > 0
        ? `${parts.join(', ')} in ${total} series`
        : `No regressions in ${total} series`;
  const inconclusiveOnly = !failing && (report.verdict === 'no-baseline' || c.inconclusive > 0);
  return {
    fail,
    failMessage: `perf-regression: ${title}`,
    conclusion: fail ? 'failure' : failing || inconclusiveOnly ? 'neutral' : 'success',
    title,
    changed: failing || c.improvement > 0,
    annotationLevel: fail ? 'failure' : 'warning',
  };
}
