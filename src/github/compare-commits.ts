// The compare API (`GET /repos/{owner}/{repo}/compare/{base}...{head}`): the merge base of two commits
// and whether one is an ancestor of the other, without a deep checkout.
import type { GitHubClient } from './client.js';

export interface ComparedCommits {
  /** `ahead`: base is an ancestor of head; `behind`: head of base; `identical`; `diverged`. */
  status: string;
  mergeBase: string;
}

export async function compareCommits(
  octokit: GitHubClient,
  where: { owner: string; repo: string; base: string; head: string },
): Promise<ComparedCommits> {
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
    owner: where.owner,
    repo: where.repo,
    basehead: `${where.base}...${where.head}`,
    // Only the merge base and the status are read: one listed commit keeps the answer small.
    per_page: 1,
  });
  return { status: data.status, mergeBase: data.merge_base_commit.sha };
}
