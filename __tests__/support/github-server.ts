// A small GitHub REST API on 127.0.0.1 for tests: the endpoints perf-regression calls, in-memory state,
// every request recorded, and switches for what goes wrong in real life (a read-only fork token, rate
// limits, server errors). Answers mimic GitHub's shapes, status codes, Link pagination and limits, so a
// real octokit client can be pointed at it.
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const DEFAULT_OWNER = 'acme';
export const DEFAULT_REPO = 'widgets';

export interface ServerUser {
  login: string;
  type: 'Bot' | 'User';
}

export const GITHUB_ACTIONS_USER: ServerUser = { login: 'github-actions[bot]', type: 'Bot' };

export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  user: ServerUser;
  created_at: string;
  updated_at: string;
}

export interface StoredAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface StoredCheckRun {
  id: number;
  owner: string;
  repo: string;
  name: string;
  head_sha: string;
  external_id: string | null;
  status: string;
  conclusion: string | null;
  details_url: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: StoredAnnotation[];
}

export interface StoredIssue {
  number: number;
  owner: string;
  repo: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  user: ServerUser;
  created_at: string;
  updated_at: string;
}

/** An open or closed pull request, for `GET /repos/{owner}/{repo}/pulls` (finding a fork PR by its head). */
export interface StoredPullRequest {
  number: number;
  owner: string;
  repo: string;
  state: 'open' | 'closed';
  /** `owner` is the login of the head repository's owner (a fork's owner for fork PRs). */
  head: { owner: string; ref: string; sha: string };
  base: { ref: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, undefined when there was none. */
  body: unknown;
  /** Whether an Authorization header was sent (its value is never recorded). */
  authorized: boolean;
  status: number;
}

/** One canned failure: the next `times` requests matching method and path get this answer. */
export interface Fault {
  method?: string;
  /** Exact path or a pattern tested against it. */
  path?: string | RegExp;
  status: number;
  message: string;
  headers?: Record<string, string>;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** The request is carried out first, then answered with this fault (GitHub stored it, the answer was lost). */
  afterApplying?: boolean;
  /** No answer at all: the connection stays open until the client gives up or the server closes. */
  stall?: boolean;
  /** The answer's body as sent, instead of GitHub's JSON error (a proxy's HTML page, a cut-off body). */
  rawBody?: string;
}

export interface SeedComment {
  owner?: string;
  repo?: string;
  issueNumber: number;
  body: string;
  user?: ServerUser;
}

export interface SeedIssue {
  owner?: string;
  repo?: string;
  number?: number;
  title: string;
  body?: string;
  state?: 'open' | 'closed';
  labels?: string[];
  user?: ServerUser;
}

/** A commit of the repository's default branch, oldest first, for the compare endpoint. */
export interface StoredCommit {
  sha: string;
  message: string;
}

export interface GitHubServerOptions {
  /** Author of everything written through the API (default `github-actions[bot]`). */
  actor?: ServerUser;
  /**
   * `installation` (default): GET /user answers 403 as it does for GITHUB_TOKEN; `user`: it answers with
   * the actor, as for a personal access token.
   */
  tokenKind?: 'installation' | 'user';
  /** When set, a request without `token <this>` or `Bearer <this>` gets 401 Bad credentials. */
  token?: string;
  /** Every write answers 403 "Resource not accessible by integration" (a fork's token). */
  readOnly?: boolean;
  comments?: SeedComment[];
  issues?: SeedIssue[];
  commits?: StoredCommit[];
  /**
   * A real git repository the compare endpoint answers from (merge base, status, ahead/behind), as
   * GitHub does for any two commits; without it, compare knows only `commits`, a straight line.
   */
  gitRepository?: string;
  /** The Actions cache's entries for `GET /repos/{owner}/{repo}/actions/caches` (the local cache service's). */
  cacheEntries?: () => { id: number; key: string; version: string; createdAt: Date; finalized: boolean }[];
  faults?: Fault[];
}

export interface GitHubServerState {
  actor: ServerUser;
  tokenKind: 'installation' | 'user';
  readOnly: boolean;
  comments: StoredComment[];
  checkRuns: StoredCheckRun[];
  issues: StoredIssue[];
  pullRequests: StoredPullRequest[];
  commits: StoredCommit[];
  gitRepository?: string;
  /** Pending failures, consumed in order of matching. */
  faults: Fault[];
}

export interface GitHubServer {
  /** Base URL to use as the client's baseUrl / GITHUB_API_URL. */
  url: string;
  state: GitHubServerState;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A 403 primary rate limit that resets in a second, as GitHub sends it. */
export function rateLimitFault(fault: Omit<Fault, 'status' | 'message'> = {}): Fault {
  return {
    ...fault,
    status: 403,
    message: 'API rate limit exceeded for installation ID 1.',
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) },
  };
}

