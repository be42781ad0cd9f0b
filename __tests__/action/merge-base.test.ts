// The baseline window at a pull request's merge base, with ancestry learned from real git histories
// built here: main moved on (m4, m5) after the feature branch left it at m3.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeBaseLookup } from '../../src/action/merge-base.js';
import { windowAtMergeBase } from '../../src/pipeline/baseline-commit.js';
import type { HistoryEntry } from '../../src/store/store.js';
import { localGitHub } from '../github/connect.js';
import { type BranchedHistory, branchedHistory, checkoutAt, gitIn } from '../helpers/git-history.js';
import { entry } from '../store/entries.js';

const TOKEN = 'ghs_mergeBaseTestToken';
const setUpGitHub = localGitHub(TOKEN);

let history: BranchedHistory;
let scratch: string;

beforeEach(async () => {
  history = await branchedHistory();
  scratch = await mkdtemp(path.join(tmpdir(), 'perf-regression-merge-base-'));
});

afterEach(async () => {
  await history.remove();
  await rm(scratch, { recursive: true, force: true });
});

/** One recorded run per commit, each recorded an hour after the commit was made. */
function recorded(commits: string[]): HistoryEntry[] {
  return commits.map((commit, i) => ({
    ...entry(String(i + 1)),
    commit,
    date: new Date(history.timeOf(commit) + 3_600_000).toISOString(),
  }));
}

function commitsOf(entries: HistoryEntry[]): string[] {
  return entries.map((e) => e.commit);
}

function lookup(workspace: string, extra: Partial<Parameters<typeof mergeBaseLookup>[0]> = {}) {
  return mergeBaseLookup({
    workspace,
    head: history.head,
    base: history.base,
    owner: 'acme',
    repo: 'widgets',
    ...extra,
  });
}

describe('the window at the merge base, from the checkout', () => {
  it('ends at the branch point in a full clone and leaves the later main runs out', async () => {
    const workspace = path.join(scratch, 'ws');
    checkoutAt(history, workspace, history.head, 'full');
    const stored = recorded(history.main);

    const ancestry = await lookup(workspace)(stored);
    const at = await windowAtMergeBase(stored, 10, 'main', ancestry);

    expect(commitsOf(at.entries)).toEqual(history.main.slice(0, 3));
    expect(at.baselineCommit).toEqual({
      branch: 'main',
      mergeBase: history.branchPoint,
      via: 'git',
      commit: history.branchPoint,
      leftOut: 2,
    });
  });

  it('ends at the newest recorded ancestor when the branch point itself was never recorded', async () => {
    const workspace = path.join(scratch, 'ws');
    checkoutAt(history, workspace, history.head, 'full');
    const [m1, m2, , m4, m5] = history.main as [string, string, string, string, string];
    const stored = recorded([m1, m2, m4, m5]);

    const at = await windowAtMergeBase(stored, 10, 'main', await lookup(workspace)(stored));

    expect(commitsOf(at.entries)).toEqual([m1, m2]);
    expect(at.baselineCommit).toMatchObject({ mergeBase: history.branchPoint, commit: m2, leftOut: 2 });
  });

  it('keeps the window at `runs` runs, counted back from the merge base', async () => {
    const workspace = path.join(scratch, 'ws');
    checkoutAt(history, workspace, history.head, 'full');
    const stored = recorded(history.main);

    const at = await windowAtMergeBase(stored, 2, 'main', await lookup(workspace)(stored));

    expect(commitsOf(at.entries)).toEqual(history.main.slice(1, 3));
  });

  it('fetches the head and base when a full clone lacks them (pushed after the clone)', async () => {
    const workspace = path.join(scratch, 'ws');
    checkoutAt(history, workspace, history.main[0] as string, 'full');
    // The clone knows neither commit: as if both were pushed after it was made.
    gitIn(workspace, ['update-ref', '-d', 'refs/remotes/origin/main']);
    gitIn(workspace, ['update-ref', '-d', 'refs/remotes/origin/feature']);
    gitIn(workspace, ['reflog', 'expire', '--expire=now', '--all']);
    gitIn(workspace, ['gc', '--quiet', '--prune=now']);
    expect(() => gitIn(workspace, ['cat-file', '-e', `${history.head}^{commit}`])).toThrow();
    const stored = recorded(history.main);

    const at = await windowAtMergeBase(stored, 10, 'main', await lookup(workspace)(stored));

    expect(at.baselineCommit).toMatchObject({ via: 'git', commit: history.branchPoint, leftOut: 2 });
  });

  it('deepens a shallow checkout to the history’s age when there is no API to ask', async () => {
    const workspace = path.join(scratch, 'ws');
    checkoutAt(history, workspace, history.head, 'shallow');
    expect(gitIn(workspace, ['rev-parse', '--is-shallow-repository'])).toBe('true');
    const stored = recorded(history.main);

    const at = await windowAtMergeBase(stored, 10, 'main', await lookup(workspace)(stored));

    expect(commitsOf(at.entries)).toEqual(history.main.slice(0, 3));
    expect(at.baselineCommit).toMatchObject({ via: 'git', mergeBase: history.branchPoint, leftOut: 2 });
  });

  it('asks the compare API when the checkout is shallow, without deepening it', async () => {
    const workspace = path.join(scratch, 'ws');
    checkoutAt(history, workspace, history.head, 'shallow');
    const { server, octokit } = await setUpGitHub({ gitRepository: history.origin });
    const stored = recorded(history.main);
    const depth = () => Number(gitIn(workspace, ['rev-list', '--count', '--all']));
    const before = depth();

    const at = await windowAtMergeBase(stored, 10, 'main', await lookup(workspace, { octokit })(stored));

    expect(commitsOf(at.entries)).toEqual(history.main.slice(0, 3));
    expect(at.baselineCommit).toMatchObject({
      via: 'compare-api',
      mergeBase: history.branchPoint,
      leftOut: 2,
    });
    expect(depth()).toBe(before);
    const compares = server.requests.filter((r) => r.path.includes('/compare/')).map((r) => r.path);
    expect(compares[0]).toBe(`/repos/acme/widgets/compare/${history.base}...${history.head}`);
    // The walk stops once the window is full or the history is read: m5, m4 (later), m2, m1 (the merge base needs no call).
    expect(compares).toHaveLength(5);
  });
});

