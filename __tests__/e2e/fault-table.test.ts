// Issue 17, item 8: the fault table of docs/robustness.md, measured through dist/index.js against the
// local fakes. For each fault: whether the run retried, degraded with a warning, kept the exit code of
// its verdict, lost nothing (the comment, the check run, the history entry) and ended in bounded time.
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fault } from '../support/github-server.js';
import { type ActionRun, commitOf, TestRepository, transcript } from './action-run.js';
import { historyInCacheEntry, historyOnGhPages } from './stored-outputs.js';

const SHORT_GITHUB_PAUSES = path.join(import.meta.dirname, 'short-github-pauses.mjs');
const SHORT_CACHE_PAUSES = path.join(import.meta.dirname, 'short-retry-pauses.mjs');
const STACK_FRAME = /^\s+at .+[:(]/m;
const REPO_PATH = '/repos/acme/widgets';

let repo: TestRepository;
let files: string;
let prNumber = 100;

beforeAll(async () => {
  repo = await TestRepository.create();
  files = await repo.addFixture('go/baseline_cpu1_count10.txt', 'bench.txt');
  for (const storage of ['cache', 'gh-pages']) {
    const seeded = await repo.push({ files, storage }, { sha: commitOf(`seed ${storage}`) });
    expect(seeded.exitCode, transcript(seeded)).toBe(0);
  }
}, 120_000);

afterAll(async () => {
  await repo.close();
});

/** A pull request run (a new pull request each time) with `faults` queued on the REST server. */
async function pullRequestWith(
  faults: Fault[],
  options: { shortPauses?: boolean } = {},
): Promise<ActionRun & { number: number }> {
  repo.github.state.faults.splice(0, Infinity, ...faults);
  const number = ++prNumber;
  const run = await repo.pullRequest(
    { files },
    { number, ...(options.shortPauses ? { execArgv: ['--import', SHORT_GITHUB_PAUSES] } : {}) },
  );
  repo.github.state.faults.splice(0, Infinity);
  expect(`${run.stdout}${run.stderr}`, transcript(run)).not.toMatch(STACK_FRAME);
  return { ...run, number };
}

function commentsOn(number: number) {
  return repo.github.state.comments.filter((c) => c.issueNumber === number);
}

function checkRunsOf(run: ActionRun) {
  return repo.github.state.checkRuns.filter((c) => c.head_sha === run.sha);
}

/** One line per scenario, printed at the end: the numbers docs/robustness.md's table is made of. */
const measured: string[] = [];
function note(scenario: string, run: ActionRun): void {
  measured.push(
    `${scenario}: exit ${run.exitCode}, ${run.warnings.length} warnings, ${(run.ms / 1000).toFixed(1)} s`,
  );
}
afterAll(() => console.info(measured.join('\n')));

describe('GitHub faults on a pull request', () => {
  it('500, 502 and 503 on the comment listing, then success: retried, posted once', async () => {
    const listing = `${REPO_PATH}/issues/${prNumber + 1}/comments`;
    const run = await pullRequestWith(
      [500, 502, 503].map((status) => ({ method: 'GET', path: listing, status, message: 'Server Error' })),
      { shortPauses: true },
    );
    note('500/502/503 then success', run);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.warnings.map((w) => w.replace(/ on .*: /, ': '))).toEqual([
      'GitHub API 500: retrying in 1s',
      'GitHub API 502: retrying in 4s',
      'GitHub API 503: retrying in 9s',
    ]);
    expect(commentsOn(run.number)).toHaveLength(1);
    expect(checkRunsOf(run)).toHaveLength(1);
  });

  it('502 on the comment create, before GitHub stored it: looked up, created once', async () => {
    const run = await pullRequestWith([
      {
        method: 'POST',
        path: `${REPO_PATH}/issues/${prNumber + 1}/comments`,
        status: 502,
        message: 'Bad Gateway',
      },
    ]);
    note('502 on a create (not stored)', run);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(commentsOn(run.number)).toHaveLength(1);
    expect(checkRunsOf(run)).toHaveLength(1);
  });

  it('a 30 s stall on the comment listing: given up after 30 s, retried, posted once', async () => {
    const run = await pullRequestWith([
      {
        method: 'GET',
        path: `${REPO_PATH}/issues/${prNumber + 1}/comments`,
        status: 200,
        message: '',
        stall: true,
      },
    ]);
    note('30 s stall on a read', run);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.warnings).toEqual([
      expect.stringMatching(/^GitHub API timeout on GET .*comments.*: retrying in 1s$/),
    ]);
    expect(commentsOn(run.number)).toHaveLength(1);
    expect(run.ms).toBeGreaterThan(29_000);
    expect(run.ms).toBeLessThan(60_000);
  }, 120_000);

  it('a malformed JSON body on the comment listing: retried like a server error, posted once', async () => {
    const listing = `${REPO_PATH}/issues/${prNumber + 1}/comments`;
    const run = await pullRequestWith(
      [{ method: 'GET', path: listing, status: 200, message: '', rawBody: '[{"id": 1, "bo' }],
      { shortPauses: true },
    );
    note('malformed JSON body on a read, once', run);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.warnings).toEqual([
      expect.stringMatching(/^GitHub API answer not JSON on GET .*comments.*: retrying in 1s$/),
    ]);
    expect(commentsOn(run.number)).toHaveLength(1);
  });

  it('a malformed JSON body every time: one clear warning, the check run still made, exit by verdict', async () => {
    const listing = `${REPO_PATH}/issues/${prNumber + 1}/comments`;
    const run = await pullRequestWith(
      [{ method: 'GET', path: listing, status: 200, message: '', rawBody: '<html>proxy</html>', times: 10 }],
      { shortPauses: true },
    );
    note('malformed JSON body on a read, always', run);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.warnings.at(-1)).toMatch(
      /^could not comment on the pull request: GET .*comments.*: GitHub's answer is not valid JSON$/,
    );
    expect(commentsOn(run.number)).toHaveLength(0);
    expect(checkRunsOf(run)).toHaveLength(1);
  });

  for (const status of [403, 404]) {
    const endpoints: [string, (n: number) => Fault][] = [
      [
        'GET comments',
        (n) => ({ method: 'GET', path: `${REPO_PATH}/issues/${n}/comments`, status, message: 'refused' }),
      ],
      [
        'POST comment',
        (n) => ({ method: 'POST', path: `${REPO_PATH}/issues/${n}/comments`, status, message: 'refused' }),
      ],
      [
        'POST check-runs',
        () => ({ method: 'POST', path: `${REPO_PATH}/check-runs`, status, message: 'refused' }),
      ],
    ];
    for (const [endpoint, fault] of endpoints) {
      it(`${status} on ${endpoint}: a warning, the rest still published, exit by verdict`, async () => {
        const run = await pullRequestWith([{ ...fault(prNumber + 1), times: 10 }]);
        note(`${status} on ${endpoint}`, run);
        expect(run.exitCode, transcript(run)).toBe(0);
        expect(run.warnings).toHaveLength(1);
        expect(commentsOn(run.number)).toHaveLength(endpoint.includes('comment') ? 0 : 1);
        expect(checkRunsOf(run)).toHaveLength(endpoint.includes('check') ? 0 : 1);
      });
    }
  }
});

