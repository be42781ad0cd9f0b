// Reads what the action stored, from outside the code under test: the history in the archive
// @actions/cache uploaded to the cache service or on the bare repository's gh-pages branch, and the
// files of an uploaded artifact.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HistoryDocument } from '../../src/store/store.js';
import type { BareRemote } from '../store/git-remote.js';
import type { ActionsServices, ArtifactRecord, CacheEntryRecord } from '../support/actions-services.js';

/** The suite's history.json inside a cache entry's archive (zstd or gzip tar, as @actions/cache chose). */
export function historyInCacheEntry(services: ActionsServices, entry: CacheEntryRecord): HistoryDocument {
  const archive = services.blobContent(entry.blob);
  if (!archive) throw new Error(`cache entry ${entry.key} has no archive`);
  const zstd = archive.subarray(0, 4).toString('hex') === '28b52ffd';
  const text = execFileSync(
    'tar',
    [
      '-x',
      '-O',
      // Members are stored as `../runner-temp/…` (relative to the workspace); -P lets them print.
      '-P',
      '--use-compress-program',
      zstd ? 'zstd -d' : 'gzip -d',
      '-f',
      '-',
      '--wildcards',
      '*history.json',
    ],
    { input: archive, encoding: 'utf8' },
  );
  return JSON.parse(text) as HistoryDocument;
}

/**
 * The suite's history on the gh-pages branch (default folder and suite): history.json and, in the
 * version 2 layout, the run files it lists, joined into one document of the version 1 shape.
 */
export function historyOnGhPages(
  remote: BareRemote,
  file = 'perf-regression/benchmarks/history.json',
): HistoryDocument {
  const index = JSON.parse(remote.file(file));
  if (index.version !== 2) return index as HistoryDocument;
  const folder = file.slice(0, -'history.json'.length);
  const entries = (index.runs as string[]).map((run) => JSON.parse(remote.file(folder + run)));
  return { schema: index.schema, version: 1, suite: index.suite, entries };
}

/** The file names inside an uploaded (zipped) artifact, sorted. */
export function artifactFileNames(services: ActionsServices, artifact: ArtifactRecord): string[] {
  const zip = services.blobContent(artifact.blob);
  if (!zip) throw new Error(`artifact ${artifact.name} has no content`);
  const dir = mkdtempSync(path.join(tmpdir(), 'perf-regression-artifact-'));
  try {
    const file = path.join(dir, 'artifact.zip');
    writeFileSync(file, zip);
    return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
