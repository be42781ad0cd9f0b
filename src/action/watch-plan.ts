// What the scheduled run does with each regression event and the issues already filed: a pure table.
//   | event      | its issue (by marker)          | action                                  |
//   | active     | none                           | create                                  |
//   | active     | open, ours, same series        | none (no write at all)                  |
//   | active     | open, ours, series joined/left | edit the body + one short comment       |
//   | active     | closed (by anyone)             | none: never reopened, never filed again |
//   | recovered  | open, ours                     | comment + close                         |
//   | recovered  | none or closed                 | none                                    |
//   | any        | open, not ours                 | none: a person's issue is left alone    |
//   | none found | open, ours                     | comment + close when the newest runs of |
//   |            |                                | every series are back, else none        |
// Improvements are filed only when asked for.
import type { ThresholdRules } from '../engine/options.js';
import type { TrendRun } from '../engine/trend/series.js';
import { recoveryOfVanished } from '../engine/trend/vanished.js';
import type { WatchIssue } from '../github/issues.js';
import type { RunRef, TrendEvent, TrendSettingsUsed } from '../model/trend.js';
import { markerOf } from '../render/trend-issue.js';

export type IssueAction =
  | { kind: 'create'; event: TrendEvent }
  | { kind: 'edit'; event: TrendEvent; issue: WatchIssue; joined: string[]; left: string[] }
  | { kind: 'close'; event: TrendEvent; issue: WatchIssue }
  | { kind: 'none'; event: TrendEvent; issue?: WatchIssue; why: string }
  /** An open issue of ours whose event the analysis no longer finds, back since `since`. */
  | { kind: 'close-vanished'; issue: WatchIssue; since: RunRef }
  | { kind: 'keep-vanished'; issue: WatchIssue; why: string };

export interface WatchPlanSettings {
  suite: string;
  /** File improvement events too. */
  improvements: boolean;
  /** What the events were found in: the history and the settings of its analysis. */
  history: readonly TrendRun[];
  thresholds: ThresholdRules;
  trend: TrendSettingsUsed;
}

/**
 * The issue of an event: its marker names the same first bad commit, or one run off either way (a
 * change point may settle one run later or earlier as runs are added). An exact match wins.
 */
export function issueOfEvent(
  event: TrendEvent,
  issues: readonly WatchIssue[],
  suite: string,
): WatchIssue | undefined {
  const mine = issues.filter((i) => i.marker.suite === suite && i.marker.kind === event.kind);
  return (
    mine.find((i) => i.marker.event === event.key) ??
    mine.find((i) => i.marker.event === event.lastGood.commit || i.marker.lastGood === event.key)
  );
}

export function planIssueActions(
  events: readonly TrendEvent[],
  issues: readonly WatchIssue[],
  settings: WatchPlanSettings,
): IssueAction[] {
  const found = new Set<WatchIssue>();
  const actions = events.map((event): IssueAction => {
    const issue = issueOfEvent(event, issues, settings.suite);
    if (issue) found.add(issue);
    if (event.kind === 'improvement' && !settings.improvements)
      return { kind: 'none', event, why: 'improvements are not filed' };
    if (!issue) {
      return event.status === 'active'
        ? { kind: 'create', event }
        : { kind: 'none', event, why: 'recovered before an issue was filed' };
    }
    if (issue.state === 'closed') return { kind: 'none', event, issue, why: 'closed; never reopened' };
    if (!issue.ours) return { kind: 'none', event, issue, why: 'opened by someone else' };
    if (event.status === 'recovered') return { kind: 'close', event, issue };
    const now = markerOf(settings.suite, event).series;
    const joined = now.filter((id) => !issue.marker.series.includes(id));
    const left = issue.marker.series.filter((id) => !now.includes(id));
    if (joined.length === 0 && left.length === 0) return { kind: 'none', event, issue, why: 'unchanged' };
    return { kind: 'edit', event, issue, joined, left };
  });
  const vanished = issues.filter(
    (i) => i.state === 'open' && i.ours && i.marker.suite === settings.suite && !found.has(i),
  );
  return [...actions, ...vanished.map((issue) => vanishedAction(issue, settings))];
}

function vanishedAction(issue: WatchIssue, settings: WatchPlanSettings): IssueAction {
  const recovery = recoveryOfVanished(settings.history, issue.marker, settings.thresholds, settings.trend);
  return recovery.back
    ? { kind: 'close-vanished', issue, since: recovery.since }
    : { kind: 'keep-vanished', issue, why: `no longer found as a change point, and ${recovery.why}` };
}
