// The dashboard opened in headless Chromium from file://, as `perf-regression dashboard` writes it and
// as GitHub Pages serves it: the go history fixtures, a suite of hostile names, and 3,000 series.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardSite, writeSiteFolder } from '../../src/store/site.js';
import type { HistoryDocument } from '../../src/store/store.js';
import { simulatedHistory } from '../trend/history.js';
import { launchChromium, openPage, screenshot } from './chromium.js';
import { generatedHistory, goHistory } from './histories.js';

let browser: Browser;
let root: string;

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(path.join(tmpdir(), 'perf-regression-dashboard-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The site of `docs` written to a folder; the URL of its index.html. */
async function site(name: string, docs: HistoryDocument[]): Promise<{ dir: string; url: string }> {
  const dir = path.join(root, name);
  await writeSiteFolder(dir, dashboardSite(docs, 'https://github.com/acme/widgets'));
  return { dir, url: pathToFileURL(path.join(dir, 'index.html')).href };
}

const go = goHistory();
const goSeries = new Set(go.entries.flatMap((e) => e.results.map((r) => r.id))).size;

describe('the dashboard of the go history (ten recordings) and a second suite', () => {
  const second = generatedHistory('generated', 40, 12, 5);

  it('shows one card per series, draws only the charts in view, and asks only for its own files', async () => {
    const { url, dir } = await site('go', [go, second]);
    const r = await openPage(browser, url);
    const { page } = r;
    await page.waitForSelector('section.series .uplot');
    expect(await page.locator('section.series').count()).toBe(goSeries + 40);
    const drawn = await page.locator('section.series .uplot').count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(goSeries);
    expect(r.requests.every((u) => u.startsWith(pathToFileURL(dir).href))).toBe(true);
    expect(r.requests).toHaveLength(6);
    expect(r.errors).toEqual([]);
    await screenshot(page, 'dashboard-light', false);
    const dark = await openPage(browser, url, { colorScheme: 'dark' });
    await dark.page.waitForSelector('section.series .uplot');
    await screenshot(dark.page, 'dashboard-dark', false);
    expect(dark.errors).toEqual([]);
  });

  it('filters by name, suite, unit and status', async () => {
    const { page } = await openPage(browser, (await site('go', [go, second])).url);
    const shown = () => page.locator('section.series:not([hidden])').count();
    await page.locator('#search').fill('mix');
    const mix = new Set(
      go.entries.flatMap((e) => e.results.filter((x) => /mix/i.test(x.name)).map((x) => x.id)),
    );
    expect(await shown()).toBe(mix.size);
    await page.locator('#unit-filter').selectOption('ns/op');
    expect(await shown()).toBe(1);
    await page.locator('#search').fill('');
    await page.locator('#unit-filter').selectOption('');
    await page.locator('#suite-filter').selectOption('generated');
    expect(await shown()).toBe(40);
    await page.locator('#suite-filter').selectOption('');
    await page.locator('#status-filter').selectOption('regression');
    expect(await page.locator('section.series:not([hidden]) .name').allTextContents()).toEqual([
      'BenchmarkMix',
    ]);
  });

  it('opens a permalink #suite/series scrolled to that series, and a click on a point shows its commit and run', async () => {
    const mix = go.entries[0]?.results.find((x) => x.name === 'BenchmarkMix' && x.unit === 'ns/op');
    const anchor = `go/${mix?.id}`;
    const { page } = await openPage(
      browser,
      `${(await site('go', [go, second])).url}#${encodeURIComponent(anchor)}`,
      {
        height: 700,
      },
    );
    const card = page.locator('section.series.target');
    expect(await card.getAttribute('id')).toBe(anchor);
    await card.locator('.uplot').waitFor();
    const box = await card.boundingBox();
    expect(box && box.y >= 0 && box.y < 200).toBe(true);
    // The newest run's point (the regression) is at the right edge of the plot.
    const over = card.locator('.u-over');
    const area = await over.boundingBox();
    if (!area) throw new Error('no plot area');
    await page.mouse.move(area.x + area.width - 2, area.y + area.height / 2);
    await page.mouse.click(area.x + area.width - 2, area.y + area.height / 2);
    const detail = card.locator('.detail');
    expect(await detail.textContent()).toContain('Mix: 20% more rounds');
    expect(await detail.textContent()).toContain('flagged: regression');
    const newest = go.entries.at(-1);
    expect(await detail.locator('a.commit').getAttribute('href')).toBe(
      `https://github.com/acme/widgets/commit/${newest?.commit}`,
    );
    expect(await detail.locator('a.run').getAttribute('href')).toBe(
      `https://github.com/acme/widgets/actions/runs/${newest?.runId}`,
    );
    await screenshot(page, 'dashboard-permalink-click', false);
  });

  it('draws ticked series together on one chart', async () => {
    const { page } = await openPage(browser, (await site('go', [go, second])).url);
    await page.locator('#suite-filter').selectOption('generated');
    const ticks = page.locator('section.series:not([hidden]) input.select');
    await ticks.nth(0).check();
    await ticks.nth(1).check();
    await ticks.nth(2).check();
    const combined = page.locator('#combined');
    expect(await combined.isVisible()).toBe(true);
    expect(await combined.locator('li').count()).toBe(3);
    expect(await combined.locator('.uplot').count()).toBe(1);
  });

  it('writes one version of its assets, replacing an older one', async () => {
    const { dir } = await site('go', [go]);
    expect(readdirSync(path.join(dir, 'assets'))).toHaveLength(1);
  });
});

describe('the dashboard of a history with a step: the weekly watch’s change points', () => {
  it('marks the step where the watch finds it, in words under the chart as well as a dashed line', async () => {
    const entries = simulatedHistory(30, [
      { name: 'BenchmarkStep', steps: [{ at: 20, factor: 1.2 }] },
      { name: 'BenchmarkFlat' },
    ]).map((r) => ({ ...r, branch: 'main', results: [...r.results] }));
    const doc: HistoryDocument = { schema: 'perf-regression/history', version: 1, suite: 'go', entries };
    const r = await openPage(browser, (await site('step', [doc])).url);
    const { page } = r;
    await page.waitForSelector('section.series .uplot');
    const step = page.locator('section.series', { hasText: 'BenchmarkStep' });
    expect(await step.locator('.changes').textContent()).toMatch(
      /^Change points \(dashed\): run 21 \(\d\d-\d\d\) \+(19|20|21)(\.\d)?% worse$/,
    );
    expect(
      await page.locator('section.series', { hasText: 'BenchmarkFlat' }).locator('.changes').count(),
    ).toBe(0);
    expect(r.errors).toEqual([]);
    await screenshot(page, 'dashboard-change-point', false);
  });
});

describe('the dashboard of series with hostile names', () => {
  it('shows the names as text and runs nothing', async () => {
    const doc = generatedHistory('<img src=x onerror="window.__pwned=1;alert(1)">', 3, 4, 3);
    const names = ['</script><script>window.__pwned=2</script>', '<svg onload="window.__pwned=3">', '"><b>x'];
    for (const entry of doc.entries) {
      entry.message = '<img src=y onerror="window.__pwned=4">';
      entry.results.forEach((r, i) => {
        r.name = names[i] as string;
        r.unit = '<i>ns</i>';
      });
    }
    const r = await openPage(browser, (await site('hostile', [doc])).url);
    expect(await r.page.locator('section.series .name').allTextContents()).toEqual([...names].sort());
    expect(await r.page.locator('h2.suite').textContent()).toBe(doc.suite);
    expect(await r.page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await r.page.locator('main img, main b, main i, main script').count()).toBe(0);
    expect(r.dialogs).toEqual([]);
    expect(r.errors).toEqual([]);
  });
});

describe('the dashboard of 3,000 series × 100 runs', () => {
  it('opens with a card per series and charts only for the few in view', async () => {
    const { url } = await site('large', [generatedHistory('large', 3000, 100, 3)]);
    const r = await openPage(browser, url);
    await r.page.waitForSelector('section.series .uplot');
    expect(await r.page.locator('section.series').count()).toBe(3000);
    expect(await r.page.locator('section.series .uplot').count()).toBeLessThan(40);
    await r.page.mouse.wheel(0, 20_000);
    await r.page.waitForTimeout(200);
    expect(await r.page.locator('section.series .uplot').count()).toBeLessThan(40);
    expect(r.errors).toEqual([]);
  });
});
