// Tail percentiles through the bundled action (dist/index.js): a push records the real tinybench
// baseline, a pull request brings the build that stalls on every 10th call of one task
// (__tests__/fixtures/tinybench-tails). With `percentiles: p95, p99` its p95 and p99 rows fail the step while its
// median row does not; a budget on a percentile is checked on that row; without either, no tail row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitOf, reportOf, TestRepository, transcript } from './action-run.js';

describe('tail percentile rows in a pull request', () => {
  let repo: TestRepository;
  let files: string;

  beforeAll(async () => {
    repo = await TestRepository.create();
    files = await repo.addFixture('tinybench-tails/baseline.json', 'bench.json');
    const seeded = await repo.push({ files }, { sha: commitOf('main 1') });
    expect(seeded.exitCode, transcript(seeded)).toBe(0);
    await repo.addFixture('tinybench-tails/stalls.json', 'bench.json');
  }, 120_000);

  afterAll(async () => {
    await repo.close();
  });

  it('flags the stalling task on its p95 and p99 rows, not its median, and says so in the comment', async () => {
    const run = await repo.pullRequest({ files, percentiles: 'p95, p99' }, { number: 7 });
    expect(run.exitCode, transcript(run)).toBe(1);
    const report = await reportOf(run);
    const rows = report.series.map((s) => [s.name, s.statistic ?? 'median', s.status]);
    expect(rows.filter((r) => r[0] === 'checksum with cache')).toEqual([
      ['checksum with cache', 'median', expect.not.stringMatching(/^regression$/)],
      ['checksum with cache', 'p95', 'regression'],
      ['checksum with cache', 'p99', 'regression'],
    ]);
    const comment = repo.github.state.comments.at(-1)?.body ?? '';
    expect(comment).toContain('checksum with cache \\[p95\\]');
    expect(run.summary).toContain('checksum with cache \\[p99\\]');
  }, 120_000);

  it('checks a budget on a percentile against its row only, without the percentiles input', async () => {
    const run = await repo.pullRequest(
      { files, budgets: 'checksum with cache: p95 < 5ms', 'fail-on': 'budget' },
      { number: 8 },
    );
    expect(run.exitCode, transcript(run)).toBe(1);
    const report = await reportOf(run);
    expect(report.series.filter((s) => s.budget).map((s) => [s.id, s.status, s.budget?.written])).toEqual([
      ['checksum with cache [ms] p95', 'regression', 'p95 < 5 ms'],
    ]);
  }, 120_000);

  it('adds no tail rows by default', async () => {
    const run = await repo.pullRequest({ files }, { number: 9 });
    const report = await reportOf(run);
    expect(report.series.map((s) => s.statistic)).toEqual([undefined, undefined]);
  }, 120_000);

  it('rejects a percentile it does not compare in one line', async () => {
    const run = await repo.pullRequest({ files, percentiles: 'p90' }, { number: 10 });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      'input "percentiles": "p90" is not a percentile this version compares; expected p95, p99 or none',
    ]);
  }, 120_000);
});
