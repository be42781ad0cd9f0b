// The dashboard of a 3,000-series suite with 100 recorded runs (10 samples each) in headless Chromium:
// time to first paint and to the first chart, and frame times while scrolling through the cards.
// Prints the figures docs/dashboard.md quotes; asserts nothing about them.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { it } from 'vitest';
import { dashboardSite, writeSiteFolder } from '../../src/store/site.js';
import { launchChromium } from '../browser/chromium.js';
import { generatedHistory } from '../browser/histories.js';

const ROUNDS = 5;

it('measures the 3,000-series dashboard', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'perf-regression-dashboard-bench-'));
  const browser = await launchChromium();
  try {
    await writeSiteFolder(dir, dashboardSite([generatedHistory('large', 3000, 100, 10)]));
    const index = path.join(dir, 'index.html');
    console.log(`index.html: ${(statSync(index).size / 1e6).toFixed(1)} MB`);
    for (let round = 1; round <= ROUNDS; round++) {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      await page.goto(pathToFileURL(index).href);
      await page.waitForSelector('section.series .uplot');
      const timings = await page.evaluate(async () => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
        const frames: number[] = [];
        let last = performance.now();
        for (let i = 0; i < 120; i++) {
          window.scrollBy(0, 600);
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const now = performance.now();
          frames.push(now - last);
          last = now;
        }
        frames.sort((a, b) => a - b);
        return {
          firstContentfulPaint: at('first-contentful-paint'),
          script: at('perf-regression:script'),
          data: at('perf-regression:data'),
          cards: at('perf-regression:cards'),
          firstChart: at('perf-regression:first-chart'),
          frameMedian: frames[frames.length >> 1],
          frameP95: frames[Math.floor(frames.length * 0.95)],
          frameMax: frames.at(-1),
          charts: document.querySelectorAll('.uplot').length,
        };
      });
      console.log(
        `round ${round}: ${JSON.stringify(timings, (_k, v) => (typeof v === 'number' ? Math.round(v) : v))}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
