// The HTML report opened in headless Chromium from file://, as a person opens the artifact's report:
// what it shows for a real regression, that its search narrows the table, that it asks nothing of the
// network, and that hostile benchmark names stay text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import type { ComparisonReport } from '../../src/model/report.js';
import { parseInputs } from '../../src/parsers/index.js';
import { renderHtmlReport } from '../../src/render/html/report.js';
import { PLAIN, verdictLine } from '../../src/render/inline.js';
import { fixture } from '../helpers/fixtures.js';
import { comparedSeries, reportOf, seriesOf } from '../render/reports.js';
import { launchChromium, openPage, type PageRecord, screenshot } from './chromium.js';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(path.join(tmpdir(), 'perf-regression-html-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

function resultsOf(relative: string) {
  return parseInputs([fixture(relative)], 'auto').results;
}

/** The report written to a file and opened from file://. */
async function open(report: ComparisonReport, title: string, colorScheme?: 'light' | 'dark') {
  const file = path.join(dir, `${title.replace(/[^\w-]/g, '_')}.html`);
  writeFileSync(file, renderHtmlReport(report, { title }));
  const url = pathToFileURL(file).href;
  return { url, ...(await openPage(browser, url, { colorScheme })) };
}

const rowCount = (r: PageRecord, table: string) =>
  r.page.locator(`table#${table} tbody tr:not([hidden])`).count();

describe('the HTML report of the go history: nine runs of identical code, then the regressed build', () => {
  const report = compare(
    [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => ({ results: resultsOf(`go/history/same_${k}.txt`) })),
    resultsOf('go/history/regressed_1.txt'),
  );
  const mix = report.series.find((s) => s.name === 'BenchmarkMix' && s.unit === 'ns/op');

  it('shows the verdict line, the three changes, and one picture of why each', async () => {
    const r = await open(report, 'go-history');
    const { page } = r;
    expect(await page.title()).toBe('perf-regression: go-history');
    expect(await page.locator('#verdict').textContent()).toBe(verdictLine(report, PLAIN));
    expect(await rowCount(r, 'changes')).toBe(3);
    expect(await page.locator('table#changes tbody tr').first().textContent()).toContain('BenchmarkMix');
    const figures = page.locator('figure.why');
    expect(await figures.count()).toBe(report.series.filter((s) => s.status !== 'unchanged').length);
    // BenchmarkMix's picture: both sides' samples, the window's nine run centers, this run, its interval.
    const picture = figures.filter({ hasText: 'BenchmarkMix' }).locator('svg');
    expect(await picture.locator('circle.dot.baseline').count()).toBe(mix?.baseline?.samples?.length);
    expect(await picture.locator('circle.dot.current').count()).toBe(mix?.current?.samples?.length);
    expect(await picture.locator('circle.dot.window').count()).toBe(9);
    expect(await picture.locator('circle.dot.this').count()).toBe(1);
    expect(await picture.locator('line.ci').count()).toBe(3);
    // The value axis speaks human units.
    expect(await picture.locator('text.tick').allTextContents()).toContain('400 ns/op');
    expect(r.errors).toEqual([]);
    await screenshot(page, 'report-light');
    await screenshot((await open(report, 'go-history', 'dark')).page, 'report-dark');
  });

  it('lists every series, and the search and status filter narrow the table', async () => {
    const r = await open(report, 'go-history');
    expect(await rowCount(r, 'all')).toBe(report.series.length);
    await r.page.locator('#search').fill('fib n=10');
    const fib = report.series.filter((s) => s.name.includes('Fib') && s.name.includes('n=10')).length;
    expect(fib).toBeGreaterThan(1);
    expect(await rowCount(r, 'all')).toBe(fib);
    await r.page.locator('#search').fill('');
    await r.page.locator('#status-filter').selectOption('improvement');
    expect(await rowCount(r, 'all')).toBe(2);
    expect(await r.page.locator('#shown').textContent()).toBe(`2 of ${report.series.length} series`);
  });

  it('makes no request but for its own file, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const r = await open(report, 'go-history', scheme);
      expect(r.requests).toEqual([r.url]);
      expect(r.errors).toEqual([]);
    }
  });

  it('draws dark text on light in light mode and light text on dark in dark mode', async () => {
    const colours = async (scheme: 'light' | 'dark') => {
      const { page } = await open(report, 'go-history', scheme);
      return page.evaluate(() => [
        getComputedStyle(document.body).backgroundColor,
        getComputedStyle(document.body).color,
      ]);
    };
    expect(await colours('light')).toEqual(['rgb(255, 255, 255)', 'rgb(31, 35, 40)']);
    expect(await colours('dark')).toEqual(['rgb(13, 17, 23)', 'rgb(230, 237, 243)']);
  });
});

describe('the HTML report of benchmarks with hostile names', () => {
  const NAMES = [
    '<img src=x onerror="window.__pwned=1;alert(1)">',
    '</script><script>window.__pwned=2;alert(2)</script>',
    '<!--<script>window.__pwned=3</script>-->',
    '"><svg onload="window.__pwned=4">',
    '<iframe src="https://example.com/"></iframe>',
    "'; window.__pwned=5; '\u2028\u2029",
  ];
  const report = reportOf(
    NAMES.map((name, i) =>
      i % 2 === 0
        ? comparedSeries(name, 'regression', 100, 130, { unit: '<b>ns</b>' })
        : seriesOf(name, 'unchanged', { suite: '<script>alert(9)</script>' }),
    ),
    { verdict: 'regression' },
  );

  it('shows every name as its characters, runs none of them, and loads nothing', async () => {
    const r = await open(report, '<script>alert("title")</script>');
    const { page } = r;
    const shown = await page.locator('table#all td.name').allTextContents();
    for (const name of NAMES)
      expect(
        shown.some((cell) => cell.includes(name)),
        name,
      ).toBe(true);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(r.dialogs).toEqual([]);
    expect(await page.locator('img, iframe, main script, main svg:not(.picture)').count()).toBe(0);
    expect(await page.title()).toBe('perf-regression: <script>alert("title")</script>');
    expect(r.requests).toEqual([r.url]);
    expect(r.errors).toEqual([]);
    await screenshot(page, 'report-hostile-names');
  });
});
