// The sticky pull request comment: one comment per (pull request, suite), found again on every run by
// a hidden marker and edited in place, so a PR gets one up-to-date report instead of one per push.
//
// Whose comment is ours: only a comment carrying the marker AND written by the token's own identity.
// Anyone can paste the marker into a comment, and a write token may edit other people's comments, so
// the author check is what keeps us from overwriting a human's words. The identity is, in order:
//   1. `author` when the caller passes one (the action's `comment-author` setting), for tokens whose
//      identity cannot be asked for, e.g. a GitHub App installation token → `my-app[bot]`;
//   2. `GET /user` — works for personal access tokens and user-to-server app tokens;
//   3. `github-actions[bot]` when GET /user is refused, which it always is for installation tokens,
//      the workflow's GITHUB_TOKEN included (403 "Resource not accessible by integration").
// `performed_via_github_app` is not used: it names the app a comment was made *through*, which a
// human's comment made with any app's user token also carries, so it does not identify the token; for
// an installation token the author login already is `<app-slug>[bot]`.
// A wrong identity can only cost a duplicate comment (ours not recognised), never an edit of another
// author's comment.
import { createHash } from 'node:crypto';
import { createOnce } from './bounded.js';
import { type GitHubClient, withPermissionCheck } from './client.js';
import { MAX_COMMENT_BODY, truncateMarkdown } from './limits.js';

/** The author of comments made with the workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

export interface StickyCommentOptions {
  owner: string;
  repo: string;
  /** The pull request number (pull requests are issues for the comments API). */
  issueNumber: number;
  /** Suite name: one sticky comment per suite on the same pull request. */
  suite: string;
  /** The report, Markdown. The marker is added here; the whole is cut to GitHub's limit if needed. */
  body: string;
  /** Login of the token's identity; looked up (see above) when not given. */
  author?: string;
  /**
   * false: update an existing comment but never create one (`comment: on-change` with nothing changed,
   * so a quiet PR gets no comment while a stale report still gets corrected). Default true.
   */
  createIfMissing?: boolean;
}

export type StickyCommentResult =
  | {
      action: 'created' | 'updated';
      id: number;
      url: string;
      /** GitHub's answer was a success whose body could not be read: what was done about it. */
      warning?: string;
    }
  | { action: 'skipped'; reason: 'no existing comment and createIfMissing is false' };

export interface ExistingComment {
  id: number;
  url: string;
  author: string;
}

const TRUNCATION_NOTE =
  '> [!NOTE]\n> This report was cut to fit the 65,536-character limit of a GitHub comment; the workflow run has the full report.';

/**
 * The hidden line identifying a suite's comment: `<!-- perf-regression:<suite-key> -->`. The key is
 * the suite name when it cannot end or confuse an HTML comment, else `#` + a hash of the name (a `#`
 * never appears in a plain key, so the two kinds cannot collide).
 */
export function stickyMarker(suite: string): string {
  return `<!-- perf-regression:${suiteKey(suite)} -->`;
}

const PLAIN_SUITE = /^[A-Za-z0-9_][A-Za-z0-9_.,:;/@+= -]{0,99}$/;

function suiteKey(suite: string): string {
  if (PLAIN_SUITE.test(suite) && !suite.includes('--')) return suite;
  return `#${createHash('sha256').update(suite, 'utf8').digest('hex').slice(0, 16)}`;
}

/** Marker line + report, cut to fit a comment with the marker kept. */
export function stickyCommentBody(suite: string, report: string): string {
  const marker = stickyMarker(suite);
  return `${marker}\n${truncateMarkdown(report, MAX_COMMENT_BODY - marker.length - 1, TRUNCATION_NOTE)}`;
}

/** The login comments made with this client's token appear under (see the top of this file). */
export async function resolveCommentAuthor(octokit: GitHubClient, configured?: string): Promise<string> {
  if (configured?.trim()) return configured.trim();
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return GITHUB_ACTIONS_BOT;
  }
}

/** The oldest comment on the issue carrying `marker` and written by `author`; stops paging once found. */
export async function findStickyComment(
  octokit: GitHubClient,
  where: { owner: string; repo: string; issueNumber: number; marker: string; author: string },
): Promise<ExistingComment | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: where.owner,
    repo: where.repo,
    issue_number: where.issueNumber,
    per_page: 100,
  });
  const author = where.author.toLowerCase();
  for await (const page of pages) {
    for (const comment of page.data) {
      const login = comment.user?.login;
      if (login?.toLowerCase() === author && comment.body?.includes(where.marker)) {
        return { id: comment.id, url: comment.html_url, author: login };
      }
    }
  }
  return undefined;
}

/** Creates the suite's comment on the pull request, or edits the one already there. */
export async function upsertStickyComment(
  octokit: GitHubClient,
  options: StickyCommentOptions,
): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber } = options;
  const marker = stickyMarker(options.suite);
  const author = await resolveCommentAuthor(octokit, options.author);
  const existing = await withPermissionCheck('read the pull request comments', () =>
    findStickyComment(octokit, { owner, repo, issueNumber, marker, author }),
  );
  const body = stickyCommentBody(options.suite, options.body);
  const findOurs = () => findStickyComment(octokit, { owner, repo, issueNumber, marker, author });
  if (existing) {
    const { data } = await withPermissionCheck('update the pull request comment', () =>
      octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }),
    );
    if (isComment(data)) return { action: 'updated', id: data.id, url: data.html_url };
    return {
      action: 'updated',
      id: existing.id,
      url: existing.url,
      warning: unreadable('updated', 'its link is the one listed before'),
    };
  }
  if (options.createIfMissing === false) {
    return { action: 'skipped', reason: 'no existing comment and createIfMissing is false' };
  }
  // Not retried by the client: a create whose answer was lost may have made the comment already.
  const created = await withPermissionCheck('create the pull request comment', () =>
    createOnce(async () => {
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body,
        request: { retries: 0 },
      });
      return isComment(data) ? { id: data.id, url: data.html_url } : undefined;
    }, findOurs),
  );
  if (created) return { action: 'created', ...created };
  const found = await findOurs();
  if (!found)
    throw new Error(
      'GitHub answered the comment create with a body that is not JSON, and no comment was found',
    );
  return {
    action: 'created',
    id: found.id,
    url: found.url,
    warning: unreadable('created', 'the comment was found by its marker'),
  };
}

function isComment(data: unknown): data is { id: number; html_url: string } {
  const d = data as { id?: unknown; html_url?: unknown } | null;
  return typeof d?.id === 'number' && typeof d.html_url === 'string';
}

function unreadable(action: string, recovered: string): string {
  return `GitHub ${action} the pull request comment but answered with a body that is not JSON; ${recovered}`;
}
