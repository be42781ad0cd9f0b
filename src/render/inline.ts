// The words every report says — the verdict line, the notes under it, the cells of a series' row —
// once, for any output: Markdown (comment, job summary) and plain text (a terminal) differ only in how
// emphasis, code and untrusted text come out (an Inline).
import type {
  BaselineCommit,
  ComparisonReport,
  SeriesComparison,
  SideContents,
  Status,
} from '../model/report.js';
import { formatValue } from '../model/units.js';
import { escapeMarkdown, plainText } from './escape.js';

/** How one output writes inline text. `text` takes untrusted text (names, units from result files). */
export interface Inline {
  strong(trusted: string): string;
  code(trusted: string): string;
  text(untrusted: string): string;
}

export const MARKDOWN: Inline = {
  strong: (t) => `**${t}**`,
  code: (t) => `\`${t}\``,
  text: escapeMarkdown,
};

export const PLAIN: Inline = { strong: (t) => t, code: (t) => t, text: plainText };

export const ICON: Record<Status, string> = {
  regression: '🔴',
  'over-budget': '🟠',
  improvement: '🟢',
  inconclusive: '⚪',
  unchanged: '',
  new: '🆕',
  missing: '➖',
};

/** Statuses that fail or credit a pull request: their changes are listed first, and only theirs in bold. */
export const CHANGED: readonly Status[] = ['regression', 'over-budget', 'improvement'];

/** e.g. "🔴 2 regressions, 🟢 1 improvement, 40 unchanged — 3 inconclusive". */
export function verdictLine(report: ComparisonReport, inline: Inline = MARKDOWN): string {
  const c = report.counts;
  if (report.verdict === 'no-baseline') {
    return `🆕 ${inline.strong('No baseline yet')}: ${plural(c.new, 'series')} measured; there is no earlier run to compare with.`;
  }
  const coverage = report.coverage;
  if (report.verdict === 'no-common-series' && coverage) {
    return `⛔ ${inline.strong('No series in common with the baseline')}: this run has ${sideText(coverage.current, inline)}; the baseline has ${sideText(coverage.baseline, inline)}. Nothing was compared: a broken benchmark step, or output of another tool, looks like this.`;
  }
  const parts: string[] = [];
  if (c.regression) parts.push(`🔴 ${inline.strong(plural(c.regression, 'regression'))}`);
  if (c['over-budget']) parts.push(`🟠 ${inline.strong(`${c['over-budget']} over budget`)}`);
  if (c.improvement) parts.push(`🟢 ${plural(c.improvement, 'improvement')}`);
  if (parts.length === 0) parts.push(`✅ ${inline.strong('No regressions')}`);
  parts.push(`${c.unchanged} unchanged`);
  const rest: string[] = [];
  if (c.inconclusive) rest.push(`${c.inconclusive} inconclusive`);
  if (c.new) rest.push(`${c.new} new`);
  if (coverage?.lostMost) {
    const lost = `${coverage.missing} of the last baseline run's ${coverage.newestRunSeries} series missing`;
    rest.push(`⚠️ ${inline.strong(lost)}`);
  } else if (c.missing) rest.push(`${c.missing} missing`);
  return rest.length > 0 ? `${parts.join(', ')} — ${rest.join(', ')}` : parts.join(', ');
}

/** `15 series (pytest: test_a, test_b, test_c, …)`: how many, read by what, and the first names. */
function sideText(side: SideContents, inline: Inline): string {
  if (side.series === 0) return 'no series';
  const names = side.examples.map((name) => inline.text(name)).join(', ');
  const more = side.series > side.examples.length ? ', …' : '';
  const formats = side.formats.length > 0 ? `${side.formats.join(' and ')}: ` : '';
  return `${plural(side.series, 'series')} (${formats}${names}${more})`;
}

export function plural(n: number, word: string): string {
  if (n === 1 || word.endsWith('s')) return `${n} ${word}`;
  return `${n} ${word}s`;
}

