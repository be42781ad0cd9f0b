// What a verdict means for the run: failing the step, the check run, the comment, the artifact name.
import { describe, expect, it } from 'vitest';
import type { PlanInputs } from '../../src/action/publish-plan.js';
import { publishPlan } from '../../src/action/publish-plan.js';
import type { RunContext } from '../../src/action/run-context.js';
import type { ComparisonReport, Status } from '../../src/model/report.js';
import { comparedSeries, reportOf, seriesOf } from '../render/reports.js';

/** A report of one series per status given (plus `unchanged` more unchanged ones). */
function report(statuses: Status[], verdict: ComparisonReport['verdict'], unchanged = 2): ComparisonReport {
  const series = [
    ...statuses.map((status, i) =>
      status === 'over-budget'
        ? comparedSeries(`B${i}`, status, 100, 130, {
            budget: { limit: 120, written: '120ns', exceeded: true },
          })
        : status === 'new'
          ? seriesOf(`B${i}`, status)
          : comparedSeries(`B${i}`, status, 100, 130),
    ),
    ...Array.from({ length: unchanged }, (_, i) => comparedSeries(`U${i}`, 'unchanged', 100, 101)),
  ];
  return reportOf(series, { verdict });
}

const INPUTS: PlanInputs = {
  failOn: 'regression',
  comment: 'always',
  checkRun: true,
  annotations: true,
  name: 'benchmarks',
  allowSeriesChange: false,
};
const PR: Pick<RunContext, 'kind' | 'pullRequest' | 'runAttempt'> = {
  kind: 'pull-request',
  pullRequest: 7,
  runAttempt: 1,
};

describe('failing the step and the check run', () => {
  it.each([
    // statuses, verdict, fail-on → fail, conclusion, title
    [['regression'], 'regression', 'regression', true, 'failure', '1 regression in 3 series'],
    [['regression'], 'regression', 'budget', false, 'neutral', '1 regression in 3 series'],
    [['regression'], 'regression', 'never', false, 'neutral', '1 regression in 3 series'],
    [['over-budget'], 'over-budget', 'regression', true, 'failure', '1 over budget in 3 series'],
    [['over-budget'], 'over-budget', 'budget', true, 'failure', '1 over budget in 3 series'],
    [['over-budget'], 'over-budget', 'never', false, 'neutral', '1 over budget in 3 series'],
    [
      ['regression', 'regression', 'improvement'],
      'regression',
      'regression',
      true,
      'failure',
      '2 regressions, 1 improvement in 5 series',
    ],
    [['improvement'], 'pass', 'regression', false, 'success', '1 improvement in 3 series'],
    [['inconclusive'], 'pass', 'regression', false, 'neutral', 'No regressions in 3 series'],
    [[], 'pass', 'regression', false, 'success', 'No regressions in 2 series'],
    [['new', 'new'], 'no-baseline', 'regression', false, 'neutral', 'No baseline yet: 2 series measured'],
  ] as const)(
    '%j (%s), fail-on %s → fail %s, %s, "%s"',
    (statuses, verdict, failOn, fail, conclusion, title) => {
      const plan = publishPlan(
        report([...statuses], verdict, verdict === 'no-baseline' ? 0 : 2),
        { ...INPUTS, failOn },
        PR,
      );
      expect(plan.fail).toBe(fail);
      expect(plan.conclusion).toBe(conclusion);
      expect(plan.title).toBe(title);
      expect(plan.failMessage).toBe(`perf-regression: ${title}`);
      expect(plan.annotationLevel).toBe(fail ? 'failure' : 'warning');
    },
  );
});

