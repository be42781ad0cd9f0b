import { describe, expect, it } from 'vitest';
import type { SeriesComparison } from '../../src/model/report.js';
import { signed, verdictLine } from '../../src/render/inline.js';
import { MARKDOWN_LIMIT, renderMarkdown } from '../../src/render/markdown.js';
import {
  cellsOf,
  comparedSeries,
  dataRows,
  FEW,
  FEW_TEXT,
  NOISY,
  NOISY_TEXT,
  reportOf,
  seriesOf,
  tablesOf,
  UNVERIFIED,
  unchangedSeries,
} from './reports.js';

/** The report of the issue's example: 2 regressions, 1 improvement, 40 unchanged, 3 inconclusive. */
function issueExample() {
  return reportOf(
    [
      comparedSeries('BenchmarkDecode', 'improvement', 2000, 1500),
      comparedSeries('BenchmarkParse', 'regression', 1500, 1800),
      ...unchangedSeries(20),
      comparedSeries('BenchmarkFlush', 'inconclusive', 900, 1000, { reasons: [NOISY] }),
      comparedSeries('BenchmarkEncode', 'regression', 1000, 1500),
      comparedSeries('BenchmarkRead', 'inconclusive', 900, 1000, { reasons: [NOISY] }),
      ...unchangedSeries(20, 'BenchmarkQuiet'),
      comparedSeries('BenchmarkWrite', 'inconclusive', 900, 1000, { reasons: [FEW] }),
    ],
    { verdict: 'regression' },
  );
}

describe('the verdict line', () => {
  it('is the first line after the heading', () => {
    const lines = renderMarkdown(issueExample()).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '### perf-regression',
      '',
      '🔴 **2 regressions**, 🟢 1 improvement, 40 unchanged — 3 inconclusive',
    ]);
  });

  it('puts the suite name in the heading', () => {
    expect(renderMarkdown(issueExample(), { title: 'go benchmarks' }).split('\n')[0]).toBe(
      '### perf-regression: go benchmarks',
    );
  });

  it('counts every status, singular for one and plural otherwise', () => {
    const report = reportOf(
      [
        comparedSeries('A', 'regression', 1, 2),
        comparedSeries('B', 'over-budget', 1, 1),
        comparedSeries('C', 'improvement', 2, 1),
        comparedSeries('D', 'improvement', 2, 1),
        comparedSeries('E', 'inconclusive', 1, 1.2, { reasons: [NOISY] }),
        seriesOf('F', 'new'),
        seriesOf('G', 'new'),
        seriesOf('H', 'missing'),
      ],
      { verdict: 'regression' },
    );
    expect(verdictLine(report)).toBe(
      '🔴 **1 regression**, 🟠 **1 over budget**, 🟢 2 improvements, 0 unchanged — 1 inconclusive, 2 new, 1 missing',
    );
  });

  it('says "No regressions" when nothing changed', () => {
    expect(verdictLine(reportOf(unchangedSeries(5)))).toBe('✅ **No regressions**, 5 unchanged');
  });

  it('leads with improvements when there are only improvements', () => {
    const report = reportOf([comparedSeries('A', 'improvement', 2, 1), ...unchangedSeries(1)]);
    expect(verdictLine(report)).toBe('🟢 1 improvement, 1 unchanged');
  });

  it('says a first run has no baseline and how many series it recorded', () => {
    const report = reportOf([seriesOf('A', 'new'), seriesOf('B', 'new'), seriesOf('C', 'new')], {
      verdict: 'no-baseline',
      baselineRuns: 0,
      runToRunNoise: 'no-baseline',
    });
    expect(verdictLine(report)).toBe(
      '🆕 **No baseline yet**: 3 series measured; there is no earlier run to compare with.',
    );
    const one = reportOf([seriesOf('A', 'new')], { verdict: 'no-baseline', baselineRuns: 0 });
    expect(verdictLine(one)).toBe(
      '🆕 **No baseline yet**: 1 series measured; there is no earlier run to compare with.',
    );
  });

  it('renders a first run without a table of changes and lists every series as new', () => {
    const report = reportOf(
      [
        seriesOf('A', 'new', { current: { center: 1500, n: 10 } }),
        seriesOf('B', 'new', { current: { center: 2, n: 10 } }),
      ],
      { verdict: 'no-baseline', baselineRuns: 0, runToRunNoise: 'no-baseline' },
    );
    const markdown = renderMarkdown(report);
    const tables = tablesOf(markdown);
    expect(tables).toHaveLength(1);
    expect(markdown).toContain('<details><summary>All 2 series</summary>');
    expect(dataRows(tables[0] as string[]).map(cellsOf)).toEqual([
      ['🆕 A', '— → 1.5 µs/op', 'new', ''],
      ['🆕 B', '— → 2 ns/op', 'new', ''],
    ]);
    expect(markdown).not.toContain('Only one baseline run');
  });
});

