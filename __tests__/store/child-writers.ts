// Runs appends in separate node processes. The store sources are transpiled to plain JS once (the
// child processes have no TypeScript loader); the worker is append-worker.mjs.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';

const SRC = path.resolve(import.meta.dirname, '../../src');
/** The stores and what they import, relative to src/ (the layout is kept so relative imports resolve). */
const SOURCES = [
  'store/store.ts',
  'store/history.ts',
  'store/suite-key.ts',
  'store/local.ts',
  'store/ghpages.ts',
  'parsers/json-text.ts',
  'parsers/sample-summary.ts',
  'stats/median-ci.ts',
  'stats/distributions.ts',
  'model/errors.ts',
];
const WORKER = path.join(import.meta.dirname, 'append-worker.mjs');

/** Transpiles src/store (and what it imports) into a temp folder and returns the store folder in it. */
export async function compileStoreForChildProcesses(): Promise<string> {
  const out = await mkdtemp(path.join(tmpdir(), 'perf-regression-store-js-'));
  await writeFile(path.join(out, 'package.json'), '{"type":"module"}');
  // The store's summaries of old runs use simple-statistics: the children resolve it from the project.
  await symlink(path.resolve(SRC, '../node_modules'), path.join(out, 'node_modules'));
  for (const file of SOURCES) {
    const source = await readFile(path.join(SRC, file), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
      },
    });
    const target = path.join(out, file.replace(/\.ts$/, '.js'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, outputText);
  }
  return path.join(out, 'store');
}

/** Appends `job.entry` from a new node process; rejects with the child's stderr if it fails. */
export async function appendInChildProcess(storeDir: string, job: Record<string, unknown>): Promise<void> {
  await promisify(execFile)(process.execPath, [WORKER, storeDir, JSON.stringify(job)], { timeout: 60_000 });
}
