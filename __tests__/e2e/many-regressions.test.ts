// Scenario 9: a pull request that regresses 60 benchmarks among hundreds. This is a load test of
// publishing (annotation batches of at most 50 per Checks API request, a comment that must fit GitHub's
// 65,536 characters), not of a parser, so its input is synthetic: the generic `json` format written
// here from a seeded PRNG (baseline samples ~N(100, 1); in the pull request 60 series ~N(130, 1) and the
// rest ~N(100, 1) again; 10 samples each).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxMullerCosine, seededRandom } from '../helpers/random.js';
import type { StoredAnnotation } from '../support/github-server.js';
import { type ActionRun, reportOf, TestRepository, transcript } from './action-run.js';

const REGRESSED = 60;
/** Enough unchanged series that the full report is longer than a comment may be. */
const STEADY = 800;
const SAMPLES = 10;
const MAX_COMMENT_CHARS = 65_536;
const SOURCE_FILE = 'load/load_test.go';
/** Line of the first `func` in the generated Go file (package, blank, import, blank before it). */
const FIRST_FUNC_LINE = 5;

/** A normal draw with the given mean and sd from a seeded uniform source. */
function normal(random: () => number, mean: number, sd: number): number {
  return mean + sd * boxMullerCosine(random);
}

const loadName = (i: number) => `BenchmarkLoad${String(i).padStart(2, '0')}`;
const steadyName = (i: number) => `BenchmarkSteady${String(i).padStart(3, '0')}`;

/** One run's results in the generic json format; `regressedMean` is where the 60 load series sit. */
function benchmarkRun(seed: number, regressedMean: number): string {
  const random = seededRandom(seed).uniform;
  const series = (name: string, mean: number) => ({
    name,
    unit: 'ns',
    samples: Array.from({ length: SAMPLES }, () => Math.round(normal(random, mean, 1) * 1000) / 1000),
  });
  const entries = [
    ...Array.from({ length: REGRESSED }, (_, i) => series(loadName(i), regressedMean)),
    ...Array.from({ length: STEADY }, (_, i) => series(steadyName(i), 100)),
  ];
  return `${JSON.stringify(entries, null, 1)}\n`;
}

/** Go benchmark functions named like the series, so annotations have a definition to point at. */
function goSource(): string {
  const funcs = Array.from({ length: REGRESSED }, (_, i) => `func ${loadName(i)}(b *testing.B) {}`);
  return ['package load', '', 'import "testing"', '', ...funcs, ''].join('\n');
}

describe('a pull request with 60 regressions among 860 series', () => {
  let repo: TestRepository;
  let run: ActionRun;

  beforeAll(async () => {
    repo = await TestRepository.create();
    await repo.writeFile(SOURCE_FILE, goSource());
    // Seeded like the Go scenario: the same baseline run pushed twice. (Two different runs would not do:
    // with two baseline runs the between-run test has 0.37 degrees of freedom and vetoes any change.)
    const baseline = await repo.writeFile('bench.json', benchmarkRun(1, 100));
    for (let push = 0; push < 2; push++) {
      const seeded = await repo.push({ files: baseline });
      expect(seeded.exitCode, transcript(seeded)).toBe(0);
    }
    const files = await repo.writeFile('bench.json', benchmarkRun(2, 130));
    run = await repo.pullRequest({ files }, { number: 60 });
  });

  afterAll(async () => {
    await repo.close();
  });

  it('flags exactly the 60 regressed series and fails', async () => {
    expect(run.exitCode, transcript(run)).toBe(1);
    expect(run.warnings, transcript(run)).toEqual([]);
    expect(run.outputs).toMatchObject({
      verdict: 'regression',
      regressions: String(REGRESSED),
      improvements: '0',
    });
    const report = await reportOf(run);
    expect(report.series).toHaveLength(REGRESSED + STEADY);
    expect(
      report.series
        .filter((s) => s.status === 'regression')
        .map((s) => s.name)
        .sort(),
    ).toEqual(Array.from({ length: REGRESSED }, (_, i) => loadName(i)));
  });

  it('sends the annotations in batches of at most 50: 50 with the create, 10 in an update', () => {
    const checkCalls = run.api.filter((r) => r.path.includes('/check-runs'));
    const batches = checkCalls.map((r) => {
      const output = (r.body as { output?: { annotations?: unknown[] } }).output;
      return `${r.method} ${r.status} ${output?.annotations?.length}`;
    });
    expect(batches).toEqual(['POST 201 50', 'PATCH 200 10']);
    const [check] = repo.github.state.checkRuns;
    expect(check?.conclusion).toBe('failure');
    expect(check?.annotations).toHaveLength(REGRESSED);
  });

  it('places every annotation on the func that defines its benchmark', () => {
    const annotations = repo.github.state.checkRuns[0]?.annotations ?? [];
    const where = (a: StoredAnnotation) => {
      const index = Number(/BenchmarkLoad(\d\d)/.exec(a.title ?? '')?.[1]);
      return { path: a.path, line: a.start_line, expected: FIRST_FUNC_LINE + index };
    };
    for (const a of annotations) {
      const { path, line, expected } = where(a);
      expect({ path, line }, JSON.stringify(a)).toEqual({ path: SOURCE_FILE, line: expected });
    }
    expect(new Set(annotations.map((a) => a.start_line)).size).toBe(REGRESSED);
  });

  it('posts a comment within 65,536 characters that still lists every regression', async () => {
    const [comment, ...others] = repo.github.state.comments;
    expect(others).toEqual([]);
    const body = comment?.body ?? '';
    expect([...body].length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    // The full report did not fit, so the comment is the shortened one: proof the limit was in play.
    expect(body).toContain(`All ${REGRESSED + STEADY} series are in the JSON report`);
    expect(body).not.toContain(steadyName(STEADY - 1));
    for (let i = 0; i < REGRESSED; i++) expect(body).toContain(loadName(i));
    expect((repo.github.state.checkRuns[0]?.output.summary ?? '').length).toBeLessThanOrEqual(65_535);
  });
});
