// The scheduled run's regression issues: found again by their hidden marker among the label's issues,
// open and closed (every page), then created, edited, commented on and closed. Takes an octokit client.
// Whose issue is ours: carrying the marker AND opened by the token's identity (see comment.ts): a write
// token may edit anyone's issue, and a person's words are never overwritten.
import { readWatchMarker, type WatchMarker } from '../render/trend-issue.js';
import { type GitHubClient, withPermissionCheck } from './client.js';
import { MAX_COMMENT_BODY, truncateMarkdown } from './limits.js';

export interface Repo {
  owner: string;
  repo: string;
}

export interface WatchIssue {
  number: number;
  url: string;
  state: 'open' | 'closed';
  /** Opened by the token's identity: only such an issue is edited or closed. */
  ours: boolean;
  marker: WatchMarker;
}

const TRUNCATION_NOTE =
  '> [!NOTE]\n> Cut to fit GitHub’s limit; the workflow run’s job summary has every series.';

/** Every issue with `label` and a watch marker, open or closed, all pages. */
export async function findWatchIssues(
  octokit: GitHubClient,
  where: Repo & { label: string; author: string },
): Promise<WatchIssue[]> {
  const found: WatchIssue[] = [];
  const author = where.author.toLowerCase();
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner: where.owner,
    repo: where.repo,
    labels: where.label,
    state: 'all',
    per_page: 100,
  });
  for await (const page of pages) {
    for (const issue of page.data) {
      if (issue.pull_request) continue;
      const marker = readWatchMarker(issue.body);
      if (!marker) continue;
      found.push({
        number: issue.number,
        url: issue.html_url,
        state: issue.state === 'closed' ? 'closed' : 'open',
        ours: issue.user?.login?.toLowerCase() === author,
        marker,
      });
    }
  }
  return found;
}

/** The commits between two commits, oldest first (the compare API lists up to 250). */
export async function commitsBetween(
  octokit: GitHubClient,
  where: Repo & { base: string; head: string },
): Promise<{ sha: string; message: string }[]> {
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
    owner: where.owner,
    repo: where.repo,
    basehead: `${where.base}...${where.head}`,
    per_page: 100,
  });
  return data.commits.map((c) => ({ sha: c.sha, message: c.commit.message }));
}

function withinLimit(body: string): string {
  return truncateMarkdown(body, MAX_COMMENT_BODY, TRUNCATION_NOTE);
}

export async function createIssue(
  octokit: GitHubClient,
  where: Repo & { title: string; body: string; label: string },
): Promise<{ number: number; url: string }> {
  const { data } = await withPermissionCheck('open the regression issue', () =>
    octokit.rest.issues.create({
      owner: where.owner,
      repo: where.repo,
      title: where.title,
      body: withinLimit(where.body),
      labels: [where.label],
    }),
  );
  return { number: data.number, url: data.html_url };
}

export async function editIssue(
  octokit: GitHubClient,
  where: Repo & { number: number; title: string; body: string },
): Promise<void> {
  await withPermissionCheck('edit the regression issue', () =>
    octokit.rest.issues.update({
      owner: where.owner,
      repo: where.repo,
      issue_number: where.number,
      title: where.title,
      body: withinLimit(where.body),
    }),
  );
}

export async function commentOnIssue(
  octokit: GitHubClient,
  where: Repo & { number: number; body: string },
): Promise<void> {
  await withPermissionCheck('comment on the regression issue', () =>
    octokit.rest.issues.createComment({
      owner: where.owner,
      repo: where.repo,
      issue_number: where.number,
      body: withinLimit(where.body),
    }),
  );
}

export async function closeIssue(octokit: GitHubClient, where: Repo & { number: number }): Promise<void> {
  await withPermissionCheck('close the regression issue', () =>
    octokit.rest.issues.update({
      owner: where.owner,
      repo: where.repo,
      issue_number: where.number,
      state: 'closed',
      state_reason: 'completed',
    }),
  );
}
