// The merged report of a matrix: a row and a section per job, real job reports inside, and every name
// from an artifact escaped.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobReport } from '../../src/model/merged.js';
import { parseReportFile } from '../../src/model/report-file.js';
import { renderMergedMarkdown } from '../../src/render/merged.js';
import { FIXTURES } from '../helpers/fixtures.js';

/** A real report: dist/cli.js ab on the go program (__tests__/fixtures/ab/regen.sh). */
const real = (name: string) =>
  parseReportFile(readFileSync(path.join(FIXTURES, 'ab', `${name}.json`), 'utf8'), `${name}.json`);

const OPTIONS = {
  title: 'benchmarks',
  verdict: 'incomplete',
  summary: '1 of 3 jobs without a readable report',
} as const;

describe('renderMergedMarkdown', () => {
  const jobs: JobReport[] = [
    { job: 'linux', artifact: 'perf-regression-linux', report: real('ab_1') },
    { job: 'macos', artifact: 'perf-regression-macos', report: real('aa_1') },
    { job: 'windows', problem: 'no artifact perf-regression-windows in this run' },
  ];

  it('opens with the combined verdict and a row per job, then each job as its own section', () => {
    const md = renderMergedMarkdown(jobs, { ...OPTIONS, runUrl: 'https://github.com/o/r/actions/runs/5' });
    const lines = md.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      '### perf-regression: benchmarks (3 jobs)',
      '',
      '⛔ **1 of 3 jobs without a readable report**',
      '',
      '| Job | Verdict |',
      '| :-- | :-- |',
      expect.stringMatching(
        /^\| linux \| 🔴 \*\*1 regression\*\*, 🟢 1 improvement, 66 unchanged — 7 inconclusive \|$/,
      ),
      expect.stringMatching(/^\| macos \| ✅ \*\*No regressions\*\*, 74 unchanged — 1 inconclusive \|$/),
    ]);
    expect(lines[8]).toBe('| windows | ⛔ **No report**: no artifact perf-regression-windows in this run |');
    // Each section holds the job's own report: its verdict line and its same-job note.
    const linux = md.slice(md.indexOf('\n#### linux\n'), md.indexOf('\n#### macos\n'));
    expect(linux).toContain('Measured against `');
    expect(linux).toContain('<details><summary>All 75 series</summary>');
    expect(md).toContain('\n#### windows\n\n⛔ **No report**');
    expect(
      md
        .trimEnd()
        .endsWith('<sub>[Workflow run](https://github.com/o/r/actions/runs/5) · perf-regression</sub>'),
    ).toBe(true);
  });

  it('keeps every job in a small budget by shortening the sections, not dropping jobs', () => {
    const md = renderMergedMarkdown(jobs, { ...OPTIONS, limit: 4_000 });
    expect(md.length).toBeLessThanOrEqual(4_000);
    for (const name of ['linux', 'macos', 'windows']) expect(md).toContain(`\n#### ${name}\n`);
    expect(md).toContain('All 75 series are in the JSON report');
  });

  it('escapes job names and problems, which any job of the run can choose', () => {
    const md = renderMergedMarkdown(
      [
        {
          job: '<img src=x> @admin #12 | x',
          problem: 'perf-regression-[a](www.evil.example)/report.json: bad',
        },
      ],
      { ...OPTIONS, summary: '1 of 1 jobs without a readable report' },
    );
    expect(md).not.toMatch(/<img|@admin|#12|\[a\]\(/);
    expect(md).toContain(
      '| &lt;img src=x&gt; @\u200dadmin #\u200d12 \\| x | ⛔ **No report**: perf-regression-\\[a\\](www\u200d.evil.example)/report.json: bad |',
    );
  });
});
