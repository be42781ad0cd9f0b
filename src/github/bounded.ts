// Every GitHub REST call of a run, bounded: each request (headers and body) within a timeout, all of
// them together (retries and their pauses included) within one time budget, and the one retry rule —
// server errors and timeouts of reads retried with growing pauses, 429 after the `retry-after` GitHub
// sends. Writes that create something (POST) are not retried here: their callers first look for what
// the failed attempt may have created (comment.ts, checks.ts).

/** The clock and the pause, injectable so tests never wait on real time. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** A request took longer than its timeout, or the run's budget for GitHub calls ran out. */
export class GitHubTimeoutError extends Error {
  override readonly name = 'GitHubTimeoutError';
}

/** The total time all GitHub calls of a run may take. */
export class TimeBudget {
  private readonly deadline: number;

  constructor(
    readonly totalMs: number,
    readonly clock: Clock = REAL_CLOCK,
  ) {
    this.deadline = clock.now() + totalMs;
  }

  remainingMs(): number {
    return Math.max(0, this.deadline - this.clock.now());
  }

  /** The message of a call given up because the budget is spent (or would be by waiting). */
  spent(what: string): GitHubTimeoutError {
    return new GitHubTimeoutError(
      `${what}: the ${Math.round(this.totalMs / 1000)} s budget for GitHub API calls is used up (input github-api-timeout)`,
    );
  }
}

/** A read answered 2xx with a body that is not the JSON it announced (cut short, a proxy's page). */
export class GitHubMalformedBodyError extends Error {
  override readonly name = 'GitHubMalformedBodyError';
}

type Fetch = typeof globalThis.fetch;

/**
 * fetch with a timeout covering the whole exchange: the body is read inside it (GitHub's answers are
 * small), so a server that sends headers and then stalls cannot hold the run either.
 */
export function boundedFetch(
  budget: TimeBudget,
  requestTimeoutMs: number,
  fetch: Fetch = globalThis.fetch,
): Fetch {
  return async (input, init) => {
    const what = `${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`;
    const left = budget.remainingMs();
    if (left <= 0) throw budget.spent(what);
    const ms = Math.min(requestTimeoutMs, left);
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new GitHubTimeoutError(`${what}: no complete answer within ${ms / 1000} s`)),
      ms,
    );
    const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
    try {
      const response = await fetch(input, { ...init, signal });
      const body = await response.arrayBuffer();
      // Octokit would hand such a body on as a string, and the caller fail on it with a JavaScript
      // error; as an error of its own a read is retried like a server error.
      if ((init?.method ?? 'GET') === 'GET' && response.ok && !isJsonBody(response, body)) {
        throw new GitHubMalformedBodyError(`${what}: GitHub's answer is not valid JSON`);
      }
      const empty = response.status === 204 || response.status === 205 || response.status === 304;
      const copy = new Response(empty ? null : body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      Object.defineProperty(copy, 'url', { value: response.url });
      return copy;
    } catch (err) {
      // The abort reason is ours: say it was a timeout, not a bare "This operation was aborted".
      throw controller.signal.aborted ? controller.signal.reason : err;
    } finally {
      clearTimeout(timer);
    }
  };
}

function isJsonBody(response: Response, body: ArrayBuffer): boolean {
  if (!/json/.test(response.headers.get('content-type') ?? '') || body.byteLength === 0) return true;
  try {
    JSON.parse(new TextDecoder().decode(body));
    return true;
  } catch {
    return false;
  }
}

interface RequestOptions {
  method: string;
  url: string;
  request?: { retries?: number };
  [key: string]: unknown;
}

interface ErrorLike {
  status?: number;
  name?: string;
  message?: string;
  cause?: unknown;
  response?: { headers?: Record<string, string | undefined> };
}

export interface RetryPolicy {
  budget: TimeBudget;
  /** Milliseconds per second of back-off; tests shrink it. */
  delayUnitMs: number;
  warn: (message: string) => void;
}

