// History in a local folder, for the CLI's `--history-dir`: one `<dir>/<suite key>.json` per suite.
// Several CLI runs may append at once (a Makefile with -j, a CI matrix on one machine): a lock file
// serializes them and every write is a rename of a complete temp file, so no entry is lost and a reader
// never sees half a document.
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  appendEntries,
  appendWithImport,
  emptyHistory,
  entriesFor,
  entryKey,
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

export interface LocalFolderStoreOptions {
  /** A lock whose file was not touched for this long belongs to a crashed run and is broken. */
  lockStaleMs?: number;
  /** How long to wait for another run's lock before giving up. */
  lockTimeoutMs?: number;
}

/** What an import did with each run it was given. */
export interface ImportCounts {
  added: number;
  alreadyThere: number;
  /** Older than the newest `historySize` runs of their branch. */
  leftOut: number;
}

export class LocalFolderStore implements HistoryStore {
  readonly description: string;
  private readonly dir: string;
  private readonly lock: Required<LocalFolderStoreOptions>;

  constructor(dir: string, options: LocalFolderStoreOptions = {}) {
    this.dir = dir;
    this.description = `folder ${dir}`;
    this.lock = { lockStaleMs: 15_000, lockTimeoutMs: 60_000, ...options };
  }

  /** The file holding `suite`'s history. */
  fileOf(suite: string): string {
    return path.join(this.dir, `${suiteKey(suite)}.json`);
  }

  async read(suite: string, options: ReadOptions): Promise<HistoryEntry[]> {
    return entriesFor(await this.load(suite), options.branches);
  }

  async append(suite: string, entry: HistoryEntry, options: AppendOptions): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = this.fileOf(suite);
    await withLockFile(`${file}.lock`, this.lock, async () => {
      const updated = appendWithImport(await this.load(suite), entry, options);
      await writeFileAtomically(file, serializeHistory(updated));
    });
  }

  /**
   * Adds runs imported from another tool's history, under the same lock as an append. The ones already
   * there (same run id and commit) are replaced, so importing twice leaves one copy; runs older than the
   * newest `historySize` of their branch are left out.
   */
  async importEntries(suite: string, entries: HistoryEntry[], historySize: number): Promise<ImportCounts> {
    await mkdir(this.dir, { recursive: true });
    const file = this.fileOf(suite);
    return withLockFile(`${file}.lock`, this.lock, async () => {
      const before = await this.load(suite);
      const updated = appendEntries(before, entries, historySize);
      await writeFileAtomically(file, serializeHistory(updated));
      const had = new Set(before.entries.map(entryKey));
      const has = new Set(updated.entries.map(entryKey));
      const keys = entries.map(entryKey);
      return {
        added: keys.filter((k) => !had.has(k) && has.has(k)).length,
        alreadyThere: keys.filter((k) => had.has(k)).length,
        leftOut: keys.filter((k) => !had.has(k) && !has.has(k)).length,
      };
    });
  }

  /** Every suite's document in the folder (the dashboard's input), by file name. */
  async documents(): Promise<HistoryDocument[]> {
    const names = await readdir(this.dir).catch((err: NodeJS.ErrnoException) => {
      throw new HistoryError(`${this.description}: cannot read the folder (${err.code ?? err.message})`);
    });
    const docs: HistoryDocument[] = [];
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
      const file = path.join(this.dir, name);
      docs.push(parseHistoryDocument(await readFile(file, 'utf8'), file));
    }
    return docs;
  }

  /** The suite's whole stored document, every branch; an empty one when nothing was recorded yet. */
  async readDocument(suite: string): Promise<HistoryDocument> {
    return this.load(suite);
  }

  private async load(suite: string): Promise<HistoryDocument> {
    const file = this.fileOf(suite);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if (errorCode(err) === 'ENOENT') return emptyHistory(suite);
      throw err;
    }
    return parseHistoryDocument(text, file, suite);
  }
}

/** Writes a temp file next to `file`, flushes it, then renames it over `file`: readers see old or new, never half. */
export async function writeFileAtomically(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (err) {
    await unlink(temp).catch(() => {});
    throw err;
  }
}

/**
 * Runs `work` while holding `lockPath`, created with O_EXCL so only one process holds it. The holder
 * touches it regularly; a lock left untouched for `lockStaleMs` is from a crashed run and is broken.
 */
async function withLockFile<T>(
  lockPath: string,
  options: Required<LocalFolderStoreOptions>,
  work: () => Promise<T>,
): Promise<T> {
  const token = await acquireLock(lockPath, options);
  const keepFresh = setInterval(() => {
    const now = new Date();
    utimes(lockPath, now, now).catch(() => {});
  }, options.lockStaleMs / 3);
  keepFresh.unref();
  try {
    return await work();
  } finally {
    clearInterval(keepFresh);
    await releaseLock(lockPath, token);
  }
}

async function acquireLock(lockPath: string, options: Required<LocalFolderStoreOptions>): Promise<string> {
  const token = `${hostname()} pid ${process.pid} ${randomBytes(6).toString('hex')}`;
  const deadline = Date.now() + options.lockTimeoutMs;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(token, 'utf8').finally(() => handle.close());
      return token;
    } catch (err) {
      if (errorCode(err) !== 'EEXIST') throw err;
    }
    if (await breakLockIfStale(lockPath, options.lockStaleMs)) continue;
    if (Date.now() > deadline) {
      const holder = await readFile(lockPath, 'utf8').catch(() => 'unknown');
      throw new HistoryError(
        `${lockPath}: still locked by another perf-regression run (${holder}) after ${options.lockTimeoutMs / 1000}s; delete the file if no run is in progress`,
      );
    }
    await sleep(10 + Math.random() * 40);
  }
}

/**
 * Removes a lock nobody touched for `staleMs`. It is first renamed aside, so of two runs breaking the same
 * stale lock only one succeeds; should the lock have been renewed meanwhile, it is put back.
 */
async function breakLockIfStale(lockPath: string, staleMs: number): Promise<boolean> {
  const isStale = async (file: string) => Date.now() - (await stat(file)).mtimeMs > staleMs;
  try {
    if (!(await isStale(lockPath))) return false;
    const aside = `${lockPath}.stale.${randomBytes(4).toString('hex')}`;
    await rename(lockPath, aside);
    // link, not rename: putting it back must not replace a lock another run created meanwhile.
    if (!(await isStale(aside))) await link(aside, lockPath).catch(() => {});
    await unlink(aside);
    return true;
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return true; // released or broken by someone else meanwhile: try again
    throw err;
  }
}

async function releaseLock(lockPath: string, token: string): Promise<void> {
  // Only our own lock: had it been broken as stale, the file may now be another run's.
  const holder = await readFile(lockPath, 'utf8').catch(() => undefined);
  if (holder === token) await unlink(lockPath).catch(() => {});
}

function errorCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException)?.code;
}