describe('the pull request comment', () => {
  it.each([
    // comment input, statuses, run kind, PR number → action
    ['always', [], 'pull-request', 7, 'create-or-update'],
    ['always', ['regression'], 'pull-request', 7, 'create-or-update'],
    ['on-change', ['regression'], 'pull-request', 7, 'create-or-update'],
    ['on-change', ['improvement'], 'pull-request', 7, 'create-or-update'],
    ['on-change', ['over-budget'], 'pull-request', 7, 'create-or-update'],
    // Nothing changed: refresh a comment an earlier push left, but post none.
    ['on-change', [], 'pull-request', 7, 'update'],
    ['on-change', ['inconclusive'], 'pull-request', 7, 'update'],
    ['never', ['regression'], 'pull-request', 7, 'none'],
    // A fork's workflow_run whose pull request could not be found: nowhere to comment.
    ['always', ['regression'], 'pull-request', undefined, 'none'],
    ['always', ['regression'], 'record', undefined, 'none'],
    ['always', ['regression'], 'summary-only', undefined, 'none'],
  ] as const)('comment: %s, %j, %s #%s → %s', (comment, statuses, kind, pullRequest, action) => {
    const verdict = statuses.includes('regression' as never) ? 'regression' : 'pass';
    const plan = publishPlan(
      report([...statuses], verdict),
      { ...INPUTS, comment },
      { kind, pullRequest, runAttempt: 1 },
    );
    expect(plan.comment).toBe(action);
  });
});

describe('the check run and annotations', () => {
  it.each([
    ['pull-request', true, true],
    ['pull-request', false, false],
    ['record', true, false],
    ['summary-only', true, false],
  ] as const)('%s with check-run %s → a check run: %s', (kind, checkRun, expected) => {
    const plan = publishPlan(
      report([], 'pass'),
      { ...INPUTS, checkRun },
      { kind, pullRequest: 7, runAttempt: 1 },
    );
    expect(plan.checkRun).toBe(expected);
  });

  it('annotations follow their input', () => {
    expect(publishPlan(report([], 'pass'), { ...INPUTS, annotations: false }, PR).annotations).toBe(false);
    expect(publishPlan(report([], 'pass'), INPUTS, PR).annotations).toBe(true);
  });
});

describe('the artifact name', () => {
  it.each([
    ['benchmarks', 1, 'perf-regression-benchmarks'],
    ['benchmarks', 2, 'perf-regression-benchmarks-attempt2'],
    // Suite names become the safe key the stores use: no slashes, a hash where anything changed.
    ['go/../Bench', 1, /^perf-regression-go-\.\.-bench-[0-9a-f]{8}$/],
    ['go/../Bench', 3, /^perf-regression-go-\.\.-bench-[0-9a-f]{8}-attempt3$/],
  ] as const)('suite %j, attempt %d → %s', (name, runAttempt, expected) => {
    const plan = publishPlan(report([], 'pass'), { ...INPUTS, name }, { ...PR, runAttempt });
    if (typeof expected === 'string') expect(plan.artifactName).toBe(expected);
    else expect(plan.artifactName).toMatch(expected);
  });
});

describe('a run that shares no series with its baseline', () => {
  const coverage = {
    baseline: { series: 75, formats: ['go' as const], examples: ['BenchmarkA'] },
    current: { series: 15, formats: ['pytest' as const], examples: ['test_a'] },
    common: 0,
    newestRunSeries: 75,
    missing: 75,
    lostMost: true,
  };
  const disjoint = () =>
    reportOf([seriesOf('test_a', 'new'), seriesOf('BenchmarkA', 'missing')], {
      verdict: 'no-common-series',
      coverage,
    });
  const TITLE = 'No series in common with the baseline (this run: 15 pytest series; baseline: 75 go series)';

  it.each([
    // fail-on, allow-series-change → fail, conclusion, recorded
    ['regression', false, true, 'failure', false],
    ['budget', false, false, 'neutral', false],
    ['never', false, false, 'neutral', false],
    ['regression', true, false, 'neutral', true],
  ] as const)(
    'fail-on %s, allow-series-change %s → fail %s, %s, recorded %s',
    (failOn, allow, fail, conclusion, recorded) => {
      const plan = publishPlan(disjoint(), { ...INPUTS, failOn, allowSeriesChange: allow }, PR);
      expect(plan.fail).toBe(fail);
      expect(plan.conclusion).toBe(conclusion);
      expect(plan.title).toBe(TITLE);
      expect(plan.record.record).toBe(recorded);
    },
  );

  it('posts the comment even under comment: on-change, since it fails', () => {
    expect(publishPlan(disjoint(), { ...INPUTS, comment: 'on-change' }, PR).comment).toBe('create-or-update');
  });
});
