// Scenario: a pull request whose benchmark job ran while a noisy neighbour loaded the runner. Real runs
// of the go fixture program on this machine (fixtures/go/history): the default branch recorded three
// runs of identical code; the pull request brings identical code too, but its run (loaded_2) had two
// CPU hogs for 15 s, which slowed the four mathx benchmarks that ran meanwhile by about 30–70%. No comparison
// of one current run can tell that from a slowdown of the code: the regressions stand, the step fails,
// and the comment says they ran back to back and asks for a re-run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionRun, reportOf, TestRepository, transcript } from './action-run.js';

const BURST = ['BenchmarkFib/n=20', 'BenchmarkFib/n=40', 'BenchmarkFibRec20', 'BenchmarkCountPrimes'];

describe('a pull request measured during a burst of load on the runner', () => {
  let repo: TestRepository;
  let run: ActionRun;

  beforeAll(async () => {
    repo = await TestRepository.create();
    await repo.addGoSources();
    let files = '';
    for (const k of [1, 2, 3]) {
      files = await repo.addFixture(`go/history/same_${k}.txt`, 'bench.txt');
      const seeded = await repo.push({ files });
      expect(seeded.exitCode, transcript(seeded)).toBe(0);
    }
    files = await repo.addFixture('go/history/loaded_2.txt', 'bench.txt');
    run = await repo.pullRequest({ files }, { number: 31 });
  });

  afterAll(async () => {
    await repo.close();
  });

  it('flags the burst, and the comment and summary say the regressions ran back to back', async () => {
    expect(run.exitCode, transcript(run)).toBe(1);
    const report = await reportOf(run);
    expect(report.baselineRuns).toBe(3);
    expect(report.series.filter((s) => s.status === 'regression').map((s) => s.name)).toEqual(BURST);
    expect(report.backToBack).toEqual([{ benchmarks: BURST, format: 'go' }]);
    const note = `> ⚠️ **4 benchmarks regressed back to back**: ${BURST.slice(0, 3).join(', ')} and ${BURST[3]} ran one right after another. A burst of load on the machine during those seconds looks just like this: re-run the job before acting on them. Running \`go test\` as five passes of \`-count=2\` into one file spreads such a burst over a few samples of many benchmarks, where the medians shrug it off.`;
    const [comment] = repo.github.state.comments;
    expect(comment?.body.split('\n')).toContain(note);
    expect(run.summary.split('\n')).toContain(note);
  });
});