describe('when the merge base cannot be learned', () => {
  it('uses the newest runs and says why: no git checkout and no token', async () => {
    const stored = recorded(history.main);
    const ancestry = await lookup(scratch)(stored);
    const at = await windowAtMergeBase(stored, 10, 'main', ancestry);

    expect(commitsOf(at.entries)).toEqual(history.main);
    expect(at.baselineCommit).toEqual({
      branch: 'main',
      commit: history.base,
      leftOut: 0,
      fallback: 'merge-base-unknown',
      reason: 'the workspace is not a git checkout',
    });
  });

  it('uses the newest runs when a shallow checkout cannot fetch and the API does not know the commits', async () => {
    const workspace = path.join(scratch, 'ws');
    checkoutAt(history, workspace, history.head, 'shallow');
    gitIn(workspace, ['remote', 'set-url', 'origin', path.join(scratch, 'gone.git')]);
    const { octokit } = await setUpGitHub();
    const stored = recorded(history.main);

    const at = await windowAtMergeBase(stored, 10, 'main', await lookup(workspace, { octokit })(stored));

    expect(commitsOf(at.entries)).toEqual(history.main);
    expect(at.baselineCommit.fallback).toBe('merge-base-unknown');
    expect(at.baselineCommit.reason).toMatch(
      /^the compare API did not answer: Not Found.*; git could not fetch /,
    );
  });

  it('uses the newest runs when none was recorded at or before the merge base', async () => {
    const workspace = path.join(scratch, 'ws');
    checkoutAt(history, workspace, history.head, 'full');
    const stored = recorded(history.main.slice(3));

    const at = await windowAtMergeBase(stored, 10, 'main', await lookup(workspace)(stored));

    expect(commitsOf(at.entries)).toEqual(history.main.slice(3));
    expect(at.baselineCommit).toMatchObject({
      fallback: 'no-recorded-ancestor',
      mergeBase: history.branchPoint,
      leftOut: 0,
    });
  });

  it('leaves out recorded commits the repository does not have (a history rewritten since)', async () => {
    const workspace = path.join(scratch, 'ws');
    checkoutAt(history, workspace, history.head, 'full');
    const gone = 'deadbeef'.repeat(5);
    const stored = [...recorded(history.main.slice(0, 2)), { ...entry('9'), commit: gone }];

    const at = await windowAtMergeBase(stored, 10, 'main', await lookup(workspace)(stored));

    expect(commitsOf(at.entries)).toEqual(history.main.slice(0, 2));
    expect(at.baselineCommit).toMatchObject({ commit: history.main[1], leftOut: 1 });
  });

  it('counts the runs whose commits cannot be placed (beyond a shallow cut) apart from the later ones', async () => {
    const [m1, m2, m3, m4] = history.main as [string, string, string, string];
    const stored = recorded([m1, m2, m3, m4]);
    // m1 beyond the cut of a shallow checkout: git cannot say either way.
    const ancestry = {
      mergeBase: m3,
      via: 'git' as const,
      isAncestor: async (c: string) => (c === m1 ? undefined : c !== m4),
    };

    const at = await windowAtMergeBase(stored, 10, 'main', ancestry);

    expect(commitsOf(at.entries)).toEqual([m2, m3]);
    expect(at.baselineCommit).toMatchObject({ commit: m3, leftOut: 2, unplaced: 1 });
  });
});
