// The trend report's HTML page (`trend --html`) opened in headless Chromium from file://: its events,
// one picture per change point of an event, no request, and hostile names kept as text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseTrend } from '../../src/engine/trend/analyse.js';
import type { TrendReport } from '../../src/model/trend.js';
import { renderTrendHtml } from '../../src/render/html/trend.js';
import { PLAIN } from '../../src/render/inline.js';
import { trendVerdictLine } from '../../src/render/trend.js';
import { simulatedHistory } from '../trend/history.js';
import { launchChromium, openPage, screenshot } from './chromium.js';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(path.join(tmpdir(), 'perf-regression-trend-html-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(report: TrendReport, name: string) {
  const file = path.join(dir, `${name}.html`);
  writeFileSync(file, renderTrendHtml(report));
  const url = pathToFileURL(file).href;
  return { url, ...(await openPage(browser, url)) };
}

const HOSTILE = '<img src=x onerror="window.__pwned=1;alert(1)">';

describe('the trend page of a history with one regression event of two series', () => {
  const report = analyseTrend(
    'go',
    simulatedHistory(30, [
      { name: 'BenchmarkParse', steps: [{ at: 20, factor: 1.2 }] },
      { name: HOSTILE, steps: [{ at: 20, factor: 1.25 }] },
      { name: 'BenchmarkFlat' },
    ]),
  );

  it('shows the verdict, the event, and a picture of each of its series with the runs before it', async () => {
    expect(report.events).toHaveLength(1);
    const r = await open(report, 'trend');
    const { page } = r;
    expect(await page.title()).toBe('perf-regression trend: go');
    expect(await page.locator('#verdict').textContent()).toBe(trendVerdictLine(report, PLAIN));
    expect(await page.locator('p.note').first().textContent()).toMatch(
      /^🔴 2 benchmarks 2\d–2\d% slower since/,
    );
    expect(await page.locator('table#changes tbody tr').count()).toBe(2);
    const figures = page.locator('figure.why');
    expect(await figures.count()).toBe(2);
    const parse = figures.filter({ hasText: 'BenchmarkParse' }).locator('svg');
    expect(await parse.locator('circle.dot.window').count()).toBe(20);
    expect(await parse.locator('circle.dot.this').count()).toBe(1);
    const names = await page.locator('table#changes td.name').allTextContents();
    expect(names.some((n) => n.endsWith(HOSTILE))).toBe(true);
    expect(await page.locator('table#changes th').allTextContents()).toEqual([
      'Benchmark',
      'Before → After',
      'Change',
      'p',
    ]);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(r.dialogs).toEqual([]);
    expect(r.requests).toEqual([r.url]);
    expect(r.errors).toEqual([]);
    await screenshot(page, 'trend-light');
  });
});