describe('notes under the verdict', () => {
  it('warns about runner drift with its size and share', () => {
    const report = reportOf(unchangedSeries(3), { drift: { percent: 7.5, share: 0.8333, series: 12 } });
    expect(renderMarkdown(report).split('\n')[3]).toBe(
      '> ⚠️ **Runner drift**: 83% of 12 timing series moved +7.50% together — the machine, not the code, most likely changed. Verdicts below are relative to that drift.',
    );
  });

  it('says run-to-run noise was not estimated with a single baseline run', () => {
    const report = reportOf(unchangedSeries(3), { baselineRuns: 1, runToRunNoise: 'not-estimated' });
    expect(renderMarkdown(report).split('\n')[3]).toBe(
      '> Only one baseline run: run-to-run noise could not be estimated, so a whole-run shift of the CI machine can look like a change. Verdicts get sturdier as history accumulates.',
    );
  });

  it('keeps two notes as separate quoted paragraphs', () => {
    const report = reportOf(unchangedSeries(3), {
      baselineRuns: 1,
      runToRunNoise: 'not-estimated',
      drift: { percent: -12.25, share: 1, series: 5 },
    });
    const lines = renderMarkdown(report).split('\n');
    expect(lines[3]).toMatch(/^> ⚠️ \*\*Runner drift\*\*: 100% of 5 timing series moved -12\.3% together/);
    expect(lines[4]).toBe('>');
    expect(lines[5]).toMatch(/^> Only one baseline run:/);
  });

  it('points out regressions that ran back to back, names escaped', () => {
    const report = reportOf(unchangedSeries(3), {
      backToBack: [{ benchmarks: ['mix', 'fold|x*', '@team <C>'], format: 'criterion' }],
    });
    expect(renderMarkdown(report).split('\n')[3]).toBe(
      '> ⚠️ **3 benchmarks regressed back to back**: mix, fold\\|x\\* and @\u200dteam &lt;C&gt; ran one right after another. A burst of load on the machine during those seconds looks just like this: re-run the job before acting on them.',
    );
  });

  it('tells go users how to make such bursts harmless', () => {
    const report = reportOf(unchangedSeries(3), {
      backToBack: [{ benchmarks: ['BenchmarkA', 'BenchmarkB', 'BenchmarkC'], format: 'go' }],
    });
    expect(renderMarkdown(report).split('\n')[3]).toBe(
      '> ⚠️ **3 benchmarks regressed back to back**: BenchmarkA, BenchmarkB and BenchmarkC ran one right after another. A burst of load on the machine during those seconds looks just like this: re-run the job before acting on them. Running `go test` as five passes of `-count=2` into one file spreads such a burst over a few samples of many benchmarks, where the medians shrug it off.',
    );
  });

  it('has no notes when noise was estimated and there is no drift', () => {
    const lines = renderMarkdown(reportOf(unchangedSeries(3))).split('\n');
    expect(lines[3]).toBe('');
    expect(lines[4]).toMatch(/^<details>/);
  });
});

