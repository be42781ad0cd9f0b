// Where the action keeps its history, from the `storage` inputs: the Actions cache, a gh-pages branch
// of the repository, or nowhere.
import * as core from '@actions/core';
import { ActionsCacheStore } from '../store/cache.js';
import { GhPagesStore } from '../store/ghpages.js';
import { ghPagesSite } from '../store/site.js';
import type { HistoryStore } from '../store/store.js';
import type { ActionInputs } from './inputs.js';
import type { RunContext } from './run-context.js';

export function makeStore(
  inputs: Pick<ActionInputs, 'storage' | 'ghPagesBranch' | 'ghPagesPath' | 'githubToken' | 'compare'>,
  ctx: Pick<RunContext, 'owner' | 'repo' | 'repositoryUrl'>,
  env: NodeJS.ProcessEnv,
): HistoryStore | undefined {
  switch (inputs.storage) {
    case 'none':
      return undefined;
    case 'cache':
      return new ActionsCacheStore({ warn: (m) => core.warning(m) });
    case 'gh-pages': {
      const server = env.GITHUB_SERVER_URL || 'https://github.com';
      return new GhPagesStore({
        // The tests point it at a local bare repository.
        repoUrl: env.PERF_REGRESSION_GH_PAGES_REMOTE || `${server}/${ctx.owner}/${ctx.repo}.git`,
        branch: inputs.ghPagesBranch,
        path: inputs.ghPagesPath,
        token: inputs.githubToken || undefined,
        workdir: env.RUNNER_TEMP || undefined,
        log: core.info,
        site: ghPagesSite(ctx.repositoryUrl, inputs.compare.thresholds),
      });
    }
  }
}
