// Comparison reports built by hand, so render tests state exactly what is printed for which numbers.
import type { ComparisonReport, Reason, SeriesComparison, Status } from '../../src/model/report.js';
import { STATUSES } from '../../src/model/report.js';
import { directionOfUnit } from '../../src/model/units.js';

/** A series without a comparison (new, missing or untested); `fields` override anything. */
export function seriesOf(
  name: string,
  status: Status,
  fields: Partial<SeriesComparison> = {},
): SeriesComparison {
  const unit = fields.unit ?? 'ns/op';
  return {
    id: `${name} [${unit}]`,
    name,
    unit,
    direction: directionOfUnit(unit),
    status,
    threshold: 0.1,
    ...fields,
  };
}

/** A series compared by Mann–Whitney: `baseline` and `current` are the centers in `unit`. */
export function comparedSeries(
  name: string,
  status: Status,
  baseline: number,
  current: number,
  fields: Partial<SeriesComparison> = {},
): SeriesComparison {
  const ratio = current / baseline;
  return seriesOf(name, status, {
    baseline: { center: baseline, reference: baseline, n: 10, runs: 1, runCenters: [baseline] },
    current: { center: current, n: 10 },
    change: { ratio, percent: (ratio - 1) * 100 },
    test: { method: 'mann-whitney', p: 0.0002, q: 0.0004 },
    ...fields,
  });
}

/** A report over `series` with counts taken from their statuses; `fields` override the rest. */
export function reportOf(
  series: SeriesComparison[],
  fields: Partial<ComparisonReport> = {},
): ComparisonReport {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of series) counts[s.status] += 1;
  return {
    schema: 'perf-regression/report',
    version: 1,
    verdict: 'pass',
    counts,
    alpha: 0.05,
    baselineRuns: 3,
    runToRunNoise: 'estimated',
    geomeans: [],
    series,
    ...fields,
  };
}

/** `n` unchanged series named `prefix-0`, `prefix-1`, … */
export function unchangedSeries(n: number, prefix = 'BenchmarkSteady'): SeriesComparison[] {
  return Array.from({ length: n }, (_, i) => comparedSeries(`${prefix}-${i}`, 'unchanged', 100, 101));
}

/**
 * The cells of a Markdown table row, split at the pipes GitHub splits at: a `|` preceded by an even
 * number of backslashes (an escaped `\|` stays inside its cell).
 */
export function cellsOf(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let backslashes = 0;
  for (const ch of row.trim()) {
    if (ch === '|' && backslashes % 2 === 0) {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += ch;
    }
    backslashes = ch === '\\' ? backslashes + 1 : 0;
  }
  cells.push(cell.trim());
  // A row starts and ends with a pipe: drop the empty strings outside them.
  return cells.slice(1, -1);
}

/** The lines of each Markdown table in `markdown`, in order (a table is a run of lines starting with `|`). */
export function tablesOf(markdown: string): string[][] {
  const tables: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) {
      if (!current) {
        current = [];
        tables.push(current);
      }
      current.push(line);
    } else {
      current = undefined;
    }
  }
  return tables;
}

/** The data rows of a table (no header, no `| :--- |` delimiter row). */
export function dataRows(table: string[]): string[] {
  return table.slice(2);
}

/** Reasons as the engine gives them, and what the footnotes say for them. */
export const NOISY: Reason = { code: 'noise-wider-than-threshold', threshold: 0.1, q: 0.2, alpha: 0.05 };
/** As the Markdown footnote prints it (`>` escaped for HTML). */
export const NOISY_TEXT = 'noise wider than the 10% threshold (q = 0.20 &gt; α = 0.05)';
export const FEW: Reason = { code: 'too-few-samples', needed: 4, alpha: 0.05, baseline: 3, current: 3 };
export const FEW_TEXT =
  'need ≥ 4 samples per side to reach α = 0.05 (have 3 and 3); record more samples per run';
export const UNVERIFIED: Reason = { code: 'unverified', runs: 1, threshold: 0.1 };
