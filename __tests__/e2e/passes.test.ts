// Scenario: pytest-benchmark run in five short passes, a JSON file each, given to the action as one
// run (`files: bench/*.json`), as examples/pytest/workflow.yml does. Real runs on this machine
// (fixtures/pytest/passes): the default branch recorded two such runs of identical code; one pull
// request ran while two CPU hogs loaded the runner for 3 s (they slowed some rounds of 6 of the 15
// tests), another brings the regressed build. The action pools each test's rounds from the five files
// into one series: the burst flags nothing, the regressed build exactly test_mix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonReport } from '../../src/model/report.js';
import { type ActionRun, reportOf, TestRepository, transcript } from './action-run.js';
import { historyInCacheEntry } from './stored-outputs.js';

describe('pytest in five passes, the files of one run pooled', () => {
  let repo: TestRepository;
  let loaded: ActionRun;
  let regressed: ActionRun;
  // Read right after each run: the next one writes its report to the same place.
  let loadedReport: ComparisonReport;
  let regressedReport: ComparisonReport;
  const files = 'bench/*.json';

  beforeAll(async () => {
    repo = await TestRepository.create();
    for (const run of ['passes_same_1', 'passes_same_2']) {
      await repo.addFixture(`pytest/passes/${run}`, 'bench');
      const seeded = await repo.push({ files });
      expect(seeded.exitCode, transcript(seeded)).toBe(0);
    }
    await repo.addFixture('pytest/passes/passes_loaded_1', 'bench');
    loaded = await repo.pullRequest({ files }, { number: 41 });
    loadedReport = await reportOf(loaded);
    await repo.addFixture('pytest/passes/passes_regressed', 'bench');
    regressed = await repo.pullRequest({ files }, { number: 42 });
    regressedReport = await reportOf(regressed);
  });

  it('records each push as one entry of 15 pooled series in the history', () => {
    const newest = repo.services.cacheEntries.at(-1);
    const history = historyInCacheEntry(repo.services, newest as NonNullable<typeof newest>);
    expect(history.entries).toHaveLength(2);
    for (const entry of history.entries) {
      expect(entry.results).toHaveLength(15);
      const mix = entry.results.find((r) => r.name === 'test_mix');
      expect(mix?.extra?.pooledFrom).toHaveLength(5);
    }
  });

  afterAll(async () => {
    await repo.close();
  });

  it('compares 15 series of pooled rounds against a window of two runs: the burst flags nothing', async () => {
    expect(loaded.exitCode, transcript(loaded)).toBe(0);
    const report = loadedReport;
    expect(report.baselineRuns).toBe(2);
    expect(report.series).toHaveLength(15);
    expect(report.counts.regression).toBe(0);
    const mix = report.series.find((s) => s.name === 'test_mix');
    // Five passes of rounds in one series, on both sides.
    expect(mix?.current?.n).toBeGreaterThan(100);
    expect(mix?.baseline?.runs).toBe(2);
  });

  it('fails the pull request with the regressed build on exactly test_mix', async () => {
    expect(regressed.exitCode, transcript(regressed)).toBe(1);
    const report = regressedReport;
    expect(report.series.filter((s) => s.status === 'regression').map((s) => s.name)).toEqual(['test_mix']);
    expect(report.series.filter((s) => s.status === 'improvement').map((s) => s.name)).toEqual([
      'test_count_primes',
    ]);
  });
});
