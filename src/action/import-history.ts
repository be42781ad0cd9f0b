// import-history: github-action-benchmark's data.js (on a branch or in the workspace) as the window of a
// suite that has no history of its own yet; recorded together with the first run this action records,
// after which the suite's own history is used and the input no longer matters.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { InputError } from '../model/errors.js';
import type { BenchmarkResult } from '../model/result.js';
import { importGabData, matchCurrentScopes } from '../store/github-action-benchmark.js';
import type { AppendOptions, HistoryEntry, HistoryStore, ReadOptions } from '../store/store.js';

/** Where the data.js is: `<branch>:<path>` of the repository, or a path in the workspace. */
export interface ImportSource {
  branch?: string;
  path: string;
}

export function describeSource(source: ImportSource): string {
  return source.branch ? `${source.branch}:${source.path}` : source.path;
}

export interface ImportingOptions {
  source: ImportSource;
  /** Reads a file of a branch of the repository; undefined when the branch or file is not there. */
  readBranchFile: (branch: string, file: string) => Promise<string | undefined>;
  workspace: string;
  /** The branch imported runs are recorded under: the default branch, where they were measured. */
  branch: string;
}

/** A store that falls back on the imported history while the suite has none of its own. */
export class ImportingStore implements HistoryStore {
  readonly description: string;
  private current: BenchmarkResult[] = [];
  /** Set when a read found no history and the import was used: written with the next append. */
  private imported?: HistoryEntry[];

  constructor(
    private readonly inner: HistoryStore,
    private readonly options: ImportingOptions,
  ) {
    this.description = inner.description;
  }

  /** This run's series: an imported series lacking only our scope (catch2 test case, lone go package) takes its id. */
  matchScopesOf(current: BenchmarkResult[]): void {
    this.current = current;
  }

  async read(suite: string, options: ReadOptions): Promise<HistoryEntry[]> {
    const own = await this.inner.read(suite, options);
    if (own.length > 0) return own;
    const imported = await this.load(suite);
    if (imported.length > 0) this.imported = imported;
    return imported;
  }

  append(suite: string, entry: HistoryEntry, options: AppendOptions): Promise<void> {
    return this.inner.append(suite, entry, this.imported ? { ...options, imported: this.imported } : options);
  }

  private async load(suite: string): Promise<HistoryEntry[]> {
    const { source } = this.options;
    const where = describeSource(source);
    const text = source.branch
      ? await this.options.readBranchFile(source.branch, source.path)
      : await readWorkspaceFile(path.resolve(this.options.workspace, source.path));
    if (text === undefined) {
      core.warning(`import-history: ${where} not found; suite "${suite}" starts without history`);
      return [];
    }
    const suites = importGabData(text, { origin: where, branch: this.options.branch });
    const chosen = suites.length === 1 ? suites[0] : suites.find((s) => s.name === suite);
    if (!chosen) {
      const names = suites.map((s) => JSON.stringify(s.name)).join(', ') || 'none';
      throw new InputError(
        `import-history: ${where} holds the benchmarks ${names}; set input "name" to the one to import`,
      );
    }
    const entries = matchCurrentScopes(chosen.entries, this.current);
    core.info(
      `perf-regression: no history of suite "${suite}" yet: ${entries.length} run(s) of "${chosen.name}" imported from github-action-benchmark's ${where}; they are recorded with this suite's next recorded run`,
    );
    return entries;
  }
}

async function readWorkspaceFile(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(
      `import-history: ${file}: cannot read the file (${(err as NodeJS.ErrnoException).code})`,
    );
  }
}
