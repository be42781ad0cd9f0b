// The oracle: benchstat's own golden outputs (golang/perf cmd/benchstat/testdata, see
// __tests__/fixtures/benchstat/README.md). Every cell of every table is recomputed from the input
// samples with src/stats and compared after rounding the way benchstat prints it: values with the
// SI/IEC prefix and digits of the cell, `± N%` as %.0f, deltas as %+.2f%%, p as %.3f, `~` when
// p > α. Rendering is not under test here: the prefix and digit count are read from each cell.
import { mode } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import type { BenchmarkResult } from '../../src/model/result.js';
import { conversionFactor } from '../../src/model/units.js';
import { parseGo } from '../../src/parsers/go.js';
import { centerRatio, geometricMean } from '../../src/stats/geomean.js';
import { mannWhitneyU, minimumSamplesPerSide } from '../../src/stats/mannwhitney.js';
import {
  medianConfidenceInterval,
  medianSamplesNeeded,
  relativeHalfWidth,
} from '../../src/stats/median-ci.js';
import { fixture } from '../helpers/fixtures.js';

/** benchstat's defaults: -alpha 0.05, -confidence 0.95. */
const ALPHA = 0.05;
const CONFIDENCE = 0.95;

// ---------------------------------------------------------------------------------------------
// The inputs: one column of parsed results per file (old/new) or per `note:` value (-col note)
// ---------------------------------------------------------------------------------------------

interface Column {
  label: string;
  results: BenchmarkResult[];
}

/** `-col note`: each `note: X` line starts column X; lines before the first note (Unit lines) apply to all. */
function columnsByNote(name: string): Column[] {
  const { path, text } = fixture(`benchstat/${name}`);
  const parts = text.split(/^note:[ \t]*/m);
  const prelude = parts[0] ?? '';
  return parts.slice(1).map((part) => {
    const label = part.slice(0, part.indexOf('\n')).trim();
    return { label, results: parseGo({ path, text: prelude + part }).results };
  });
}

/** Files as columns (`-ignore note old.txt new.txt`). */
function columnsByFile(...names: string[]): Column[] {
  return names.map((name) => ({ label: name, results: parseGo(fixture(`benchstat/${name}`)).results }));
}

/** benchstat's row name: the benchmark name without `Benchmark`, with the -procs suffix. */
function rowName(result: BenchmarkResult): string {
  const procs = result.extra?.procs;
  return result.name.replace(/^Benchmark/, '') + (procs === undefined ? '' : `-${procs}`);
}

interface Cell {
  /** Samples converted to the table's unit (benchstat tidies ns/op to sec/op, MB/s to B/s). */
  values: number[];
  exact: boolean;
}

/** The samples of row `name` in `column`, in the table's (tidied) unit. */
function cellOf(column: Column, name: string, tableUnit: string): Cell | undefined {
  for (const result of column.results) {
    const factor = conversionFactor(result.unit, tableUnit);
    if (factor === undefined || rowName(result) !== name) continue;
    return { values: (result.samples ?? []).map((v) => v * factor), exact: result.extra?.assume === 'exact' };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The golden tables
// ---------------------------------------------------------------------------------------------

interface GoldenSummary {
  /** `46.55n`, `1.150Gi`, `0.000`. */
  value: string;
  /** `9%`, `∞`, `?`. */
  ci: string;
  notes: string;
}

interface GoldenDelta {
  /** `~`, `-4.62%`, `0.00%`, `?`. */
  text: string;
  p?: string;
  n: string;
  notes: string;
}

interface GoldenRow {
  name: string;
  cells: (GoldenSummary | undefined)[];
  delta?: GoldenDelta;
}

interface GoldenGeomean {
  values: (string | undefined)[];
  valueNotes: string[];
  delta?: string;
}

interface GoldenTable {
  labels: string[];
  unit: string;
  rows: GoldenRow[];
  geomean?: GoldenGeomean;
  footnotes: Map<string, string>;
}

const NOTE = '[¹²³⁴⁵⁶⁷⁸⁹⁰]';
const SUMMARY = new RegExp(`(\\S+) ± (\\S+)(?: (${NOTE}+))?`, 'g');
const DELTA = new RegExp(
  `(~|\\?|[+-]?\\d+\\.\\d\\d%) \\((?:p=(\\d\\.\\d{3}) )?n=(\\d+(?:\\+\\d+)?)\\)(?: +(${NOTE}+))?`,
);

/** Splits a golden stdout into tables: two `│` header lines, rows, then footnote lines. */
function goldenTables(name: string): GoldenTable[] {
  const lines = fixture(`benchstat/${name}`).text.split('\n');
  const tables: GoldenTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i] as string;
    if (!header.includes('│')) continue;
    const separators = [...header].flatMap((ch, at) => (ch === '│' ? [at] : []));
    const labels = header
      .split('│')
      .slice(1, -1)
      .map((s) => s.trim());
    const unit = (lines[i + 1] as string).split('│')[1]?.trim() as string;
    const table: GoldenTable = { labels, unit, rows: [], footnotes: new Map() };
    let j = i + 2;
    for (; j < lines.length && (lines[j] as string).trim() !== ''; j++) {
      const line = lines[j] as string;
      if (new RegExp(`^${NOTE} `).test(line)) table.footnotes.set(line[0] as string, line.slice(2));
      else if (line.startsWith('geomean')) table.geomean = geomeanRow(line, separators);
      else table.rows.push(row(line, separators));
    }
    tables.push(table);
    i = j;
  }
  return tables;
}

