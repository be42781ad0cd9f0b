// The Markdown report: the PR comment body and the job summary. Strings out, no I/O.
// Layout: the verdict line a reviewer reads in ten seconds, notes, a table of what changed, all series
// in a collapsed <details> with a geomean row per unit, footnotes explaining inconclusive results.
import { markdownTable } from 'markdown-table';
import type { ComparisonReport, SeriesComparison } from '../model/report.js';
import { formatValue } from '../model/units.js';
import { escapeMarkdown } from './escape.js';
import {
  byImportance,
  CHANGED,
  changeCell,
  displayName,
  ICON,
  MARKDOWN,
  notes,
  pCell,
  signed,
  valuesCell,
  verdictLine,
} from './inline.js';
import { reasonText } from './reasons.js';

/** GitHub's limit on a comment body is 65,536 characters; stay under it with room for a header. */
export const MARKDOWN_LIMIT = 65_000;

export interface MarkdownOptions {
  /** Suite name shown in the heading. */
  title?: string;
  /** A heading line of the caller's in place of `### perf-regression: <title>` (Markdown, already escaped). */
  heading?: string;
  /** Extra lines placed after the tables (links to the run, the artifact). */
  footer?: string;
  /** Character budget; defaults to MARKDOWN_LIMIT. */
  limit?: number;
}

export function renderMarkdown(report: ComparisonReport, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? MARKDOWN_LIMIT;
  const footnotes = new Footnotes();
  // Notes are separate quoted paragraphs: consecutive `>` lines would run together as one.
  const quotedNotes = notes(report, MARKDOWN)
    .map((n) => `> ${n}`)
    .join('\n>\n');
  const head = [
    options.heading ??
      (options.title ? `### perf-regression: ${escapeMarkdown(options.title)}` : '### perf-regression'),
    '',
    verdictLine(report, MARKDOWN),
    ...(quotedNotes ? [quotedNotes] : []),
  ].join('\n');
  const changed = report.series.filter((s) => CHANGED.includes(s.status)).sort(byImportance);
  const changesTable = changed.length > 0 ? seriesTable(changed, footnotes) : '';
  const details = detailsBlock(report, footnotes);
  const tail = [footnotes.render(), options.footer ?? ''].filter(Boolean).join('\n\n');

  const full = joinBlocks(head, changesTable, details, tail);
  if (full.length <= limit) return full;
  // Too long for a comment: keep the table of changes, summarise everything else.
  const dropped = `<sub>All ${report.series.length} series are in the JSON report (the full list did not fit in ${limit.toLocaleString('en-US')} characters).</sub>`;
  const shortFootnotes = new Footnotes();
  const shortTable = changed.length > 0 ? seriesTable(changed, shortFootnotes) : '';
  const shortTail = [shortFootnotes.render(), options.footer ?? ''].filter(Boolean).join('\n\n');
  const short = joinBlocks(head, shortTable, dropped, shortTail);
  if (short.length <= limit) return short;
  return truncateTable(head, changed, dropped, options.footer ?? '', limit);
}

/**
 * The report rendered once, with room left for the links under it: the workflow run and, once it is
 * uploaded, the artifact holding the inputs and full reports (known only after the summary is written).
 */
export function markdownWithLinks(
  report: ComparisonReport,
  options: { title?: string; runUrl?: string },
): (artifactId?: number) => string {
  const links = (artifactId?: number) => runLinks(options.runUrl, artifactId);
  // The longest links this run can get: an artifact id of as many digits as an id can have.
  const reserve = links(Number.MAX_SAFE_INTEGER).length + 1;
  const body = renderMarkdown(report, { title: options.title, limit: MARKDOWN_LIMIT - reserve });
  return (artifactId) => {
    const footer = links(artifactId);
    return footer ? `${body}\n${footer}\n` : body;
  };
}

export function runLinks(runUrl: string | undefined, artifactId?: number): string {
  if (!runUrl) return '';
  const artifact = artifactId ? ` · [inputs and full JSON report](${runUrl}/artifacts/${artifactId})` : '';
  return `<sub>[Workflow run](${runUrl})${artifact} · perf-regression</sub>`;
}

function joinBlocks(...blocks: string[]): string {
  return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}

class Footnotes {
  private readonly reasons: string[] = [];
  private static readonly MARKS = ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

  mark(reason: string | undefined): string {
    if (!reason) return '';
    let i = this.reasons.indexOf(reason);
    if (i < 0) i = this.reasons.push(reason) - 1;
    return ` ${Footnotes.MARKS[i] ?? `[${i + 1}]`}`;
  }

  render(): string {
    return this.reasons
      .map((r, i) => `<sub>${Footnotes.MARKS[i] ?? `[${i + 1}]`} ${escapeMarkdown(r)}</sub>`)
      .join('<br>\n');
  }
}

/** Longest benchmark name in a table: markdown-table pads a column to its widest cell, so one huge name costs every row. */
export const MAX_NAME_IN_TABLE = 200;

/** The name cut to MAX_NAME_IN_TABLE code points (the JSON report keeps it whole). */
function shortName(name: string): string {
  const points = [...name];
  return points.length <= MAX_NAME_IN_TABLE ? name : `${points.slice(0, MAX_NAME_IN_TABLE - 1).join('')}…`;
}

function seriesTable(series: SeriesComparison[], footnotes: Footnotes): string {
  const rows = series.map((s) => [
    `${ICON[s.status]} ${escapeMarkdown(shortName(displayName(s)))}`.trim(),
    valuesCell(s, MARKDOWN),
    changeCell(s, MARKDOWN) + footnotes.mark(reasonText(s)),
    pCell(s),
  ]);
  // No unit column: each cell carries the unit it is printed in (formatValue picks µs, KiB, …).
  return markdownTable([['Benchmark', 'Baseline → Current', 'Change', 'p (q)'], ...rows], {
    align: ['l', 'r', 'r', 'r'],
  });
}

function detailsBlock(report: ComparisonReport, footnotes: Footnotes): string {
  if (report.series.length === 0) return '';
  const table = seriesTable(report.series, footnotes);
  const geo = report.geomeans.map((g) => [
    `**geomean** (${g.series} series, ${escapeMarkdown(g.unit)})`,
    `${escapeMarkdown(formatValue(g.baseline, g.unit))} → ${escapeMarkdown(formatValue(g.current, g.unit))}`,
    signed(g.percent),
    '',
  ]);
  const geoLines = geo.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
  return [
    `<details><summary>All ${report.series.length} series</summary>`,
    '',
    geoLines ? `${table}\n${geoLines}` : table,
    '',
    '</details>',
  ].join('\n');
}

/** Last resort for enormous reports: as many changed rows as fit, then a count of the rest. */
function truncateTable(
  head: string,
  changed: SeriesComparison[],
  dropped: string,
  footer: string,
  limit: number,
): string {
  let lo = 0;
  let hi = changed.length;
  const build = (k: number) => {
    const notes = new Footnotes();
    const table = k > 0 ? seriesTable(changed.slice(0, k), notes) : '';
    const more = `<sub>…and ${changed.length - k} more changed series, listed in the JSON report.</sub>`;
    return joinBlocks(head, table, more, dropped, notes.render(), footer);
  };
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (build(mid).length <= limit) lo = mid;
    else hi = mid - 1;
  }
  return build(lo);
}