/** A 403 secondary rate limit asking to retry after a second. */
export function secondaryRateLimitFault(fault: Omit<Fault, 'status' | 'message'> = {}): Fault {
  return {
    ...fault,
    status: 403,
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    headers: { 'retry-after': '1' },
  };
}

const MAX_COMMENT_CHARS = 65_536;
const MAX_CHECK_TEXT = 65_535;
const MAX_ANNOTATIONS_PER_REQUEST = 50;
const DOCS = 'https://docs.github.com/rest';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly fault?: Fault,
  ) {
    super(message);
  }
}

function faultError(fault: Fault): HttpError {
  return new HttpError(fault.status, fault.message, fault.headers, fault);
}

interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

interface Reply {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

type Handler = (req: Request, params: string[]) => Reply;

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const state: GitHubServerState = {
    actor: options.actor ?? GITHUB_ACTIONS_USER,
    tokenKind: options.tokenKind ?? 'installation',
    readOnly: options.readOnly ?? false,
    comments: [],
    checkRuns: [],
    issues: [],
    pullRequests: [],
    commits: [...(options.commits ?? [])],
    gitRepository: options.gitRepository,
    faults: [...(options.faults ?? [])],
  };
  const requests: RecordedRequest[] = [];
  let clock = Date.UTC(2026, 0, 1);
  const now = () => {
    clock += 1000;
    return new Date(clock).toISOString();
  };
  let nextCommentId = 1000;
  let nextCheckRunId = 5000;

  for (const seed of options.comments ?? []) {
    const time = now();
    state.comments.push({
      id: nextCommentId++,
      owner: seed.owner ?? DEFAULT_OWNER,
      repo: seed.repo ?? DEFAULT_REPO,
      issueNumber: seed.issueNumber,
      body: seed.body,
      user: seed.user ?? { login: 'octocat', type: 'User' },
      created_at: time,
      updated_at: time,
    });
  }
  const nextIssueNumber = () =>
    1 + Math.max(0, ...state.issues.map((i) => i.number), ...state.comments.map((c) => c.issueNumber));
  for (const seed of options.issues ?? []) {
    const time = now();
    state.issues.push({
      number: seed.number ?? nextIssueNumber(),
      owner: seed.owner ?? DEFAULT_OWNER,
      repo: seed.repo ?? DEFAULT_REPO,
      title: seed.title,
      body: seed.body ?? '',
      state: seed.state ?? 'open',
      labels: seed.labels ?? [],
      user: seed.user ?? state.actor,
      created_at: time,
      updated_at: time,
    });
  }

