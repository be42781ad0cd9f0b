// The Markdown report: the PR comment body and the job summary. Strings out, no I/O.
// Layout: the verdict line a reviewer reads in ten seconds, notes, a table of what changed, all series
// in a collapsed <details> with a geomean row per unit, footnotes explaining inconclusive results.
import { markdownTable } from 'markdown-table';
import type { ComparisonReport, SeriesComparison, Status } from '../model/report.js';
import { formatValue } from '../model/units.js';
import { escapeMarkdown } from './escape.js';
import { reasonText } from './reasons.js';

/** GitHub's limit on a comment body is 65,536 characters; stay under it with room for a header. */
export const MARKDOWN_LIMIT = 65_000;

export interface MarkdownOptions {
  /** Suite name shown in the heading. */
  title?: string;
  /** Extra lines placed after the tables (links to the run, the artifact). */
  footer?: string;
  /** Character budget; defaults to MARKDOWN_LIMIT. */
  limit?: number;
}

const ICON: Record<Status, string> = {
  regression: '🔴',
  'over-budget': '🟠',
  improvement: '🟢',
  inconclusive: '⚪',
  unchanged: '',
  new: '🆕',
  missing: '➖',
};

const CHANGED: readonly Status[] = ['regression', 'over-budget', 'improvement'];

