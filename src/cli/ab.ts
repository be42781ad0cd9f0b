// `perf-regression ab`: the base commit and the work tree measured in the same job, interleaved, and
// compared with the pass as a block (engine/same-job.ts).
import { parseAlpha, parseBudgets, parseThresholds } from '../engine/options.js';
import { compareSameJob, sameJobIgnored } from '../engine/same-job.js';
import { runSameJob } from '../pipeline/same-job-run.js';
import { parseCliArgs, parseCount, parseFormat, UsageError } from './args.js';
import { type CommandIo, emitReport, exitCodeOf, parseOutput, printWarnings } from './output.js';

const OPTIONS = {
  base: { type: 'string' },
  run: { type: 'string' },
  setup: { type: 'string' },
  passes: { type: 'string', default: '5' },
  format: { type: 'string', default: 'auto' },
  threshold: { type: 'string', multiple: true },
  alpha: { type: 'string', default: '0.05' },
  budget: { type: 'string', multiple: true },
  timeout: { type: 'string' },
  'keep-outputs': { type: 'string' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  html: { type: 'string' },
  output: { type: 'string' },
  title: { type: 'string' },
} as const;

export async function abCommand(args: string[], io: CommandIo, cwd = process.cwd()): Promise<number> {
  const { values, positionals } = parseCliArgs(args, OPTIONS);
  if (positionals.length > 0) throw new UsageError(`ab takes no file arguments (got "${positionals[0]}")`);
  if (!values.base) throw new UsageError('ab needs --base <git ref>: the commit to measure against');
  if (!values.run)
    throw new UsageError("ab needs --run '<command>': the benchmark command to run in both trees");
  const passes = parseCount(values.passes, '--passes');
  // One pass has no spread between passes: it cannot tell a change from the pass's own noise.
  if (passes < 2)
    throw new UsageError('--passes must be at least 2: one pass cannot tell a change from noise');
  const options = {
    thresholds: parseThresholds((values.threshold ?? []).join('\n'), '--threshold'),
    alpha: parseAlpha(values.alpha, '--alpha'),
    budgets: parseBudgets((values.budget ?? []).join('\n'), '--budget'),
  };
  const ignored = sameJobIgnored(options);
  if (ignored) io.warn(ignored);
  const timeoutMs = values.timeout === undefined ? undefined : minutes(values.timeout);
  const run = await runSameJob({
    cwd,
    base: values.base,
    run: values.run,
    setup: values.setup,
    passes,
    format: parseFormat(values.format),
    timeoutMs,
    progress: io.warn,
    keep: values['keep-outputs'],
  });
  printWarnings(run.warnings, io);
  const report = compareSameJob(
    run.passes,
    { baseCommit: run.baseCommit, headCommit: run.headCommit },
    options,
  );
  await emitReport(report, { ...values, output: parseOutput(values.output) }, io);
  return exitCodeOf(report);
}

function minutes(text: string): number {
  const n = Number(text);
  if (!(n > 0) || !Number.isFinite(n))
    throw new UsageError(`--timeout must be a number of minutes > 0 (got "${text}")`);
  return n * 60_000;
}