/** The history in the newest cache entry whose upload completed. */
function newestCachedHistory() {
  const newest = repo.services.cacheEntries.filter((e) => e.finalized).at(-1);
  if (!newest) throw new Error('no finalized cache entry');
  return historyInCacheEntry(repo.services, newest);
}

describe('store faults on a recording push', () => {
  it('the cache service failing the archive upload: a warning, the previous entry kept, exit 0', async () => {
    const newestBefore = newestCachedHistory();
    repo.services.setFailure('blob', { status: 500, message: 'storage is down', operation: 'PutBlob' });
    const run = await repo.push(
      { files },
      { sha: commitOf('cache down mid-upload'), execArgv: ['--import', SHORT_CACHE_PAUSES] },
    );
    repo.services.setFailure('blob', undefined);
    note('cache service down mid-upload', run);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK_FRAME);
    expect(run.exitCode, transcript(run)).toBe(0);
    // @actions/cache warns twice itself, then the action names what was not saved.
    expect(run.warnings.at(-1), transcript(run)).toMatch(
      /^Actions cache: history of suite "benchmarks" not saved under key perf-regression:benchmarks:main:/,
    );
    expect(newestCachedHistory()).toEqual(newestBefore);
    expect(repo.services.artifacts.at(-1)?.finalized).toBe(true);
  });

  it('the gh-pages remote declining 5 pushes: retried, the entry recorded once, no warning', async () => {
    const hook = path.join(repo.remote.url, 'hooks', 'pre-receive');
    await writeFile(
      hook,
      '#!/bin/sh\ncat > /dev/null\nn=$(cat declined 2>/dev/null || echo 0)\nif [ "$n" -lt 5 ]; then echo $((n + 1)) > declined; echo "busy" >&2; exit 1; fi\n',
    );
    await chmod(hook, 0o755);
    const sha = commitOf('gh-pages declines 5 pushes');
    const run = await repo.push({ files, storage: 'gh-pages' }, { sha });
    note('gh-pages remote declining 5 pushes', run);
    expect(run.exitCode, transcript(run)).toBe(0);
    expect(run.warnings, transcript(run)).toEqual([]);
    expect(run.stdout.match(/push rejected/g), transcript(run)).toHaveLength(5);
    expect(historyOnGhPages(repo.remote).entries.filter((e) => e.commit === sha)).toHaveLength(1);
  }, 120_000);
});
