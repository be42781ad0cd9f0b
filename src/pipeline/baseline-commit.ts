// A pull request's baseline window ends at its merge base: the newest recorded runs whose commits are
// the merge base of head and base or its ancestors. Runs of base commits merged after the branch point
// measure code the pull request does not have, so they stay out. How ancestry is learned (git, the
// compare API) is the caller's: this file only walks the recorded runs with the answers it gets.
import type { BaselineCommit } from '../model/report.js';
import type { HistoryEntry } from '../store/store.js';

/** What the merge base says about recorded commits. */
export interface Ancestry {
  mergeBase: string;
  via: NonNullable<BaselineCommit['via']>;
  /** Whether `commit` is the merge base or one of its ancestors; undefined when it cannot be told. */
  isAncestor(commit: string): Promise<boolean | undefined>;
}

/** Ancestry of a pull request's merge base, or why it could not be learned. */
export type AncestryLookup = (stored: readonly HistoryEntry[]) => Promise<Ancestry | { unknown: string }>;

/** The window at the merge base, and what the report says about it. */
export interface WindowAtMergeBase {
  entries: HistoryEntry[];
  baselineCommit: BaselineCommit;
}

/**
 * The newest `runs` entries of `stored` (oldest first) whose commits are the merge base or its
 * ancestors. Newer entries that are not are left out; when no entry is, or the merge base is unknown,
 * the window is the newest runs as before and `fallback` says why.
 */
export async function windowAtMergeBase(
  stored: readonly HistoryEntry[],
  runs: number,
  branch: string,
  ancestry: Ancestry | { unknown: string },
): Promise<WindowAtMergeBase> {
  const newest = stored.slice(-runs);
  const fallback = (b: Omit<BaselineCommit, 'branch' | 'leftOut' | 'commit'>): WindowAtMergeBase => ({
    entries: newest,
    baselineCommit: { branch, ...b, commit: newest.at(-1)?.commit, leftOut: 0 },
  });
  if ('unknown' in ancestry) return fallback({ fallback: 'merge-base-unknown', reason: ancestry.unknown });
  const kept: HistoryEntry[] = [];
  let leftOut = 0;
  let unplaced = 0;
  // Newest first: the runs after the branch point are the newest ones, and the walk stops once the window is full.
  for (let i = stored.length - 1; i >= 0 && kept.length < runs; i--) {
    const entry = stored[i] as HistoryEntry;
    const ancestor = await ancestry.isAncestor(entry.commit);
    if (ancestor === true) kept.push(entry);
    else if (ancestor === false) leftOut++;
    else unplaced++;
  }
  const { mergeBase, via } = ancestry;
  const unknown = unplaced > 0 ? { unplaced } : {};
  if (kept.length === 0) return fallback({ mergeBase, via, fallback: 'no-recorded-ancestor', ...unknown });
  kept.reverse();
  return {
    entries: kept,
    baselineCommit: {
      branch,
      mergeBase,
      via,
      commit: kept.at(-1)?.commit,
      leftOut: leftOut + unplaced,
      ...unknown,
    },
  };
}