/** Index of the column whose header span contains character position `at`. */
function columnAt(separators: number[], at: number): number {
  return separators.filter((s) => s < at).length - 1;
}

function row(line: string, separators: number[]): GoldenRow {
  const name = line.split(/\s+/)[0] as string;
  const cells: (GoldenSummary | undefined)[] = [];
  for (const m of line.matchAll(SUMMARY)) {
    cells[columnAt(separators, m.index)] = { value: m[1] as string, ci: m[2] as string, notes: m[3] ?? '' };
  }
  const d = DELTA.exec(line);
  const delta = d ? { text: d[1] as string, p: d[2], n: d[3] as string, notes: d[4] ?? '' } : undefined;
  return { name, cells, ...(delta ? { delta } : {}) };
}

function geomeanRow(line: string, separators: number[]): GoldenGeomean {
  const geomean: GoldenGeomean = { values: [], valueNotes: [] };
  for (const m of line.matchAll(/\S+/g)) {
    const token = m[0];
    const column = columnAt(separators, m.index);
    if (token === 'geomean') continue;
    if (/%$/.test(token) || (token === '?' && column > 0)) geomean.delta = token;
    else if (new RegExp(`^${NOTE}+$`).test(token)) geomean.valueNotes[column] = token;
    else geomean.values[column] = token;
  }
  return geomean;
}

// ---------------------------------------------------------------------------------------------
// Printing the way benchstat does (Go's strconv: round half to even on the exact binary value)
// ---------------------------------------------------------------------------------------------

/**
 * Go's %.Nf: like toFixed, except that a value exactly halfway (in its exact binary expansion, which
 * toFixed(100) prints) rounds to even where toFixed rounds away from zero.
 */
function goFixed(x: number, digits: number): string {
  const [whole = '', fraction = ''] = Math.abs(x).toFixed(100).split('.');
  if (!/^50*$/.test(fraction.slice(digits))) return x.toFixed(digits);
  const lastKept = Number(digits === 0 ? whole.at(-1) : fraction[digits - 1]);
  if (lastKept % 2 === 1) return x.toFixed(digits);
  const truncated = digits === 0 ? whole : `${whole}.${fraction.slice(0, digits)}`;
  return x < 0 ? `-${truncated}` : truncated;
}

const PREFIX_FACTORS: Record<string, number> = {
  T: 1e12,
  G: 1e9,
  M: 1e6,
  k: 1e3,
  '': 1,
  m: 1e-3,
  µ: 1e-6,
  n: 1e-9,
  Ti: 2 ** 40,
  Gi: 2 ** 30,
  Mi: 2 ** 20,
  Ki: 2 ** 10,
};

