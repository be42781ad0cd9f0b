// The weekly watch as GitHub runs it: dist/index.js on `schedule` events, with the suite's history on a
// gh-pages branch (a local bare repository) or in the Actions cache, against the local GitHub fake:
// issues opened per regression event, left alone while nothing changes, edited when series join,
// closed on recovery, never reopened, and a read-only token only warned about.
import { afterEach, describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/parsers/index.js';
import { readWatchMarker } from '../../src/render/trend-issue.js';
import { serializeHistory } from '../../src/store/history.js';
import type { HistoryEntry } from '../../src/store/store.js';
import type { GitHubServerOptions, RecordedRequest, SeedIssue } from '../support/github-server.js';
import { type ActionRun, commitOf, TestRepository, transcript } from './action-run.js';

const SUITE = 'go';
const LABEL = 'performance-regression';
const BENCHMARKS = ['BenchmarkParse', 'BenchmarkEncode', 'BenchmarkDecode', 'BenchmarkFlat'];
/** Each benchmark's run-to-run wobble, as a fixed pattern: deterministic, about 1%. */
const WOBBLE = [0, 0.008, -0.006, 0.011, -0.01, 0.004, -0.003, 0.009, -0.008, 0.002, 0.006, -0.011, 0.001];

/** A run's factor per benchmark (1 = the usual level). */
type Levels = Partial<Record<string, number>>;

function goOutput(run: number, levels: Levels): string {
  const lines = BENCHMARKS.map((name, b) => {
    const wobble = WOBBLE[(run * 5 + b * 3) % WOBBLE.length] as number;
    const ns = (1000 + 250 * b) * (levels[name] ?? 1) * (1 + wobble);
    return `${name}-2   \t 1000000\t      ${ns.toFixed(1)} ns/op`;
  });
  return [
    'goos: linux',
    'goarch: amd64',
    'pkg: example.com/widgets',
    ...lines,
    'PASS',
    'ok  \texample.com/widgets\t1.234s',
    '',
  ].join('\n');
}

const runSha = (run: number) => commitOf(`run ${run}`);
/** The series id the go parser gives a benchmark of the output above. */
const id = (name: string) => `example.com/widgets::${name}-2 [ns/op]`;

/** A history of the given runs, as the action records it on the default branch. */
function history(levels: Levels[]): HistoryEntry[] {
  return levels.map((l, run) => ({
    commit: runSha(run),
    branch: 'main',
    date: new Date(Date.UTC(2025, 0, 1) + run * 7 * 86_400_000).toISOString(),
    runId: String(8000 + run),
    runAttempt: 1,
    results: parseInputs([{ path: 'bench.txt', text: goOutput(run, l) }], 'go').results,
  }));
}

const times = (n: number, levels: Levels = {}): Levels[] => Array.from({ length: n }, () => levels);
const SLOWER = { BenchmarkParse: 1.2, BenchmarkEncode: 1.18 };

let repo: TestRepository;
let nextRun = 0;

afterEach(async () => {
  await repo?.close();
});

/** A repository whose gh-pages history holds `levels`, its commits known to the compare API. */
async function repositoryWith(levels: Levels[], github: GitHubServerOptions = {}): Promise<TestRepository> {
  const commits = Array.from({ length: 60 }, (_, i) => ({ sha: runSha(i), message: `change ${i}\n\nbody` }));
  repo = await TestRepository.create({ github: { commits, ...github } });
  const doc = {
    schema: 'perf-regression/history' as const,
    version: 1 as const,
    suite: SUITE,
    entries: history(levels),
  };
  await repo.remote.commitFiles({ [`perf-regression/${SUITE}/history.json`]: serializeHistory(doc) });
  nextRun = levels.length;
  return repo;
}

/** The next weekly run, measuring the code at `levels`, as commit `run <n>`. */
async function weekly(levels: Levels = {}, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const run = nextRun++;
  const files = await repo.writeFile('bench.txt', goOutput(run, levels));
  const result = await repo.schedule(
    { files, name: SUITE, storage: 'gh-pages', 'fail-on': 'never', ...inputs },
    { sha: runSha(run) },
  );
  expect(result.exitCode, transcript(result)).toBe(0);
  return result;
}

const writes = (run: ActionRun): RecordedRequest[] => run.api.filter((r) => r.method !== 'GET');
const describeWrites = (run: ActionRun) =>
  writes(run).map((r) => `${r.method} ${r.path.replace('/repos/acme/widgets', '')}`);

describe('the weekly watch on a gh-pages history', () => {
  it('opens one issue per active regression event, labelled, titled and marked', async () => {
    await repositoryWith([
      ...times(6),
      ...times(6, { BenchmarkDecode: 1.25 }),
      ...times(3, { BenchmarkDecode: 1.25, ...SLOWER }),
    ]);
    const run = await weekly({ BenchmarkDecode: 1.25, ...SLOWER });

    expect(describeWrites(run)).toEqual(['POST /issues', 'POST /issues']);
    const issues = repo.github.state.issues;
    expect(issues.map((i) => i.title)).toEqual([
      `perf-regression (go): 1 benchmark 25% slower since ${runSha(6).slice(0, 7)}`,
      `perf-regression (go): 2 benchmarks 18–20% slower since ${runSha(12).slice(0, 7)}`,
    ]);
    expect(issues.every((i) => i.labels.join() === LABEL && i.state === 'open')).toBe(true);
    const body = issues[1]?.body ?? '';
    expect(readWatchMarker(body)).toEqual({
      suite: 'go',
      event: runSha(12),
      kind: 'regression',
      lastGood: runSha(11),
      series: [id('BenchmarkEncode'), id('BenchmarkParse')],
      // The levels of runs 1–12 (1250 and 1000 ns/op, ±1%), what later runs are judged back at.
      before: {
        [id('BenchmarkEncode')]: expect.closeTo(1250, -1.5),
        [id('BenchmarkParse')]: expect.closeTo(1000, -1.5),
      },
    });
    expect(body).toContain(`https://github.com/acme/widgets/compare/${runSha(11)}...${runSha(12)}`);
    expect(body).toContain(
      `1 commit in the range:\n\n- [\`${runSha(12).slice(0, 7)}\`](https://github.com/acme/widgets/commit/${runSha(12)}) change 12`,
    );
    expect(body).toContain('| BenchmarkParse ');
    expect(body).toContain('```mermaid\nxychart-beta\n  title "BenchmarkParse: change at run 13"');
    expect(body).toContain('[first bad](https://github.com/acme/widgets/actions/runs/8012)');
    expect(run.summary).toContain('### perf-regression trend: go');
    expect(run.summary).toContain('🔴 **2 active regressions**');
  });

  it('sends no write request at all on the next run while nothing changed', async () => {
    await repositoryWith([...times(12), ...times(3, SLOWER)]);
    const first = await weekly(SLOWER);
    expect(describeWrites(first)).toEqual(['POST /issues']);
    const second = await weekly(SLOWER);
    expect(describeWrites(second), transcript(second)).toEqual([]);
    expect(second.stdout).toContain('no issue change (unchanged)');
  });

  it('opens a second issue for a new event and leaves the first one as it was', async () => {
    await repositoryWith([...times(12), ...times(3, SLOWER)]);
    await weekly(SLOWER);
    const before = { ...repo.github.state.issues[0] };
    const slowerStill = { ...SLOWER, BenchmarkFlat: 1.3 };
    // The new level counts from its fourth run (TREND_MIN_RUNS_AFTER).
    for (let k = 0; k < 3; k++) expect(describeWrites(await weekly(slowerStill))).toEqual([]);
    const fourth = await weekly(slowerStill);
    expect(describeWrites(fourth)).toEqual(['POST /issues']);
    expect(repo.github.state.issues[1]?.title).toBe(
      `perf-regression (go): 1 benchmark 30% slower since ${runSha(16).slice(0, 7)}`,
    );
    expect(repo.github.state.issues[0]).toEqual(before);
  });

  it('edits the body and adds one comment when another benchmark joins the event', async () => {
    await repositoryWith([...times(12), { BenchmarkParse: 1.2 }, ...times(2, SLOWER)]);
    const first = await weekly(SLOWER);
    expect(describeWrites(first)).toEqual(['POST /issues']);
    expect(readWatchMarker(repo.github.state.issues[0]?.body)?.series).toEqual([id('BenchmarkParse')]);
    const number = repo.github.state.issues[0]?.number;

    const second = await weekly(SLOWER);
    expect(describeWrites(second)).toEqual([`PATCH /issues/${number}`, `POST /issues/${number}/comments`]);
    const issue = repo.github.state.issues[0];
    expect(readWatchMarker(issue?.body)?.series).toEqual([id('BenchmarkEncode'), id('BenchmarkParse')]);
    expect(issue?.title).toContain('2 benchmarks');
    expect(repo.github.state.comments.at(-1)?.body).toMatch(
      /^1 more benchmark joined this regression: BenchmarkEncode\./,
    );
  });

  it('comments when and closes once the benchmarks are back, and not before three runs say so', async () => {
    await repositoryWith([...times(12), ...times(3, SLOWER)]);
    await weekly(SLOWER);
    const number = repo.github.state.issues[0]?.number;
    expect(describeWrites(await weekly())).toEqual([]);
    expect(describeWrites(await weekly())).toEqual([]);
    const back = await weekly();
    expect(describeWrites(back)).toEqual([`POST /issues/${number}/comments`, `PATCH /issues/${number}`]);
    expect(repo.github.state.issues[0]?.state).toBe('closed');
    expect(repo.github.state.comments.at(-1)?.body).toMatch(
      /^✅ Recovered at run 17 \(`[0-9a-f]{7}`, recorded \d{4}-\d\d-\d\d\)/,
    );
    expect(describeWrites(await weekly())).toEqual([]);
  });

  it('closes an issue whose change point is no longer found once the newest three runs are back', async () => {
    // BenchmarkParse 30% slower from run 13; at run 19 one run only 15% slower, two more at 30%, then
    // the old level.
    const slower = (f: number): Levels => ({ BenchmarkParse: f });
    await repositoryWith([...times(12), ...times(5, slower(1.3))]);
    expect(describeWrites(await weekly(slower(1.3)))).toEqual(['POST /issues']);
    const number = repo.github.state.issues[0]?.number;
    for (const f of [1.15, 1.3, 1.3, 1, 1]) expect(describeWrites(await weekly(slower(f)))).toEqual([]);
    // Three runs back: too few for a change point of their own, and the old one's new level no longer
    // held (3 of its 12 runs at the old level): no event at all, and each of the newest runs back.
    const back = await weekly();
    expect(back.stdout).toContain('0 event(s)');
    expect(describeWrites(back)).toEqual([`POST /issues/${number}/comments`, `PATCH /issues/${number}`]);
    expect(repo.github.state.issues[0]?.state).toBe('closed');
    expect(repo.github.state.comments.at(-1)?.body).toMatch(
      /^✅ Recovered: the change this issue was filed for is no longer found in the history, and each of the newest 3 runs of every benchmark of it, since run 22 \(`[0-9a-f]{7}`, recorded \d{4}-\d\d-\d\d\)/,
    );
    // A fourth run back makes a change point of its own: the event is found again, recovered, and its
    // issue, closed, is left so.
    const after = await weekly();
    expect(describeWrites(after)).toEqual([]);
    expect(after.stdout).toContain('closed; never reopened');
  });

  it('leaves an issue open whose change point is no longer found while the runs are not back', async () => {
    // The issue an earlier run filed for the step at run 13, on a history that now holds only three
    // runs of it (as after a person removed some): too few for a change point, and none of them back.
    await repositoryWith([...times(12), ...times(2, SLOWER)], { issues: [await markedIssue()] });
    const run = await weekly(SLOWER);
    expect(run.stdout).toContain('0 event(s)');
    expect(describeWrites(run)).toEqual([]);
    expect(run.stdout).toMatch(
      /left open \(no longer found as a change point, and .*'s newest 3 runs are not all back\)/,
    );
  });

  it('never reopens an issue someone closed, and files no duplicate', async () => {
    await repositoryWith([...times(12), ...times(3, SLOWER)]);
    await weekly(SLOWER);
    const issue = repo.github.state.issues[0] as (typeof repo.github.state.issues)[number];
    issue.state = 'closed';
    const next = await weekly(SLOWER);
    expect(describeWrites(next)).toEqual([]);
    expect(repo.github.state.issues).toHaveLength(1);
    expect(next.stdout).toContain('closed; never reopened');
  });

  it('finds its issue on the second page of 151 labelled issues', async () => {
    const ours = await markedIssue();
    const others: SeedIssue[] = Array.from({ length: 150 }, (_, i) => ({
      title: `other ${i}`,
      body: 'no marker',
      labels: [LABEL],
    }));
    await repositoryWith([...times(12), ...times(3, SLOWER)], { issues: [ours, ...others] });
    const run = await weekly(SLOWER);
    expect(describeWrites(run)).toEqual([]);
    const listed = run.api.filter((r) => r.method === 'GET' && r.path === '/repos/acme/widgets/issues');
    expect(listed.map((r) => [r.query.state, r.query.labels, r.query.page ?? '1'])).toEqual([
      ['all', LABEL, '1'],
      ['all', LABEL, '2'],
    ]);
  });

  it('warns naming `issues: write` when the token may not write issues, and still writes the summary', async () => {
    await repositoryWith([...times(12), ...times(3, SLOWER)], { readOnly: true });
    const files = await repo.writeFile('bench.txt', goOutput(nextRun, SLOWER));
    const run = await repo.schedule({ files, name: SUITE, storage: 'gh-pages' }, { sha: runSha(nextRun) });
    expect(run.exitCode, transcript(run)).toBe(run.outputs.verdict === 'regression' ? 1 : 0);
    expect(run.warnings).toEqual([
      expect.stringMatching(
        /could not open the regression issue: GitHub refused the token \(403 .*`issues: write`/,
      ),
    ]);
    expect(run.summary).toContain('🔴 **1 active regression**');
    expect(repo.github.state.issues).toEqual([]);
  });

  it('keeps to the job summary with issues: false, and runs on workflow_dispatch too', async () => {
    await repositoryWith([...times(12), ...times(3, SLOWER)]);
    const files = await repo.writeFile('bench.txt', goOutput(nextRun, SLOWER));
    const off = await repo.schedule(
      { files, name: SUITE, storage: 'gh-pages', 'fail-on': 'never', issues: 'false' },
      { sha: runSha(nextRun++), event: 'workflow_dispatch' },
    );
    expect(describeWrites(off)).toEqual([]);
    expect(off.summary).toContain('### perf-regression trend: go');
    expect(describeWrites(await weekly(SLOWER))).toEqual(['POST /issues']);
  });
});

/** The issue an earlier run filed for the SLOWER event at run 12. */
async function markedIssue(): Promise<SeedIssue> {
  const { watchMarker } = await import('../../src/render/trend-issue.js');
  const marker = watchMarker({
    suite: SUITE,
    event: runSha(12),
    kind: 'regression',
    lastGood: runSha(11),
    series: [id('BenchmarkEncode'), id('BenchmarkParse')],
  });
  return {
    title: 'perf-regression (go): 2 benchmarks 18–20% slower',
    body: `table\n\n${marker}`,
    labels: [LABEL],
  };
}

describe('the weekly watch on an Actions cache history', () => {
  it('records pushes, then opens the issue from the schedule run', async () => {
    repo = await TestRepository.create();
    const levels = [...times(10), ...times(3, SLOWER)];
    for (const [run, l] of levels.entries()) {
      const files = await repo.writeFile('bench.txt', goOutput(run, l));
      const push = await repo.push({ files, name: SUITE, 'fail-on': 'never' }, { sha: runSha(run) });
      expect(push.exitCode, transcript(push)).toBe(0);
      expect(describeWrites(push)).toEqual([]);
    }
    const files = await repo.writeFile('bench.txt', goOutput(levels.length, SLOWER));
    const run = await repo.schedule(
      { files, name: SUITE, 'fail-on': 'never' },
      { sha: runSha(levels.length) },
    );
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(describeWrites(run)).toEqual(['POST /issues']);
    expect(repo.github.state.issues[0]?.title).toBe(
      `perf-regression (go): 2 benchmarks 18–20% slower since ${runSha(10).slice(0, 7)}`,
    );
  });
});