  let baseUrl = '';
  const commentJson = (c: StoredComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${baseUrl}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${c.owner}/${c.repo}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${baseUrl}/repos/${c.owner}/${c.repo}/issues/${c.issueNumber}`,
    body: c.body,
    user: userJson(c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    performed_via_github_app: null,
  });
  const checkRunJson = (r: StoredCheckRun) => ({
    id: r.id,
    node_id: `CR_${r.id}`,
    name: r.name,
    head_sha: r.head_sha,
    external_id: r.external_id,
    status: r.status,
    conclusion: r.conclusion,
    details_url: r.details_url,
    url: `${baseUrl}/repos/${r.owner}/${r.repo}/check-runs/${r.id}`,
    html_url: `https://github.com/${r.owner}/${r.repo}/runs/${r.id}`,
    output: { ...r.output, annotations_count: r.annotations.length, annotations_url: '' },
  });
  const issueJson = (i: StoredIssue) => ({
    id: 90000 + i.number,
    node_id: `I_${i.number}`,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    labels: i.labels.map((name) => ({ name })),
    user: userJson(i.user),
    url: `${baseUrl}/repos/${i.owner}/${i.repo}/issues/${i.number}`,
    html_url: `https://github.com/${i.owner}/${i.repo}/issues/${i.number}`,
    created_at: i.created_at,
    updated_at: i.updated_at,
    comments: state.comments.filter((c) => sameIssue(c, i.owner, i.repo, i.number)).length,
  });
  const pullJson = (p: StoredPullRequest) => ({
    id: 70000 + p.number,
    number: p.number,
    state: p.state,
    url: `${baseUrl}/repos/${p.owner}/${p.repo}/pulls/${p.number}`,
    html_url: `https://github.com/${p.owner}/${p.repo}/pull/${p.number}`,
    head: {
      label: `${p.head.owner}:${p.head.ref}`,
      ref: p.head.ref,
      sha: p.head.sha,
      user: { login: p.head.owner },
      repo: { full_name: `${p.head.owner}/${p.repo}`, owner: { login: p.head.owner } },
    },
    base: { label: `${p.owner}:${p.base.ref}`, ref: p.base.ref, repo: { full_name: `${p.owner}/${p.repo}` } },
  });
  const findComment = (owner: string, repo: string, id: string) => {
    const comment = state.comments.find((c) => c.owner === owner && c.repo === repo && c.id === Number(id));
    if (!comment) throw new HttpError(404, 'Not Found');
    return comment;
  };
  const findCheckRun = (owner: string, repo: string, id: string) => {
    const run = state.checkRuns.find((r) => r.owner === owner && r.repo === repo && r.id === Number(id));
    if (!run) throw new HttpError(404, 'Not Found');
    return run;
  };
  const findIssue = (owner: string, repo: string, number: string) => {
    const issue = state.issues.find(
      (i) => i.owner === owner && i.repo === repo && i.number === Number(number),
    );
    if (!issue) throw new HttpError(404, 'Not Found');
    return issue;
  };
  const page = <T>(req: Request, items: T[]): Reply => {
    const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? 30) || 30));
    const pageNumber = Math.max(1, Number(req.query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const query = new URLSearchParams(req.query);
      query.set('per_page', String(perPage));
      query.set('page', String(n));
      return `<${baseUrl}${req.path}?${query}>; rel="${rel}"`;
    };
    const links = [];
    if (pageNumber > 1) links.push(link(pageNumber - 1, 'prev'), link(1, 'first'));
    if (pageNumber < last) links.push(link(pageNumber + 1, 'next'), link(last, 'last'));
    return {
      body: items.slice((pageNumber - 1) * perPage, pageNumber * perPage),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  };

  const routes: [string, RegExp, Handler][] = [
    [
      'GET',
      /^\/user$/,
      () => {
        if (state.tokenKind === 'installation')
          throw new HttpError(403, 'Resource not accessible by integration');
        return { body: userJson(state.actor) };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)$/,
      (_req, [owner, repo]) => ({
        body: {
          id: 1,
          name: repo,
          full_name: `${owner}/${repo}`,
          owner: { login: owner, type: 'Organization' },
          private: false,
          default_branch: 'main',
          html_url: `https://github.com/${owner}/${repo}`,
        },
      }),
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
      (req, [owner, repo, number]) =>
        page(req, state.comments.filter((c) => sameIssue(c, owner, repo, Number(number))).map(commentJson)),
    ],
    [
      'POST',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
      (req, [owner = '', repo = '', number]) => {
        const body = commentBody(req.body);
        const time = now();
        const comment: StoredComment = {
          id: nextCommentId++,
          owner,
          repo,
          issueNumber: Number(number),
          body,
          user: state.actor,
          created_at: time,
          updated_at: time,
        };
        state.comments.push(comment);
        return { status: 201, body: commentJson(comment) };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/,
      (_req, [owner = '', repo = '', id = '']) => ({ body: commentJson(findComment(owner, repo, id)) }),
    ],
    [
      'PATCH',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/,
      (req, [owner = '', repo = '', id = '']) => {
        const comment = findComment(owner, repo, id);
        comment.body = commentBody(req.body);
        comment.updated_at = now();
        return { body: commentJson(comment) };
      },
    ],
    [
      'POST',
      /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/,
      (req, [owner = '', repo = '']) => {
        const { name, head_sha } = req.body;
        if (typeof name !== 'string' || !name) throw invalid('name');
        if (typeof head_sha !== 'string' || !head_sha) throw invalid('head_sha');
        const run: StoredCheckRun = {
          id: nextCheckRunId++,
          owner,
          repo,
          name,
          head_sha,
          external_id: typeof req.body.external_id === 'string' ? req.body.external_id : null,
          status: 'queued',
          conclusion: null,
          details_url: null,
          output: { title: null, summary: null, text: null },
          annotations: [],
        };
        applyCheckRunFields(run, req.body);
        state.checkRuns.push(run);
        return { status: 201, body: checkRunJson(run) };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/check-runs$/,
      (req, [owner, repo, ref]) => {
        const name = req.query.get('check_name');
        const runs = state.checkRuns
          .filter((r) => r.owner === owner && r.repo === repo && r.head_sha === ref)
          .filter((r) => name === null || r.name === name)
          .sort((a, b) => b.id - a.id);
        const reply = page(req, runs.map(checkRunJson));
        return { ...reply, body: { total_count: runs.length, check_runs: reply.body } };
      },
    ],
    [
      'PATCH',
      /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/,
      (req, [owner = '', repo = '', id = '']) => {
        const run = findCheckRun(owner, repo, id);
        applyCheckRunFields(run, req.body);
        return { body: checkRunJson(run) };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/pulls$/,
      (req, [owner, repo]) => {
        const wanted = req.query.get('state') ?? 'open';
        // `head` is `owner:branch`, as GitHub takes it.
        const head = req.query.get('head');
        const items = state.pullRequests
          .filter((p) => p.owner === owner && p.repo === repo)
          .filter((p) => wanted === 'all' || p.state === wanted)
          .filter((p) => head === null || `${p.head.owner}:${p.head.ref}` === head);
        return page(req, items.map(pullJson));
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/issues$/,
      (req, [owner, repo]) => {
        const wanted = req.query.get('state') ?? 'open';
        const labels = (req.query.get('labels') ?? '').split(',').filter(Boolean);
        const items = state.issues
          .filter((i) => i.owner === owner && i.repo === repo)
          .filter((i) => wanted === 'all' || i.state === wanted)
          .filter((i) => labels.every((l) => i.labels.includes(l)))
          .sort((a, b) => b.created_at.localeCompare(a.created_at));
        return page(req, items.map(issueJson));
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/,
      (_req, [owner = '', repo = '', number = '']) => ({ body: issueJson(findIssue(owner, repo, number)) }),
    ],
    [
      'POST',
      /^\/repos\/([^/]+)\/([^/]+)\/issues$/,
      (req, [owner = '', repo = '']) => {
        const { title, body, labels } = req.body;
        if (typeof title !== 'string' || !title) throw invalid('title');
        const time = now();
        const issue: StoredIssue = {
          number: nextIssueNumber(),
          owner,
          repo,
          title,
          body: typeof body === 'string' ? commentBody({ body }) : '',
          state: 'open',
          labels: labelNames(labels),
          user: state.actor,
          created_at: time,
          updated_at: time,
        };
        state.issues.push(issue);
        return { status: 201, body: issueJson(issue) };
      },
    ],
    [
      'PATCH',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/,
      (req, [owner = '', repo = '', number = '']) => {
        const issue = findIssue(owner, repo, number);
        const { title, body, state: wanted, labels } = req.body;
        if (typeof title === 'string') issue.title = title;
        if (typeof body === 'string') issue.body = commentBody({ body });
        if (wanted === 'open' || wanted === 'closed') issue.state = wanted;
        if (labels !== undefined) issue.labels = labelNames(labels);
        issue.updated_at = now();
        return { body: issueJson(issue) };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/,
      (_req, [owner = '', repo = '', base = '', head = '']) => {
        if (state.gitRepository) return { body: compareInGit(state.gitRepository, owner, repo, base, head) };
        const from = state.commits.findIndex((c) => c.sha === base);
        const to = state.commits.findIndex((c) => c.sha === head);
        if (from < 0 || to < 0) throw new HttpError(404, 'Not Found');
        const commits = state.commits.slice(from + 1, to + 1).map((c) => ({
          sha: c.sha,
          html_url: `https://github.com/${owner}/${repo}/commit/${c.sha}`,
          commit: {
            message: c.message,
            author: { name: 'Dev', email: 'dev@example.com', date: '2026-01-01T00:00:00Z' },
          },
        }));
        return {
          body: {
            status: 'ahead',
            ahead_by: commits.length,
            behind_by: 0,
            total_commits: commits.length,
            html_url: `https://github.com/${owner}/${repo}/compare/${base}...${head}`,
            commits,
            files: [],
          },
        };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/actions\/caches$/,
      (req) => {
        const prefix = req.query.get('key') ?? '';
        const newestFirst = req.query.get('direction') !== 'asc';
        const caches = (options.cacheEntries?.() ?? [])
          .filter((e) => e.finalized && e.key.startsWith(prefix))
          .sort(
            (a, b) => (a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id) * (newestFirst ? -1 : 1),
          )
          .map((e) => ({
            id: e.id,
            key: e.key,
            ref: 'refs/heads/main',
            version: e.version,
            created_at: e.createdAt.toISOString(),
            last_accessed_at: e.createdAt.toISOString(),
            size_in_bytes: 1,
          }));
        const reply = page(req, caches);
        return { ...reply, body: { total_count: caches.length, actions_caches: reply.body } };
      },
    ],
    [
      'GET',
      /^\/search\/issues$/,
      (req) => {
        const matches = searchIssues(state.issues, req.query.get('q') ?? '').map(issueJson);
        const reply = page(req, matches);
        return {
          ...reply,
          body: { total_count: matches.length, incomplete_results: false, items: reply.body },
        };
      },
    ],
  ];

  const server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((err) => {
      outgoing.writeHead(500, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify({ message: `test server bug: ${(err as Error).message}` }));
    });
  });

  async function handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const url = new URL(incoming.url ?? '/', baseUrl);
    const method = incoming.method ?? 'GET';
    const raw = await readBody(incoming);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      authorized: incoming.headers.authorization !== undefined,
      status: 0,
    };
    requests.push(record);
    let reply: Reply;
    try {
      record.body = raw ? parseJson(raw) : undefined;
      reply = respond(
        {
          method,
          path: url.pathname,
          query: url.searchParams,
          body: (record.body ?? {}) as Record<string, unknown>,
        },
        incoming.headers.authorization,
      );
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      if (err.fault?.stall) {
        record.status = 0;
        return;
      }
      if (err.fault?.rawBody !== undefined) {
        record.status = err.status;
        outgoing.writeHead(err.status, { 'content-type': 'application/json; charset=utf-8', ...err.headers });
        outgoing.end(err.fault.rawBody);
        return;
      }
      reply = {
        status: err.status,
        body: { message: err.message, documentation_url: DOCS },
        headers: err.headers,
      };
    }
    record.status = reply.status ?? 200;
    outgoing.writeHead(record.status, {
      'content-type': 'application/json; charset=utf-8',
      ...reply.headers,
    });
    outgoing.end(JSON.stringify(reply.body));
  }

  function respond(req: Request, authorization: string | undefined): Reply {
    if (options.token !== undefined && !isToken(authorization, options.token)) {
      throw new HttpError(401, 'Bad credentials');
    }
    const fault = takeFault(state.faults, req);
    if (fault && !fault.afterApplying) throw faultError(fault);
    if (state.readOnly && req.method !== 'GET')
      throw new HttpError(403, 'Resource not accessible by integration');
    for (const [method, pattern, handler] of routes) {
      const match = method === req.method ? pattern.exec(req.path) : null;
      if (!match) continue;
      const reply = handler(req, match.slice(1).map(decodeURIComponent));
      if (fault) throw faultError(fault);
      return reply;
    }
    throw new HttpError(404, 'Not Found');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    state,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function userJson(user: ServerUser) {
  return { login: user.login, id: hashId(user.login), type: user.type };
}

function hashId(text: string): number {
  let h = 7;
  for (const ch of text) h = (h * 31 + (ch.codePointAt(0) ?? 0)) % 1_000_000_007;
  return h;
}

function sameIssue(
  c: StoredComment,
  owner: string | undefined,
  repo: string | undefined,
  n: number,
): boolean {
  return c.owner === owner && c.repo === repo && c.issueNumber === n;
}

function isToken(authorization: string | undefined, token: string): boolean {
  return authorization === `token ${token}` || authorization === `Bearer ${token}`;
}

function invalid(field: string): HttpError {
  return new HttpError(422, `Invalid request.\n\n"${field}" wasn't supplied.`);
}

/** GitHub counts characters (code points), not UTF-16 units. */
function commentBody(body: Record<string, unknown>): string {
  const text = body.body;
  if (typeof text !== 'string') throw invalid('body');
  if ([...text].length > MAX_COMMENT_CHARS) {
    throw new HttpError(
      422,
      `Validation Failed: body is too long (maximum is ${MAX_COMMENT_CHARS} characters)`,
    );
  }
  return text;
}

function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown })?.name ?? '')));
}