/** Asserts that `value` prints as the golden `46.55n`: the same digits after scaling by its prefix. */
function expectPrintedValue(value: number, golden: string): void {
  const m = /^(\d+(?:\.(\d+))?)(\D*)$/.exec(golden);
  if (!m) throw new Error(`not a value cell: ${golden}`);
  const factor = PREFIX_FACTORS[m[3] as string];
  if (factor === undefined) throw new Error(`unknown prefix in ${golden}`);
  expect(goFixed(value / factor, m[2]?.length ?? 0), golden).toBe(m[1]);
}

/** benchstat's Summary.PctRangeString. */
function printedCI(halfWidth: number | undefined): string {
  if (halfWidth === undefined) return '?';
  if (halfWidth === Number.POSITIVE_INFINITY) return '∞';
  return `${goFixed(100 * halfWidth, 0)}%`;
}

/** `%+.2f%%`. */
function signedPercent(fraction: number): string {
  const text = goFixed(fraction * 100, 2);
  return `${text.startsWith('-') ? '' : '+'}${text}%`;
}

// ---------------------------------------------------------------------------------------------
// Recomputing a row with src/stats
// ---------------------------------------------------------------------------------------------

interface Summary {
  center: number;
  lo: number;
  hi: number;
}

/** benchstat's summary: the median and its CI, or for `assume=exact` units the mode and the range. */
function summarize(cell: Cell): Summary {
  if (cell.exact) {
    return { center: mode(cell.values), lo: Math.min(...cell.values), hi: Math.max(...cell.values) };
  }
  const ci = medianConfidenceInterval(cell.values, CONFIDENCE);
  if (!ci) throw new Error('empty cell');
  return { center: ci.median, lo: ci.lo, hi: ci.hi };
}

interface Comparison {
  /** undefined for exact units: benchstat prints no p and never `~`. */
  p?: number;
  allEqual: boolean;
  n1: number;
  n2: number;
}

function compareCells(base: Cell, head: Cell): Comparison {
  const n1 = base.values.length;
  const n2 = head.values.length;
  if (base.exact) return { allEqual: false, n1, n2 };
  const test = mannWhitneyU(base.values, head.values);
  return { p: test.p, allEqual: test.degenerate === 'all-equal', n1, n2 };
}

/** benchstat's Comparison.FormatDelta. */
function printedDelta(comparison: Comparison, base: number, head: number): string {
  if (comparison.p !== undefined && comparison.p > ALPHA) return '~';
  if (base === head) return '0.00%';
  const ratio = centerRatio(base, head);
  return ratio === undefined ? '?' : signedPercent(ratio - 1);
}

/** The footnote texts src/stats accounts for, as benchstat words them. */
const NEED_CI_SAMPLES = `need >= ${medianSamplesNeeded(CONFIDENCE)} samples for confidence interval at level ${CONFIDENCE}`;
const NEED_TEST_SAMPLES = `need >= ${minimumSamplesPerSide(ALPHA)} samples to detect a difference at alpha level ${ALPHA}`;
const ALL_EQUAL = 'all samples are equal';
const GEOMEAN_NEEDS_POSITIVE = 'summaries must be >0 to compute geomean';
const STATS_NOTES = new Set([NEED_CI_SAMPLES, NEED_TEST_SAMPLES, ALL_EQUAL, GEOMEAN_NEEDS_POSITIVE]);

/** The notes of a cell that come from statistics (not table layout), as texts. */
function statsNotes(table: GoldenTable, markers: string): string[] {
  return [...markers].map((m) => table.footnotes.get(m) as string).filter((text) => STATS_NOTES.has(text));
}

// ---------------------------------------------------------------------------------------------
// The oracle cases
// ---------------------------------------------------------------------------------------------

const ORACLES: { golden: string; columns: () => Column[]; rows: number }[] = [
  { golden: 'crcIgnore.stdout', columns: () => columnsByFile('crc-old.txt', 'crc-new.txt'), rows: 72 },
  { golden: 'smallSample.stdout', columns: () => columnsByNote('smallSample.txt'), rows: 1 },
  { golden: 'issue19634.stdout', columns: () => columnsByNote('issue19634.txt'), rows: 1 },
  { golden: 'issue19565.stdout', columns: () => columnsByNote('issue19565.txt'), rows: 3 },
  { golden: 'zero.stdout', columns: () => columnsByNote('zero.txt'), rows: 10 },
];

