// The Actions cache's keys through the REST API (`GET /repos/{owner}/{repo}/actions/caches`, needs
// `actions: read`): @actions/cache restores only the newest entry of a prefix, this lists the older ones.
import type { GitHubClient } from './client.js';

/** Saved cache keys that start with `prefix`, newest first (one page: only the newest few are ever tried). */
export async function listCacheKeys(
  octokit: GitHubClient,
  where: { owner: string; repo: string; prefix: string },
): Promise<string[]> {
  const { data } = await octokit.rest.actions.getActionsCacheList({
    owner: where.owner,
    repo: where.repo,
    key: where.prefix,
    sort: 'created_at',
    direction: 'desc',
    per_page: 20,
  });
  // The API matches `key` as a prefix; checked again so a looser match on a server never mixes suites.
  return data.actions_caches.flatMap((c) => (c.key?.startsWith(where.prefix) ? [c.key] : []));
}
