// `npm run bench:writers`: N writer processes append one entry each to the same gh-pages branch of a
// local bare repository at the same moment (the store compiled from src/, as the action runs it), and
// how many entries survive, how long the last one took and how many attempts it needed. A pre-receive
// hook that sleeps stands in for a remote's latency (github.com takes a few hundred ms to accept a
// push; a local push takes a few ms, so races are rarer than on GitHub without it). Prints a Markdown
// table for docs/robustness.md. PERF_REGRESSION_WRITERS=20,40 and PERF_REGRESSION_REPEATS=3 by default.
import { spawn } from 'node:child_process';
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parseHistoryDocument } from '../../src/store/history.js';
import { compileStoreForChildProcesses } from '../store/child-writers.js';
import { entry } from '../store/entries.js';
import { BareRemote } from '../store/git-remote.js';

const WORKER = path.resolve(import.meta.dirname, '../store/append-worker.mjs');
const WRITERS = (process.env.PERF_REGRESSION_WRITERS ?? '20,40').split(',').map(Number);
const REPEATS = Number(process.env.PERF_REGRESSION_REPEATS ?? 3);
const LATENCIES_S = [0, 0.3];
const FILE = 'perf-regression/benchmarks/history.json';

interface WriterOutcome {
  ok: boolean;
  ms: number;
  attempts: number;
  stderr: string;
}

function runWriter(storeDir: string, job: object): Promise<WriterOutcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WORKER, storeDir, JSON.stringify(job)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    child.on('close', (code) => {
      const attempts = [...stderr.matchAll(/attempt (\d+)/g)].map((m) => Number(m[1]));
      resolve({ ok: code === 0, ms: Date.now() - started, attempts: Math.max(1, ...attempts), stderr });
    });
  });
}

async function round(storeDir: string, writers: number, latency: number) {
  const remote = await BareRemote.create();
  try {
    if (latency > 0) {
      const hook = path.join(remote.url, 'hooks', 'pre-receive');
      await writeFile(hook, `#!/bin/sh\ncat > /dev/null\nsleep ${latency}\n`);
      await chmod(hook, 0o755);
    }
    const workdir = path.join(remote.folder, 'clones');
    await mkdir(workdir);
    const started = Date.now();
    const outcomes = await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        runWriter(storeDir, {
          kind: 'ghpages',
          options: { repoUrl: remote.url, branch: 'gh-pages', path: 'perf-regression', workdir },
          suite: 'benchmarks',
          entry: entry(`${i + 1}`, 'main', 1 + (i % 28)),
          historySize: 1000,
          logRetries: true,
        }),
      ),
    );
    const wallMs = Date.now() - started;
    const kept = parseHistoryDocument(remote.file(FILE), FILE).entries.length;
    return { outcomes, wallMs, kept };
  } finally {
    await remote.remove();
  }
}

test('concurrent gh-pages writers', async () => {
  const storeDir = await compileStoreForChildProcesses();
  const rows: string[] = [
    '| writers | push latency | round | entries kept | writers failed | wall time | slowest writer | most attempts |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  try {
    for (const writers of WRITERS) {
      for (const latency of LATENCIES_S) {
        for (let r = 1; r <= REPEATS; r++) {
          const { outcomes, wallMs, kept } = await round(storeDir, writers, latency);
          const failed = outcomes.filter((o) => !o.ok);
          const row = `| ${writers} | ${latency * 1000} ms | ${r} | ${kept} of ${writers} | ${failed.length} | ${(wallMs / 1000).toFixed(1)} s | ${(Math.max(...outcomes.map((o) => o.ms)) / 1000).toFixed(1)} s | ${Math.max(...outcomes.map((o) => o.attempts))} |`;
          rows.push(row);
          console.info(row);
          for (const f of failed.slice(0, 2)) console.info(`  failed: ${f.stderr.trim().split('\n').at(-1)}`);
        }
      }
    }
  } finally {
    await rm(path.dirname(storeDir), { recursive: true, force: true });
  }
  console.info(`\n${rows.join('\n')}\n`);
  expect(rows.length).toBeGreaterThan(2);
});
