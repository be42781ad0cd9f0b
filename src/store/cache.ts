// History in the GitHub Actions cache. Cache entries are immutable, so the store never updates one:
// every append restores the newest document of the entry's branch, adds the entry and saves the result
// under a new key; a read restores the newest entry by key prefix.
//
// Key: `perf-regression:<suite key>:<branch>:<run id>-<attempt>-<content hash>`. The `:` separators are
// what keep prefix matching exact: suite keys are `[a-z0-9._-]` and git forbids `:` in branch names (and
// the store escapes it anyway), so the prefix for branch `main` never matches `main-old`, and the one for
// suite `go` never matches suite `go-bench`. The content hash lets a re-run of the same attempt save a
// changed document without colliding with the key it saved before.
//
// Who may write is main.ts's decision, not this store's: only runs on the default branch should append
// (a PR's results are not a baseline, and the cache scopes a PR's entries to that PR anyway).
//
// A missing or failing cache service is not an error of the run: `read` returns no history and `append`
// saves nothing, both telling the user why through `warn`. A document that is restored but unreadable
// throws HistoryError, so it is never silently replaced.
//
// Limitation: two default-branch runs appending at the same moment both start from the same document,
// and the newer save wins; the other run's entry is missing from later reads. The cache has no atomic
// update; a workflow `concurrency:` group on the default branch avoids it.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appendEntry, emptyHistory, entriesFor, parseHistoryDocument, serializeHistory } from './history.js';
import {
  type AppendOptions,
  type HistoryDocument,
  type HistoryEntry,
  HistoryError,
  type HistoryStore,
  type ReadOptions,
} from './store.js';
import { suiteKey } from './suite-key.js';

export interface ActionsCacheStoreOptions {
  /** Where a problem with the cache service is reported; main.ts passes core.warning. */
  warn?: (message: string) => void;
  /**
   * Folder the documents are staged in (default RUNNER_TEMP, else the OS temp folder). It must be the
   * same path in every run: the cache version is a hash of the cached paths, so entries saved from
   * another path are never restored.
   */
  directory?: string;
}

const KEY_PREFIX = 'perf-regression';
const DOCUMENT_FILE = 'history.json';
/** @actions/cache accepts at most 10 keys per restore, and the first branch's prefix is passed twice. */
const MAX_BRANCHES = 9;
/** Keeps a key under the cache's 512-character limit whatever the branch name. */
const MAX_BRANCH_LENGTH = 200;

/** A restore that found nothing, found a document, or could not ask the cache service. */
type Restored =
  | { kind: 'miss' }
  | { kind: 'found'; key: string; branch: string; doc: HistoryDocument }
  | { kind: 'failed'; reason: string };

export class ActionsCacheStore implements HistoryStore {
  readonly description = 'Actions cache';
  private readonly warn: (message: string) => void;
  private readonly directory: string;

  constructor(options: ActionsCacheStoreOptions = {}) {
    this.warn = options.warn ?? (() => {});
    this.directory =
      options.directory ?? path.join(process.env.RUNNER_TEMP || tmpdir(), 'perf-regression-history');
  }

  /** The file a suite's document is restored to and saved from. */
  documentPath(suite: string): string {
    return path.join(this.directory, suiteKey(suite), DOCUMENT_FILE);
  }

  async read(suite: string, options: ReadOptions): Promise<HistoryEntry[]> {
    if (!(await this.serviceAvailable(`history of suite "${suite}" not read`))) return [];
    let branches = [...new Set(options.branches)].slice(0, MAX_BRANCHES);
    while (branches.length > 0) {
      const restored = await this.restoreNewest(suite, branches);
      if (restored.kind === 'failed')
        this.warn(`Actions cache: history of suite "${suite}" not read: ${restored.reason}`);
      if (restored.kind !== 'found') return [];
      const entries = entriesFor(restored.doc, [restored.branch]);
      if (entries.length > 0) return entries;
      branches = branches.slice(branches.indexOf(restored.branch) + 1);
    }
    return [];
  }

  async append(suite: string, entry: HistoryEntry, options: AppendOptions): Promise<void> {
    if (!(await this.serviceAvailable(`history of suite "${suite}" not saved`))) return;
    const restored = await this.restoreNewest(suite, [entry.branch]);
    if (restored.kind === 'failed') {
      // Saving now would start a new chain from this one entry, and every later read would miss the older ones.
      this.warn(
        `Actions cache: history of suite "${suite}" not saved, the current history could not be read: ${restored.reason}`,
      );
      return;
    }
    const previous = restored.kind === 'found' ? restored.doc : emptyHistory(suite);
    const next = appendEntry(previous, entry, options.historySize);
    const text = serializeHistory(next);
    if (restored.kind === 'found' && text === serializeHistory(previous)) return;

    const file = await this.stageDocument(suite);
    await writeFile(file, text, { mode: 0o600 });
    const key = `${keyPrefix(suite, entry.branch)}${escapeKeyPart(entry.runId)}-${entry.runAttempt ?? 1}-${contentHash(text)}`;
    try {
      // saveCache logs its own reason and returns -1 rather than throwing when the service refuses or fails;
      // it throws for what it checks before calling the service (no runtime token, an invalid key).
      if ((await (await actionsCache()).saveCache([file], key)) === -1) {
        this.warn(`Actions cache: history of suite "${suite}" not saved under key ${key}`);
      }
    } catch (error) {
      this.warn(`Actions cache: history of suite "${suite}" not saved: ${(error as Error).message}`);
    }
  }

