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
import { mkdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  appendWithImport,
  emptyHistory,
  entriesFor,
  parseHistoryDocument,
  serializeHistory,
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

export interface ActionsCacheStoreOptions {
  /** Where a problem with the cache service is reported; main.ts passes core.warning. */
  warn?: (message: string) => void;
  /**
   * The folder cached paths are relative to: @actions/cache archives them relative to GITHUB_WORKSPACE
   * (default), so it must be that folder.
   */
  workspace?: string;
  /**
   * The cached folder, relative to the workspace. The cache version is a hash of the path as written,
   * so it is one relative path on every runner of every OS (RUNNER_TEMP differs between self-hosted
   * runners and containers, and an entry saved from another path is never restored).
   */
  folder?: string;
  /**
   * The suite's saved keys under a prefix, newest first (the REST API's `GET /repos/{owner}/{repo}/actions/caches`,
   * which needs `actions: read`). With it, an unreadable newest entry is skipped for the newest readable
   * older one; without it, the run goes on without a baseline. @actions/cache can only restore the newest.
   */
  listKeys?: (prefix: string) => Promise<string[]>;
}

/** Where documents are staged, relative to the workspace; removed again once used. */
export const CACHE_FOLDER = '.perf-regression-cache';

const KEY_PREFIX = 'perf-regression';
/** One history for Linux, macOS and Windows runners: the document is plain JSON, the same everywhere. */
const CROSS_OS = true;
const DOCUMENT_FILE = 'history.json';
/** @actions/cache accepts at most 10 keys per restore, and the first branch's prefix is passed twice. */
const MAX_BRANCHES = 9;
/** Keeps a key under the cache's 512-character limit whatever the branch name. */
const MAX_BRANCH_LENGTH = 200;
/** Older entries tried, newest first, when the newest cannot be read: a bad streak this long needs a person. */
const MAX_OLDER_TRIED = 5;

/** A restore that found nothing, found a document, or could not ask the cache service. */
type Restored =
  | { kind: 'miss' }
  | {
      kind: 'found';
      key: string;
      branch: string;
      doc: HistoryDocument;
      /** Newer entries that could not be read and were skipped for this one. */
      skipped?: Unreadable[];
    }
  | { kind: 'failed'; reason: string }
  /** The newest entry cannot be read (a damaged archive, cut short, another format, another suite). */
  | ({ kind: 'unreadable' } & Unreadable);

interface Unreadable {
  key: string;
  reason: string;
  /**
   * The archive itself could not be restored (tar failed, a download broke off): maybe damaged, maybe a
   * passing fault, so an append never starts a new chain over it alone.
   */
  archive?: boolean;
}

export class ActionsCacheStore implements HistoryStore {
  readonly description = 'Actions cache';
  private readonly warn: (message: string) => void;
  private readonly workspace: string;
  private readonly folder: string;
  private readonly listKeys?: (prefix: string) => Promise<string[]>;

  constructor(options: ActionsCacheStoreOptions = {}) {
    this.warn = options.warn ?? (() => {});
    this.listKeys = options.listKeys;
    this.workspace = options.workspace ?? (process.env.GITHUB_WORKSPACE || process.cwd());
    this.folder = options.folder ?? CACHE_FOLDER;
  }

  /** The path handed to @actions/cache: relative, with `/`, the same string on every runner. */
  cachedPath(suite: string): string {
    return `${this.folder}/${suiteKey(suite)}/${DOCUMENT_FILE}`;
  }

  /** The file a suite's document is restored to and saved from. */
  documentPath(suite: string): string {
    return path.join(this.workspace, this.cachedPath(suite));
  }

  async read(suite: string, options: ReadOptions): Promise<HistoryEntry[]> {
    if (!(await this.serviceAvailable(`history of suite "${suite}" not read`))) return [];
    try {
      return await this.readBranches(suite, options);
    } finally {
      await this.removeStaged(suite);
    }
  }

  private async readBranches(suite: string, options: ReadOptions): Promise<HistoryEntry[]> {
    let branches = [...new Set(options.branches)].slice(0, MAX_BRANCHES);
    while (branches.length > 0) {
      const restored = await this.restoreReadable(suite, branches);
      if (restored.kind === 'failed')
        this.warn(`Actions cache: history of suite "${suite}" not read: ${restored.reason}`);
      if (restored.kind === 'unreadable')
        this.warn(
          restored.archive
            ? `${restored.reason} — comparing without a baseline; if it stays, delete the entry: gh cache delete '${restored.key}'`
            : `${restored.reason} — comparing without a baseline; the next recording run saves a good entry on top of it (or delete it: gh cache delete '${restored.key}')`,
        );
      if (restored.kind !== 'found') return [];
      this.warnSkipped(restored, 'comparing with it');
      const entries = entriesFor(restored.doc, [restored.branch]);
      if (entries.length > 0) return entries;
      branches = branches.slice(branches.indexOf(restored.branch) + 1);
    }
    return [];
  }

  async append(suite: string, entry: HistoryEntry, options: AppendOptions): Promise<void> {
    if (!(await this.serviceAvailable(`history of suite "${suite}" not saved`))) return;
    try {
      await this.appendEntry(suite, entry, options);
    } finally {
      await this.removeStaged(suite);
    }
  }

  /**
   * @actions/cache globs a relative path from the working directory but archives it relative to
   * GITHUB_WORKSPACE: the two must be one folder while it saves.
   */
  private async inWorkspace<T>(call: () => Promise<T>): Promise<T> {
    const cwd = process.cwd();
    if (path.resolve(cwd) === path.resolve(this.workspace)) return call();
    process.chdir(this.workspace);
    try {
      return await call();
    } finally {
      process.chdir(cwd);
    }
  }

  /** The staged document lives in the workspace only while it is used: it is no file of the checkout. */
  private async removeStaged(suite: string): Promise<void> {
    await rm(path.dirname(this.documentPath(suite)), { recursive: true, force: true });
    // Only once empty: another suite of the same job may be using its own document beside it.
    await rmdir(path.join(this.workspace, this.folder)).catch(() => {});
  }

  private async appendEntry(suite: string, entry: HistoryEntry, options: AppendOptions): Promise<void> {
    const restored = await this.restoreReadable(suite, [entry.branch]);
    if (restored.kind === 'found') this.warnSkipped(restored, 'this run is saved on top of it');
    if (restored.kind === 'unreadable' && restored.archive) {
      this.warn(
        `${restored.reason} — history of suite "${suite}" not saved, so a passing fault cannot cut the history short; if it stays, delete the entry: gh cache delete '${restored.key}'`,
      );
      return;
    }
    if (restored.kind === 'failed') {
      // Saving now would start a new chain from this one entry, and every later read would miss the older ones.
      this.warn(
        `Actions cache: history of suite "${suite}" not saved, the current history could not be read: ${restored.reason}`,
      );
      return;
    }
    // A newest entry nobody can read would switch the gate off for good: a new history starts on top of it.
    if (restored.kind === 'unreadable')
      this.warn(
        `${restored.reason} — saving this run as a new history on top of it; the runs before it are not carried over (delete the entry: gh cache delete '${restored.key}')`,
      );
    const previous = restored.kind === 'found' ? restored.doc : emptyHistory(suite);
    const next = appendWithImport(previous, entry, options);
    const text = serializeHistory(next);
    if (restored.kind === 'found' && text === serializeHistory(previous)) return;

    const file = await this.stageDocument(suite);
    await writeFile(file, text, { mode: 0o600 });
    const key = `${keyPrefix(suite, entry.branch)}${escapeKeyPart(entry.runId)}-${entry.runAttempt ?? 1}-${contentHash(text)}`;
    try {
      // saveCache logs its own reason and returns -1 rather than throwing when the service refuses or fails;
      // it throws for what it checks before calling the service (no runtime token, an invalid key).
      const { saveCache } = await actionsCache();
      if (
        (await this.inWorkspace(() => saveCache([this.cachedPath(suite)], key, undefined, CROSS_OS))) === -1
      ) {
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

  private warnSkipped(restored: Extract<Restored, { kind: 'found' }>, consequence: string): void {
    for (const bad of restored.skipped ?? [])
      this.warn(
        `${bad.reason} — skipped for the newest readable entry ${restored.key}, ${consequence}; delete the bad one: gh cache delete '${bad.key}'`,
      );
  }

  /**
   * The newest readable document: the newest entry, else (with listKeys) the newest of the few older
   * ones that can be read. A damaged archive is named by its key, which restoreCache does not say.
   */
  private async restoreReadable(suite: string, branches: string[]): Promise<Restored> {
    const newest = await this.restoreNewest(suite, branches);
    if (newest.kind !== 'unreadable' || !this.listKeys) return newest;
    const branch = branches.find((b) => newest.key.startsWith(keyPrefix(suite, b))) ?? branches[0] ?? '';
    let older: string[];
    try {
      older = (await this.listKeys(keyPrefix(suite, branch))).filter((k) => k !== newest.key);
    } catch {
      return newest;
    }
    const skipped: Unreadable[] = [{ key: newest.key, reason: newest.reason }];
    for (const key of older.slice(0, MAX_OLDER_TRIED)) {
      const restored = await this.restoreNewest(suite, [branch], key);
      if (restored.kind === 'found') return { ...restored, skipped };
      if (restored.kind === 'unreadable') skipped.push({ key: restored.key, reason: restored.reason });
    }
    return newest;
  }

  /** The newest document saved for the first of `branches` that has one (or the entry of `exactKey`). */
  private async restoreNewest(suite: string, branches: string[], exactKey?: string): Promise<Restored> {
    const file = await this.stageDocument(suite);
    const prefixes = exactKey ? [] : branches.map((branch) => keyPrefix(suite, branch));
    const first = exactKey ?? prefixes[0] ?? '';
    // GitHub prefix-matches the primary key too, but restore keys are the documented place for prefixes:
    // listing the first one there as well keeps the lookup right either way.
    const { restoreCache } = await actionsCache();
    const { key, failure, matched } = await restoreWatchingFailures(() =>
      restoreCache([this.cachedPath(suite)], first, prefixes, undefined, CROSS_OS),
    );
    // The service named an entry and then its archive failed (tar, a broken download): that entry's fault.
    if (failure !== undefined && matched !== undefined)
      return {
        kind: 'unreadable',
        key: matched,
        archive: true,
        reason: `Actions cache entry ${matched}: could not be restored: ${failure}`,
      };
    if (failure !== undefined) return { kind: 'failed', reason: failure };
    if (key === undefined) return { kind: 'miss' };
    const branch = branches[prefixes.findIndex((prefix) => key.startsWith(prefix))] ?? branches[0] ?? '';
    try {
      return { kind: 'found', key, branch, doc: await readRestored(file, key, suite) };
    } catch (err) {
      if (!(err instanceof HistoryError)) throw err;
      return { kind: 'unreadable', key, reason: err.message };
    }
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
 * so the restore is watched for that line, and for the `Cache hit for: <key>` line before it that says
 * which entry failed.
 */
async function restoreWatchingFailures(
  restore: () => Promise<string | undefined>,
): Promise<{ key?: string; failure?: string; matched?: string }> {
  let failure: string | undefined;
  let matched: string | undefined;
  const stopWatching = watchStdout((text) => {
    const match = /^::(?:warning|error)::Failed to restore: (.*)$/m.exec(text);
    if (match && failure === undefined) failure = unescapeCommandData(match[1] ?? '');
    // restoreCache says which entry it found before downloading it; its failure line names none.
    const hit = /^Cache hit for(?: restore-key)?: (.*)$/m.exec(text);
    if (hit && matched === undefined) matched = hit[1];
  });
  try {
    const key = await restore();
    return failure === undefined ? { key } : { failure, matched };
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
