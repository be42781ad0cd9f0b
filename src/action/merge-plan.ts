// `merge`: which of the run's artifacts hold the matrix jobs' reports, and what the reports together
// mean for the step, the check run and the comment. Pure: names and reports in, decisions out.
import type { CheckConclusion } from '../github/checks.js';
import type { JobReport, MergedVerdict } from '../model/merged.js';
import type { Verdict } from '../model/report.js';
import { failingFindings } from '../pipeline/run-checks.js';
import { suiteKey } from '../store/suite-key.js';
import type { ActionInputs } from './inputs.js';
import type { CommentAction } from './publish-plan.js';
import type { RunContext } from './run-context.js';

const ARTIFACT_PREFIX = 'perf-regression-';

/** The artifact a run of `suite` uploads: unique per attempt, so a re-run cannot upload twice under one name. */
export function reportArtifactName(suite: string, runAttempt: number): string {
  return `${ARTIFACT_PREFIX}${suiteKey(suite)}${runAttempt > 1 ? `-attempt${runAttempt}` : ''}`;
}

/** The suite key and attempt of an artifact name reportArtifactName made; undefined for other artifacts. */
export function parseReportArtifactName(name: string): { key: string; attempt: number } | undefined {
  if (!name.startsWith(ARTIFACT_PREFIX) || name.length === ARTIFACT_PREFIX.length) return undefined;
  const rest = name.slice(ARTIFACT_PREFIX.length);
  const attempt = /^(.+)-attempt(\d+)$/.exec(rest);
  return attempt ? { key: attempt[1] as string, attempt: Number(attempt[2]) } : { key: rest, attempt: 1 };
}

export interface ListedArtifact {
  id: number;
  name: string;
}

/** One job the merged report has a section for: its artifact, or why there is none. */
export interface JobSlot {
  /** Shown in the comment: the name as the `merge` input lists it, or (for a pattern) from the artifact's name. */
  job: string;
  artifact?: ListedArtifact;
  problem?: string;
}

/**
 * The job of each line of the `merge` input: a suite name (the matrix job's `name` input) is one job,
 * found by its artifact's name, its newest attempt; a line with `*` or `?` is a pattern over the suite
 * keys in the run's artifact names, each match one job. A name or pattern without an artifact is a slot
 * with a problem, so a job that never uploaded is named instead of silently left out. The merge job's own
 * suite is never one of its jobs.
 */
export function selectJobArtifacts(
  artifacts: readonly ListedArtifact[],
  wanted: readonly string[],
  ownSuite: string,
): JobSlot[] {
  const ownKey = suiteKey(ownSuite);
  const newest = new Map<string, { artifact: ListedArtifact; attempt: number }>();
  for (const artifact of artifacts) {
    const parsed = parseReportArtifactName(artifact.name);
    if (!parsed || parsed.key === ownKey) continue;
    const seen = newest.get(parsed.key);
    if (!seen || parsed.attempt > seen.attempt) newest.set(parsed.key, { artifact, attempt: parsed.attempt });
  }
  const slots: JobSlot[] = [];
  const taken = new Set<string>();
  for (const line of wanted) {
    if (/[*?]/.test(line)) {
      const pattern = globPattern(line);
      const matches = [...newest.keys()]
        .filter((key) => pattern.test(key))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      if (matches.length === 0) {
        slots.push({ job: line, problem: `no artifact of this run matches ${ARTIFACT_PREFIX}${line}` });
      }
      for (const key of matches.filter((k) => !taken.has(k))) {
        taken.add(key);
        slots.push({ job: key, artifact: newest.get(key)?.artifact });
      }
      continue;
    }
    const key = suiteKey(line);
    if (taken.has(key)) continue;
    taken.add(key);
    const found = newest.get(key);
    slots.push(
      found
        ? { job: line, artifact: found.artifact }
        : {
            job: line,
            problem: `no artifact ${ARTIFACT_PREFIX}${key} in this run: the job failed or was cancelled before uploading its report, ran with upload-artifact: false, or its name input differs`,
          },
    );
  }
  return slots;
}