describe.each(ORACLES)('benchstat oracle $golden', ({ golden, columns: readColumns, rows: rowCount }) => {
  const tables = goldenTables(golden);
  const columns = readColumns();
  const rows = tables.flatMap((table) => table.rows.map((r) => ({ table, row: r })));

  it(`has ${rowCount} benchmark rows, in columns named like the inputs`, () => {
    expect(rows).toHaveLength(rowCount);
    for (const table of tables) expect(table.labels).toEqual(columns.map((c) => c.label));
  });

  it.each(rows.map(({ table, row: r }) => ({ table, row: r, title: `${r.name} [${table.unit}]` })))(
    'reproduces $title',
    ({ table, row: golden }) => {
      const cells = columns.map((column) => cellOf(column, golden.name, table.unit));
      const summaries = cells.map((cell) => (cell ? summarize(cell) : undefined));
      // Summary cells: the center as printed and the CI half-width.
      columns.forEach((_, k) => {
        const expected = golden.cells[k];
        const summary = summaries[k];
        expect(summary === undefined, `cell ${k} present`).toBe(expected === undefined);
        if (!expected || !summary) return;
        expectPrintedValue(summary.center, expected.value);
        const halfWidth = relativeHalfWidth(summary.center, summary.lo, summary.hi);
        expect(printedCI(halfWidth)).toBe(expected.ci);
        expect(statsNotes(table, expected.notes)).toEqual(
          halfWidth === Number.POSITIVE_INFINITY ? [NEED_CI_SAMPLES] : [],
        );
      });
      // Delta column: only when both columns have the benchmark.
      const [base, head] = cells;
      expect(golden.delta === undefined).toBe(!(base && head));
      if (!golden.delta || !base || !head) return;
      const comparison = compareCells(base, head);
      const delta = golden.delta;
      expect(printedDelta(comparison, summaries[0]?.center as number, summaries[1]?.center as number)).toBe(
        delta.text,
      );
      expect(comparison.p === undefined ? undefined : goFixed(comparison.p, 3)).toBe(delta.p);
      expect(comparison.n1 === comparison.n2 ? `${comparison.n1}` : `${comparison.n1}+${comparison.n2}`).toBe(
        delta.n,
      );
      const expectedNotes: string[] = [];
      if (comparison.allEqual) expectedNotes.push(ALL_EQUAL);
      const needed = minimumSamplesPerSide(ALPHA);
      if (
        comparison.p !== undefined &&
        comparison.p > ALPHA &&
        comparison.n1 < needed &&
        comparison.n2 < needed
      ) {
        expectedNotes.push(NEED_TEST_SAMPLES);
      }
      expect(statsNotes(table, delta.notes).sort()).toEqual(expectedNotes.sort());
    },
  );

  it.each(tables.filter((t) => t.geomean).map((table) => ({ table, unit: table.unit })))(
    'reproduces the geomean row [$unit]',
    ({ table }) => {
      const geomean = table.geomean as GoldenGeomean;
      const centers = columns.map((column) =>
        table.rows.flatMap((r) => {
          const cell = cellOf(column, r.name, table.unit);
          return cell ? [summarize(cell).center] : [];
        }),
      );
      columns.forEach((_, k) => {
        const value = geometricMean(centers[k] as number[]);
        if (value === undefined) {
          expect(geomean.values[k]).toBeUndefined();
          expect(statsNotes(table, geomean.valueNotes[k] ?? '')).toEqual([GEOMEAN_NEEDS_POSITIVE]);
        } else {
          expectPrintedValue(value, geomean.values[k] as string);
        }
      });
      // The delta is the geometric mean of the per-benchmark ratios over benchmarks in both columns.
      const ratios = table.rows.flatMap((r) => {
        const base = cellOf(columns[0] as Column, r.name, table.unit);
        const head = cellOf(columns[1] as Column, r.name, table.unit);
        return base && head ? [centerRatio(summarize(base).center, summarize(head).center)] : [];
      });
      const typical = ratios.some((r) => r === undefined) ? undefined : geometricMean(ratios as number[]);
      expect(typical === undefined ? '?' : signedPercent(typical - 1)).toBe(geomean.delta);
    },
  );
});
