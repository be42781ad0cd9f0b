// What this workflow run is, from the event payload and GITHUB_* variables, and so what the action
// does: record into history (default-branch push, schedule, dispatch), report on a pull request (never
// write history), or only summarise. Pure: takes env and payload, returns data.

export type RunKind = 'record' | 'pull-request' | 'summary-only';

export interface RunContext {
  kind: RunKind;
  eventName: string;
  owner: string;
  repo: string;
  /** Commit measured: the PR head for pull requests (not the merge commit), else GITHUB_SHA. */
  sha: string;
  /** Branch of the measured commit (`main`, or the PR head branch). */
  branch: string;
  /** Branch whose history is the baseline: the PR base, else the current branch. */
  baseBranch: string;
  /** The repository default branch, when the payload says it. */
  defaultBranch?: string;
  /** The commit a same-job A/B measures against: the PR's base, or the commit before a push. */
  baseSha?: string;
  pullRequest?: number;
  runId: string;
  runAttempt: number;
  /** Link to this workflow run. */
  runUrl?: string;
  /** `https://github.com/owner/repo`: the dashboard links commits and runs there. */
  repositoryUrl: string;
}

type Payload = Record<string, unknown>;

function get(obj: unknown, ...keys: string[]): unknown {
  let cur = obj;
  for (const key of keys) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `refs/heads/main` → `main`; tags and other refs are not branches. */
export function branchOfRef(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const RECORDING_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);

export function readRunContext(env: NodeJS.ProcessEnv, payload: Payload): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const defaultBranch = str(get(payload, 'repository', 'default_branch'));
  const refBranch = branchOfRef(env.GITHUB_REF) ?? str(env.GITHUB_REF_NAME) ?? '';
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const base: Omit<RunContext, 'kind' | 'sha' | 'branch' | 'baseBranch'> = {
    eventName,
    owner,
    repo,
    defaultBranch,
    runId: env.GITHUB_RUN_ID ?? '0',
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1,
    runUrl:
      env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
    repositoryUrl: `${serverUrl}/${owner}/${repo}`,
  };

  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const pr = get(payload, 'pull_request');
    return {
      ...base,
      kind: 'pull-request',
      sha: str(get(pr, 'head', 'sha')) ?? env.GITHUB_SHA ?? '',
      branch: str(get(pr, 'head', 'ref')) ?? env.GITHUB_HEAD_REF ?? '',
      baseBranch: str(get(pr, 'base', 'ref')) ?? env.GITHUB_BASE_REF ?? defaultBranch ?? '',
      pullRequest: Number(get(pr, 'number') ?? get(payload, 'number')) || undefined,
      baseSha: str(get(pr, 'base', 'sha')),
    };
  }
  if (eventName === 'workflow_run') {
    // The two-workflow pattern: a privileged workflow reports on a fork PR's untrusted run.
    const run = get(payload, 'workflow_run');
    const pr = (get(run, 'pull_requests') as unknown[] | undefined)?.[0];
    const isPr = str(get(run, 'event')) === 'pull_request' || pr !== undefined;
    return {
      ...base,
      kind: isPr ? 'pull-request' : 'summary-only',
      sha: str(get(run, 'head_sha')) ?? env.GITHUB_SHA ?? '',
      branch: str(get(run, 'head_branch')) ?? '',
      baseBranch: str(get(pr, 'base', 'ref')) ?? defaultBranch ?? '',
      pullRequest: Number(get(pr, 'number')) || undefined,
    };
  }
  const onDefault = defaultBranch !== undefined && refBranch === defaultBranch;
  // A push that created the branch has no commit before it: all zeros.
  const before = str(get(payload, 'before'));
  return {
    ...base,
    ...(before && !/^0+$/.test(before) ? { baseSha: before } : {}),
    kind:
      RECORDING_EVENTS.has(eventName) && (onDefault || eventName === 'schedule') ? 'record' : 'summary-only',
    sha: env.GITHUB_SHA ?? '',
    branch: refBranch || defaultBranch || '',
    baseBranch: refBranch || defaultBranch || '',
  };
}

/** Branches whose history is the baseline, first choice first: the base branch, then the default. */
export function historyBranches(ctx: Pick<RunContext, 'baseBranch' | 'defaultBranch'>): string[] {
  return [...new Set([ctx.baseBranch, ctx.defaultBranch].filter((b): b is string => !!b))];
}

/** What identifies the pull request of a workflow_run whose payload names none (a fork's run). */
export interface PullRequestQuery {
  owner: string;
  repo: string;
  headOwner: string;
  headBranch: string;
  headSha: string;
}

/** The pull request to look up by its head, or undefined when the context already has it or can't. */
export function pullRequestQuery(ctx: RunContext, payload: Payload): PullRequestQuery | undefined {
  if (ctx.kind !== 'pull-request' || ctx.pullRequest !== undefined || ctx.eventName !== 'workflow_run')
    return undefined;
  const headOwner = str(get(payload, 'workflow_run', 'head_repository', 'owner', 'login'));
  if (!headOwner) return undefined;
  return { owner: ctx.owner, repo: ctx.repo, headOwner, headBranch: ctx.branch, headSha: ctx.sha };
}

/** The context once the pull request is found: its number, and its base as the history's branch. */
export function withPullRequest(
  ctx: RunContext,
  found: { number: number; baseBranch: string } | undefined,
): RunContext {
  return found ? { ...ctx, pullRequest: found.number, baseBranch: found.baseBranch } : ctx;
}

/** The first line of the pushed commit's message (a push event's `head_commit`), for the dashboard. */
export function commitMessage(payload: Record<string, unknown>): string | undefined {
  const head = payload.head_commit as { message?: unknown } | null | undefined;
  return typeof head?.message === 'string' ? head.message.split('\n')[0] : undefined;
}
