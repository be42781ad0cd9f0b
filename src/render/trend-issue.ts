// The text of a scheduled run's GitHub issue for one regression event: title, body (commit range,
// table, charts, run links, hidden marker) and the short comments when series join or it recovers.
// Strings out, no I/O.
import type { RunRef, TrendEvent, TrendHistory, TrendKind, TrendReport } from '../model/trend.js';
import { escapeMarkdown } from './escape.js';
import { MARKDOWN, plural, signed } from './inline.js';
import { eventHeadline, eventTable, shortSha } from './trend.js';

/** What the issue's marker records: enough to find the event again and tell what changed since. */
export interface WatchMarker {
  suite: string;
  /** The event's key (its first bad commit). */
  event: string;
  /** Issues written before the kind was recorded are regressions'. */
  kind: TrendKind;
  lastGood: string;
  series: string[];
  /** Each series' level before the event, in its unit: what "back" is judged against later. */
  before?: Record<string, number>;
}

const MARKER = /<!-- perf-regression:watch (\{.*?\}) -->/s;

/** The hidden line: JSON with `<` and `>` escaped, so no name can end the HTML comment. */
export function watchMarker(marker: WatchMarker): string {
  const json = JSON.stringify(marker).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `<!-- perf-regression:watch ${json} -->`;
}

export function readWatchMarker(body: string | null | undefined): WatchMarker | undefined {
  const json = MARKER.exec(body ?? '')?.[1];
  if (!json) return undefined;
  try {
    const m = JSON.parse(json) as Partial<WatchMarker>;
    if (typeof m.suite !== 'string' || typeof m.event !== 'string' || !Array.isArray(m.series))
      return undefined;
    return {
      suite: m.suite,
      event: m.event,
      kind: m.kind === 'improvement' ? 'improvement' : 'regression',
      lastGood: String(m.lastGood ?? ''),
      series: m.series.map(String),
      ...(levelsOf(m.before) ? { before: levelsOf(m.before) } : {}),
    };
  } catch {
    return undefined;
  }
}

