// The Markdown and JSON reports of real comparisons of go test -bench -count=10 output: one baseline
// run, and the history of nine runs, against the regressed build (see the fixtures' README.md). The verdicts come from
// compare(); what is checked here is that the report prints them faithfully.

import { describe, expect, it } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import type { ComparisonReport, SeriesComparison } from '../../src/model/report.js';
import { parseInputs } from '../../src/parsers/index.js';
import { verdictLine } from '../../src/render/inline.js';
import { jsonReportParts, renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { reasonText } from '../../src/render/reasons.js';
import { fixture } from '../helpers/fixtures.js';
import { cellsOf, dataRows, tablesOf } from './reports.js';

function resultsOf(relative: string) {
  return parseInputs([fixture(relative)], 'auto').results;
}

/** The rows of the table of changes (the first table, when it comes before the details). */
function changeRows(markdown: string): string[][] {
  const [changes] = tablesOf(markdown.slice(0, markdown.indexOf('<details>')));
  return changes ? dataRows(changes).map(cellsOf) : [];
}

describe('the Markdown report of the go history: nine runs of identical code, then the regressed build', () => {
  // fixtures/go/history: against the nine runs, Mix (20% more work) is the regression; CountPrimes
  // (a faster algorithm) and Fib/n=10 (code layout of the rebuilt package) the improvements.
  const report = compare(
    [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => ({ results: resultsOf(`go/history/same_${k}.txt`) })),
    resultsOf('go/history/regressed_1.txt'),
  );
  const markdown = renderMarkdown(report);

  it('opens with the verdict line of the report counts', () => {
    expect(report.counts).toMatchObject({ regression: 1, improvement: 2 });
    expect(markdown.split('\n')[2]).toBe(verdictLine(report));
    expect(verdictLine(report)).toBe(
      `🔴 **1 regression**, 🟢 2 improvements, ${report.counts.unchanged} unchanged`,
    );
  });

  it('lists the regression first, then the improvements', () => {
    const rows = changeRows(markdown);
    expect(rows[0]?.slice(0, 2)).toEqual([
      '🔴 BenchmarkMix (example.com/benchfix/checksum)',
      '363.4 ns/op → 406.4 ns/op',
    ]);
    expect(rows.slice(1).map((r) => r[0]?.slice(0, 2))).toEqual(['🟢', '🟢']);
  });
});

describe('the Markdown report of the go pair', () => {
  const report = compare(
    [{ results: resultsOf('go/baseline_cpu1_count10.txt') }],
    resultsOf('go/regressed_cpu1_count10.txt'),
  );
  const markdown = renderMarkdown(report, { title: 'benchfix' });
  const details = tablesOf(markdown.slice(markdown.indexOf('<details>')))[0] ?? [];

  it('opens with the heading and the verdict line', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('### perf-regression: benchfix');
    expect(lines[2]).toBe(verdictLine(report));
  });

  it('notes that with one baseline run, run-to-run noise comes from how far the whole suite moved', () => {
    expect(report.runToRunNoise).toBe('from-suite');
    expect(markdown.split('\n')[3]).toMatch(
      /^> Only one baseline run: run-to-run noise was estimated from how far all benchmarks of the suite moved/,
    );
  });

  it('lists exactly the regressions, then the improvements, in the table of changes', () => {
    const icons = changeRows(markdown).map((row) => row[0]?.slice(0, 2));
    const { regression, improvement } = report.counts;
    expect(icons).toEqual([...Array(regression).fill('🔴'), ...Array(improvement).fill('🟢')]);
  });

  it('lists all 75 series and one geomean row per unit in the details', () => {
    expect(report.series).toHaveLength(75);
    expect(markdown).toContain('<details><summary>All 75 series</summary>');
    const rows = dataRows(details);
    expect(rows).toHaveLength(75 + report.geomeans.length);
    expect(report.geomeans.map((g) => g.unit).sort()).toEqual([
      'B/op',
      'MB/s',
      'allocs/op',
      'items/op',
      'ns/item',
      'ns/op',
    ]);
    expect(rows.slice(75).map((row) => cellsOf(row)[0])).toEqual(
      report.geomeans.map((g) => `**geomean** (${g.series} series, ${g.unit})`),
    );
    for (const row of tablesOf(markdown).flat()) expect(cellsOf(row), row).toHaveLength(4);
  });

  it('prints the medians of the raw samples in human units', () => {
    const allocCopy = dataRows(details)
      .map(cellsOf)
      .filter((cells) => cells[0]?.endsWith('BenchmarkAllocCopy (example.com/benchfix/checksum)'));
    // ns/op medians: (58.25 + 59.95) / 2 and (176.0 + 210.9) / 2; 512 B and 1 alloc in every run.
    expect(allocCopy.map((cells) => cells[1])).toEqual([
      '59.1 ns/op → 193.4 ns/op',
      '512 B/op → 512 B/op',
      '1 allocs/op → 1 allocs/op',
    ]);
  });

  it('escapes the underscores of sub-benchmark names', () => {
    expect(markdown).toContain('BenchmarkTokenize/long\\_input\\_x100 (example.com/benchfix/textproc)');
  });

  it('explains every footnote mark it uses, each reason once', () => {
    const reasons = new Set(report.series.map((s) => reasonText(s)).filter(Boolean));
    const footnotes = markdown.split('\n').filter((line) => line.startsWith('<sub>'));
    expect(footnotes).toHaveLength(reasons.size);
    const marks = new Set(
      [...markdown.matchAll(/%\**(?: \[[^\]]*\])?(?: \([^)]*\))? ([¹²³⁴⁵⁶⁷⁸⁹]|\[\d+\]) \|/g)].map(
        (m) => m[1],
      ),
    );
    expect(marks.size).toBe(reasons.size);
  });

  it('fits a PR comment', () => {
    expect(markdown.length).toBeLessThan(65_000);
  });
});