describe('the table of changes', () => {
  const report = reportOf(
    [
      comparedSeries('Improved a bit', 'improvement', 100, 80),
      comparedSeries('Steady', 'unchanged', 100, 101),
      comparedSeries('Over budget', 'over-budget', 100, 105, {
        budget: { limit: 102, written: '102 ns', exceeded: true },
      }),
      comparedSeries('Slower', 'regression', 100, 120),
      comparedSeries('Noisy', 'inconclusive', 100, 130, { reasons: [NOISY] }),
      comparedSeries('Improved a lot', 'improvement', 100, 40),
      seriesOf('Brand new', 'new'),
      seriesOf('Gone', 'missing'),
      comparedSeries('Much slower', 'regression', 100, 300),
    ],
    { verdict: 'regression' },
  );
  const changes = tablesOf(renderMarkdown(report))[0] as string[];

  it('has the columns benchmark, values, change and p (q): the cells carry their units', () => {
    expect(cellsOf(changes[0] as string)).toEqual(['Benchmark', 'Baseline → Current', 'Change', 'p (q)']);
  });

  it('lists only regressions, over-budget and improvements: regressions first, biggest change first', () => {
    expect(dataRows(changes).map((row) => cellsOf(row)[0])).toEqual([
      '🔴 Much slower',
      '🔴 Slower',
      '🟠 Over budget',
      '🟢 Improved a lot',
      '🟢 Improved a bit',
    ]);
  });

  it('shows both values in human units, the change, the budget and p with q', () => {
    expect(dataRows(changes).map(cellsOf)).toEqual([
      ['🔴 Much slower', '100 ns/op → 300 ns/op', '**+200.0%**', '<0.001 (<0.001)'],
      ['🔴 Slower', '100 ns/op → 120 ns/op', '**+20.0%**', '<0.001 (<0.001)'],
      ['🟠 Over budget', '100 ns/op → 105 ns/op (budget 102 ns)', '**+5.00%**', '<0.001 (<0.001)'],
      ['🟢 Improved a lot', '100 ns/op → 40 ns/op', '**-60.0%**', '<0.001 (<0.001)'],
      ['🟢 Improved a bit', '100 ns/op → 80 ns/op', '**-20.0%**', '<0.001 (<0.001)'],
    ]);
  });

  it('shows the confidence interval, the drift-adjusted change and how the series was tested', () => {
    const tested = reportOf(
      [
        comparedSeries('Interval', 'regression', 100, 150, {
          change: { ratio: 1.5, percent: 50, ci: [12.345, 99.5] },
          adjustedChange: { ratio: 1.4, percent: 40 },
          test: { method: 'mann-whitney', p: 0.0123, q: 0.0456 },
        }),
        comparedSeries('Allocs', 'regression', 2, 3, { unit: 'allocs/op', test: { method: 'exact' } }),
        comparedSeries('Single', 'regression', 1, 2, {
          unit: 's',
          test: { method: 'threshold-only' },
          reasons: [UNVERIFIED],
        }),
        comparedSeries('NoQ', 'regression', 1, 1.3, { unit: 's', test: { method: 'welch', p: 0.5 } }),
      ],
      { verdict: 'regression' },
    );
    const rows = dataRows(tablesOf(renderMarkdown(tested))[0] as string[]).map(cellsOf);
    expect(rows).toEqual([
      ['🔴 Single', '1 s → 2 s', '**+100.0%** ¹', 'unverified'],
      [
        '🔴 Interval',
        '100 ns/op → 150 ns/op',
        '**+50.0%** [+12.3%, +99.5%] (+40.0% after drift)',
        '0.012 (0.046)',
      ],
      ['🔴 Allocs', '2 allocs/op → 3 allocs/op', '**+50.0%**', 'exact'],
      ['🔴 NoQ', '1 s → 1.3 s', '**+30.0%**', '0.500'],
    ]);
  });

  it('is left out when nothing changed', () => {
    const markdown = renderMarkdown(reportOf(unchangedSeries(4)));
    expect(tablesOf(markdown)).toHaveLength(1);
    expect(markdown.indexOf('|')).toBeGreaterThan(markdown.indexOf('<details>'));
  });
});