function applyCheckRunFields(run: StoredCheckRun, body: Record<string, unknown>): void {
  const { status, conclusion, details_url, output } = body;
  if (typeof details_url === 'string') run.details_url = details_url;
  if (typeof status === 'string') run.status = status;
  if (typeof conclusion === 'string') {
    const allowed = [
      'action_required',
      'cancelled',
      'failure',
      'neutral',
      'success',
      'skipped',
      'stale',
      'timed_out',
    ];
    if (!allowed.includes(conclusion))
      throw new HttpError(422, `Invalid request.\n\nconclusion "${conclusion}"`);
    run.conclusion = conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed' && run.conclusion === null) {
    throw new HttpError(422, 'Invalid request.\n\n"conclusion" is required when status is completed.');
  }
  if (output === undefined) return;
  const { title, summary, text, annotations = [] } = output as Record<string, unknown>;
  if (typeof title !== 'string') throw invalid('title');
  if (typeof summary !== 'string') throw invalid('summary');
  if (summary.length > MAX_CHECK_TEXT) throw new HttpError(422, 'Invalid request.\n\nsummary is too long');
  if (!Array.isArray(annotations)) throw invalid('annotations');
  if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST) {
    throw new HttpError(422, 'Invalid request.\n\nOnly 50 annotations are allowed per request.');
  }
  annotations.forEach(checkAnnotation);
  run.output = { title, summary, text: typeof text === 'string' ? text : run.output.text };
  run.annotations.push(...(annotations as StoredAnnotation[]));
}