export function renderMarkdown(report: ComparisonReport, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? MARKDOWN_LIMIT;
  const footnotes = new Footnotes();
  // Notes are separate quoted paragraphs: consecutive `>` lines would run together as one.
  const quotedNotes = notes(report)
    .map((n) => `> ${n}`)
    .join('\n>\n');
  const head = [
    options.title ? `### perf-regression: ${escapeMarkdown(options.title)}` : '### perf-regression',
    '',
    verdictLine(report),
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

/** Regressions first, then over-budget, then improvements; biggest change first within each. */
function byImportance(a: SeriesComparison, b: SeriesComparison): number {
  const rank = CHANGED.indexOf(a.status) - CHANGED.indexOf(b.status);
  if (rank !== 0) return rank;
  return Math.abs(b.change?.percent ?? 0) - Math.abs(a.change?.percent ?? 0);
}

function joinBlocks(...blocks: string[]): string {
  return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}

/** e.g. "🔴 2 regressions, 🟢 1 improvement, 40 unchanged — 3 inconclusive". */
export function verdictLine(report: ComparisonReport): string {
  const c = report.counts;
  if (report.verdict === 'no-baseline') {
    return `🆕 **No baseline yet**: ${plural(c.new, 'series')} measured; there is no earlier run to compare with.`;
  }
  const parts: string[] = [];
  if (c.regression) parts.push(`🔴 **${plural(c.regression, 'regression')}**`);
  if (c['over-budget']) parts.push(`🟠 **${c['over-budget']} over budget**`);
  if (c.improvement) parts.push(`🟢 ${plural(c.improvement, 'improvement')}`);
  if (parts.length === 0) parts.push('✅ **No regressions**');
  parts.push(`${c.unchanged} unchanged`);
  const rest: string[] = [];
  if (c.inconclusive) rest.push(`${c.inconclusive} inconclusive`);
  if (c.new) rest.push(`${c.new} new`);
  if (c.missing) rest.push(`${c.missing} missing`);
  return rest.length > 0 ? `${parts.join(', ')} — ${rest.join(', ')}` : parts.join(', ');
}

function plural(n: number, word: string): string {
  if (n === 1 || word.endsWith('s')) return `${n} ${word}`;
  return `${n} ${word}s`;
}

/**
 * How go users make such bursts harmless: the same samples taken as several passes over the suite, so a
 * burst touches a few samples of many benchmarks, whose medians shrug it off (on this machine three
 * bursts that flagged 3–7 series each with -count=10 flagged none as five passes of -count=2:
 * __tests__/fixtures/go/history/interleaved).
 */
const GO_PASSES_HINT =
  ' Running `go test` as five passes of `-count=2` into one file spreads such a burst over a few samples of many benchmarks, where the medians shrug it off.';

function notes(report: ComparisonReport): string[] {
  const out: string[] = [];
  if (report.drift) {
    const d = report.drift;
    out.push(
      `⚠️ **Runner drift**: ${Math.round(d.share * 100)}% of ${d.series} timing series moved ${signed(d.percent)} together — the machine, not the code, most likely changed. Verdicts below are relative to that drift.`,
    );
  }
  for (const block of report.backToBack ?? []) {
    const names = block.benchmarks.map((name) => escapeMarkdown(name));
    const list = `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    out.push(
      `⚠️ **${names.length} benchmarks regressed back to back**: ${list} ran one right after another. A burst of load on the machine during those seconds looks just like this: re-run the job before acting on them.${block.format === 'go' ? GO_PASSES_HINT : ''}`,
    );
  }
  if (report.runToRunNoise === 'not-estimated') {
    out.push(
      'Only one baseline run: run-to-run noise could not be estimated, so a whole-run shift of the CI machine can look like a change. Verdicts get sturdier as history accumulates.',
    );
  }
  if (report.runToRunNoise === 'from-suite') {
    out.push(
      'Only one baseline run: run-to-run noise was estimated from how far all benchmarks of the suite moved, so a change has to stand out from the others to count. Verdicts get sharper as history accumulates.',
    );
  }
  return out;
}

function signed(percent: number): string {
  const r = Math.abs(percent) >= 10 ? percent.toFixed(1) : percent.toFixed(2);
  return `${percent >= 0 ? '+' : ''}${r}%`;
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

/** `name (suite)`, leaving the suite out when the name already starts with it (criterion groups). */
function displayName(s: SeriesComparison): string {
  const redundant = !s.suite || s.name === s.suite || s.name.startsWith(`${s.suite}/`);
  return redundant ? s.name : `${s.name} (${s.suite})`;
}

function seriesTable(series: SeriesComparison[], footnotes: Footnotes): string {
  const rows = series.map((s) => [
    `${ICON[s.status]} ${escapeMarkdown(displayName(s))}`.trim(),
    escapeMarkdown(s.unit),
    values(s),
    changeCell(s) + footnotes.mark(reasonText(s)),
    pCell(s),
  ]);
  return markdownTable([['Benchmark', 'Unit', 'Baseline → Current', 'Change', 'p (q)'], ...rows], {
    align: ['l', 'l', 'r', 'r', 'r'],
  });
}

function values(s: SeriesComparison): string {
  const b = s.baseline ? formatValue(s.baseline.reference, s.unit) : '—';
  const c = s.current ? formatValue(s.current.center, s.unit) : '—';
  const budget = s.budget ? ` (budget ${escapeMarkdown(s.budget.written)})` : '';
  return `${escapeMarkdown(b)} → ${escapeMarkdown(c)}${budget}`;
}

function changeCell(s: SeriesComparison): string {
  const change = s.change;
  if (!change) return s.status === 'new' ? 'new' : s.status === 'missing' ? 'missing' : '—';
  const ci = change.ci ? ` [${signed(change.ci[0])}, ${signed(change.ci[1])}]` : '';
  const drift = s.adjustedChange ? ` (${signed(s.adjustedChange.percent)} after drift)` : '';
  return `**${signed(change.percent)}**${ci}${drift}`;
}

function pCell(s: SeriesComparison): string {
  const t = s.test;
  if (!t) return '';
  if (t.method === 'exact') return 'exact';
  if (t.method === 'threshold-only') return 'unverified';
  if (t.p === undefined) return '';
  return t.q === undefined ? formatP(t.p) : `${formatP(t.p)} (${formatP(t.q)})`;
}

function formatP(p: number): string {
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}

function detailsBlock(report: ComparisonReport, footnotes: Footnotes): string {
  if (report.series.length === 0) return '';
  const table = seriesTable(report.series, footnotes);
  const geo = report.geomeans.map((g) => [
    `**geomean** (${g.series} series)`,
    escapeMarkdown(g.unit),
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