describe('the details block', () => {
  const report = reportOf(
    [
      comparedSeries('BenchmarkA', 'regression', 1000, 1500),
      comparedSeries('BenchmarkA', 'unchanged', 4096, 4096, { unit: 'B/op', test: { method: 'exact' } }),
      comparedSeries('BenchmarkB', 'unchanged', 500, 505),
      comparedSeries('BenchmarkB', 'improvement', 90, 120, { unit: 'MB/s' }),
      seriesOf('BenchmarkC', 'missing', {
        baseline: { center: 7, reference: 7, n: 10, runs: 1, runCenters: [7] },
      }),
    ],
    {
      verdict: 'regression',
      geomeans: [
        { unit: 'ns/op', series: 2, baseline: 707.1, current: 870.3, percent: 23.08 },
        { unit: 'B/op', series: 1, baseline: 4096, current: 4096, percent: 0 },
        { unit: 'MB/s', series: 1, baseline: 90, current: 120, percent: 33.33 },
      ],
    },
  );
  const markdown = renderMarkdown(report);
  const details = markdown.slice(markdown.indexOf('<details>'), markdown.indexOf('</details>'));

  it('is collapsed and counts all series', () => {
    expect(details.startsWith('<details><summary>All 5 series</summary>\n\n|')).toBe(true);
  });

  it('lists every series in report order, then one geomean row per unit', () => {
    const rows = dataRows(tablesOf(details)[0] as string[]).map(cellsOf);
    expect(rows).toEqual([
      ['🔴 BenchmarkA', '1 µs/op → 1.5 µs/op', '**+50.0%**', '<0.001 (<0.001)'],
      ['BenchmarkA', '4 KiB/op → 4 KiB/op', '+0.00%', 'exact'],
      ['BenchmarkB', '500 ns/op → 505 ns/op', '+1.00%', '<0.001 (<0.001)'],
      ['🟢 BenchmarkB', '90 MB/s → 120 MB/s', '**+33.3%**', '<0.001 (<0.001)'],
      ['➖ BenchmarkC', '7 ns/op → —', 'missing', ''],
      ['**geomean** (2 series, ns/op)', '707.1 ns/op → 870.3 ns/op', '+23.1%', ''],
      ['**geomean** (1 series, B/op)', '4 KiB/op → 4 KiB/op', '+0.00%', ''],
      ['**geomean** (1 series, MB/s)', '90 MB/s → 120 MB/s', '+33.3%', ''],
    ]);
  });
});

describe('footnotes', () => {
  it('number each distinct reason once and mark every row that has it', () => {
    const markdown = renderMarkdown(issueExample());
    const rows = dataRows(tablesOf(markdown)[1] as string[]).map(cellsOf);
    const changeOf = (name: string) => rows.find((r) => r[0]?.endsWith(name))?.[2];
    expect(changeOf('BenchmarkFlush')).toBe('+11.1% ¹');
    expect(changeOf('BenchmarkRead')).toBe('+11.1% ¹');
    expect(changeOf('BenchmarkWrite')).toBe('+11.1% ²');
    expect(markdown.endsWith(`<sub>¹ ${NOISY_TEXT}</sub><br>\n<sub>² ${FEW_TEXT}</sub>\n`)).toBe(true);
  });

  it('switch to [10], [11] after the ninth reason', () => {
    const series = Array.from({ length: 11 }, (_, i) =>
      comparedSeries(`B${i}`, 'inconclusive', 1, 1.5, {
        reasons: [{ code: 'within-window-spread', runs: i + 1 }],
      }),
    );
    const markdown = renderMarkdown(reportOf(series));
    const marks = dataRows(tablesOf(markdown)[0] as string[]).map((row) =>
      cellsOf(row)[2]?.replace('+50.0% ', ''),
    );
    expect(marks).toEqual(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '[10]', '[11]']);
    expect(markdown).toContain(
      '<sub>⁹ within the run-to-run spread of the last 9 baseline runs</sub><br>\n<sub>[10] within the run-to-run spread of the last 10 baseline runs</sub>',
    );
  });

  it('come before the footer', () => {
    const markdown = renderMarkdown(issueExample(), { footer: '[workflow run](https://example.com/run/1)' });
    expect(markdown.endsWith(`<sub>² ${FEW_TEXT}</sub>\n\n[workflow run](https://example.com/run/1)\n`)).toBe(
      true,
    );
  });
});

