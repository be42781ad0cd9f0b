// Runs appends in separate node processes. The store sources are transpiled to plain JS once (the
// child processes have no TypeScript loader); the worker is append-worker.mjs.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';

const STORE_SOURCES = path.resolve(import.meta.dirname, '../../src/store');
const STORE_FILES = ['store.ts', 'history.ts', 'suite-key.ts', 'local.ts', 'ghpages.ts'];
const WORKER = path.join(import.meta.dirname, 'append-worker.mjs');

/** Transpiles src/store into a temp folder and returns it. */
export async function compileStoreForChildProcesses(): Promise<string> {
  const out = await mkdtemp(path.join(tmpdir(), 'perf-regression-store-js-'));
  await writeFile(path.join(out, 'package.json'), '{"type":"module"}');
  for (const file of STORE_FILES) {
    const source = await readFile(path.join(STORE_SOURCES, file), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
      },
    });
    await writeFile(path.join(out, file.replace(/\.ts$/, '.js')), outputText);
  }
  return out;
}

/** Appends `job.entry` from a new node process; rejects with the child's stderr if it fails. */
export async function appendInChildProcess(storeDir: string, job: Record<string, unknown>): Promise<void> {
  await promisify(execFile)(process.execPath, [WORKER, storeDir, JSON.stringify(job)], { timeout: 60_000 });
}
