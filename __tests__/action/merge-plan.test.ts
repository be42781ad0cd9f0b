// `merge`: which artifacts are the matrix jobs' reports, and what the reports together decide.
import { describe, expect, it } from 'vitest';
import {
  mergedPlan,
  parseReportArtifactName,
  reportArtifactName,
  selectJobArtifacts,
} from '../../src/action/merge-plan.js';
import type { JobReport } from '../../src/model/merged.js';
import type { ComparisonReport, Status } from '../../src/model/report.js';
import { comparedSeries, reportOf } from '../render/reports.js';

const artifacts = (...names: string[]) => names.map((name, i) => ({ id: i + 1, name }));

describe('selectJobArtifacts', () => {
  it('finds each listed suite by its artifact name, the newest attempt of a re-run job', () => {
    const listed = artifacts(
      'perf-regression-bench-linux',
      'perf-regression-bench-macos',
      'perf-regression-bench-linux-attempt2',
      'coverage-report',
    );
    expect(selectJobArtifacts(listed, ['bench-linux', 'bench-macos'], 'benchmarks')).toEqual([
      { job: 'bench-linux', artifact: { id: 3, name: 'perf-regression-bench-linux-attempt2' } },
      { job: 'bench-macos', artifact: { id: 2, name: 'perf-regression-bench-macos' } },
    ]);
  });

  it('names a listed suite without an artifact instead of leaving it out', () => {
    const [slot] = selectJobArtifacts(artifacts('perf-regression-a'), ['windows'], 'benchmarks');
    expect(slot?.artifact).toBeUndefined();
    expect(slot?.problem).toMatch(/^no artifact perf-regression-windows in this run: the job failed/);
  });

  it('looks a suite name up by its key, as the matrix job named its artifact', () => {
    const name = 'Linux (Node 20)';
    const listed = artifacts(reportArtifactName(name, 1));
    expect(selectJobArtifacts(listed, [name], 'benchmarks')).toEqual([
      { job: name, artifact: { id: 1, name: reportArtifactName(name, 1) } },
    ]);
  });

  it('expands a pattern to every matching job in natural order, the merge job itself left out', () => {
    const listed = artifacts(
      'perf-regression-bench-10',
      'perf-regression-bench-9',
      'perf-regression-benchmarks',
      'perf-regression-other',
    );
    const slots = selectJobArtifacts(listed, ['bench*'], 'benchmarks');
    expect(slots.map((s) => s.job)).toEqual(['bench-9', 'bench-10']);
  });

  it('counts a job matched by two lines once, and says when a pattern matches nothing', () => {
    const listed = artifacts('perf-regression-bench-a');
    const slots = selectJobArtifacts(listed, ['bench-a', 'bench-?', 'gpu-*'], 'benchmarks');
    expect(slots).toEqual([
      { job: 'bench-a', artifact: { id: 1, name: 'perf-regression-bench-a' } },
      { job: 'gpu-*', problem: 'no artifact of this run matches perf-regression-gpu-*' },
    ]);
  });

  it('reads back the names reportArtifactName makes', () => {
    expect(parseReportArtifactName(reportArtifactName('bench', 3))).toEqual({ key: 'bench', attempt: 3 });
    expect(parseReportArtifactName(reportArtifactName('bench', 1))).toEqual({ key: 'bench', attempt: 1 });
    expect(parseReportArtifactName('perf-regression-')).toBeUndefined();
    expect(parseReportArtifactName('report')).toBeUndefined();
  });
});

function job(name: string, statuses: Status[], verdict: ComparisonReport['verdict'] = 'pass'): JobReport {
  const series = [
    ...statuses.map((status, i) => comparedSeries(`B${i}`, status, 100, 130)),
    comparedSeries('U', 'unchanged', 100, 101),
  ];
  return { job: name, artifact: `perf-regression-${name}`, report: reportOf(series, { verdict }) };
}

const INPUTS = { failOn: 'regression', comment: 'always', checkRun: true, allowSeriesChange: false } as const;
const PR = { kind: 'pull-request', pullRequest: 4 } as const;

describe('mergedPlan', () => {
  it('fails when one job regressed, and says in how many jobs', () => {
    const plan = mergedPlan(
      [job('a', ['regression', 'regression'], 'regression'), job('b', ['improvement']), job('c', [])],
      INPUTS,
      PR,
    );
    expect(plan).toMatchObject({
      verdict: 'regression',
      fail: true,
      conclusion: 'failure',
      title: '2 regressions in 1 of 3 jobs; 1 improvement',
      regressions: 2,
      improvements: 1,
      comment: 'create-or-update',
      checkRun: true,
    });
  });

  it('is incomplete and fails when a report is missing, though every other job passed', () => {
    const plan = mergedPlan([job('a', []), { job: 'b', problem: 'no artifact' }], INPUTS, PR);
    expect(plan).toMatchObject({
      verdict: 'incomplete',
      fail: true,
      conclusion: 'failure',
      title: '1 of 2 jobs without a readable report',
    });
  });

  it('with fail-on: budget a missing report still fails; with never it is neutral, never green', () => {
    const jobs = [job('a', ['regression'], 'regression'), { job: 'b', problem: 'unreadable' }];
    expect(mergedPlan(jobs, { ...INPUTS, failOn: 'budget' }, PR).fail).toBe(true);
    const never = mergedPlan(jobs, { ...INPUTS, failOn: 'never' }, PR);
    expect(never).toMatchObject({ fail: false, conclusion: 'neutral' });
  });

  it('names jobs that share no series with their baseline, which fail like regressions', () => {
    const plan = mergedPlan([job('a', []), job('b', ['new'], 'no-common-series')], INPUTS, PR);
    expect(plan).toMatchObject({
      verdict: 'no-common-series',
      fail: true,
      title: '1 of 2 jobs with no series in common with the baseline',
    });
    expect(
      mergedPlan([job('b', ['new'], 'no-common-series')], { ...INPUTS, allowSeriesChange: true }, PR).fail,
    ).toBe(false);
  });

  it('is green only when every job passed; an inconclusive job makes it neutral', () => {
    expect(mergedPlan([job('a', []), job('b', [])], INPUTS, PR)).toMatchObject({
      verdict: 'pass',
      fail: false,
      conclusion: 'success',
      title: 'No regressions in 2 jobs',
    });
    expect(mergedPlan([job('a', ['inconclusive'])], INPUTS, PR).conclusion).toBe('neutral');
  });

  it('comments as the comment input says, and only on a pull request', () => {
    const quiet = [job('a', [])];
    expect(mergedPlan(quiet, { ...INPUTS, comment: 'on-change' }, PR).comment).toBe('update');
    expect(mergedPlan(quiet, { ...INPUTS, comment: 'never' }, PR).comment).toBe('none');
    const push = mergedPlan(quiet, INPUTS, { kind: 'record', pullRequest: undefined });
    expect(push).toMatchObject({ comment: 'none', checkRun: false });
  });
});
