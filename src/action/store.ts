// Where the action keeps its history, from the `storage` inputs: the Actions cache, a gh-pages branch
// of the repository, or nowhere; with import-history, github-action-benchmark's history while it has none.
import * as core from '@actions/core';
import { listCacheKeys } from '../github/caches.js';
import type { GitHubClient } from '../github/client.js';
import { ActionsCacheStore } from '../store/cache.js';
import { GhPagesStore } from '../store/ghpages.js';
import { ghPagesSite } from '../store/site.js';
import type { HistoryStore } from '../store/store.js';
import { ImportingStore } from './import-history.js';
import type { ActionInputs } from './inputs.js';
import type { RunContext } from './run-context.js';

export function makeStore(
  inputs: Pick<
    ActionInputs,
    'storage' | 'ghPagesBranch' | 'ghPagesPath' | 'githubToken' | 'importHistory' | 'compare'
  >,
  ctx: Pick<RunContext, 'owner' | 'repo' | 'repositoryUrl' | 'defaultBranch' | 'branch'>,
  env: NodeJS.ProcessEnv,
  workspace: string,
  octokit?: GitHubClient,
): HistoryStore | undefined {
  const store = historyStore(inputs, ctx, env, octokit);
  if (!store || !inputs.importHistory) return store;
  return new ImportingStore(store, {
    source: inputs.importHistory,
    workspace,
    branch: ctx.defaultBranch || ctx.branch,
    readBranchFile: (branch, file) =>
      new GhPagesStore({ ...ghPagesOptions(inputs, ctx, env), branch, path: '' }).readBranchFile(file),
  });
}

function ghPagesOptions(
  inputs: Pick<ActionInputs, 'githubToken'>,
  ctx: Pick<RunContext, 'owner' | 'repo'>,
  env: NodeJS.ProcessEnv,
) {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  return {
    // The tests point it at a local bare repository.
    repoUrl: env.PERF_REGRESSION_GH_PAGES_REMOTE || `${server}/${ctx.owner}/${ctx.repo}.git`,
    token: inputs.githubToken || undefined,
    workdir: env.RUNNER_TEMP || undefined,
  };
}

function historyStore(
  inputs: Pick<ActionInputs, 'storage' | 'ghPagesBranch' | 'ghPagesPath' | 'githubToken' | 'compare'>,
  ctx: Pick<RunContext, 'owner' | 'repo' | 'repositoryUrl'>,
  env: NodeJS.ProcessEnv,
  octokit?: GitHubClient,
): HistoryStore | undefined {
  switch (inputs.storage) {
    case 'none':
      return undefined;
    case 'cache':
      return new ActionsCacheStore({
        warn: (m) => core.warning(m),
        // Only asked when the newest entry cannot be read; a token without actions: read just answers 403.
        listKeys: octokit
          ? (prefix) => listCacheKeys(octokit, { owner: ctx.owner, repo: ctx.repo, prefix })
          : undefined,
      });
    case 'gh-pages': {
      return new GhPagesStore({
        ...ghPagesOptions(inputs, ctx, env),
        branch: inputs.ghPagesBranch,
        path: inputs.ghPagesPath,
        log: core.info,
        site: ghPagesSite(ctx.repositoryUrl, inputs.compare.thresholds),
      });
    }
  }
}
