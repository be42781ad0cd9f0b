// The weekly watch, after a scheduled (or manually dispatched) run is recorded: the suite's whole
// history → change points and events → the job summary, and one GitHub issue per active regression
// event, kept as watch-plan.ts says. A refused token is a warning naming the permission; the run's
// exit code stays the comparison's.
import * as core from '@actions/core';
import type { ThresholdRules } from '../engine/options.js';
import { analyseTrend } from '../engine/trend/analyse.js';
import { type GitHubClient, PermissionDeniedError } from '../github/client.js';
import { resolveCommentAuthor } from '../github/comment.js';
import {
  closeIssue,
  commentOnIssue,
  commitsBetween,
  createIssue,
  editIssue,
  findWatchIssues,
  type Repo,
} from '../github/issues.js';
import type { TrendEvent, TrendReport } from '../model/trend.js';
import { renderTrendMarkdown } from '../render/trend.js';
import {
  issueBody,
  issueTitle,
  joinedComment,
  recoveredComment,
  vanishedComment,
} from '../render/trend-issue.js';
import type { HistoryEntry } from '../store/store.js';
import type { RunContext } from './run-context.js';
import { type IssueAction, planIssueActions } from './watch-plan.js';

/** Events that run the watch: the weekly schedule and its manual trigger. */
const WATCH_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export interface WatchSettings {
  suite: string;
  thresholds: ThresholdRules;
  issues: boolean;
  issueLabel: string;
  issueImprovements: boolean;
}

export function isWatchRun(ctx: Pick<RunContext, 'eventName' | 'kind'>): boolean {
  return ctx.kind === 'record' && WATCH_EVENTS.has(ctx.eventName);
}

export async function watchHistory(
  history: readonly HistoryEntry[],
  settings: WatchSettings,
  ctx: RunContext,
  octokit: GitHubClient | undefined,
): Promise<TrendReport> {
  const report = analyseTrend(settings.suite, history, { thresholds: settings.thresholds });
  const active = report.events.filter((e) => e.kind === 'regression' && e.status === 'active').length;
  core.info(
    `perf-regression: ${report.changePoints.length} change point(s) in ${report.runs} runs; ${report.events.length} event(s), ${active} active regression(s)`,
  );
  await core.summary.addRaw(`\n${renderTrendMarkdown(report, { title: settings.suite })}`).write();
  if (settings.issues && octokit) await keepIssues(octokit, report, history, settings, ctx);
  return report;
}

async function keepIssues(
  octokit: GitHubClient,
  report: TrendReport,
  history: readonly HistoryEntry[],
  settings: WatchSettings,
  ctx: RunContext,
): Promise<void> {
  const repo: Repo = { owner: ctx.owner, repo: ctx.repo };
  try {
    const author = await resolveCommentAuthor(octokit);
    const issues = await findWatchIssues(octokit, { ...repo, label: settings.issueLabel, author });
    const plan = planIssueActions(report.events, issues, {
      suite: settings.suite,
      improvements: settings.issueImprovements,
      history,
      thresholds: settings.thresholds,
      trend: report.settings,
    });
    for (const action of plan) await carryOut(octokit, repo, report, action, settings);
  } catch (err) {
    if (err instanceof PermissionDeniedError) {
      core.warning(
        `perf-regression could not ${err.action}: GitHub refused the token (${err.githubSaid}). Give the job the \`issues: write\` permission (\`permissions: issues: write\`) so the scheduled run can keep regression issues; the job summary lists the events.`,
      );
    } else {
      core.warning(`could not keep the regression issues: ${(err as Error).message}`);
    }
  }
}

async function carryOut(
  octokit: GitHubClient,
  repo: Repo,
  report: TrendReport,
  action: IssueAction,
  settings: WatchSettings,
): Promise<void> {
  if (action.kind === 'close-vanished' || action.kind === 'keep-vanished')
    return carryOutVanished(octokit, repo, action, report.settings.recoveryRuns);
  const { event } = action;
  const describe = `${event.kind} since ${event.key.slice(0, 7)}`;
  switch (action.kind) {
    case 'none':
      core.info(`perf-regression: ${describe}: no issue change (${action.why})`);
      return;
    case 'create': {
      const body = issueBody(report, event, await links(octokit, repo, event));
      const created = await createIssue(octokit, {
        ...repo,
        title: issueTitle(settings.suite, event),
        body,
        label: settings.issueLabel,
      });
      core.info(`perf-regression: ${describe}: opened ${created.url}`);
      return;
    }
    case 'edit': {
      const body = issueBody(report, event, await links(octokit, repo, event));
      const number = action.issue.number;
      await editIssue(octokit, { ...repo, number, title: issueTitle(settings.suite, event), body });
      await commentOnIssue(octokit, {
        ...repo,
        number,
        body: joinedComment(event, action.joined, action.left),
      });
      core.info(`perf-regression: ${describe}: updated ${action.issue.url}`);
      return;
    }
    case 'close': {
      const number = action.issue.number;
      await commentOnIssue(octokit, { ...repo, number, body: recoveredComment(event) });
      await closeIssue(octokit, { ...repo, number });
      core.info(`perf-regression: ${describe}: recovered, closed ${action.issue.url}`);
      return;
    }
  }
}

async function carryOutVanished(
  octokit: GitHubClient,
  repo: Repo,
  action: Extract<IssueAction, { kind: 'close-vanished' | 'keep-vanished' }>,
  recoveryRuns: number,
): Promise<void> {
  const { issue } = action;
  const describe = `${issue.marker.kind} since ${issue.marker.event.slice(0, 7)}`;
  if (action.kind === 'keep-vanished') {
    core.info(`perf-regression: ${describe}: ${issue.url} left open (${action.why})`);
    return;
  }
  await commentOnIssue(octokit, {
    ...repo,
    number: issue.number,
    body: vanishedComment(action.since, recoveryRuns),
  });
  await closeIssue(octokit, { ...repo, number: issue.number });
  core.info(
    `perf-regression: ${describe}: no longer found and back since run ${action.since.run + 1}, closed ${issue.url}`,
  );
}

/** The repository's address and the commits of the event's range (left out if the compare API fails). */
async function links(octokit: GitHubClient, repo: Repo, event: TrendEvent) {
  const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
  const commits = await commitsBetween(octokit, {
    ...repo,
    base: event.lastGood.commit,
    head: event.lastBad.commit,
  }).catch((err: Error) => {
    core.info(`perf-regression: no commit list for the issue (${err.message})`);
    return undefined;
  });
  return { repoUrl: `${server}/${repo.owner}/${repo.repo}`, commits };
}