/** Series whose test left a pass out as an outlier, a few of them by name in the report's order. */
function leftOutNote(report: ComparisonReport, inline: Inline): string | undefined {
  const hit = report.series.filter((s) => s.test?.leftOutPasses?.length);
  if (hit.length === 0) return undefined;
  const SHOWN = 3;
  const named = hit
    .slice(0, SHOWN)
    .map((s) => {
      const passes = s.test?.leftOutPasses ?? [];
      return `${inline.text(s.name)} (${passes.length === 1 ? 'pass' : 'passes'} ${passes.join(', ')})`;
    })
    .join(', ');
  const more = hit.length > SHOWN ? ` and ${hit.length - SHOWN} more` : '';
  const count = hit.length === 1 ? '1 series' : `${hit.length} series`;
  return `In ${count} a pass lay so far from the others that its test left it out (a burst of load on one side of that pass, most likely): ${named}${more}.`;
}

/** The notes under the verdict line: drift, bursts of load, what one baseline run can tell. */
export function notes(report: ComparisonReport, inline: Inline = MARKDOWN): string[] {
  const out: string[] = [];
  // Notes qualify a comparison; when nothing was compared they only distract from the verdict line.
  if (report.verdict === 'no-common-series') return out;
  if (report.sameJob) {
    const { passes, baseCommit } = report.sameJob;
    // A commit id is hex; anything else in it is dropped rather than escaped inside a code span.
    const sha = shortSha(baseCommit);
    const against = sha ? `against ${inline.code(sha)}` : 'against the base';
    const count = passes === 1 ? '1 pass' : `${passes} passes`;
    out.push(
      `Measured ${against} in the same job, ${count} alternating base and head, so whatever slowed the machine slowed both sides.`,
    );
    const leftOut = leftOutNote(report, inline);
    if (leftOut) out.push(leftOut);
  }
  if (report.baselineCommit) out.push(baselineCommitNote(report.baselineCommit, inline));
  const pooled = report.runFiles && runFilesNote(report.runFiles);
  if (pooled) out.push(pooled);
  if (report.drift) {
    const d = report.drift;
    out.push(
      `⚠️ ${inline.strong('Runner drift')}: ${Math.round(d.share * 100)}% of ${d.series} timing series moved ${signed(d.percent)} together — the machine, not the code, most likely changed. Verdicts below are relative to that drift.`,
    );
  }
  for (const block of report.backToBack ?? []) {
    const names = block.benchmarks.map((name) => inline.text(name));
    const list = `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    // Passes spread a burst over a few samples of many benchmarks, whose medians shrug it off.
    const passes =
      block.format === 'go'
        ? ` Running ${inline.code('go test')} as five passes of ${inline.code('-count=2')} into one file spreads such a burst over a few samples of many benchmarks, where the medians shrug it off.`
        : '';
    out.push(
      `⚠️ ${inline.strong(`${names.length} benchmarks regressed back to back`)}: ${list} ran one right after another. A burst of load on the machine during those seconds looks just like this: re-run the job before acting on them.${passes}`,
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

/** A commit id cut to 12; anything but hex is dropped rather than escaped inside a code span. */
function shortSha(commit: string | undefined): string | undefined {
  return commit?.replace(/[^0-9a-f]/gi, '').slice(0, 12) || undefined;
}

/** How many files made each run, said only when some run was pooled from several. */
function runFilesNote(files: NonNullable<ComparisonReport['runFiles']>): string | undefined {
  if (files.current <= 1 && files.baseline.every((n) => n === null || n <= 1)) return undefined;
  const current = `this run from ${plural(files.current, 'file')}`;
  // `?`: a run recorded before the number of its files was kept.
  const counts = files.baseline.map((n) => (n === null ? '?' : String(n)));
  const baseline =
    counts.length === 0
      ? ''
      : counts.length === 1
        ? `; the baseline run from ${counts[0]} file${counts[0] === '1' ? '' : 's'}`
        : `; the ${counts.length} baseline runs from ${counts.join(', ')} files (oldest first)`;
  return `Files per run: ${current}${baseline}. The files of one run are pooled into that run.`;
}

/** Which commit the window ends at, and what was left out for being after the branch point. */
function baselineCommitNote(at: BaselineCommit, inline: Inline): string {
  const branch = inline.text(at.branch || 'the base branch');
  const commit = shortSha(at.commit);
  const mergeBase = shortSha(at.mergeBase);
  if (at.fallback === 'merge-base-unknown') {
    return `Baseline: the newest recorded runs of ${branch}${commit ? `, up to ${inline.code(commit)}` : ''}. The pull request's merge base could not be found (${inline.text(at.reason ?? 'no reason given')}), so changes merged into ${branch} after the branch point count as this pull request's.`;
  }
  if (at.fallback === 'no-recorded-ancestor') {
    return `Baseline: the newest recorded runs of ${branch}${commit ? `, up to ${inline.code(commit)}` : ''}: none was recorded at or before the merge base ${inline.code(mergeBase ?? '?')}, so changes merged into ${branch} after the branch point count as this pull request's.`;
  }
  const where =
    commit === mergeBase
      ? `the merge base of this pull request with ${branch}`
      : `the newest recorded ancestor of the merge base ${inline.code(mergeBase ?? '?')}`;
  const laterRuns = at.leftOut - (at.unplaced ?? 0);
  const later =
    laterRuns > 0
      ? `; ${plural(laterRuns, 'recorded run')} of later ${branch} commits left out, as this pull request does not have them`
      : '';
  const unplaced = at.unplaced
    ? `; ${plural(at.unplaced, 'recorded run')} whose ${at.unplaced === 1 ? 'commit' : 'commits'} could not be placed left out too`
    : '';
  return `Baseline: the recorded runs up to ${inline.code(commit ?? '?')}, ${where}${later}${unplaced}.`;
}