function checkAnnotation(a: Record<string, unknown>): void {
  const levels = ['notice', 'warning', 'failure'];
  if (typeof a.path !== 'string' || !a.path) throw invalid('path');
  if (!Number.isInteger(a.start_line) || (a.start_line as number) < 1) throw invalid('start_line');
  if (!Number.isInteger(a.end_line) || (a.end_line as number) < (a.start_line as number))
    throw invalid('end_line');
  if (!levels.includes(a.annotation_level as string)) throw invalid('annotation_level');
  if (typeof a.message !== 'string' || !a.message) throw invalid('message');
  if (new TextEncoder().encode(a.message).length > 64 * 1024) throw new HttpError(422, 'message is too long');
  if (a.title !== undefined && (typeof a.title !== 'string' || a.title.length > 255)) throw invalid('title');
}

function takeFault(faults: Fault[], req: Request): Fault | undefined {
  const index = faults.findIndex(
    (f) =>
      (f.method === undefined || f.method === req.method) &&
      (f.path === undefined || (typeof f.path === 'string' ? f.path === req.path : f.path.test(req.path))),
  );
  const fault = faults[index];
  if (!fault) return undefined;
  const left = (fault.times ?? 1) - 1;
  if (left <= 0) faults.splice(index, 1);
  else fault.times = left;
  return fault;
}

