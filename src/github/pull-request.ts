// Finds the pull request a `workflow_run` event reports on. For fork PRs GitHub leaves
// `workflow_run.pull_requests` empty, so the open PR is looked up by its head (fork owner:branch)
// and head commit.
import type { GitHubClient } from './client.js';

export interface PullRequestRef {
  number: number;
  baseBranch: string;
}

export async function findPullRequestForHead(
  octokit: GitHubClient,
  target: { owner: string; repo: string; headOwner: string; headBranch: string; headSha: string },
): Promise<PullRequestRef | undefined> {
  const { data } = await octokit.rest.pulls.list({
    owner: target.owner,
    repo: target.repo,
    state: 'open',
    head: `${target.headOwner}:${target.headBranch}`,
    per_page: 100,
  });
  const pr = data.find((p) => p.head.sha === target.headSha) ?? data[0];
  return pr ? { number: pr.number, baseBranch: pr.base.ref } : undefined;
}
