// History on a branch of the repository (gh-pages by default): `<path>/<suite key>/history.json`, next to
// whatever else lives there (the dashboard). Written with the git CLI rather than the REST contents API:
// - a push is a compare-and-swap on the branch (`--force-with-lease`), so two runs appending at once can
//   never overwrite each other: the loser re-fetches and re-applies its entry on the new document;
// - a commit can change several files at once (history and dashboard), which the contents API cannot;
// - it is tested end to end against a real bare repository, with no mock of an HTTP API.
// Each operation uses its own private bare clone (depth 1, no working tree) and builds the commit with
// plumbing commands, so it never touches the user's checkout or git config.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  appendWithImport,
  emptyHistory,
  entriesFor,
  parseRunFile,
  parseStoredHistory,
  splitHistory,
} from './history.js';
import {
  type AppendOptions,
  type HistoryDocument,
  type HistoryEntry,
  HistoryError,
  type HistoryStore,
  type ReadOptions,
} from './store.js';
import { suiteKey } from './suite-key.js';

export interface GhPagesStoreOptions {
  /** `https://github.com/owner/repo.git`, or any URL or path git accepts (a bare repo in tests). */
  repoUrl: string;
  branch: string;
  /** Folder inside the branch holding one sub-folder per suite; `''` for the branch root. */
  path: string;
  /** Sent as an HTTP header for http(s) URLs; never in a URL, an argument or a message. */
  token?: string;
  /** Where the private clones go (the runner's temp folder); the OS temp folder by default. */
  workdir?: string;
  author?: { name: string; email: string };
  retry?: RetryOptions;
  /** Progress worth a log line (a push lost to a concurrent run, and the retry). */
  log?: (message: string) => void;
  /**
   * A static site of every suite's history (the dashboard), written in the same commit as each
   * append, under the same folder: files by path relative to it. Files under `staleFolder` that the
   * new site does not have are removed (an older version's assets).
   */
  site?: { files: (docs: HistoryDocument[]) => Map<string, string>; staleFolder: string };
}

export interface RetryOptions {
  /**
   * Fetch-append-push attempts that saw no other run's push land before giving up. A push lost to a
   * run that landed does not count: with N runs writing at once one of them can lose N − 1 races.
   */
  attempts?: number;
  /** All attempts together stop after this long. */
  budgetMs?: number;
  /** First delay before a retry; it doubles each time, with random jitter, up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

const GITHUB_ACTIONS_BOT = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};
const DEFAULT_RETRY: Required<RetryOptions> = {
  attempts: 10,
  budgetMs: 15 * 60_000,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
};
const GIT_TIMEOUT_MS = 300_000;
/** Git variables that would point our commands at another repository (set when run from a git hook). */
const REPOSITORY_ENV = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_COMMON_DIR',
];
/** Push rejections that mean "the branch moved under us": fetch again and re-apply. */
const LOST_RACE =
  /stale info|fetch first|non-fast-forward|already exists|failed to update ref|cannot lock ref|incorrect old value/i;
/** Push refusals worth another attempt: a hook that declined, a server error, a dropped connection. */
const TRANSIENT_REFUSAL =
  /hook declined|returned error: 5\d\d|RPC failed|hung up|connection reset|timed out|temporarily/i;
/** Refusals no retry changes: branch protection, rulesets (GH006, GH013), permissions. */
const PERMANENT_REFUSAL = /protected branch|GH0\d\d|permission|denied|forbidden|returned error: 40[34]/i;
const FETCHED_TIP = 'refs/perf-regression/tip';

export class GhPagesStore implements HistoryStore {
  readonly description: string;
  private readonly options: GhPagesStoreOptions;
  private readonly folder: string[];
  private readonly retry: Required<RetryOptions>;
  private readonly env: NodeJS.ProcessEnv;
  private readonly secrets: string[];

