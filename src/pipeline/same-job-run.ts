// The same-job A/B run: a detached git worktree of the base commit beside the work tree (the head, as
// it is, uncommitted changes included), the setup once in each, then passes that run the benchmark
// command in both trees, alternating which goes first (ABBA…) so a slow drift of the machine favours
// neither side. The worktree is removed afterwards, also on failure, timeout and Ctrl-C.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SameJobPass } from '../engine/same-job.js';
import { InputError } from '../model/errors.js';
import type { FormatChoice, ParseWarning } from '../model/result.js';
import { parseRun } from '../parsers/index.js';
import type { InputFile } from '../parsers/input.js';
import { git } from './git.js';

export type Side = 'base' | 'head';

export interface SameJobRunInput {
  /** Where the user stands: inside the head's git work tree. */
  cwd: string;
  /** A commit-ish for the base side. */
  base: string;
  run: string;
  setup?: string;
  passes: number;
  format: FormatChoice;
  /** For the whole A/B, in milliseconds. */
  timeoutMs?: number;
  /** Progress lines (pass i/N, side, seconds). */
  progress: (line: string) => void;
  env?: NodeJS.ProcessEnv;
  /** A folder to keep each invocation's output in (the action's artifact holds them). */
  keep?: string;
}

export interface SameJobRun {
  passes: SameJobPass[];
  /** Each invocation's output as read, named by side and pass. */
  outputs: InputFile[];
  /** The files `keep` holds them in. */
  kept: string[];
  baseCommit: string;
  headCommit?: string;
  warnings: ParseWarning[];
}

/** How many stderr lines of a failed command go into the error. */
const STDERR_TAIL_LINES = 3;

export async function runSameJob(input: SameJobRunInput): Promise<SameJobRun> {
  const top = await gitTopLevel(input.cwd);
  const baseCommit = await resolveCommit(top, input.base);
  const headCommit = await git(top, ['rev-parse', '--verify', '--quiet', 'HEAD']).catch(() => undefined);
  const scratch = await mkdtemp(path.join(tmpdir(), 'perf-regression-ab-'));
  const baseTree = path.join(scratch, 'base');
  const running = new Set<ChildProcess>();
  let adding: Promise<unknown> | undefined;
  const cleanup = async () => {
    for (const child of running) killGroup(child);
    // A Ctrl-C while `git worktree add` still checks files out: removing the tree under it would leave
    // the files it writes afterwards behind.
    await adding?.catch(() => undefined);
    await git(top, ['worktree', 'remove', '--force', baseTree]).catch(() => undefined);
    await rm(scratch, { recursive: true, force: true });
    // Registrations whose folder is gone (a run killed before it could clean up) go too.
    await git(top, ['worktree', 'prune']).catch(() => undefined);
  };
  const interrupted = (signal: NodeJS.Signals) => {
    void cleanup().finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const deadline = input.timeoutMs === undefined ? undefined : Date.now() + input.timeoutMs;
  try {
    await git(top, ['worktree', 'prune']);
    adding = git(top, ['worktree', 'add', '--detach', baseTree, baseCommit]);
    await adding;
    // The command runs in the same subfolder of each tree as the user stands in.
    const relative = path.relative(top, input.cwd);
    const dirs: Record<Side, string> = { base: path.join(baseTree, relative), head: input.cwd };
    const ctx = { input, running, deadline, scratch, dirs };
    if (input.setup) {
      for (const side of ['base', 'head'] as const) await invoke(ctx, input.setup, side, 'setup');
    }
    const passes: SameJobPass[] = [];
    const outputs: InputFile[] = [];
    const warnings: ParseWarning[] = [];
    for (let i = 0; i < input.passes; i++) {
      const order: Side[] = i % 2 === 0 ? ['base', 'head'] : ['head', 'base'];
      const pass: Record<Side, SameJobPass['base']> = { base: [], head: [] };
      for (const side of order) {
        const file = await invoke(ctx, input.run, side, `pass ${i + 1}/${input.passes}`);
        outputs.push(file);
        const parsed = parseRun([file], input.format);
        for (const w of parsed.warnings) warnings.push(w);
        pass[side] = parsed.results;
      }
      passes.push(pass);
    }
    const kept = input.keep ? await keepOutputs(input.keep, outputs) : [];
    return { passes, outputs, kept, baseCommit, headCommit, warnings };
  } finally {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
    await cleanup();
  }
}

/** What a head-only run measured: each pass's results, and the outputs they were read from. */
export interface HeadOnlyRun {
  passes: SameJobPass['head'][];
  outputs: InputFile[];
  kept: string[];
  warnings: ParseWarning[];
}

/**
 * The run command on the work tree alone, `passes` times after the setup: for a run that has no base
 * commit to measure (a schedule), whose results go against the history instead. No worktree is made.
 */
export async function runHeadOnly(input: Omit<SameJobRunInput, 'base'>): Promise<HeadOnlyRun> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'perf-regression-head-'));
  const running = new Set<ChildProcess>();
  const deadline = input.timeoutMs === undefined ? undefined : Date.now() + input.timeoutMs;
  const ctx = {
    input: { ...input, base: 'HEAD' },
    running,
    deadline,
    scratch,
    dirs: { base: input.cwd, head: input.cwd },
  };
  try {
    if (input.setup) await invoke(ctx, input.setup, 'head', 'setup');
    const passes: SameJobPass['head'][] = [];
    const outputs: InputFile[] = [];
    const warnings: ParseWarning[] = [];
    for (let i = 0; i < input.passes; i++) {
      const file = await invoke(ctx, input.run, 'head', `pass ${i + 1}/${input.passes}`);
      outputs.push(file);
      const parsed = parseRun([file], input.format);
      for (const w of parsed.warnings) warnings.push(w);
      passes.push(parsed.results);
    }
    const kept = input.keep ? await keepOutputs(input.keep, outputs) : [];
    return { passes, outputs, kept, warnings };
  } finally {
    for (const child of running) killGroup(child);
    await rm(scratch, { recursive: true, force: true });
  }
}