/** `bench-*` → /^bench-.*$/: `*` any run of characters, `?` one; nothing else is special. */
function globPattern(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

export interface MergedPlan {
  verdict: MergedVerdict;
  fail: boolean;
  failMessage: string;
  conclusion: CheckConclusion;
  title: string;
  regressions: number;
  improvements: number;
  comment: CommentAction;
  checkRun: boolean;
}

/** Worst first: the merged verdict is the first of these any job has. */
const VERDICT_ORDER: readonly Verdict[] = [
  'regression',
  'over-budget',
  'no-common-series',
  'no-baseline',
  'pass',
];

export function mergedPlan(
  jobs: readonly JobReport[],
  inputs: Pick<ActionInputs, 'failOn' | 'comment' | 'checkRun' | 'allowSeriesChange'>,
  ctx: Pick<RunContext, 'kind' | 'pullRequest'>,
): MergedPlan {
  const reports = jobs.flatMap((j) => (j.report ? [j.report] : []));
  const missing = jobs.length - reports.length;
  const findings = reports.map((r) => failingFindings(r, inputs.allowSeriesChange));
  const regressions = findings.reduce((n, f) => n + f.regressions, 0);
  const overBudget = findings.reduce((n, f) => n + f.overBudget, 0);
  const failingJobs = findings.filter((f) => f.regressions > 0 || f.overBudget > 0 || f.disjoint).length;
  const disjoint = findings.filter((f) => f.disjoint).length;
  const improvements = reports.reduce((n, r) => n + r.counts.improvement, 0);
  const worst = VERDICT_ORDER.find((v) => reports.some((r) => r.verdict === v)) ?? 'pass';
  const verdict: MergedVerdict = missing > 0 ? 'incomplete' : worst;
  // A job without a report can hide anything, a budget overrun too: it fails whatever gates.
  const fail =
    inputs.failOn === 'regression'
      ? failingJobs > 0 || missing > 0
      : inputs.failOn === 'budget'
        ? overBudget > 0 || missing > 0
        : false;
  const inconclusive = reports.some(
    (r) => r.verdict === 'no-baseline' || r.verdict === 'no-common-series' || r.counts.inconclusive > 0,
  );
  const title = mergedTitle(jobs.length, {
    regressions,
    overBudget,
    improvements,
    regressedJobs: findings.filter((f) => f.regressions > 0 || f.overBudget > 0).length,
    disjoint,
    missing,
  });
  const changed = failingJobs > 0 || missing > 0 || improvements > 0;
  const onPullRequest = ctx.kind === 'pull-request' && ctx.pullRequest !== undefined;
  return {
    verdict,
    fail,
    failMessage: `perf-regression: ${title}`,
    conclusion: fail ? 'failure' : failingJobs > 0 || missing > 0 || inconclusive ? 'neutral' : 'success',
    title,
    regressions,
    improvements,
    comment:
      !onPullRequest || inputs.comment === 'never'
        ? 'none'
        : inputs.comment === 'always' || changed
          ? 'create-or-update'
          : 'update',
    checkRun: ctx.kind === 'pull-request' && inputs.checkRun,
  };
}

function mergedTitle(
  jobs: number,
  c: {
    regressions: number;
    overBudget: number;
    improvements: number;
    /** Jobs with regressions or budget overruns. */
    regressedJobs: number;
    disjoint: number;
    missing: number;
  },
): string {
  const parts: string[] = [];
  if (c.regressions) parts.push(`${c.regressions} regression${c.regressions === 1 ? '' : 's'}`);
  if (c.overBudget) parts.push(`${c.overBudget} over budget`);
  const found = parts.length > 0 ? `${parts.join(', ')} in ${c.regressedJobs} of ${jobs} jobs` : '';
  const nothingCompared =
    c.disjoint > 0 ? `${c.disjoint} of ${jobs} jobs with no series in common with the baseline` : '';
  const noReport = c.missing > 0 ? `${c.missing} of ${jobs} jobs without a readable report` : '';
  const improved = c.improvements ? `${c.improvements} improvement${c.improvements === 1 ? '' : 's'}` : '';
  const head = [found, nothingCompared, noReport].filter(Boolean).join('; ');
  if (head) return improved ? `${head}; ${improved}` : head;
  return improved ? `No regressions in ${jobs} jobs; ${improved}` : `No regressions in ${jobs} jobs`;
}