  constructor(options: GhPagesStoreOptions) {
    if (options.repoUrl.startsWith('-'))
      throw new HistoryError(`gh-pages repository "${options.repoUrl}" is not a URL`);
    this.options = options;
    this.description = `gh-pages branch "${options.branch}"`;
    this.folder = folderSegments(options.path);
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.secrets = options.token ? [options.token, basicCredentials(options.token)] : [];
    this.env = gitEnvironment(options);
  }

  /** Path of `suite`'s history inside the branch. */
  fileOf(suite: string): string {
    return this.pathOf(suite, 'history.json');
  }

  private pathOf(suite: string, name: string): string {
    return [...this.folder, suiteKey(suite), name].join('/');
  }

  /** Every file of `doc`'s layout (history.json and its run files) by path inside the branch. */
  private layoutOf(suite: string, doc: HistoryDocument): Map<string, string> {
    return new Map([...splitHistory(doc)].map(([name, text]) => [this.pathOf(suite, name), text]));
  }

  async read(suite: string, options: ReadOptions): Promise<HistoryEntry[]> {
    return this.withPrivateClone(async (repo) => {
      const tip = await this.fetchTip(repo);
      const stored = tip ? await this.readDocument(repo, tip, suite) : undefined;
      return stored ? entriesFor(stored.doc, options.branches) : [];
    });
  }

  async append(suite: string, entry: HistoryEntry, options: AppendOptions): Promise<void> {
    const message = `perf-regression: record ${suite} @ ${entry.commit.slice(0, 7)}`;
    const deadline = Date.now() + this.retry.budgetMs;
    await this.withPrivateClone(async (repo) => {
      let stalled = 0;
      let previousTip: string | undefined;
      for (let attempt = 1; ; attempt++) {
        // Always on the document just fetched: a lost race re-applies the entry, never merges stale content.
        const tip = await this.fetchTip(repo);
        if (attempt > 1 && tip === previousTip) stalled++;
        previousTip = tip;
        const current = tip ? await this.readDocument(repo, tip, suite) : undefined;
        const next = appendWithImport(current?.doc ?? emptyHistory(suite), entry, options);
        // Only the files that differ are written: a run's file once when recorded, once when its samples go.
        const layout = this.layoutOf(suite, next);
        const files = new Map([...layout].filter(([file, text]) => current?.files.get(file) !== text));
        const gone = [...(current?.files.keys() ?? [])].filter((file) => !layout.has(file));
        if (current && files.size === 0 && gone.length === 0) return; // already recorded (a retried job)
        const stale = this.options.site ? await this.siteFiles(repo, tip, suite, next, files) : [];
        const commit = await this.commitFiles(repo, tip, files, [...gone, ...stale], message);
        const rejection = await this.push(repo, commit, tip);
        if (rejection === undefined) return;
        if (stalled + 1 >= this.retry.attempts || Date.now() >= deadline) {
          throw new HistoryError(
            `${this.description}: push still rejected after ${attempt} attempts (${rejection}); too many runs writing at once?`,
          );
        }
        const delay = backoffDelay(attempt, this.retry);
        this.options.log?.(
          `${this.description}: push rejected (${rejection}); retrying in ${Math.round(delay)} ms (attempt ${attempt + 1})`,
        );
        await sleep(delay);
      }
    });
  }

  /** A file of the branch's last commit (github-action-benchmark's data.js); undefined when absent. */
  async readBranchFile(file: string): Promise<string | undefined> {
    return this.withPrivateClone(async (repo) => {
      const tip = await this.fetchTip(repo);
      return tip ? (await this.readBlobs(repo, tip, [file]))[0] : undefined;
    });
  }