describe('hostile benchmark names', () => {
  const HOSTILE = [
    'pipe | in | name',
    'back`tick` and ``double``',
    '<script>alert(1)</script>',
    'ping @someone and @org/team',
    'line one\nline two\r\n| forged | row | x | y | z |',
    '[link](http://x) and ![image](http://x/y.png)',
    '*bold* _em_ **strong** ~~gone~~',
    'ends with a backslash \\',
    'escaped pipe \\| still one cell',
    '<img src=x onerror=alert(1)> &amp; &lt;b&gt;',
  ];
  const series: SeriesComparison[] = HOSTILE.flatMap((name, i) => [
    comparedSeries(name, i % 2 ? 'regression' : 'inconclusive', 100, 150, {
      suite: `suite ${name}`,
    }),
  ]);
  const markdown = renderMarkdown(reportOf(series, { verdict: 'regression' }), { title: HOSTILE.join(' ') });
  const tables = tablesOf(markdown);

  it('cannot add or remove table cells: every row has exactly 4', () => {
    expect(tables).toHaveLength(2);
    expect(dataRows(tables[0] as string[])).toHaveLength(5);
    expect(dataRows(tables[1] as string[])).toHaveLength(HOSTILE.length);
    for (const row of tables.flat()) expect(cellsOf(row), row).toHaveLength(4);
  });

  it('cannot break a row over two lines', () => {
    // Every line between the two tables' headers and their ends starts with a pipe.
    const lineCount = markdown.split('\n').filter((l) => l.startsWith('|')).length;
    expect(lineCount).toBe(2 + 5 + 2 + HOSTILE.length);
    expect(markdown).not.toMatch(/line one\s*\n/);
  });

  it('shows each name as its literal text in the first cell', () => {
    const names = dataRows(tables[1] as string[]).map((row) => cellsOf(row)[0]);
    expect(names[0]).toBe('⚪ pipe \\| in \\| name (suite pipe \\| in \\| name)');
    expect(names[1]).toBe(
      '🔴 back\\`tick\\` and \\`\\`double\\`\\` (suite back\\`tick\\` and \\`\\`double\\`\\`)',
    );
    expect(names[4]).toBe(
      '⚪ line one line two \\| forged \\| row \\| x \\| y \\| z \\| (suite line one line two \\| forged \\| row \\| x \\| y \\| z \\|)',
    );
    expect(names[7]).toBe('🔴 ends with a backslash \\\\ (suite ends with a backslash \\\\)');
  });

  it('cannot inject HTML', () => {
    expect(markdown).not.toMatch(/<(script|img)/i);
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).toContain('&amp;amp; &amp;lt;b&amp;gt;');
  });

  it('cannot mention anyone', () => {
    expect(markdown).not.toMatch(/@(someone|org)/);
    expect(markdown).toContain('@\u200dsomeone and @\u200dorg/team');
  });

  it('cannot make a link, an image, emphasis, code or strikethrough', () => {
    expect(markdown).not.toMatch(/(?<!\\)\]\(/);
    expect(markdown).toContain('\\[link\\](http:\u200d//x) and !\\[image\\](http:\u200d//x/y.png)');
    expect(markdown).toContain('\\*bold\\* \\_em\\_ \\*\\*strong\\*\\* \\~\\~gone\\~\\~');
    expect(markdown).not.toMatch(/(?<!\\)`/);
  });

  it('escapes the title too', () => {
    const [heading] = markdown.split('\n');
    expect(heading).toContain('pipe \\| in \\| name back\\`tick\\`');
    expect(heading).not.toContain('\n');
  });
});

describe('the size limit', () => {
  it('keeps a report of 5,000 series under 65,000 characters with its table of changes, and says the rest is summarised', () => {
    const regressions = Array.from({ length: 20 }, (_, i) =>
      comparedSeries(`BenchmarkSlower/case=${i}`, 'regression', 100, 150 + i),
    );
    const report = reportOf([...unchangedSeries(4980), ...regressions], { verdict: 'regression' });
    const markdown = renderMarkdown(report);

    expect(MARKDOWN_LIMIT).toBe(65_000);
    expect(markdown.length).toBeLessThanOrEqual(65_000);
    expect(markdown.split('\n')[2]).toBe('🔴 **20 regressions**, 4980 unchanged');
    const tables = tablesOf(markdown);
    expect(tables).toHaveLength(1);
    expect(dataRows(tables[0] as string[])).toHaveLength(20);
    expect(cellsOf(dataRows(tables[0] as string[])[0] as string)[0]).toBe('🔴 BenchmarkSlower/case=19');
    expect(markdown).not.toContain('<details>');
    expect(markdown).toContain(
      '<sub>All 5000 series are in the JSON report (the full list did not fit in 65,000 characters).</sub>',
    );
  });

  it('cuts the table of changes itself when 3,000 regressions do not fit, biggest first, with "…and N more"', () => {
    const regressions = Array.from({ length: 3000 }, (_, i) =>
      comparedSeries(`BenchmarkSlower/case=${i}`, 'regression', 1000, 1100 + i, {
        reasons: i % 2 ? [UNVERIFIED] : undefined,
      }),
    );
    const markdown = renderMarkdown(reportOf(regressions, { verdict: 'regression' }));

    expect(markdown.length).toBeLessThanOrEqual(65_000);
    // As many rows as fit: another row (about 90 characters) would not.
    expect(markdown.length).toBeGreaterThan(65_000 - 200);
    const rows = dataRows(tablesOf(markdown)[0] as string[]);
    const shown = rows.length;
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(3000);
    expect(cellsOf(rows[0] as string)[0]).toBe('🔴 BenchmarkSlower/case=2999');
    expect(cellsOf(rows[1] as string)[0]).toBe('🔴 BenchmarkSlower/case=2998');
    expect(markdown).toContain(
      `<sub>…and ${3000 - shown} more changed series, listed in the JSON report.</sub>`,
    );
    expect(markdown).toContain('<sub>All 3000 series are in the JSON report');
    // The footnote of the shown rows is still there.
    expect(markdown).toContain(
      '<sub>¹ unverified: one value per run and 1 baseline run(s), too few to estimate noise; the 10% threshold alone decided</sub>',
    );
    for (const row of rows) expect(cellsOf(row)).toHaveLength(4);
  });

  it('honours a smaller limit', () => {
    const markdown = renderMarkdown(issueExample(), { limit: 1500 });
    expect(markdown.length).toBeLessThanOrEqual(1500);
    expect(markdown).toContain('(the full list did not fit in 1,500 characters)');
    expect(dataRows(tablesOf(markdown)[0] as string[])).toHaveLength(3);
  });

  it('leaves a report that fits untouched', () => {
    const markdown = renderMarkdown(issueExample());
    expect(markdown).toContain('<details><summary>All 46 series</summary>');
    expect(markdown).not.toContain('JSON report');
  });
});

describe('signed percentages', () => {
  it('keeps an interval bound from one number a run readable', () => {
    expect(signed(6.336716945876408e48)).toBe('>+9999%');
    expect(signed(9999.4)).toBe('+9999.4%');
    expect(signed(-4.72)).toBe('-4.72%');
    expect(signed(-100)).toBe('-100.0%');
  });
});
