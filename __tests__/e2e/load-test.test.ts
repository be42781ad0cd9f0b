// A load test in CI: wrk's output of the baseline server recorded by a push to main, then a pull
// request measured against the slowed server (5× the work a request, a 500 every 100th; fixtures/wrk).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitOf, reportOf, TestRepository, transcript } from './action-run.js';

describe('a pull request that slows the server a wrk load test runs against', () => {
  let repo: TestRepository;
  let files: string;

  beforeAll(async () => {
    repo = await TestRepository.create();
    files = await repo.addFixture('wrk/baseline.txt', 'load.txt');
    const seeded = await repo.push({ files }, { sha: commitOf('main 1') });
    expect(seeded.exitCode, transcript(seeded)).toBe(0);
    await repo.addFixture('wrk/regressed.txt', 'load.txt');
  });

  afterAll(async () => {
    await repo.close();
  });

  it('fails the step; the comment flags throughput, every percentile and the new errors', async () => {
    const run = await repo.pullRequest({ files }, { number: 7 });
    expect(run.exitCode, transcript(run)).toBe(1);
    const report = await reportOf(run);
    expect(report.series.map((s) => [s.id, s.status, s.format])).toEqual(
      [
        'http://127.0.0.1:18731/work [req/s]',
        'http://127.0.0.1:18731/work p50 [ms]',
        'http://127.0.0.1:18731/work p90 [ms]',
        'http://127.0.0.1:18731/work p99 [ms]',
        'http://127.0.0.1:18731/work [errors]',
      ].map((id) => [id, 'regression', 'wrk']),
    );
    expect(run.outputs).toMatchObject({ verdict: 'regression', regressions: '5' });
    const [comment] = repo.github.state.comments;
    expect(comment?.body).toMatch(/0 errors → 41 errors/);
    expect(comment?.body).toMatch(/6\.528k req\/s → 1\.385k req\/s/);
  }, 120_000);
});