  private async withPrivateClone<T>(work: (repo: string) => Promise<T>): Promise<T> {
    const repo = await mkdtemp(path.join(this.options.workdir ?? tmpdir(), 'perf-regression-git-'));
    try {
      await this.git(repo, ['init', '--quiet', '--bare']);
      return await work(repo);
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  }

  /** Fetches the branch's last commit; undefined when the branch does not exist yet. */
  private async fetchTip(repo: string): Promise<string | undefined> {
    const refspec = `+refs/heads/${this.options.branch}:${FETCHED_TIP}`;
    const args = ['fetch', '--quiet', '--no-tags', '--depth=1', '--', this.options.repoUrl, refspec];
    const fetch = await this.git(repo, args, { allowFailure: true });
    if (fetch.code !== 0) {
      // LC_ALL=C keeps this message untranslated.
      if (/couldn't find remote ref/.test(fetch.stderr)) return undefined;
      throw this.gitFailure('fetch', fetch);
    }
    return outputLine(await this.git(repo, ['rev-parse', '--verify', FETCHED_TIP]));
  }

  /**
   * Adds the site of every suite's history (this suite's as it will be after the append) to `files`;
   * returns the paths of the site's stale files to remove.
   */
  private async siteFiles(
    repo: string,
    tip: string | undefined,
    suite: string,
    doc: HistoryDocument,
    files: Map<string, string>,
  ): Promise<string[]> {
    const site = this.options.site as NonNullable<GhPagesStoreOptions['site']>;
    const prefix = this.folder.length > 0 ? `${this.folder.join('/')}/` : '';
    const listed = tip
      ? outputLine(
          await this.git(repo, ['ls-tree', '-r', '--name-only', tip, ...(prefix ? ['--', prefix] : [])]),
        )
          .split('\n')
          .filter(Boolean)
      : [];
    const docs = [doc];
    for (const file of listed) {
      const rest = file.slice(prefix.length).split('/');
      if (rest.length !== 2 || rest[1] !== 'history.json' || file === this.fileOf(suite)) continue;
      // Another suite's unreadable history leaves it off the site; it must not stop this recording.
      const other = await this.readDocumentAt(repo, tip as string, file).catch((err: unknown) => {
        if (!(err instanceof HistoryError)) throw err;
        this.options.log?.(`${this.description}: the dashboard leaves out ${file}: ${err.message}`);
        return undefined;
      });
      if (other) docs.push(other.doc);
    }
    for (const [name, content] of site.files(docs)) files.set(prefix + name, content);
    const staleFolder = `${prefix}${site.staleFolder}/`;
    return listed.filter((file) => file.startsWith(staleFolder) && !files.has(file));
  }

  /** The suite's document at `commit`; undefined when the file does not exist there. */
  private readDocument(repo: string, commit: string, suite: string): Promise<StoredDocument | undefined> {
    return this.readDocumentAt(repo, commit, this.fileOf(suite), suite);
  }

  /**
   * The document at `commit:file` (of `suite` when given) with the files it was read from; undefined
   * when the file does not exist. A version 2 `history.json` is read with every run file it lists.
   */
  private async readDocumentAt(
    repo: string,
    commit: string,
    file: string,
    suite?: string,
  ): Promise<StoredDocument | undefined> {
    const [text] = await this.readBlobs(repo, commit, [file]);
    if (text === undefined) return undefined;
    const stored = parseStoredHistory(text, `${this.options.branch}:${file}`, suite);
    const files = new Map([[file, text]]);
    if (stored.kind === 'document') return { doc: stored.doc, files };
    const folder = file.slice(0, file.length - 'history.json'.length);
    const paths = stored.runs.map((name) => folder + name);
    const texts = await this.readBlobs(repo, commit, paths);
    const entries = paths.map((run, i) => {
      const origin = `${this.options.branch}:${run}`;
      const runText = texts[i];
      if (runText === undefined) throw new HistoryError(`${origin}: listed in ${file} but missing`);
      files.set(run, runText);
      return parseRunFile(runText, origin);
    });
    return { doc: { ...emptyHistory(stored.suite), entries }, files };
  }

  /** The text of `commit:file` for each file in one git process; undefined where a file does not exist. */
  private async readBlobs(repo: string, commit: string, files: string[]): Promise<(string | undefined)[]> {
    const input = files.map((file) => `${commit}:${file}\n`).join('');
    const raw = (await this.git(repo, ['cat-file', '--batch'], { input })).stdout;
    let at = 0;
    return files.map((file) => {
      // `<oid> <type> <size>\n<content>\n`, or `<what was asked> missing\n` (the path may hold spaces).
      const headerEnd = raw.indexOf(10, at);
      const header = raw.subarray(at, headerEnd).toString('utf8');
      at = headerEnd + 1;
      if (header.endsWith(' missing')) return undefined;
      const [, type, size] = header.split(' ');
      if (type !== 'blob')
        throw new HistoryError(`${this.options.branch}:${file}: expected a file, found a ${type}`);
      const text = raw.subarray(at, at + Number(size)).toString('utf8');
      at += Number(size) + 1;
      return text;
    });
  }

  /**
   * A commit on top of `parent` (or a root commit) whose tree is the parent's with `files` written and
   * `remove` removed.
   */
  private async commitFiles(
    repo: string,
    parent: string | undefined,
    files: Map<string, string>,
    remove: string[],
    message: string,
  ): Promise<string> {
    // A private index: every other file of the branch is kept as it is.
    const index = { GIT_INDEX_FILE: path.join(repo, 'perf-regression-index') };
    await this.git(repo, parent ? ['read-tree', parent] : ['read-tree', '--empty'], { env: index });
    const lines: string[] = remove.map((file) => `0 ${'0'.repeat(40)}\t${file}`);
    for (const [file, text] of files) {
      const blob = outputLine(await this.git(repo, ['hash-object', '-w', '--stdin'], { input: text }));
      lines.push(`100644 ${blob}\t${file}`);
    }
    // --index-info takes `<mode> <object>\t<path>` lines; mode 0 removes the path.
    await this.git(repo, ['update-index', '--index-info'], { env: index, input: `${lines.join('\n')}\n` });
    const tree = outputLine(await this.git(repo, ['write-tree'], { env: index }));
    const parentArgs = parent ? ['-p', parent] : [];
    return outputLine(
      await this.git(repo, ['commit-tree', '--no-gpg-sign', tree, ...parentArgs, '-m', message]),
    );
  }

  /**
   * Pushes `commit` only if the branch is still at `expected` (absent when undefined). Returns the
   * rejection reason when another run moved the branch first; any other failure throws.
   */
  private async push(
    repo: string,
    commit: string,
    expected: string | undefined,
  ): Promise<string | undefined> {
    const ref = `refs/heads/${this.options.branch}`;
    const push = await this.git(
      repo,
      [
        'push',
        '--porcelain',
        '--no-verify',
        `--force-with-lease=${ref}:${expected ?? ''}`,
        '--',
        this.options.repoUrl,
        `${commit}:${ref}`,
      ],
      { allowFailure: true },
    );
    if (push.code === 0) return undefined;
    // Porcelain: `!\t<src>:<dst>\t[rejected] (stale info)` for each refused ref.
    const refused = push.stdout
      .toString('utf8')
      .split('\n')
      .find((line) => line.startsWith('!'));
    const reason = refused?.split('\t')[2];
    if (reason && LOST_RACE.test(reason)) return reason;
    // A hook or server that declines for now (a 5xx, a busy remote) is retried like a lost race; a rule
    // or permission that forbids the push is not, retrying cannot change it.
    const said = `${reason ?? ''}\n${push.stderr}`;
    if (!PERMANENT_REFUSAL.test(said) && TRANSIENT_REFUSAL.test(said))
      return reason ?? firstLine(push.stderr);
    throw this.gitFailure('push', push, reason);
  }

  private gitFailure(command: string, result: GitResult, detail?: string): HistoryError {
    const output = [detail, result.stderr.trim()].filter(Boolean).join(': ');
    return new HistoryError(
      redactSecrets(
        `${this.description}: git ${command} failed (exit ${result.code}): ${output}`,
        this.secrets,
      ),
    );
  }

  private async git(
    cwd: string,
    args: string[],
    options: { input?: string; env?: NodeJS.ProcessEnv; allowFailure?: boolean } = {},
  ): Promise<GitResult> {
    const result = await runGit(cwd, args, { ...this.env, ...options.env }, options.input);
    if (result.code !== 0 && !options.allowFailure) throw this.gitFailure(args[0] ?? '', result);
    return result;
  }
}

/** A suite's history as read, with the text of each file it came from (by path inside the branch). */
interface StoredDocument {
  doc: HistoryDocument;
  files: Map<string, string>;
}

interface GitResult {
  code: number;
  /** Bytes: `cat-file --batch` gives sizes in bytes. */
  stdout: Buffer;
  stderr: string;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/** The one line a plumbing command prints (an object id). */
function outputLine(result: GitResult): string {
  return result.stdout.toString('utf8').trim();
}

function runGit(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  input: string | undefined,
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env, timeout: GIT_TIMEOUT_MS, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (err) =>
      reject(new HistoryError(`cannot run git (${err.message}); the gh-pages store needs git on the PATH`)),
    );
    child.on('close', (code, signal) => {
      resolve({
        code: code ?? 128,
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr).toString('utf8') + (signal ? `\nkilled by ${signal}` : ''),
      });
    });
    child.stdin.on('error', () => {}); // git may exit before reading its input; its exit code tells why
    child.stdin.end(input ?? '');
  });
}

