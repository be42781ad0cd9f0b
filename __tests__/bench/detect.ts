// `npm run bench:detect`: how often the engine raises false alarms and how often it finds real
// slowdowns, on simulated suites whose truth is known, next to the rules other tools use and an
// oracle that knows the true noise. Prints the summary, the tables and the speed of compare() +
// renderMarkdown on 10,000 series, and rewrites __tests__/bench/DETECTION.md. Deterministic (seeded).
// Noise model: detect-suite.ts; methods: detect-methods.ts; conditions: detect-grid.ts.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { compare } from '../../src/engine/compare.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { seededRandom } from '../helpers/random.js';
import { detectionDocument, type Speed } from './detect-document.js';
import { ALPHA, BLOCKS, SUITES_PER_SHIFT, THRESHOLD } from './detect-grid.js';
import { runCondition } from './detect-run.js';
import { type Condition, simulateSuite } from './detect-suite.js';

test('detection rates and speed', () => {
  const started = performance.now();
  const blocks = BLOCKS.map((block) => ({
    title: block.title,
    apart: block.apart,
    results: block.conditions.map((c) =>
      runCondition(c, block.suitesPerShift ?? SUITES_PER_SHIFT, THRESHOLD, ALPHA, conditionSeed(c)),
    ),
  }));
  const seconds = (performance.now() - started) / 1000;
  const markdown = detectionDocument(blocks, [measureSpeed(1), measureSpeed(5)], seconds);
  console.log(markdown);
  writeFileSync(path.join(import.meta.dirname, 'DETECTION.md'), markdown);
  expect(blocks.flatMap((b) => b.results).every((r) => r.nulls.trials > 0)).toBe(true);
});

/**
 * A seed from the condition itself, so that adding a condition to the grid leaves every other one's
 * suites as they were (FNV-1a over its parameters).
 */
function conditionSeed(c: Condition): number {
  let h = 0x811c9dc5;
  const size = c.size === undefined ? '' : `/${c.size}`;
  for (const ch of `${c.withinCv}/${c.runCv}/${c.runnerCv}/${c.runs}/${c.samples}${size}`) {
    h = Math.imul(h ^ (ch.codePointAt(0) as number), 0x01000193) >>> 0;
  }
  return h % 1_000_000;
}

/** compare() + renderMarkdown on 10,000 series × 10 samples against a window of `runs` (best of 3). */
function measureSpeed(runs: number): Speed {
  const condition = { withinCv: 0.02, runCv: 0.02, runnerCv: 0, runs, samples: 10 };
  const suite = simulateSuite(condition, 0.1, seededRandom(99), 10_000);
  let best: Speed | undefined;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const report = compare(suite.baseline, suite.current);
    const t1 = performance.now();
    renderMarkdown(report);
    const t2 = performance.now();
    if (!best || t2 - t0 < best.compareMs + best.renderMs) {
      best = { series: 10_000, samples: 10, runs, compareMs: t1 - t0, renderMs: t2 - t1 };
    }
  }
  return best as Speed;
}