describe('the JSON report of the go pair', () => {
  const report = compare(
    [{ results: resultsOf('go/baseline_cpu1_count10.txt') }],
    resultsOf('go/regressed_cpu1_count10.txt'),
  );
  const json = renderJson(report);

  it("is the report itself, indented, with a final newline, and each series' reasons also in words", () => {
    const parsed = JSON.parse(json) as ComparisonReport;
    const { reason: _words, ...withoutWords } = parsed.series.find((s) => s.reasons) as SeriesComparison & {
      reason?: string;
    };
    expect(JSON.parse(json)).toEqual({
      ...JSON.parse(JSON.stringify(report)),
      series: report.series.map((s) => (s.reasons ? { ...s, reason: reasonText(s) } : s)),
    });
    expect(withoutWords.reasons?.length).toBeGreaterThan(0);
    expect(
      json.startsWith(
        `{\n  "schema": "perf-regression/report",\n  "version": 1,\n  "verdict": "${report.verdict}",`,
      ),
    ).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('comes in parts of one series at most, the same text as one JSON.stringify of it, with or without drift', () => {
    const pretty = (r: ComparisonReport) =>
      `${JSON.stringify({ ...r, series: r.series.map((s) => (s.reasons ? { ...s, reason: reasonText(s) } : s)) }, null, 2)}\n`;
    const drifted: ComparisonReport = { ...report, drift: { percent: 7, series: 12, share: 0.9 } as never };
    for (const r of [report, drifted, { ...report, series: [] }]) expect(renderJson(r)).toBe(pretty(r));
    const longest = Math.max(...report.series.map((s) => JSON.stringify(s, null, 2).length));
    for (const part of jsonReportParts(report)) expect(part.length).toBeLessThan(2 * longest);
  });

  it('keeps the raw samples of both sides', () => {
    const parsed = JSON.parse(json) as typeof report;
    const allocCopy = parsed.series.find((s) => s.name === 'BenchmarkAllocCopy' && s.unit === 'ns/op');
    expect(allocCopy?.baseline?.samples).toHaveLength(10);
    expect(allocCopy?.current?.samples).toHaveLength(10);
    expect([...(allocCopy?.baseline?.samples ?? [])].sort((a, b) => a - b)).toEqual([
      52.73, 53.66, 54, 57.27, 58.25, 59.95, 64.07, 72.41, 72.59, 81.03,
    ]);
  });
});
