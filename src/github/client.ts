// The one place an authenticated GitHub REST client is made: @actions/github's octokit with the
// throttling plugin and bounded.ts's timeouts, budget and retries, so every caller gets the same
// rate-limit and failure behaviour. Also turns "this token may not write here" answers into
// PermissionDeniedError, which main.ts reports as a warning.
import { getOctokit } from '@actions/github';
import { type ThrottlingOptions, throttling } from '@octokit/plugin-throttling';
import { InputError } from '../model/errors.js';
import {
  boundedFetch,
  type Clock,
  MAX_RATE_LIMIT_WAIT_SECONDS,
  RATE_LIMIT_RETRIES,
  REAL_CLOCK,
  retryWithinBudget,
  TimeBudget,
} from './bounded.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Where the client's warnings go (main.ts passes @actions/core's functions). */
export interface GitHubClientLog {
  debug: (message: string) => void;
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
}

export interface GitHubClientOptions {
  token: string;
  /** REST API root; defaults to GITHUB_API_URL (GitHub Enterprise Server, or the tests' local server). */
  baseUrl?: string;
  userAgent?: string;
  log?: Partial<GitHubClientLog>;
  /**
   * Milliseconds waited per second of back-off (a Retry-After of 3 waits 3 × this). 1000 in production;
   * tests shrink it so a simulated rate limit does not take real seconds.
   */
  retryDelayUnitMs?: number;
  /**
   * Space requests as GitHub asks: writes 1 s apart (3 s for ones that notify people, e.g. a new
   * comment), searches 2 s apart. Default true; tests against the local server turn it off.
   */
  spaceRequests?: boolean;
  /** Total milliseconds all calls of this client may take, retries and pauses included. */
  budgetMs?: number;
  /** Longest one request may take, its answer's body included. */
  requestTimeoutMs?: number;
  clock?: Clock;
}

/** A run's GitHub calls are a comment, a check run and a few reads: minutes, never the job's hours. */
export const DEFAULT_BUDGET_MS = 5 * 60_000;
/** GitHub answers in well under a second; half a minute is a hung connection. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

const DEFAULT_USER_AGENT = 'perf-regression';

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token) {
    throw new InputError(
      'no GitHub token: set the "github-token" input (it defaults to the workflow GITHUB_TOKEN)',
    );
  }
  const log = withDefaultLog(options.log);
  const delayUnitMs = options.retryDelayUnitMs ?? 1000;
  const budget = new TimeBudget(options.budgetMs ?? DEFAULT_BUDGET_MS, options.clock ?? REAL_CLOCK);
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      // request.url is the route template (`/repos/{owner}/{repo}/…`): no token, no query string.
      const what = `GitHub API ${kind} on ${request.method} ${request.url}`;
      if (retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS) {
        log.warn(`${what}: retrying in ${retryAfter}s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES})`);
        return true;
      }
      log.warn(`${what}: giving up after ${retryCount} retries (GitHub asked to wait ${retryAfter}s)`);
      return false;
    };
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com',
      userAgent: options.userAgent || DEFAULT_USER_AGENT,
      log,
      request: { fetch: boundedFetch(budget, options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS) },
      throttle: {
        retryAfterBaseValue: delayUnitMs,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        ...(options.spaceRequests === false
          ? { write: UNSPACED, notifications: UNSPACED, search: UNSPACED }
          : {}),
      },
    },
    throttling,
  );
  octokit.hook.wrap('request', retryWithinBudget({ budget, delayUnitMs, warn: log.warn }) as never);
  return octokit;
}

/** Stands in for the throttling plugin's write/notification/search queues (`group.key(id).schedule(options, task)`): runs at once. */
const UNSPACED = {
  key: () => ({
    schedule: (_options: unknown, task: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve(task(...args)),
  }),
} as unknown as NonNullable<ThrottlingOptions['write']>;

function withDefaultLog(log: Partial<GitHubClientLog> | undefined): GitHubClientLog {
  const noop = () => {};
  return {
    debug: log?.debug ?? noop,
    info: log?.info ?? noop,
    warn: log?.warn ?? ((message) => console.warn(message)),
    error: log?.error ?? ((message) => console.error(message)),
  };
}

/**
 * GitHub refused the token for a comment or check run: in practice a pull request from a fork, whose
 * GITHUB_TOKEN is read-only whatever the workflow's `permissions:` say. main.ts makes it a warning.
 */
export class PermissionDeniedError extends Error {
  override readonly name = 'PermissionDeniedError';
  constructor(
    /** What was attempted, e.g. `create the pull request comment`. */
    readonly action: string,
    /** GitHub's status and message, e.g. `403 Resource not accessible by integration`. */
    readonly githubSaid: string,
  ) {
    super(
      `perf-regression could not ${action}: GitHub refused the token (${githubSaid}). ` +
        'A pull request from a fork only gets a read-only token: run the benchmarks on `pull_request` and upload ' +
        'the results as an artifact, then report them from a second workflow triggered by `workflow_run`; ' +
        'otherwise give the job `pull-requests: write` and `checks: write` permissions.',
    );
  }
}

interface HttpErrorLike {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | undefined> };
}

function isHttpError(err: unknown): err is HttpErrorLike {
  return err instanceof Error && typeof (err as { status?: unknown }).status === 'number';
}

/**
 * A call GitHub refused for lack of permission: 403, or 404 "Resource not accessible by integration"
 * (GitHub answers 404 where saying 403 would reveal that a private resource exists). A 403 that is a
 * rate limit is not a permission problem and stays as it is.
 */
export function isPermissionDenied(err: unknown): boolean {
  if (!isHttpError(err)) return false;
  const notAccessible = /resource not accessible by (integration|personal access token)/i.test(err.message);
  if (err.status === 404) return notAccessible;
  if (err.status !== 403) return false;
  const rateLimited =
    err.response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(err.message);
  return !rateLimited;
}

/** Runs a GitHub call; a permission refusal becomes PermissionDeniedError, anything else propagates unchanged. */
export async function withPermissionCheck<T>(action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (isPermissionDenied(err)) {
      const { status, message } = err as HttpErrorLike;
      throw new PermissionDeniedError(action, `${status} ${firstLine(message)}`);
    }
    throw err;
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
