// `npm run bench:history-size`: 100 recordings of a generated 3,000-series × 10-sample suite written as
// the gh-pages store writes them — each commit the files of the suite's split history that changed
// after appendEntry (history-size 100; history.json listing the runs, one file per run, samples kept for
// the newest SAMPLE_RUNS) and the dashboard's site (ghPagesSite: index.html with every run inline, the
// watch's marks) — in a real git repository; then `git gc` and `git count-objects -vH`, the largest file
// of the tip, and the cache entry of the final one-file history as @actions/cache makes it (tar | zstd
// --long=30, and gzip). RECORDINGS=N runs fewer for a quick look.
// Then, through GhPagesStore against a local bare repository holding RECORDINGS − 1 such runs in the
// new layout, the time of one read and of one more recording with the site.
// Prints the figures for docs/dashboard.md; no assertion on sizes (a measurement, not a test).
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { GhPagesStore } from '../../src/store/ghpages.js';
import {
  appendEntries,
  appendEntry,
  emptyHistory,
  serializeHistory,
  splitHistory,
} from '../../src/store/history.js';
import { ghPagesSite } from '../../src/store/site.js';
import { generatedHistory } from '../browser/histories.js';
import { BareRemote } from '../store/git-remote.js';

const RECORDINGS = Number(process.env.RECORDINGS ?? 100);

test('history size of 100 recordings of 3,000 series × 10 samples', () => {
  const started = performance.now();
  const dir = mkdtempSync(path.join(tmpdir(), 'perf-regression-size-'));
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'perf-regression-cache-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  try {
    git('init', '-q', '-b', 'gh-pages');
    git('config', 'user.email', 'bench@example.com');
    git('config', 'user.name', 'bench');
    const generated = generatedHistory('big', 3000, RECORDINGS, 10);
    const site = ghPagesSite('https://github.com/acme/widgets');
    let doc = emptyHistory('big');
    let written = new Map<string, string>();
    const suiteDir = path.join(dir, 'perf-regression/big');
    mkdirSync(path.join(suiteDir, 'runs'), { recursive: true });
    for (const entry of generated.entries) {
      doc = appendEntry(doc, entry, 100);
      const layout = splitHistory(doc);
      for (const [name, text] of layout) {
        if (written.get(name) !== text) writeFileSync(path.join(suiteDir, name), text);
      }
      for (const name of written.keys()) if (!layout.has(name)) unlinkSync(path.join(suiteDir, name));
      written = layout;
      for (const [name, content] of site.files([doc])) {
        mkdirSync(path.dirname(path.join(dir, 'perf-regression', name)), { recursive: true });
        writeFileSync(path.join(dir, 'perf-regression', name), content);
      }
      git('add', '-A');
      git('commit', '-q', '-m', `record ${entry.runId}`);
    }
    const beforeGc = git('count-objects', '-vH');
    git('gc', '-q');
    const afterGc = git('count-objects', '-vH');
    const files = git('ls-tree', '-r', '-l', 'HEAD')
      .trim()
      .split('\n')
      .map((line) => {
        const [meta, name] = line.split('\t');
        return { name: name as string, size: Number(meta?.trim().split(/\s+/)[3]) };
      })
      .sort((a, b) => b.size - a.size);
    // The cache (and a local folder) keep the same document as one file.
    const history = path.join(cacheDir, 'history.json');
    writeFileSync(history, serializeHistory(doc));
    const zstd = Number(
      execSync(`tar -cf - -C ${path.dirname(history)} history.json | zstd -T0 --long=30 -q -c | wc -c`),
    );
    const gzip = Number(execSync(`tar -cf - -C ${path.dirname(history)} history.json | gzip -c | wc -c`));
    const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
    const lines = [
      `${RECORDINGS} recordings of 3,000 series × 10 samples (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      `gh-pages repository before gc:\n${beforeGc}`,
      `after git gc:\n${afterGc}`,
      `largest files of the tip: ${files
        .slice(0, 3)
        .map((f) => `${f.name} ${mb(f.size)}`)
        .join(', ')}`,
      `one-file history.json (cache, local folder) ${mb(statSync(history).size)}; one cache entry: ${mb(zstd)} (tar | zstd --long=30), ${mb(gzip)} (tar | gzip)`,
    ];
    console.log(lines.join('\n'));
    expect(files.length).toBeGreaterThan(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('one gh-pages read and one recording at RECORDINGS − 1 stored runs', async () => {
  const remote = await BareRemote.create();
  try {
    await mkdir(path.join(remote.folder, 'clones'));
    const generated = generatedHistory('big', 3000, RECORDINGS, 10);
    const stored = appendEntries(emptyHistory('big'), generated.entries.slice(0, -1), 100);
    await remote.commitFiles(
      Object.fromEntries(
        [...splitHistory(stored)].map(([name, text]) => [`perf-regression/big/${name}`, text]),
      ),
    );
    const store = new GhPagesStore({
      repoUrl: remote.url,
      branch: 'gh-pages',
      path: 'perf-regression',
      workdir: path.join(remote.folder, 'clones'),
      site: ghPagesSite('https://github.com/acme/widgets'),
    });
    let started = performance.now();
    const read = await store.read('big', { branches: ['main'] });
    const readSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    await store.append('big', generated.entries.at(-1) as (typeof generated.entries)[number], {
      historySize: 100,
    });
    const appendSeconds = (performance.now() - started) / 1000;
    console.log(
      `gh-pages store at ${read.length} runs: read ${readSeconds.toFixed(1)} s, one more recording with the site ${appendSeconds.toFixed(1)} s`,
    );
    expect(read).toHaveLength(RECORDINGS - 1);
  } finally {
    await remote.remove();
  }
});