  private async serviceAvailable(consequence: string): Promise<boolean> {
    if ((await actionsCache()).isFeatureAvailable()) return true;
    this.warn(
      `Actions cache service is not available (no ACTIONS_RESULTS_URL, not on a runner?): ${consequence}`,
    );
    return false;
  }

  /** The newest document saved for the first of `branches` that has one. */
  private async restoreNewest(suite: string, branches: string[]): Promise<Restored> {
    const file = await this.stageDocument(suite);
    const prefixes = branches.map((branch) => keyPrefix(suite, branch));
    const [first = ''] = prefixes;
    // GitHub prefix-matches the primary key too, but restore keys are the documented place for prefixes:
    // listing the first one there as well keeps the lookup right either way.
    const { restoreCache } = await actionsCache();
    const { key, failure } = await restoreWatchingFailures(() => restoreCache([file], first, prefixes));
    if (failure !== undefined) return { kind: 'failed', reason: failure };
    if (key === undefined) return { kind: 'miss' };
    const branch = branches[prefixes.findIndex((prefix) => key.startsWith(prefix))] ?? branches[0] ?? '';
    return { kind: 'found', key, branch, doc: await readRestored(file, key, suite) };
  }

  /** An empty private folder for one suite's document, so nothing from an earlier restore is read. */
  private async stageDocument(suite: string): Promise<string> {
    const file = this.documentPath(suite);
    await rm(path.dirname(file), { recursive: true, force: true });
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    return file;
  }
}

async function readRestored(file: string, key: string, suite: string): Promise<HistoryDocument> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new HistoryError(`Actions cache entry ${key}: holds no ${DOCUMENT_FILE}`);
  }
  return parseHistoryDocument(text, `Actions cache entry ${key}`, suite);
}

function keyPrefix(suite: string, branch: string): string {
  let safeBranch = escapeKeyPart(branch);
  if (safeBranch.length > MAX_BRANCH_LENGTH) {
    // `~` cannot occur in a git branch name, so a shortened name never prefixes a real one.
    safeBranch = `${safeBranch.slice(0, MAX_BRANCH_LENGTH - 9)}~${contentHash(branch).slice(0, 8)}`;
  }
  return `${KEY_PREFIX}:${suiteKey(suite)}:${safeBranch}:`;
}

/** `%`, `:` (our separator) and `,` (refused in cache keys) percent-encoded; everything else kept readable. */
function escapeKeyPart(text: string): string {
  return text.replace(/[%:,]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/**
 * restoreCache never throws for a service problem: it logs `Failed to restore: …` through @actions/core
 * (a `::warning::`/`::error::` line on stdout) and returns undefined, exactly as for a cache miss. A miss
 * is a normal first run; a failure must not be mistaken for one (an append would then drop the history),
 * so the restore is watched for that line.
 */
async function restoreWatchingFailures(
  restore: () => Promise<string | undefined>,
): Promise<{ key?: string; failure?: string }> {
  let failure: string | undefined;
  const stopWatching = watchStdout((text) => {
    const match = /^::(?:warning|error)::Failed to restore: (.*)$/m.exec(text);
    if (match && failure === undefined) failure = unescapeCommandData(match[1] ?? '');
  });
  try {
    const key = await restore();
    return failure === undefined ? { key } : { failure };
  } catch (error) {
    return { failure: (error as Error).message };
  } finally {
    stopWatching();
  }
}

const stdoutWatchers = new Set<(text: string) => void>();
let stdoutPatch: { original: typeof process.stdout.write; patched: typeof process.stdout.write } | undefined;

/** Calls `watcher` with every string written to stdout until the returned function is called; output is unchanged. */
function watchStdout(watcher: (text: string) => void): () => void {
  if (!stdoutPatch) {
    const original = process.stdout.write;
    const patched = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
      if (typeof chunk === 'string' && stdoutPatch?.patched === patched)
        for (const w of stdoutWatchers) w(chunk);
      return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof process.stdout.write;
    stdoutPatch = { original, patched };
    process.stdout.write = patched;
  }
  stdoutWatchers.add(watcher);
  return () => {
    stdoutWatchers.delete(watcher);
    if (stdoutWatchers.size > 0 || !stdoutPatch) return;
    // Whoever wrapped stdout after us keeps their wrapper; ours stays in the chain, passing output through.
    if (process.stdout.write === stdoutPatch.patched) process.stdout.write = stdoutPatch.original;
    stdoutPatch = undefined;
  };
}

/** Undoes @actions/core's escaping of workflow command data. */
function unescapeCommandData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** @actions/cache, loaded on first use: most of the bundle's start-up, and only cache-backed runs need it. */
function actionsCache() {
  return import('@actions/cache');
}
