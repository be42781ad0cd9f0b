// A run too big for the heap: one line saying what needed the memory and how to give more, exit code
// 2, never V8's fatal trace — through dist/cli.js and dist/index.js, each on a heap of 96 MiB and
// 100,000 series of go output (big-go.ts: 25,000 benchmarks × 4 units, 10 samples, 32 MB).

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outOfMemoryMessage } from '../../src/pipeline/heap.js';
import { bigGoChunks } from '../bench/big-go.js';
import { CLI, scratchFolder, spawnCollect, transcript } from '../cli/run-cli.js';
import { transcript as actionTranscript, TestRepository } from '../e2e/action-run.js';

const STACK_FRAME = /^\s+at .+[:(]/m;
const SMALL_HEAP = '--max-old-space-size=96';
const OUT_OF_MEMORY =
  /^out of memory: (\d{1,3}(,\d{3})* series parsed from big\.txt need|comparing [\d,]+ of [\d,]+ series needs|the report of [\d,]+ series needs) more than the 96 MiB heap; run with NODE_OPTIONS=--max-old-space-size=1024$/;

let scratch: { dir: string; remove: () => Promise<void> };
let big: string;

async function writeBigGo(file: string): Promise<void> {
  const out = createWriteStream(file);
  for (const chunk of bigGoChunks(25_000, 10, 18)) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

beforeAll(async () => {
  scratch = await scratchFolder();
  big = path.join(scratch.dir, 'big.txt');
  await writeBigGo(big);
}, 60_000);

afterAll(async () => {
  await scratch.remove();
});

describe('out of memory', () => {
  it('names what needed the memory, the heap it had and a size to ask for', () => {
    expect(outOfMemoryMessage('120,000 series parsed from bench.txt need', 4096 * 2 ** 20)).toBe(
      'out of memory: 120,000 series parsed from bench.txt need more than the 4.0 GiB heap; run with NODE_OPTIONS=--max-old-space-size=8192',
    );
    expect(outOfMemoryMessage('comparing 10 of 20 series needs', 96 * 2 ** 20)).toBe(
      'out of memory: comparing 10 of 20 series needs more than the 96 MiB heap; run with NODE_OPTIONS=--max-old-space-size=1024',
    );
  });

  it('the CLI stops with one line and exit code 2 instead of V8’s fatal trace', async () => {
    const run = await spawnCollect(
      process.execPath,
      [SMALL_HEAP, CLI, 'compare', '--baseline', 'big.txt', '--current', 'big.txt'],
      scratch.dir,
    );
    expect(run.exitCode, transcript(run).slice(0, 3000)).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stderr).not.toContain('FATAL ERROR');
    const lines = run.stderr.slice(0, -1).split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.replace(/^perf-regression: /, ''), lines[0]).toMatch(OUT_OF_MEMORY);
  }, 120_000);

  it('the action fails the step with one ::error:: line, no stack trace', async () => {
    const repo = await TestRepository.create();
    try {
      await repo.writeFile('big.txt', '');
      await writeBigGo(path.join(repo.workspace, 'big.txt'));
      const run = await repo.push({ files: 'big.txt' }, { execArgv: [SMALL_HEAP] });
      expect(run.exitCode, actionTranscript(run).slice(0, 3000)).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(OUT_OF_MEMORY);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(run.stderr).not.toContain('FATAL ERROR');
    } finally {
      await repo.close();
    }
  }, 120_000);
});