/**
 * The part of GitHub's issue search syntax perf-regression uses: `repo:o/r`, `is:issue|pr|open|closed`,
 * `state:`, `label:x` / `label:"x y"`, `author:`, `in:title|body`, and words or "phrases" that must appear.
 */
export function searchIssues(issues: StoredIssue[], q: string): StoredIssue[] {
  const tokens = q.match(/\S+:"[^"]*"|"[^"]*"|\S+/g) ?? [];
  const filters: ((i: StoredIssue) => boolean)[] = [];
  const words: string[] = [];
  let fields: ('title' | 'body')[] = ['title', 'body'];
  for (const token of tokens) {
    const [, key, rawValue] = /^(\w+):(.*)$/.exec(token) ?? [];
    const value = rawValue?.replace(/^"|"$/g, '');
    if (key === 'repo') filters.push((i) => `${i.owner}/${i.repo}` === value);
    else if (key === 'is' && (value === 'open' || value === 'closed')) filters.push((i) => i.state === value);
    else if (key === 'is' && value === 'pr') filters.push(() => false);
    else if (key === 'is') continue;
    else if (key === 'state') filters.push((i) => i.state === value);
    else if (key === 'label') filters.push((i) => i.labels.includes(value ?? ''));
    else if (key === 'author') filters.push((i) => i.user.login === value);
    else if (key === 'in') fields = (value ?? '').split(',') as ('title' | 'body')[];
    else words.push(token.replace(/^"|"$/g, '').toLowerCase());
  }
  return issues
    .filter((i) => filters.every((f) => f(i)))
    .filter((i) => words.every((w) => fields.some((f) => i[f].toLowerCase().includes(w))))
    .sort((a, b) => b.created_at.localeCompare(a.created_at));
}

async function readBody(incoming: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'Problems parsing JSON');
  }
}

/** GitHub's compare answer for two commits of a real repository: 404 for a commit it does not have. */
function compareInGit(gitDir: string, owner: string, repo: string, base: string, head: string) {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: gitDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  let mergeBase: string;
  try {
    git('cat-file', '-e', `${base}^{commit}`);
    git('cat-file', '-e', `${head}^{commit}`);
    mergeBase = git('merge-base', base, head);
  } catch {
    throw new HttpError(404, 'Not Found');
  }
  const aheadBy = Number(git('rev-list', '--count', `${mergeBase}..${head}`));
  const behindBy = Number(git('rev-list', '--count', `${mergeBase}..${base}`));
  const status =
    aheadBy === 0 && behindBy === 0
      ? 'identical'
      : behindBy === 0
        ? 'ahead'
        : aheadBy === 0
          ? 'behind'
          : 'diverged';
  return {
    status,
    ahead_by: aheadBy,
    behind_by: behindBy,
    total_commits: aheadBy,
    html_url: `https://github.com/${owner}/${repo}/compare/${base}...${head}`,
    merge_base_commit: { sha: mergeBase },
    commits: [],
    files: [],
  };
}