/** Retries of a read after a server error or a timeout, and of any request after a 429. */
export const SERVER_ERROR_RETRIES = 3;
export const RATE_LIMIT_RETRIES = 2;
/** A primary rate limit can reset up to an hour away; waiting longer than this is not worth a CI job. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 600;

/** The octokit `request` hook: retries what is safe to retry, within the budget. */
export function retryWithinBudget(policy: RetryPolicy) {
  return async <T>(request: (options: RequestOptions) => Promise<T>, options: RequestOptions): Promise<T> => {
    const what = `${options.method} ${options.url}`;
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (err) {
        const seconds = retryAfterSeconds(err as ErrorLike, options, attempt);
        if (seconds === undefined) throw timeoutOrSelf(err);
        const wait = seconds * policy.delayUnitMs;
        if (wait >= policy.budget.remainingMs()) throw policy.budget.spent(what);
        const status = (err as ErrorLike).status;
        policy.warn(`GitHub API ${statusText(err as ErrorLike, status)} on ${what}: retrying in ${seconds}s`);
        await policy.budget.clock.sleep(wait);
      }
    }
  };
}

/** Seconds to wait before the next attempt, or undefined when the error is final. */
function retryAfterSeconds(err: ErrorLike, options: RequestOptions, attempt: number): number | undefined {
  if (isBudgetSpent(err)) return undefined;
  const headers = err.response?.headers ?? {};
  if (err.status === 429) {
    // The throttling plugin already waited for the rate-limit shapes it knows (x-ratelimit-remaining: 0).
    if (headers['x-ratelimit-remaining'] === '0' || attempt >= RATE_LIMIT_RETRIES) return undefined;
    const seconds = Number(headers['retry-after'] ?? 60);
    return Number.isFinite(seconds) && seconds >= 0 && seconds <= MAX_RATE_LIMIT_WAIT_SECONDS
      ? seconds
      : undefined;
  }
  const serverSide = (err.status !== undefined && err.status >= 500) || isTransientFault(err);
  // A write's server error may hide a success: its caller looks before writing again (createOnce).
  const write = options.method !== 'GET' || options.request?.retries === 0;
  if (!serverSide || write || attempt >= SERVER_ERROR_RETRIES) return undefined;
  const asked = Number(headers['retry-after']);
  return Number.isFinite(asked) && asked >= 0 && asked <= MAX_RATE_LIMIT_WAIT_SECONDS
    ? asked
    : (attempt + 1) ** 2;
}

/** Our timeout or malformed body, however octokit wrapped it (a RequestError of status 500 with it as the cause). */
export function isTransientFault(err: unknown): boolean {
  const ours = (e: ErrorLike | undefined) =>
    e?.name === 'GitHubTimeoutError' || e?.name === 'GitHubMalformedBodyError';
  const e = err as ErrorLike | undefined;
  return ours(e) || ours(e?.cause as ErrorLike | undefined);
}

function isBudgetSpent(err: ErrorLike): boolean {
  const spent = (e: ErrorLike | undefined) => /budget for GitHub API calls is used up/.test(e?.message ?? '');
  return spent(err) || spent(err.cause as ErrorLike | undefined);
}

/** A timeout or malformed body comes out as itself, not as octokit's "500" wrapper around it. */
function timeoutOrSelf(err: unknown): unknown {
  const cause = (err as ErrorLike | undefined)?.cause as ErrorLike | undefined;
  return cause?.name === 'GitHubTimeoutError' || cause?.name === 'GitHubMalformedBodyError' ? cause : err;
}

function statusText(err: ErrorLike, status: number | undefined): string {
  const name = (e: ErrorLike | undefined) => e?.name;
  if ([name(err), name(err.cause as ErrorLike)].includes('GitHubMalformedBodyError'))
    return 'answer not JSON';
  if (isTransientFault(err)) return 'timeout';
  return status === 429 ? '429 (rate limited)' : String(status ?? 'error');
}

/**
 * A write GitHub may have carried out although the answer was an error: a server error or a timeout
 * (the request reached GitHub, the answer did not come back). The caller looks before writing again.
 */
export function mayHaveBeenApplied(err: unknown): boolean {
  const status = (err as ErrorLike | undefined)?.status;
  return isTransientFault(err) ? !isBudgetSpent(err as ErrorLike) : status !== undefined && status >= 500;
}

/** How often a create is attempted when its answers may hide a success. */
export const CREATE_ATTEMPTS = 3;

/**
 * Creates something at most once: after an answer that may hide a success (a server error, a
 * timeout), looks for what that attempt may have made before trying again, so a lost answer never
 * leaves a duplicate behind. `create` must not be retried by the client (`request: { retries: 0 }`).
 */
export async function createOnce<T>(
  create: () => Promise<T>,
  findCreated: () => Promise<T | undefined>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (err) {
      if (!mayHaveBeenApplied(err)) throw err;
      const found = await findCreated();
      if (found !== undefined) return found;
      if (attempt >= CREATE_ATTEMPTS) throw err;
    }
  }
}
