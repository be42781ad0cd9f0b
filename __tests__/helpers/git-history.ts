// A real repository where the base branch moved on after a pull request branched off: main gets
// commits m1…m5 (a minute apart, the last a few minutes ago), the feature branch leaves main at m3 and adds f1 and f2. Served from a bare
// `origin` that hands out any commit by id, as GitHub does, and checked out full or shallow as
// actions/checkout would.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const MINUTE_MS = 60_000;

export interface BranchedHistory {
  folder: string;
  /** The bare repository clones fetch from. */
  origin: string;
  /** main's commits, oldest first: m1 … m5. */
  main: string[];
  /** Where the feature branch left main (m3). */
  branchPoint: string;
  /** The feature branch's commits after the branch point: f1, f2 (the pull request's head). */
  feature: string[];
  head: string;
  /** main's newest commit (the pull request's base). */
  base: string;
  /** When each commit was made (ms since the epoch). */
  timeOf(commit: string): number;
  remove(): Promise<void>;
}

export function gitIn(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      LC_ALL: 'C',
      GIT_AUTHOR_NAME: 'Dev',
      GIT_AUTHOR_EMAIL: 'dev@example.com',
      GIT_COMMITTER_NAME: 'Dev',
      GIT_COMMITTER_EMAIL: 'dev@example.com',
      ...env,
    },
  }).trim();
}

export async function branchedHistory(): Promise<BranchedHistory> {
  const folder = await mkdtemp(path.join(tmpdir(), 'perf-regression-branched-'));
  const origin = path.join(folder, 'origin.git');
  const work = path.join(folder, 'authoring');
  gitIn(folder, ['init', '--quiet', '--bare', '--initial-branch=main', origin]);
  gitIn(origin, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  gitIn(folder, ['init', '--quiet', '--initial-branch=main', work]);
  const times = new Map<string, number>();
  // Recent dates, as on a real runner: a checkout deepened to "the history's age" reaches them.
  const start = Date.now() - 10 * MINUTE_MS;
  let day = 0;
  const commit = async (label: string) => {
    day++;
    await writeFile(path.join(work, 'file.txt'), `${label}\n`);
    gitIn(work, ['add', 'file.txt']);
    const time = start + day * MINUTE_MS;
    const date = new Date(time).toISOString();
    gitIn(work, ['commit', '--quiet', '-m', label], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    const sha = gitIn(work, ['rev-parse', 'HEAD']);
    times.set(sha, time);
    return sha;
  };
  const main = [await commit('m1'), await commit('m2'), await commit('m3')];
  const branchPoint = main[2] as string;
  gitIn(work, ['checkout', '--quiet', '-b', 'feature']);
  const feature = [await commit('f1'), await commit('f2')];
  gitIn(work, ['checkout', '--quiet', 'main']);
  main.push(await commit('m4'), await commit('m5'));
  gitIn(work, ['push', '--quiet', origin, 'main', 'feature']);
  return {
    folder,
    origin,
    main,
    branchPoint,
    feature,
    head: feature.at(-1) as string,
    base: main.at(-1) as string,
    timeOf: (sha) => times.get(sha) ?? 0,
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}

/**
 * A checkout of `sha` into `dir` (made if missing; files already there stay, untracked): `full` fetches
 * every branch with its history; `shallow` is actions/checkout's default on a pull request, one commit at
 * depth 1 and neither the head's nor the base's history.
 */
export function checkoutAt(
  history: BranchedHistory,
  dir: string,
  sha: string,
  depth: 'full' | 'shallow',
): void {
  mkdirSync(dir, { recursive: true });
  gitIn(dir, ['init', '--quiet']);
  gitIn(dir, ['remote', 'add', 'origin', `file://${history.origin}`]);
  if (depth === 'full') gitIn(dir, ['fetch', '--quiet', 'origin', '+refs/heads/*:refs/remotes/origin/*']);
  else gitIn(dir, ['fetch', '--quiet', '--depth=1', 'origin', sha]);
  gitIn(dir, ['checkout', '--quiet', '--detach', sha]);
}
