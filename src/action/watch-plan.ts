// What the scheduled run does with each regression event and the issues already filed: a pure table.
//   | event      | its issue (by marker)          | action                                  |
//   | active     | none                           | create                                  |
//   | active     | open, ours, same series        | none (no write at all)                  |
//   | active     | open, ours, series joined/left | edit the body + one short comment       |
//   | active     | closed (by anyone)             | none: never reopened, never filed again |
//   | recovered  | open, ours                     | comment + close                         |
//   | recovered  | none or closed                 | none                                    |
//   | any        | open, not ours                 | none: a person's issue is left alone    |
// Improvements are filed only when asked for.
import type { WatchIssue } from '../github/issues.js';
import type { TrendEvent } from '../model/trend.js';
import { markerOf } from '../render/trend-issue.js';

export type IssueAction =
  | { kind: 'create'; event: TrendEvent }
  | { kind: 'edit'; event: TrendEvent; issue: WatchIssue; joined: string[]; left: string[] }
  | { kind: 'close'; event: TrendEvent; issue: WatchIssue }
  | { kind: 'none'; event: TrendEvent; issue?: WatchIssue; why: string };

export interface WatchPlanSettings {
  suite: string;
  /** File improvement events too. */
  improvements: boolean;
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
  const mine = issues.filter((i) => i.marker.suite === suite);
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
  return events.map((event): IssueAction => {
    if (event.kind === 'improvement' && !settings.improvements)
      return { kind: 'none', event, why: 'improvements are not filed' };
    const issue = issueOfEvent(event, issues, settings.suite);
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
}
