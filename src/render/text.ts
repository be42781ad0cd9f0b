// The plain-text report for a terminal: the same verdict line, notes and cells as the Markdown report,
// written without markup (no escapes a terminal would print as-is) in aligned columns. Strings out.
import type { ComparisonReport, SeriesComparison } from '../model/report.js';
import { formatValue } from '../model/units.js';
import {
  byImportance,
  CHANGED,
  changeCell,
  displayName,
  ICON,
  notes,
  PLAIN,
  pCell,
  signed,
  valuesCell,
  verdictLine,
} from './inline.js';
import { reasonText } from './reasons.js';

export interface TextOptions {
  /** Suite name shown in the heading. */
  title?: string;
  /** Every series is listed up to this many; above it, only the changed and inconclusive ones. */
  listAllUpTo?: number;
}

const LIST_ALL_UP_TO = 50;

export function renderText(report: ComparisonReport, options: TextOptions = {}): string {
  const footnotes: string[] = [];
  const mark = (reason: string | undefined) => {
    if (!reason) return '';
    let i = footnotes.indexOf(reason);
    if (i < 0) i = footnotes.push(reason) - 1;
    return ` [${i + 1}]`;
  };
  const blocks: string[] = [
    options.title ? `perf-regression: ${PLAIN.text(options.title)}` : 'perf-regression',
    verdictLine(report, PLAIN),
  ];
  for (const note of notes(report, PLAIN)) blocks.push(note);

  const listAll = report.series.length <= (options.listAllUpTo ?? LIST_ALL_UP_TO);
  if (listAll && report.series.length > 0) {
    blocks.push(table(`All ${report.series.length} series`, [...report.series].sort(byStatus), mark));
  } else {
    const changed = report.series.filter((s) => CHANGED.includes(s.status)).sort(byImportance);
    const inconclusive = report.series.filter((s) => s.status === 'inconclusive');
    if (changed.length > 0) blocks.push(table('Changed', changed, mark));
    if (inconclusive.length > 0) blocks.push(table('Inconclusive', inconclusive, mark));
    const rest = report.series.length - changed.length - inconclusive.length;
    if (rest > 0) blocks.push(`${rest} other series are not listed: write them all with --json FILE.`);
  }
  const geomeans = report.geomeans.map(
    (g) =>
      `geomean (${g.series} series, ${PLAIN.text(g.unit)}): ${PLAIN.text(formatValue(g.baseline, g.unit))} → ${PLAIN.text(formatValue(g.current, g.unit))}  ${signed(g.percent)}`,
  );
  if (geomeans.length > 0) blocks.push(geomeans.join('\n'));
  if (footnotes.length > 0) blocks.push(footnotes.map((r, i) => `[${i + 1}] ${PLAIN.text(r)}`).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

/** Changed first (most important first), then inconclusive, then the rest in report order. */
function byStatus(a: SeriesComparison, b: SeriesComparison): number {
  const rank = (s: SeriesComparison) => {
    const i = CHANGED.indexOf(s.status);
    return i >= 0 ? i : s.status === 'inconclusive' ? CHANGED.length : CHANGED.length + 1;
  };
  const d = rank(a) - rank(b);
  if (d !== 0) return d;
  return CHANGED.includes(a.status) ? byImportance(a, b) : 0;
}

function table(heading: string, series: SeriesComparison[], mark: (r: string | undefined) => string): string {
  const rows = series.map((s) => [
    `${ICON[s.status] || '  '} ${PLAIN.text(displayName(s))}`,
    valuesCell(s, PLAIN),
    changeCell(s, PLAIN) + mark(reasonText(s)),
    pCell(s),
  ]);
  const header = ['   Benchmark', 'Baseline → Current', 'Change', 'p (q)'];
  const all = [header, ...rows];
  const widths = header.map((_, c) => all.reduce((most, r) => Math.max(most, width(r[c] as string)), 0));
  // Names left-aligned, numbers right-aligned, as in the Markdown table.
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 ? padEnd(cell, widths[c] as number) : padStart(cell, widths[c] as number)))
      .join('  ')
      .trimEnd();
  return [`${heading}:`, ...all.map(line)].join('\n');
}

/** Columns a string takes in a terminal: code points, with emoji (the status icons) two wide. */
function width(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    n += cp >= 0x1f000 || (cp >= 0x2600 && cp <= 0x27bf) ? 2 : 1;
  }
  return n;
}

function padEnd(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

function padStart(s: string, w: number): string {
  return ' '.repeat(Math.max(0, w - width(s))) + s;
}
