import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { comparedSeries, FEW, NOISY, reportOf, seriesOf, unchangedSeries } from './reports.js';

/** Names as result files may carry them: Markdown, HTML and terminal control sequences. */
const NASTY = [
  "test_sorted[1000] <b>x</b> & 'q'",
  'fold|x* `code` _em_',
  'red\u001b[31mtext\u001b[0m',
  'rtl\u202eeman',
  'two\nlines',
];

function nastyReport() {
  return reportOf(
    [
      comparedSeries(NASTY[0] as string, 'regression', 1000, 1500),
      comparedSeries(NASTY[1] as string, 'inconclusive', 900, 1000, { reasons: [NOISY] }),
      comparedSeries(NASTY[2] as string, 'improvement', 2000, 1000),
      comparedSeries(NASTY[3] as string, 'unchanged', 100, 101),
      seriesOf(NASTY[4] as string, 'new'),
    ],
    { verdict: 'regression', backToBack: [{ benchmarks: ['a<b', "c'd", 'e[f]'], format: 'go' }] },
  );
}

describe('the plain-text report', () => {
  it('prints untrusted names as they are, without Markdown or HTML escapes', () => {
    const text = renderText(nastyReport(), { title: "suite <'x'>" });
    expect(text).toContain("test_sorted[1000] <b>x</b> & 'q'");
    expect(text).toContain('fold|x* `code` _em_');
    expect(text).toContain("a<b, c'd and e[f] ran one right after another");
    expect(text.split('\n')[0]).toBe("perf-regression: suite <'x'>");
    for (const marker of ['&lt;', '&gt;', '&amp;', '&#39;', '\\[', '\\|', '\\*', '**', '\u200d'])
      expect(text, marker).not.toContain(marker);
    // The Markdown report of the same data does escape them: the two differ only in the writing.
    const markdown = renderMarkdown(nastyReport());
    for (const marker of ['&lt;', '&#39;', '\\[', '\\|']) expect(markdown, marker).toContain(marker);
  });

  it('drops control characters and bidirectional overrides from names', () => {
    const text = renderText(nastyReport());
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence is the point
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e]/);
    expect(text).toContain('red[31mtext[0m');
    expect(text).toContain('rtleman');
    expect(text).toContain('two lines');
  });

  it('opens with the verdict line, with no Markdown emphasis', () => {
    const lines = renderText(nastyReport()).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'perf-regression',
      '',
      '🔴 1 regression, 🟢 1 improvement, 1 unchanged — 1 inconclusive, 1 new',
    ]);
  });

  it('lists every series of a small suite, changed first, in aligned columns', () => {
    const report = reportOf(
      [
        ...unchangedSeries(2),
        comparedSeries('BenchmarkB', 'improvement', 2000, 1500),
        comparedSeries('BenchmarkW', 'inconclusive', 900, 1000, { reasons: [FEW] }),
        comparedSeries('BenchmarkA', 'regression', 1000, 1500),
      ],
      { verdict: 'regression' },
    );
    const text = renderText(report);
    const table = text.slice(text.indexOf('All 5 series:')).split('\n\n')[0]?.split('\n') ?? [];
    expect(table.map((l) => l.trim().split(/\s{2,}/)[0])).toEqual([
      'All 5 series:',
      'Benchmark',
      '🔴 BenchmarkA',
      '🟢 BenchmarkB',
      '⚪ BenchmarkW',
      'BenchmarkSteady-0',
      'BenchmarkSteady-1',
    ]);
    // Right-aligned numbers: every row's p column ends in the same terminal column.
    const ends = new Set(table.slice(1).map((l) => [...l].length + (/[🔴🟢⚪]/u.test(l) ? 1 : 0)));
    expect(ends.size).toBe(1);
    expect(text).toContain('1 µs/op → 1.5 µs/op');
    expect(text).toContain('+50.0%');
    // The reason is a numbered footnote, in words.
    expect(text).toContain('+11.1% [1]');
    expect(text).toContain(
      '[1] need ≥ 4 samples per side to reach α = 0.05 (have 3 and 3); record more samples per run',
    );
  });

  it('above 50 series lists only the changed and inconclusive ones, and says how many it left out', () => {
    const report = reportOf(
      [
        ...unchangedSeries(60),
        comparedSeries('BenchmarkA', 'regression', 1000, 1500),
        comparedSeries('BenchmarkW', 'inconclusive', 900, 1000, { reasons: [NOISY] }),
      ],
      { verdict: 'regression' },
    );
    const text = renderText(report);
    expect(text).toContain('Changed:\n');
    expect(text).toContain('Inconclusive:\n');
    expect(text).not.toContain('BenchmarkSteady-');
    expect(text).toContain('60 other series are not listed: write them all with --json FILE.');
    expect(text).toContain('noise wider than the 10% threshold (q = 0.20 > α = 0.05)');
  });

  it('prints the geomean per unit', () => {
    const report = reportOf([comparedSeries('BenchmarkA', 'regression', 1000, 1500)], {
      geomeans: [{ unit: 'ns/op', series: 1, baseline: 1000, current: 1500, percent: 50 }],
    });
    expect(renderText(report)).toContain('geomean (1 series, ns/op): 1 µs/op → 1.5 µs/op  +50.0%');
  });
});
