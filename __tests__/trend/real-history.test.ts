// The weekly watch on a real history: 22 runs of the go fixture program on a loaded shared machine
// (__tests__/fixtures/trend/README.md), 6 of them the regressed build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseTrend } from '../../src/engine/trend/analyse.js';
import { parseHistoryDocument } from '../../src/store/history.js';
import { runCli, transcript } from '../cli/run-cli.js';
import { FIXTURES } from '../helpers/fixtures.js';

const DIR = path.join(FIXTURES, 'trend/history');
const doc = parseHistoryDocument(readFileSync(path.join(DIR, 'go.json'), 'utf8'), 'go.json', 'go');

describe('a real go history on a loaded machine', () => {
  it('holds the 22 runs in order: 12 baseline, 6 regressed, 4 baseline', () => {
    expect(doc.entries.map((e) => e.commit.split('-')[0])).toEqual([
      ...Array(12).fill('baseline'),
      ...Array(6).fill('regressed'),
      ...Array(4).fill('baseline'),
    ]);
  });

  it('files no event where the noise between runs is wider than the change', () => {
    const report = analyseTrend('go', doc.entries);
    expect(report.runs).toBe(22);
    expect(report.events).toEqual([]);
    expect(report.changePoints.every((c) => !c.counts)).toBe(true);
  });

  it('gives the same answer from the CLI, exit 0, as committed in trend.md', async () => {
    const run = await runCli(['trend', '--history-dir', DIR, '--suite', 'go']);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.stdout).toBe(readFileSync(path.join(FIXTURES, 'trend/trend.md'), 'utf8'));
    expect(run.stdout).toContain('✅ **No active regression** — 22 runs, 21 series analysed');
  });
});
