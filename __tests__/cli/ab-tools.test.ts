// Real same-job A/B runs of the pytest-benchmark, tinybench and criterion fixture programs through
// dist/cli.js ab (fixtures/ab-tools, regen.sh): the head commit changes the code (mix does 20% more
// rounds, count primes a faster algorithm), so a side that ran the other tree's code would show no
// change. Every kept invocation output is read again and compared as `ab` does; the report `ab` wrote
// must be what that gives.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSameJob, type SameJobPass } from '../../src/engine/same-job.js';
import type { ComparisonReport } from '../../src/model/report.js';
import type { FormatChoice } from '../../src/model/result.js';
import { FIXTURES, keptPasses } from '../helpers/fixtures.js';

interface ToolRuns {
  tool: string;
  format: FormatChoice;
  passes: number;
  mix: string;
  primes: string;
  /** What the A/B flagged on this loaded machine (README): the changed benchmarks, or fewer. */
  found: string[];
}

const TOOLS: ToolRuns[] = [
  {
    tool: 'pytest',
    format: 'pytest',
    passes: 10,
    mix: 'test_mix',
    primes: 'test_count_primes',
    found: ['test_count_primes improvement', 'test_mix regression'],
  },
  {
    tool: 'tinybench',
    format: 'tinybench',
    passes: 5,
    mix: 'mix',
    primes: 'count primes < 20000',
    found: ['count primes < 20000 improvement', 'mix regression'],
  },
  // mix +58% [+5.8%, +134%] was not significant after the 3 tests' correction (q = 0.051).
  {
    tool: 'criterion',
    format: 'criterion',
    passes: 5,
    mix: 'mix',
    primes: 'count_primes/2000',
    found: ['count_primes/2000 improvement'],
  },
];

const passesOf = (tool: string, run: string, format: FormatChoice): SameJobPass[] =>
  keptPasses(`ab-tools/${tool}/${run}`, format);

function written(tool: string, run: string): ComparisonReport {
  return JSON.parse(readFileSync(path.join(FIXTURES, `ab-tools/${tool}/${run}.json`), 'utf8'));
}

const flagged = (report: ComparisonReport) =>
  report.series
    .filter((s) => s.status !== 'unchanged' && s.status !== 'inconclusive')
    .map((s) => `${s.name} ${s.status}`)
    .sort();

describe.each(TOOLS)(
  'real A/B runs of the $tool program',
  ({ tool, format, passes: count, mix, primes, found }) => {
    it('kept every invocation: every pass, both sides, each with the same benchmarks', () => {
      for (const run of ['ab', 'aa']) {
        const passes = passesOf(tool, run, format);
        expect(passes).toHaveLength(count);
        for (const pass of passes) {
          expect(pass.base.map((r) => r.name).sort()).toEqual(pass.head.map((r) => r.name).sort());
          expect(pass.base.length).toBeGreaterThanOrEqual(3);
        }
      }
    });

    it('the A/B measures the code change (mix slower, count primes faster) and flags nothing else', () => {
      const report = compareSameJob(passesOf(tool, 'ab', format));
      const change = (name: string) => report.series.find((s) => s.name === name)?.change?.percent;
      // Each side ran its own tree's code: the head's faster algorithm and its extra rounds show.
      expect(change(primes)).toBeLessThan(-30);
      expect(change(mix)).toBeGreaterThan(5);
      expect(flagged(report)).toEqual(found);
      expect(flagged(written(tool, 'ab'))).toEqual(found);
    });

    it('the A/A (both sides one commit) flags nothing', () => {
      const report = compareSameJob(passesOf(tool, 'aa', format));
      expect(flagged(report)).toEqual([]);
      expect(flagged(written(tool, 'aa'))).toEqual([]);
    });
  },
);