/** Only positive finite numbers by series: a hand-edited marker's other values are dropped. */
function levelsOf(before: unknown): Record<string, number> | undefined {
  if (typeof before !== 'object' || before === null) return undefined;
  const levels = Object.entries(before).filter(
    (e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0 && Number.isFinite(e[1]),
  );
  return levels.length > 0 ? Object.fromEntries(levels) : undefined;
}

export function markerOf(suite: string, event: TrendEvent): WatchMarker {
  const members = [...event.changePoints].sort((a, b) => (a.seriesId < b.seriesId ? -1 : 1));
  return {
    suite,
    event: event.key,
    kind: event.kind,
    lastGood: event.lastGood.commit,
    series: members.map((c) => c.seriesId),
    before: Object.fromEntries(members.map((c) => [c.seriesId, c.levelBefore.value])),
  };
}

/** `perf-regression (go): 3 benchmarks 12–18% slower since 1a2b3c4`. */
export function issueTitle(suite: string, event: TrendEvent): string {
  return `perf-regression (${suite}): ${eventHeadline(event)}`;
}

export interface IssueLinks {
  /** `https://github.com/o/r` */
  repoUrl: string;
  /** The commits between the last good and the last bad commit, oldest first, from the compare API. */
  commits?: { sha: string; message: string }[];
}

/** Series charted in an issue: the worst few, so the body stays readable. */
const CHARTED = 3;

export function issueBody(report: TrendReport, event: TrendEvent, links: IssueLinks): string {
  const { repoUrl } = links;
  const first = event.firstBad;
  const lastGood = event.lastGood;
  const compare = `${repoUrl}/compare/${lastGood.commit}...${event.lastBad.commit}`;
  const commits = (links.commits ?? []).map(
    (c) =>
      `- [${MARKDOWN.code(shortSha(c.sha))}](${repoUrl}/commit/${c.sha}) ${escapeMarkdown(c.message.split('\n')[0] ?? '')}`,
  );
  const runLink = (label: string, runId: string) =>
    /^\d+$/.test(runId)
      ? `[${label}](${repoUrl}/actions/runs/${runId})`
      : `${label} (run ${escapeMarkdown(runId)})`;
  const charts = event.changePoints
    .slice(0, CHARTED)
    .map((cp) => {
      const history = report.histories.find((h) => h.seriesId === cp.seriesId);
      return history ? chart(cp.name, cp.unit, history, cp.after.run) : '';
    })
    .filter(Boolean);
  return [
    `${event.kind === 'regression' ? '🔴' : '🟢'} ${MARKDOWN.strong(escapeMarkdown(eventHeadline(event)))} in suite ${MARKDOWN.code(escapeMarkdown(report.suite))}, found by the scheduled perf-regression run in the recorded history.`,
    `Commit range: ${MARKDOWN.code(shortSha(lastGood.commit))} (last good) → ${MARKDOWN.code(shortSha(first.commit))} (first bad) — [compare](${compare})`,
    commits.length > 0 ? `${plural(commits.length, 'commit')} in the range:\n\n${commits.join('\n')}` : '',
    eventTable(event),
    ...charts,
    `Runs: ${runLink('last good', lastGood.runId)} · ${runLink('first bad', first.runId)}. The change is the level after against the level before (geometric means of the run centers, 95% intervals); p is Student's t-test between them.`,
    watchMarker(markerOf(report.suite, event)),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** A Mermaid chart of one series' run centers, with the levels before and after the change as a second line. */
function chart(name: string, unit: string, history: TrendHistory, changeRun: number): string {
  const at = history.runs.indexOf(changeRun);
  const mean = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
  const before = mean(history.values.slice(0, at));
  const after = mean(history.values.slice(at));
  const number = (x: number) => Number(x.toPrecision(4));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidText(name)}: change at run ${changeRun + 1}"`,
    `  x-axis "run" [${history.runs.map((r) => r + 1).join(', ')}]`,
    `  y-axis "${mermaidText(unit)}"`,
    `  line [${history.values.map(number).join(', ')}]`,
    `  line [${history.runs.map((_, i) => number(i < at ? before : after)).join(', ')}]`,
    '```',
  ].join('\n');
}

/** A name inside a quoted Mermaid string in a code fence: no quote, backtick or line break can end either. */
function mermaidText(text: string): string {
  return text.replace(/["`\\\r\n\t]/g, ' ').slice(0, 80);
}

export function joinedComment(event: TrendEvent, joined: string[], left: string[]): string {
  const names = (ids: string[]) =>
    ids.map((id) => escapeMarkdown(event.changePoints.find((c) => c.seriesId === id)?.name ?? id)).join(', ');
  const parts: string[] = [];
  if (joined.length > 0)
    parts.push(`${plural(joined.length, 'more benchmark')} joined this regression: ${names(joined)}.`);
  if (left.length > 0)
    parts.push(`No longer part of it: ${left.map((id) => escapeMarkdown(id)).join(', ')}.`);
  return `${parts.join(' ')} Now ${escapeMarkdown(eventHeadline(event))}; the table above is updated.`;
}

export function recoveredComment(event: TrendEvent): string {
  const at = event.recoveredAt;
  const when = at
    ? ` at run ${at.run + 1} (${MARKDOWN.code(shortSha(at.commit))}, recorded ${at.date.slice(0, 10)})`
    : '';
  const worst = event.changePoints[0];
  const was = worst ? ` (it was ${signed(worst.percent)} on ${escapeMarkdown(worst.name)})` : '';
  return `✅ Recovered${when}: every benchmark of this regression is back within its threshold of the level before${was}. Closing.`;
}

/** The comment closing an issue whose event is no longer found: the newest runs say it is over. */
export function vanishedComment(since: RunRef, runs: number): string {
  const when = `run ${since.run + 1} (${MARKDOWN.code(shortSha(since.commit))}, recorded ${since.date.slice(0, 10)})`;
  return `✅ Recovered: the change this issue was filed for is no longer found in the history, and each of the newest ${runs} runs of every benchmark of it, since ${when}, is back within its threshold of the level before. Closing.`;
}