export function signed(percent: number): string {
  // An interval from one or two numbers a run can reach 1e48%: past ×100 the digits say nothing.
  if (percent >= 10_000) return '>+9999%';
  const r = Math.abs(percent) >= 10 ? percent.toFixed(1) : percent.toFixed(2);
  return `${percent >= 0 ? '+' : ''}${r}%`;
}

/**
 * `name (suite)`, leaving the suite out when the name already starts with it (criterion groups); a
 * tail row ends with its percentile, `name [p95]` (rows without one compare the center).
 */
export function displayName(s: SeriesComparison): string {
  const redundant = !s.suite || s.name === s.suite || s.name.startsWith(`${s.suite}/`);
  const name = redundant ? s.name : `${s.name} (${s.suite})`;
  return s.statistic ? `${name} [${s.statistic}]` : name;
}

/** `1.2 µs/op → 1.5 µs/op (budget 1 µs)`: the compared centers in the unit the cells are printed in. */
export function valuesCell(s: SeriesComparison, inline: Inline): string {
  const b = s.baseline ? formatValue(s.baseline.reference, s.unit) : '—';
  const c = s.current ? formatValue(s.current.center, s.unit) : '—';
  const budget = s.budget ? ` (budget ${inline.text(s.budget.written)})` : '';
  return `${inline.text(b)} → ${inline.text(c)}${budget}`;
}

/** `+25.0% [+20.1%, +30.2%]`, in bold only where the change flagged the series. */
export function changeCell(s: SeriesComparison, inline: Inline): string {
  const change = s.change;
  if (!change) return s.status === 'new' ? 'new' : s.status === 'missing' ? 'missing' : '—';
  const percent = signed(change.percent);
  const ci = change.ci ? ` [${signed(change.ci[0])}, ${signed(change.ci[1])}]` : '';
  const drift = s.adjustedChange ? ` (${signed(s.adjustedChange.percent)} after drift)` : '';
  const flagged = CHANGED.includes(s.status);
  return `${flagged ? inline.strong(percent) : percent}${ci}${drift}`;
}

export function pCell(s: SeriesComparison): string {
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

/** Regressions first, then over-budget, then improvements; biggest change first within each. */
export function byImportance(a: SeriesComparison, b: SeriesComparison): number {
  const rank = CHANGED.indexOf(a.status) - CHANGED.indexOf(b.status);
  if (rank !== 0) return rank;
  return Math.abs(b.change?.percent ?? 0) - Math.abs(a.change?.percent ?? 0);
}
