// The trend report as Markdown (the CLI's output and a scheduled run's job summary): events first, each
// with its commit range and a table of its series. Strings out, no I/O.
import { markdownTable } from 'markdown-table';
import type { TrendChangePoint, TrendEvent, TrendReport } from '../model/trend.js';
import { formatValue, isTiming } from '../model/units.js';
import { escapeMarkdown } from './escape.js';
import { type Inline, MARKDOWN, plural, signed } from './inline.js';

/** `3 benchmarks 12–18% slower since 1a2b3c4`: what an event is, in one line (the issue's title too). */
export function eventHeadline(event: TrendEvent): string {
  const members = event.changePoints;
  const sizes = members.map((m) => Math.round(Math.abs(m.percent)));
  const lo = sizes.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  const hi = sizes.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  const range = lo === hi ? `${lo}%` : `${lo}–${hi}%`;
  const timed = members.every((m) => isTiming(m.unit));
  const word = event.kind === 'regression' ? (timed ? 'slower' : 'worse') : timed ? 'faster' : 'better';
  const count = members.length === 1 ? '1 benchmark' : `${members.length} benchmarks`;
  return `${count} ${range} ${word} since ${shortSha(event.firstBad.commit)}`;
}

export function shortSha(commit: string): string {
  return /^[0-9a-f]{40}$/i.test(commit) ? commit.slice(0, 7) : commit;
}

/** `+15.0% [+12.1%, +17.9%]`. */
export function trendChangeCell(cp: TrendChangePoint): string {
  return `${signed(cp.percent)} [${signed(cp.ci[0])}, ${signed(cp.ci[1])}]`;
}

export function formatTrendP(p: number): string {
  return p < 0.0001 ? p.toExponential(0) : p.toFixed(4);
}

/** The table of an event's series: before → after levels, the change with its interval, p, status. */
export function eventTable(event: TrendEvent): string {
  const rows = event.changePoints.map((cp) => [
    MARKDOWN.text(cp.name),
    escapeMarkdown(formatValue(cp.levelBefore.value, cp.unit)),
    escapeMarkdown(formatValue(cp.levelAfter.value, cp.unit)),
    trendChangeCell(cp),
    formatTrendP(cp.p),
    cp.status === 'recovered' ? `back at run ${(cp.recoveredAt?.run ?? 0) + 1}` : 'holds',
  ]);
  return markdownTable([['Benchmark', 'Before', 'After', 'Change', 'p', 'Status'], ...rows], {
    align: ['l', 'r', 'r', 'r', 'r', 'l'],
  });
}

function eventSection(event: TrendEvent): string {
  const regression = event.kind === 'regression';
  const icon = regression ? (event.status === 'active' ? '🔴' : '✅') : '🟢';
  const state =
    event.status === 'active'
      ? regression
        ? 'active'
        : 'holding'
      : `${regression ? 'recovered' : 'gone'} at run ${(event.recoveredAt?.run ?? 0) + 1} (${MARKDOWN.code(shortSha(event.recoveredAt?.commit ?? ''))})`;
  const [good, bad] = regression ? ['last good', 'first bad'] : ['last before', 'first after'];
  const runs =
    event.lastBad.run === event.firstBad.run
      ? `run ${event.firstBad.run + 1}`
      : `runs ${event.firstBad.run + 1}–${event.lastBad.run + 1}`;
  const range = `${MARKDOWN.code(shortSha(event.lastGood.commit))} (run ${event.lastGood.run + 1}, ${good}) → ${MARKDOWN.code(shortSha(event.lastBad.commit))} (${runs}, ${bad})`;
  return [
    `#### ${icon} ${escapeMarkdown(eventHeadline(event))} — ${state}`,
    '',
    `Commits: ${range}`,
    '',
    eventTable(event),
  ].join('\n');
}

/** One line on the whole history: how many events are active, how many recovered. */
export function trendVerdictLine(report: TrendReport, inline: Inline = MARKDOWN): string {
  const regressions = report.events.filter((e) => e.kind === 'regression');
  const active = regressions.filter((e) => e.status === 'active').length;
  const recovered = regressions.length - active;
  const improvements = report.events.length - regressions.length;
  const parts = [
    active > 0
      ? `🔴 ${inline.strong(`${plural(active, 'active regression')}`)}`
      : `✅ ${inline.strong('No active regression')}`,
  ];
  if (recovered > 0) parts.push(`${recovered} recovered`);
  if (improvements > 0) parts.push(`🟢 ${plural(improvements, 'improvement')}`);
  return `${parts.join(', ')} — ${plural(report.runs, 'run')}, ${report.series} series analysed`;
}

export function renderTrendMarkdown(report: TrendReport, options: { title?: string } = {}): string {
  const title = options.title ?? report.suite;
  const sections = [...report.events].reverse().map(eventSection);
  const skipped =
    report.skipped.length > 0
      ? `<sub>Left out: ${report.skipped.map((s) => `${escapeMarkdown(s.seriesId)} (${escapeMarkdown(s.reason)})`).join('; ')}</sub>`
      : '';
  return `${[
    `### perf-regression trend: ${escapeMarkdown(title)}`,
    trendVerdictLine(report),
    ...sections,
    skipped,
  ]
    .filter(Boolean)
    .join('\n\n')}\n`;
}

export function renderTrendJson(report: TrendReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
