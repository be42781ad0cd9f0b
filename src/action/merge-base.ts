// The merge base of a pull request's head and base, and which recorded commits are it or its ancestors:
// from the checkout's git when it holds the history (fetching the two commits when missing), from the
// compare API when the checkout is shallow, and from a shallow checkout deepened to the history's age
// when there is no API to ask. Whatever fails is said in the report's note, never an error of the run.
import type { GitHubClient } from '../github/client.js';
import { compareCommits } from '../github/compare-commits.js';
import type { Ancestry, AncestryLookup } from '../pipeline/baseline-commit.js';
import { git as gitIn } from '../pipeline/git.js';
import type { HistoryEntry } from '../store/store.js';

/** A fetch over the network may take a while; a local git command never should. */
const FETCH_TIMEOUT_MS = 120_000;
const GIT_TIMEOUT_MS = 15_000;
/** The compare API answers one pair per call: the walk asks about at most this many recorded commits. */
const MAX_API_LOOKUPS = 50;
/** Commit dates can precede the recording by days (a branch merged later): fetch this much further back. */
const SHALLOW_SINCE_MARGIN_DAYS = 7;

export interface MergeBaseInput {
  workspace: string;
  /** The pull request's head commit. */
  head: string;
  /** The pull request's base commit (`pull_request.base.sha`). */
  base?: string;
  octokit?: GitHubClient;
  owner: string;
  repo: string;
}

type Checkout = { top: string; shallow: boolean };

export function mergeBaseLookup(input: MergeBaseInput): AncestryLookup {
  return async (stored) => {
    const { head, base } = input;
    if (!base) return { unknown: 'the event names no base commit' };
    if (!isCommitId(head) || !isCommitId(base)) return { unknown: 'the event names no commit ids' };
    const reasons: string[] = [];
    const checkout = await gitCheckout(input.workspace).catch((err: Error) => {
      reasons.push(err.message);
      return undefined;
    });
    if (checkout && !checkout.shallow) {
      const found = await fromGit(checkout, head, base, ['fetch', '--no-tags', 'origin', head, base]);
      if ('mergeBase' in found) return found;
      reasons.push(found.unknown);
    }
    if (input.octokit) {
      const found = await fromCompareApi(input.octokit, input, head, base);
      if ('mergeBase' in found) return found;
      reasons.push(found.unknown);
    }
    if (checkout?.shallow) {
      const since = shallowSince(stored);
      const found = await fromGit(checkout, head, base, [
        'fetch',
        '--no-tags',
        `--shallow-since=${since}`,
        'origin',
        head,
        base,
      ]);
      if ('mergeBase' in found) return found;
      reasons.push(found.unknown);
    }
    return { unknown: reasons.join('; ') || 'no git checkout and no GitHub token to ask' };
  };
}

async function gitCheckout(cwd: string): Promise<Checkout> {
  let top: string;
  try {
    top = await git(cwd, ['rev-parse', '--show-toplevel']);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(missing ? 'git is not installed' : 'the workspace is not a git checkout');
  }
  const shallow = (await git(top, ['rev-parse', '--is-shallow-repository'])) === 'true';
  return { top, shallow };
}

/** The merge base from the checkout's git, after fetching what is missing with `fetch`. */
async function fromGit(
  checkout: Checkout,
  head: string,
  base: string,
  fetch: string[],
): Promise<Ancestry | { unknown: string }> {
  const { top } = checkout;
  const present = async () => (await hasCommit(top, head)) && (await hasCommit(top, base));
  // A shallow checkout holds the two commits without the history between them: it always fetches.
  if (checkout.shallow || !(await present())) {
    try {
      await git(top, fetch, FETCH_TIMEOUT_MS);
    } catch (err) {
      return {
        unknown: `git could not fetch ${short(head)} and ${short(base)} from origin: ${lastLine(err)}`,
      };
    }
  }
  const mergeBase = await git(top, ['merge-base', head, base]).catch(() => '');
  if (!mergeBase) return { unknown: `git finds no merge base of ${short(head)} and ${short(base)}` };
  const shallow = (await git(top, ['rev-parse', '--is-shallow-repository'])) === 'true';
  return {
    mergeBase,
    via: 'git',
    isAncestor: async (commit) => {
      if (!isCommitId(commit)) return false;
      if (commit === mergeBase) return true;
      try {
        await git(top, ['merge-base', '--is-ancestor', commit, mergeBase]);
        return true;
      } catch (err) {
        if ((err as { code?: unknown }).code === 1) return false;
        // Not in the checkout: in a full clone every ancestor is present, in a shallow one it may be beyond the cut.
        return shallow ? undefined : false;
      }
    },
  };
}

async function fromCompareApi(
  octokit: GitHubClient,
  repo: { owner: string; repo: string },
  head: string,
  base: string,
): Promise<Ancestry | { unknown: string }> {
  let mergeBase: string;
  try {
    mergeBase = (await compareCommits(octokit, { ...repo, base, head })).mergeBase;
  } catch (err) {
    return { unknown: `the compare API did not answer: ${(err as Error).message.split('\n')[0]}` };
  }
  let lookups = 0;
  return {
    mergeBase,
    via: 'compare-api',
    isAncestor: async (commit) => {
      if (!isCommitId(commit)) return false;
      if (commit === mergeBase) return true;
      if (++lookups > MAX_API_LOOKUPS) return undefined;
      try {
        const { status } = await compareCommits(octokit, { ...repo, base: commit, head: mergeBase });
        return status === 'ahead' || status === 'identical';
      } catch {
        return undefined;
      }
    },
  };
}

/** The day to deepen a shallow checkout to: before the oldest recorded run's commit could have been made. */
function shallowSince(stored: readonly HistoryEntry[]): string {
  let min = Date.now();
  for (const e of stored) {
    const t = Date.parse(e.date);
    if (t < min) min = t;
  }
  return new Date(min - SHALLOW_SINCE_MARGIN_DAYS * 86_400_000).toISOString().slice(0, 10);
}

async function hasCommit(top: string, sha: string): Promise<boolean> {
  return git(top, ['cat-file', '-e', `${sha}^{commit}`]).then(
    () => true,
    () => false,
  );
}

function isCommitId(text: string): boolean {
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(text);
}

function short(sha: string): string {
  return sha.slice(0, 12);
}

function lastLine(err: unknown): string {
  const said = String((err as { stderr?: string }).stderr || (err as Error).message).trim();
  return said.split('\n').at(-1) ?? said;
}

function git(cwd: string, args: string[], timeout = GIT_TIMEOUT_MS): Promise<string> {
  return gitIn(cwd, args, timeout);
}