/**
 * The environment of every git command: untranslated messages, no prompt, the author of the commits,
 * and for http(s) the token as an `Authorization` header given through GIT_CONFIG_* variables, where
 * neither `ps` nor an error message shows it (an argument or a URL would be).
 */
function gitEnvironment(options: GhPagesStoreOptions): NodeJS.ProcessEnv {
  const author = options.author ?? GITHUB_ACTIONS_BOT;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LC_ALL: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
  };
  for (const name of REPOSITORY_ENV) delete env[name];
  const server = /^https?:\/\//i.test(options.repoUrl) ? new URL(options.repoUrl) : undefined;
  if (options.token && server) {
    const key = `http.${server.protocol}//${server.host}/.extraheader`;
    // The empty value first clears any extraheader the user's config already sets for this server.
    addGitConfig(env, key, '');
    addGitConfig(env, key, `AUTHORIZATION: basic ${basicCredentials(options.token)}`);
  }
  return env;
}

/** Appends one `GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n` pair after any the environment already has. */
function addGitConfig(env: NodeJS.ProcessEnv, key: string, value: string): void {
  const count = Number.parseInt(env.GIT_CONFIG_COUNT ?? '0', 10) || 0;
  env[`GIT_CONFIG_KEY_${count}`] = key;
  env[`GIT_CONFIG_VALUE_${count}`] = value;
  env.GIT_CONFIG_COUNT = String(count + 1);
}

function basicCredentials(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString('base64');
}

/**
 * `text` with every secret, every Authorization header value and every password in a URL replaced by
 * `***`: git's stderr ends up in error messages, and a trace (GIT_TRACE, GIT_CURL_VERBOSE) prints headers.
 */
export function redactSecrets(text: string, secrets: string[]): string {
  let redacted = text;
  for (const secret of secrets) {
    if (secret) redacted = redacted.split(secret).join('***');
  }
  return redacted.replace(/(authorization:\s*\w+\s+)\S+/gi, '$1***').replace(/(\/\/)[^/@\s]+@/g, '$1***@');
}

/** Exponential backoff with full jitter: runs that lost the same race spread out instead of colliding again. */
function backoffDelay(attempt: number, retry: Required<RetryOptions>): number {
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  return Math.random() * ceiling;
}

/** `perf-regression/benchmarks/` → [perf-regression, benchmarks]; `..` is refused. */
function folderSegments(folder: string): string[] {
  const segments = folder.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || s.includes('\\'))) {
    throw new HistoryError(
      `gh-pages path "${folder}": expected a folder inside the branch, without ".." or "\\"`,
    );
  }
  return segments;
}
