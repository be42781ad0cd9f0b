// Issue 17, item 9, through dist/index.js: a sample of the bad-input corpus given to a recording push
// on each store (the Actions cache fake and a bare gh-pages repository), after one good recording.
// A refused file fails the step in one error line naming it and leaves the history exactly as it was;
// a file that reads is recorded with finite numbers only.
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, CORPUS_DIR, type CorpusFile, sourceOf } from '../robustness/corpus.js';
import { commitOf, TestRepository, transcript } from './action-run.js';
import { historyInCacheEntry, historyOnGhPages } from './stored-outputs.js';

const STACK_FRAME = /^\s+at .+[:(]/m;
const GH_PAGES_FILE = 'perf-regression/benchmarks/history.json';
/**
 * Every 11th file of the corpus, the go files that read, and an empty run. Files that read as another
 * tool's output are left out: against the go history they are no-common-series, tested elsewhere.
 */
const SAMPLE: CorpusFile[] = CORPUS.filter(
  (entry, i) =>
    (i % 11 === 0 && (entry.expect !== 'result' || sourceOf(entry.file).includes('/go/'))) ||
    ['go-value-negative.txt', 'go-value-nan.txt', 'crlf-go.txt', 'pytest-no-benchmarks.json'].includes(
      entry.file,
    ),
);

let repo: TestRepository;
let pushes = 0;

beforeAll(async () => {
  repo = await TestRepository.create();
  const files = await repo.addFixture('go/baseline_cpu1_count10.txt', 'bench.txt');
  for (const storage of ['cache', 'gh-pages']) {
    const seeded = await repo.push({ files, storage }, { sha: commitOf(`seed ${storage}`) });
    expect(seeded.exitCode, transcript(seeded)).toBe(0);
  }
  await cp(CORPUS_DIR, path.join(repo.workspace, 'bad'), { recursive: true });
}, 120_000);

afterAll(async () => {
  await repo.close();
});

/** What each store holds now: the newest cache entry's history and the gh-pages file, as text. */
function storedHistories(): { cache: string; ghPages: string; cacheEntries: number } {
  const newest = repo.services.cacheEntries.at(-1);
  return {
    cache: newest ? JSON.stringify(historyInCacheEntry(repo.services, newest)) : '',
    ghPages: JSON.stringify(historyOnGhPages(repo.remote, GH_PAGES_FILE)),
    cacheEntries: repo.services.cacheEntries.length,
  };
}

describe('a sample of the bad-input corpus through a recording push', () => {
  it(`holds ${SAMPLE.length} files of every outcome`, () => {
    expect(SAMPLE.length).toBeGreaterThanOrEqual(13);
    expect(new Set(SAMPLE.map((e) => e.expect))).toEqual(new Set(['error', 'result', 'empty-run']));
  });

  for (const storage of ['cache', 'gh-pages'] as const) {
    it(`on ${storage}: refused files fail in one line naming them and write nothing; readable ones are recorded`, async () => {
      for (const entry of SAMPLE) {
        const before = storedHistories();
        const file = `bad/${entry.file}`;
        const sha = commitOf(`corpus ${storage} ${++pushes}`);
        const run = await repo.push(
          { files: file, storage, ...(entry.format ? { format: entry.format } : {}) },
          { sha },
        );
        const context = `${entry.file} on ${storage}\n${transcript(run)}`;
        expect(`${run.stdout}${run.stderr}`, context).not.toMatch(STACK_FRAME);
        const after = storedHistories();
        if (entry.expect === 'result') {
          expect(run.exitCode, context).toBe(0);
          const doc = storage === 'cache' ? after.cache : after.ghPages;
          expect(doc, context).toContain(sha);
          expect(doc, context).not.toMatch(/:null\b|\bnull[,\]]/);
          continue;
        }
        expect(run.exitCode, context).toBe(1);
        expect(run.errors, context).toHaveLength(1);
        expect(run.errors[0], context).toContain(file);
        if (entry.says && entry.expect === 'error') expect(run.errors[0], context).toContain(entry.says);
        expect(after, context).toEqual(before);
      }
    }, 600_000);
  }
});