interface InvokeContext {
  input: SameJobRunInput;
  running: Set<ChildProcess>;
  deadline?: number;
  scratch: string;
  dirs: Record<Side, string>;
}

/** Runs `command` on one side; its result is the file it wrote to PERF_REGRESSION_OUTPUT, else stdout. */
async function invoke(ctx: InvokeContext, command: string, side: Side, step: string) {
  const { input } = ctx;
  const output = path.join(ctx.scratch, `${step.replace(/\W+/g, '-')}-${side}.out`);
  const started = Date.now();
  const left = ctx.deadline === undefined ? undefined : ctx.deadline - started;
  if (left !== undefined && left <= 0) throw timedOut(input, step, side);
  const child = spawn('sh', ['-c', command], {
    cwd: ctx.dirs[side],
    env: { ...(input.env ?? process.env), PERF_REGRESSION_OUTPUT: output, PERF_REGRESSION_SIDE: side },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a timeout or Ctrl-C stops everything the command started.
    detached: true,
  });
  ctx.running.add(child);
  const stdout: Buffer[] = [];
  let stderr = '';
  child.stdout?.on('data', (b: Buffer) => stdout.push(b));
  child.stderr?.setEncoding('utf8').on('data', (s: string) => {
    // Only the tail is kept for the error message.
    stderr = (stderr + s).slice(-8192);
  });
  let expired = false;
  const timer =
    left === undefined
      ? undefined
      : setTimeout(() => {
          expired = true;
          killGroup(child);
        }, left);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c));
  }).finally(() => {
    if (timer) clearTimeout(timer);
    ctx.running.delete(child);
  });
  if (expired) throw timedOut(input, step, side);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  input.progress(`perf-regression ab: ${step} ${side} ${seconds} s`);
  if (code !== 0) {
    const tail = stderr
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(-STDERR_TAIL_LINES);
    const said = tail.length > 0 ? `; its stderr ended: ${tail.join(' ⏎ ')}` : '';
    throw new InputError(
      `the ${step.startsWith('pass') ? '--run' : '--setup'} command failed on the ${side} side (${step}, exit code ${code ?? 'killed'})${said}`,
    );
  }
  const label = `${side} side, ${step}`;
  const written = await stat(output).then(
    (s) => s.isFile() && s.size > 0,
    () => false,
  );
  const text = written ? await readFile(output, 'utf8') : Buffer.concat(stdout).toString('utf8');
  return { path: `${label} (${written ? 'PERF_REGRESSION_OUTPUT' : 'stdout'})`, text };
}

/** The outputs under names made of the side and the pass only (never of anything the command wrote). */
async function keepOutputs(folder: string, outputs: InputFile[]): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const kept: string[] = [];
  for (const [i, file] of outputs.entries()) {
    const name = file.path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
    const target = path.join(folder, `${String(i + 1).padStart(3, '0')}-${name}.txt`);
    await writeFile(target, file.text);
    kept.push(target);
  }
  return kept;
}

/**
 * The base commit in the checkout, fetched from origin when it is missing (actions/checkout makes a
 * shallow clone of one commit).
 */
export async function ensureCommit(cwd: string, sha: string): Promise<void> {
  const top = await gitTopLevel(cwd);
  const present = await git(top, ['cat-file', '-e', `${sha}^{commit}`]).then(
    () => true,
    () => false,
  );
  if (present) return;
  try {
    await git(top, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
  } catch (err) {
    const said = String((err as { stderr?: string }).stderr ?? (err as Error).message)
      .trim()
      .split('\n')
      .at(-1);
    throw new InputError(
      `the base commit ${sha} is not in the checkout and could not be fetched from origin: ${said}`,
    );
  }
}

function killGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

function timedOut(input: SameJobRunInput, step: string, side: Side): InputError {
  const minutes = (input.timeoutMs ?? 0) / 60_000;
  return new InputError(
    `the A/B took longer than its timeout of ${minutes} minute(s); stopped in ${step}, ${side} side`,
  );
}

async function gitTopLevel(cwd: string): Promise<string> {
  try {
    return await git(cwd, ['rev-parse', '--show-toplevel']);
  } catch {
    throw new InputError(
      `${cwd}: not inside a git work tree; ab compares the work tree with a commit of its repository`,
    );
  }
}

async function resolveCommit(top: string, ref: string): Promise<string> {
  // `--end-of-options` keeps a ref that looks like an option from being read as one.
  const sha = await git(top, [
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `${ref}^{commit}`,
  ]).catch(() => '');
  if (!sha)
    throw new InputError(`--base "${ref}" is not a commit of this repository (git rev-parse found none)`);
  return sha;
}
